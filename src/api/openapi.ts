// /openapi.json, generated from the same zod schemas that validate requests.
import { z } from 'zod';
import { ErrorBody } from './schemas';
import type { RouteSpec } from './routes';

function schemaOf(s: z.ZodType, io: 'input' | 'output') {
  const json = z.toJSONSchema(s, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

/** Error statuses every route of a kind can answer, besides those a route documents itself. */
function errorResponses(r: RouteSpec<z.ZodType | undefined>, hasParams: boolean): Record<number, string> {
  const errors: Record<number, string> = {
    400: 'Invalid request: `validation_failed` (each field named in `details`), `invalid_json` or `bad_request`',
    500: 'Internal error (`internal_error`)',
    503: 'Database unavailable (`database_unavailable`) or every connection busy (`database_busy`), with Retry-After',
  };
  if (r.auth === 'apiKey') errors[401] = 'Missing or wrong API key (`unauthorized`)';
  if (r.auth === 'webhookSignature') errors[401] = 'Missing, malformed, stale or wrong signature (`signature_*`)';
  if (r.signature?.optional) errors[403] = "This provider's webhook secret is not configured (`webhook_not_configured`, naming the variable)";
  if (hasParams) errors[404] = 'No such invoice or customer';
  if (r.body || r.docBody) {
    errors[413] = 'Body too large (`body_too_large`)';
    errors[415] = 'Wrong content type, charset or content encoding (`unsupported_media_type`, `unsupported_encoding`)';
  }
  return errors;
}

export function openApiDocument(specs: RouteSpec<z.ZodType | undefined>[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const securitySchemes: Record<string, unknown> = {
    bearerAuth: { type: 'http', scheme: 'bearer', description: 'REMIT_API_KEY' },
  };
  for (const r of specs) {
    if (r.auth === 'webhookSignature' && !r.signature) throw new Error(`${r.method.toUpperCase()} ${r.path}: a signed webhook must describe its signature`);
    const path = r.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const params: Record<string, unknown>[] = [...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string', minLength: 1 },
      description: 'Remit id or externalId',
    }));
    const hasParams = params.length > 0;
    let security: Record<string, string[]>[] = [];
    let description: string | undefined;
    if (r.auth === 'apiKey') security = [{ bearerAuth: [] }];
    if (r.signature) {
      // Not a key: the header is computed from the request by the sender. Documented as an
      // apiKey-in-header scheme so that clients and fuzzers know the route is authenticated.
      securitySchemes[r.signature.scheme] = { type: 'apiKey', in: 'header', name: r.signature.header, description: r.signature.description };
      security = [{ [r.signature.scheme]: [] }];
      for (const h of r.signature.headers ?? []) params.push({ name: h.name, in: 'header', required: true, schema: { type: 'string' }, description: h.description });
      description = `Authenticated by its \`${r.signature.header}\` signature, not by the API key: an unsigned or wrongly signed request is answered 401${r.signature.optional ? ' (403 while the secret is not configured)' : ''} and changes nothing.`;
    }
    for (const h of r.headers ?? []) params.push({ name: h.name, in: 'header', required: false, schema: { type: 'string' }, description: h.description });

    const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
    const responses: Record<string, unknown> = {};
    for (const [status, { description: what, schema, contentType }] of Object.entries(r.responses)) {
      // A route's own 4xx (409, 422, …) is an Error body like any other.
      const content = schema ? { [contentType ?? 'application/json']: { schema: schemaOf(schema, 'output') } } : Number(status) >= 400 ? errorContent : undefined;
      responses[status] = { description: what, ...(content ? { content } : {}) };
    }
    for (const [status, what] of Object.entries(errorResponses(r, hasParams))) {
      responses[status] ??= { description: what, content: errorContent };
    }
    paths[path] ??= {};
    paths[path]![r.method] = {
      summary: r.summary,
      ...(description ? { description } : {}),
      tags: [r.tag],
      operationId: `${r.method}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      ...(params.length ? { parameters: params } : {}),
      security,
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(r.body, 'input') } } } } : {}),
      ...(r.docBody ? { requestBody: { required: true, content: { [r.docBody.contentType]: { schema: schemaOf(r.docBody.schema, 'input') } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Remit', version, description: 'Collections follow-up service: every overdue invoice is a durable Temporal workflow.' },
    components: {
      securitySchemes,
      schemas: { Error: schemaOf(ErrorBody, 'output') },
    },
    security: [{ bearerAuth: [] }],
    paths,
  };
}
