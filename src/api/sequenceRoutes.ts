// Sequences: create, list, and preview one for an invoice or a sample customer.
import { z } from 'zod';
import { route, type RouteSpec } from './routes';
import { PreviewInput, PreviewView, Sequence, sequenceSchema } from './schemas';
import type { ApiDeps } from './deps';

export function sequenceRoutes(deps: ApiDeps): RouteSpec<z.ZodType | undefined>[] {
  const { service } = deps;
  return [
    route({
      method: 'post', path: '/v1/sequences', tag: 'sequences', auth: 'apiKey', summary: 'Create a sequence (immutable once created)',
      body: sequenceSchema(deps.maxMessages, deps.maxSmsSegments),
      responses: { 201: { description: 'Created', schema: Sequence }, 409: { description: 'Name taken' } },
      handler: async ({ body }) => ({ status: 201, body: await service.sequences.create(body.name, body.steps, body.defaultChannel) }),
    }),
    route({
      method: 'get', path: '/v1/sequences', tag: 'sequences', auth: 'apiKey', summary: 'List sequences, the built-in "default" first',
      responses: { 200: { description: 'Sequences', schema: z.object({ sequences: z.array(Sequence) }) } },
      handler: async () => ({ status: 200, body: { sequences: await service.sequences.list() } }),
    }),
    route({
      method: 'post', path: '/v1/sequences/:id/preview', tag: 'sequences', auth: 'apiKey',
      summary: 'Render every step of a sequence for an invoice (or a sample) without sending: when each would go after quiet hours, the cap and the gap, on which channel, and why',
      body: PreviewInput,
      responses: { 200: { description: 'The steps as Remit would run them', schema: PreviewView }, 404: { description: 'No such invoice' }, 422: { description: 'Unknown sequence' } },
      handler: async ({ params, body }) => ({ status: 200, body: await deps.preview.forSequence(params.id!, body) }),
    }),
  ];
}
