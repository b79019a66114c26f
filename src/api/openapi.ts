// /openapi.json, generated from the same zod schemas that validate requests.
import { z } from 'zod';
import { ErrorBody } from './schemas';
import type { RouteSpec } from './routes';

function schemaOf(s: z.ZodType, io: 'input' | 'output') {
  const json = z.toJSONSchema(s, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

export function openApiDocument(specs: RouteSpec<z.ZodType | undefined>[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of specs) {
    const path = r.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const params = [...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string', minLength: 1 },
      description: 'Remit id or externalId',
    }));
    const errors: Record<number, string> = { 400: 'Invalid request', 500: 'Internal error', 503: 'Database unavailable' };
    if (r.auth === 'apiKey') errors[401] = 'Missing or wrong API key';
    if (r.auth === 'webhookSignature') errors[401] = 'Missing, stale or wrong signature';
    if (r.body) errors[415] = 'Body is not JSON';
    if (r.signatureHeader) errors[403] = 'This provider is not configured';
    if (params.length) errors[404] = 'Not found';
    const responses: Record<string, unknown> = {};
    for (const [status, { description, schema }] of Object.entries(r.responses)) {
      responses[status] = { description, ...(schema ? { content: { 'application/json': { schema: schemaOf(schema, 'output') } } } : {}) };
    }
    for (const [status, description] of Object.entries(errors)) {
      responses[status] ??= { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    paths[path] ??= {};
    paths[path]![r.method] = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      ...(params.length ? { parameters: params } : {}),
      ...(r.auth === 'apiKey' ? { security: [{ bearerAuth: [] }] } : { security: [] }),
      ...(r.auth === 'webhookSignature'
        ? {
            parameters: [
              ...params,
              r.signatureHeader
                ? { name: r.signatureHeader, in: 'header', required: true, schema: { type: 'string' }, description: 'the provider\'s own signature' }
                : { name: 'Remit-Signature', in: 'header', required: true, schema: { type: 'string' }, description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">' },
            ],
          }
        : {}),
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(r.body, 'input') } } } } : {}),
      ...(r.docBody ? { requestBody: { required: true, content: { [r.docBody.contentType]: { schema: schemaOf(r.docBody.schema, 'input') } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Remit', version, description: 'Collections follow-up service: every overdue invoice is a durable Temporal workflow.' },
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'REMIT_API_KEY' } },
      schemas: { Error: schemaOf(ErrorBody, 'output') },
    },
    security: [{ bearerAuth: [] }],
    paths,
  };
}
