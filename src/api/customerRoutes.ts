// Customers: their contact details; pause and resume all their follow-ups; consents and opt-outs.
import { z } from 'zod';
import { route, type RouteSpec } from './routes';
import { ConsentInput, ConsentView, ContactInput, ContactResult, CustomerCommandResult, OptOutInput, OptOutView, PauseInput, ResumeInput } from './schemas';
import type { ApiDeps } from './deps';

export function customerRoutes(deps: ApiDeps): RouteSpec<z.ZodType | undefined>[] {
  const { service } = deps;
  return [
    route({
      method: 'patch', path: '/v1/customers/:id', tag: 'customers', auth: 'apiKey',
      summary: 'Change who the customer is or how to reach them: a new email or phone lifts the blocks of the old address (wrong person, bounce) and resumes the invoices "wrong person" held',
      body: ContactInput,
      responses: { 200: { description: 'Changed', schema: ContactResult }, 404: { description: 'No such customer' } },
      handler: async ({ params, body }) => ({ status: 200, body: await service.changeContact(params.id!, body) }),
    }),
    route({
      method: 'post', path: '/v1/customers/:id/pause', tag: 'customers', auth: 'apiKey', summary: "Pause every open follow-up of a customer, and new ones while paused",
      body: PauseInput,
      responses: { 200: { description: 'Paused', schema: CustomerCommandResult }, 422: { description: '`until` is in the past' } },
      handler: async ({ params, body }) => ({ status: 200, body: await service.pauseCustomer(params.id!, body) }),
    }),
    route({
      method: 'post', path: '/v1/customers/:id/resume', tag: 'customers', auth: 'apiKey', summary: "Resume every paused follow-up of a customer",
      body: ResumeInput,
      responses: { 200: { description: 'Resumed', schema: CustomerCommandResult } },
      handler: async ({ params, body }) => ({ status: 200, body: await service.resumeCustomer(params.id!, body) }),
    }),
    route({
      method: 'post', path: '/v1/customers/:id/consents', tag: 'customers', auth: 'apiKey',
      summary: 'Record a consent (source and time); one given after an opt-out of the same address lifts it',
      body: ConsentInput,
      responses: { 201: { description: 'Recorded', schema: ConsentView }, 422: { description: 'The customer has no address for this channel' } },
      handler: async ({ params, body }) => ({ status: 201, body: await deps.consents.addConsent(params.id!, body) }),
    }),
    route({
      method: 'post', path: '/v1/customers/:id/opt-outs', tag: 'customers', auth: 'apiKey',
      summary: 'Opt an address out of a channel (honoured by the next send); only the customer (START) or a new consent lifts it',
      body: OptOutInput,
      responses: { 201: { description: 'Opted out (or already was)', schema: OptOutView }, 422: { description: 'The customer has no address for this channel' } },
      handler: async ({ params, body }) => ({ status: 201, body: await deps.consents.addOptOut(params.id!, body) }),
    }),
  ];
}
