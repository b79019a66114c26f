// /openapi.json, assembled by zod-openapi (createDocument) from the same zod schemas that
// validate requests: request bodies rendered as their input, responses as their output.
// Measured against the hand-assembled document it replaced (z.toJSONSchema per route, every
// schema inlined): the same paths, parameters and schemas once $refs are resolved, 73 kB → 56 kB,
// with response shapes and shared error answers written once as components.
import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponseObject, type ZodOpenApiSecuritySchemeObject } from 'zod-openapi';
import * as inputs from '../services/inputs';
import * as schemas from './schemas';
import type { RouteSpec } from './routes';

// Every response schema src/api/schemas.ts exports is a component named after its export
// (ErrorBody as Error). zod-openapi takes ids from zod's global registry, so the id is added
// there, keeping the schema's own metadata. The request shapes schemas.ts re-exports
// (src/services/inputs.ts) stay inline in their route's requestBody, where readers (and
// test/api/api.test.ts) look for them: named too, they would save another 3.6 kB.
for (const [name, s] of Object.entries(schemas)) {
  if (s instanceof z.ZodType && !(name in inputs)) z.globalRegistry.add(s, { ...z.globalRegistry.get(s), id: s === schemas.ErrorBody ? 'Error' : name });
}

const PATH_PARAMS: Record<string, string> = { id: 'Remit id or externalId', token: "The signed token of an email's unsubscribe link" };
const pathParam = (path: string, name: string) =>
  z.string().min(1).meta({
    param: { description: path.startsWith('/v1/sequences/') ? 'Sequence name' : path.startsWith('/i/') ? "The signed, expiring token of a message's invoice page link" : (PATH_PARAMS[name] ?? name) },
  });
const errorContent = { 'application/json': { schema: schemas.ErrorBody } };
/** The error answers many routes share, each a component (`#/components/responses/<id>`). */
function sharedErrors<K extends string>(descriptions: Record<K, string>) {
  const responses = Object.entries<string>(descriptions).map(([id, description]): [string, ZodOpenApiResponseObject] => [id, { id, description, content: errorContent }]);
  return Object.fromEntries(responses) as Record<K, ZodOpenApiResponseObject>;
}
const ERRORS = sharedErrors({
  BadRequest: 'Invalid request: `validation_failed` (each field named in `details`), `invalid_json` or `bad_request`',
  InternalError: 'Internal error (`internal_error`)',
  Unavailable: 'Database unavailable (`database_unavailable`) or every connection busy (`database_busy`), with Retry-After',
  Unauthorized: 'Missing or wrong API key (`unauthorized`)',
  BadSignature: 'Missing, malformed, stale or wrong signature (`signature_*`)',
  WebhookNotConfigured: "This provider's webhook secret is not configured (`webhook_not_configured`, naming the variable)",
  NotFound: 'No such invoice or customer',
  BodyTooLarge: 'Body too large (`body_too_large`)',
  UnsupportedMediaType: 'Wrong content type, charset or content encoding (`unsupported_media_type`, `unsupported_encoding`)',
});

/** Error statuses every route of a kind can answer, besides those a route documents itself. */
function errorResponses(r: RouteSpec<z.ZodType | undefined>, hasParams: boolean): Record<number, ZodOpenApiResponseObject> {
  const errors: Record<number, ZodOpenApiResponseObject> = { 400: ERRORS.BadRequest, 500: ERRORS.InternalError, 503: ERRORS.Unavailable };
  if (r.auth === 'apiKey') errors[401] = ERRORS.Unauthorized;
  if (r.auth === 'webhookSignature') errors[401] = ERRORS.BadSignature;
  if (r.signature?.optional) errors[403] = ERRORS.WebhookNotConfigured;
  if (hasParams) errors[404] = ERRORS.NotFound;
  if (r.body || r.docBody) Object.assign(errors, { 413: ERRORS.BodyTooLarge, 415: ERRORS.UnsupportedMediaType });
  return errors;
}

export function openApiDocument(specs: RouteSpec<z.ZodType | undefined>[], version: string) {
  const paths: ZodOpenApiPathsObject = {};
  const securitySchemes: Record<string, ZodOpenApiSecuritySchemeObject> = {
    bearerAuth: { type: 'http', scheme: 'bearer', description: 'REMIT_API_KEY' },
  };
  for (const r of specs) {
    if (r.auth === 'webhookSignature' && !r.signature) throw new Error(`${r.method.toUpperCase()} ${r.path}: a signed webhook must describe its signature`);
    const path = r.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const pathParams = Object.fromEntries([...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => [m[1]!, pathParam(r.path, m[1]!)]));
    const headers: Record<string, z.ZodType> = {};
    let security: Record<string, string[]>[] = [];
    let description: string | undefined;
    if (r.auth === 'apiKey') security = [{ bearerAuth: [] }];
    if (r.signature) {
      // Not a key: the header is computed from the request by the sender. Documented as an
      // apiKey-in-header scheme so that clients and fuzzers know the route is authenticated.
      securitySchemes[r.signature.scheme] = { type: 'apiKey', in: 'header', name: r.signature.header, description: r.signature.description };
      security = [{ [r.signature.scheme]: [] }];
      for (const h of r.signature.headers ?? []) headers[h.name] = z.string().meta({ param: { description: h.description } });
      description = `Authenticated by its \`${r.signature.header}\` signature, not by the API key: an unsigned or wrongly signed request is answered 401${r.signature.optional ? ' (403 while the secret is not configured)' : ''} and changes nothing.`;
    }
    for (const h of r.headers ?? []) headers[h.name] = z.string().optional().meta({ param: { description: h.description } });

    const responses: ZodOpenApiOperationObject['responses'] = {};
    for (const [status, { description: what, schema, contentType }] of Object.entries(r.responses)) {
      // A route's own 4xx (409, 422, …) is an Error body like any other.
      const content = schema ? { [contentType ?? 'application/json']: { schema } } : Number(status) >= 400 ? errorContent : undefined;
      responses[status as '200'] = { description: what, ...(content ? { content } : {}) };
    }
    for (const [status, response] of Object.entries(errorResponses(r, Object.keys(pathParams).length > 0))) responses[status as '200'] ??= response;
    const body = r.body ? { contentType: 'application/json', schema: r.body } : r.docBody;
    const requestParams = {
      ...(Object.keys(pathParams).length ? { path: z.object(pathParams) } : {}),
      ...(r.query ? { query: r.query } : {}),
      ...(Object.keys(headers).length ? { header: z.object(headers) } : {}),
    };
    paths[path] ??= {};
    paths[path][r.method] = {
      summary: r.summary,
      ...(description ? { description } : {}),
      tags: [r.tag],
      operationId: `${r.method}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      ...(Object.keys(requestParams).length ? { requestParams } : {}),
      security,
      ...(body ? { requestBody: { required: true, content: { [body.contentType]: { schema: body.schema } } } } : {}),
      responses,
    };
  }
  return createDocument({
    openapi: '3.1.0',
    info: { title: 'Remit', version, description: 'Collections follow-up service: every overdue invoice is a durable Temporal workflow.' },
    components: { securitySchemes },
    security: [{ bearerAuth: [] }],
    paths,
  });
}
