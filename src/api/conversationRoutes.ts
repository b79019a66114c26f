// Conversations: every message to and from a customer, in order, across channels and invoices.
import { z } from 'zod';
import { conversationView, listConversations } from '../services/conversationView';
import { route, type RouteSpec } from './routes';
import { AnswerAccepted, ConversationList, ConversationQuery, ConversationView, CustomerAnswerInput } from './schemas';
import type { ApiDeps } from './deps';

export function conversationRoutes(deps: ApiDeps): RouteSpec<z.ZodType | undefined>[] {
  return [
    route({
      method: 'get', path: '/v1/conversations', tag: 'conversations', auth: 'apiKey', summary: 'Conversations, newest activity first (paginated)',
      query: ConversationQuery,
      responses: { 200: { description: 'A page of conversations; pass nextCursor as cursor for the next', schema: ConversationList }, 404: { description: 'No such customer' } },
      handler: async ({ query }) => ({ status: 200, body: await listConversations(deps.database.prisma, query as ConversationQuery) }),
    }),
    route({
      method: 'get', path: '/v1/conversations/:id', tag: 'conversations', auth: 'apiKey', summary: 'One conversation: every message both ways, oldest first, with the intents read in each reply',
      responses: { 200: { description: 'The conversation', schema: ConversationView } },
      handler: async ({ params }) => ({ status: 200, body: await conversationView(deps.database.prisma, params.id!) }),
    }),
    route({
      method: 'post', path: '/v1/conversations/:id/messages', tag: 'conversations', auth: 'apiKey',
      summary: "A person answers the customer on their channel (email threaded as a reply, SMS, WhatsApp): judged like any send but never counted in the frequency cap; recorded with the person as actor and sent by the worker",
      body: CustomerAnswerInput,
      responses: {
        202: { description: 'Accepted and recorded (pending); it goes now, or when quiet hours end (`deferred`)', schema: AnswerAccepted },
        409: { description: '`channel_refused`: the customer opted out of the channel, has not consented to it, or it failed for good; `no_usable_channel`' },
        422: { description: '`no_address` for the channel, `invoice_not_customers`, `no_invoice`, `answer_too_long` (SMS), `no_send_window`' },
      },
      handler: async ({ params, body }) => ({ status: 202, body: await deps.service.answers.answer(params.id!, body) }),
    }),
  ];
}
