// Conversations: every message to and from a customer, in order, across channels and invoices.
import { z } from 'zod';
import { conversationView, listConversations } from '../services/conversationView';
import { route, type RouteSpec } from './routes';
import { ConversationList, ConversationQuery, ConversationView } from './schemas';
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
  ];
}
