// A tiny route registry: each route declares its schemas once; they validate the request
// and describe it in /openapi.json.
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { RemitError, type FieldIssue } from '../services/errors';

export interface RouteSpec<B extends z.ZodType | undefined> {
  method: 'get' | 'post' | 'patch';
  path: string;
  summary: string;
  tag: string;
  auth: 'apiKey' | 'webhookSignature' | 'none';
  /** How a webhook is signed (documentation: an OpenAPI security scheme, plus any other headers it needs). */
  signature?: WebhookSignatureDoc;
  body?: B;
  /** Query parameters (all optional strings on the wire), validated like a body: a bad one is a 400 naming it. */
  query?: z.ZodObject;
  /** Optional request headers the route reads, for the OpenAPI document. */
  headers?: { name: string; description: string }[];
  /** A body the handler parses itself (form-encoded or provider JSON), for the OpenAPI document. */
  docBody?: { contentType: string; schema: z.ZodType };
  /** Documented responses; `contentType` for a body that is not JSON (TwiML). */
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
  handler: (ctx: { req: Request; res: Response; body: B extends z.ZodType ? z.infer<B> : undefined; params: Record<string, string>; query: Record<string, unknown> }) => Promise<{
    status: number;
    body: unknown;
    /** Sent as is with this content type instead of JSON (TwiML). */
    contentType?: string;
  }>;
}

export interface WebhookSignatureDoc {
  /** Name of the OpenAPI security scheme (shared by the routes a provider signs the same way). */
  scheme: string;
  /** The header that carries the signature. */
  header: string;
  /** How to compute it. */
  description: string;
  /** Other headers the signature covers (Svix: id and timestamp). */
  headers?: { name: string; description: string }[];
  /** A provider secret that may be unset: the route then answers 403 webhook_not_configured. */
  optional?: boolean;
}

export function route<B extends z.ZodType | undefined = undefined>(spec: RouteSpec<B>): RouteSpec<B> {
  return spec;
}

/** Zod issues → `details` that name each field. */
export function validationError(err: z.ZodError): RemitError {
  const details = err.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
  const first = details[0]!;
  return new RemitError(400, 'validation_failed', `${first.field}: ${first.message}`, details);
}

const MAX_DEPTH = 32;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Strings the database cannot store: U+0000 (PostgreSQL text and jsonb refuse it) and lone
 * UTF-16 surrogates (not Unicode; they would be stored as U+FFFD, silently changing the value).
 * Returns one issue per offending field or key, so the request is refused before anything runs.
 */
export function unstorableText(value: unknown, path: (string | number)[] = [], out: FieldIssue[] = []): FieldIssue[] {
  const bad = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);
  const field = () => path.join('.') || '(body)';
  // No request body is nested this deep; walking further would only exhaust the stack.
  if (path.length > MAX_DEPTH) {
    out.push({ field: field(), message: `nested more than ${MAX_DEPTH} levels deep` });
    return out;
  }
  if (typeof value === 'string') {
    if (bad(value)) out.push({ field: field(), message: 'must be Unicode text without NUL (U+0000) characters' });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => unstorableText(v, [...path, i], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (bad(k)) out.push({ field: field(), message: 'property names must be Unicode text without NUL (U+0000) characters' });
      else unstorableText(v, [...path, k], out);
    }
  }
  return out;
}

function textError(details: FieldIssue[]): RemitError {
  return new RemitError(400, 'validation_failed', `${details[0]!.field}: ${details[0]!.message}`, details);
}

export function mount(router: Router, specs: RouteSpec<z.ZodType | undefined>[]): void {
  for (const spec of specs) {
    router[spec.method](spec.path, async (req: Request, res: Response) => {
      let body: unknown = undefined;
      const badParams = Object.entries(req.params as Record<string, string>).flatMap(([k, v]) => unstorableText(v, [k]));
      if (badParams.length) throw textError(badParams);
      if (spec.body) {
        if (!req.is('application/json')) throw new RemitError(415, 'unsupported_media_type', 'Send a JSON body with Content-Type: application/json');
        const badText = unstorableText(req.body);
        if (badText.length) throw textError(badText);
        const parsed = spec.body.safeParse(req.body);
        if (!parsed.success) throw validationError(parsed.error);
        body = parsed.data;
      }
      let query: Record<string, unknown> = {};
      if (spec.query) {
        const raw = req.query as Record<string, unknown>;
        const badQuery = unstorableText(raw);
        if (badQuery.length) throw textError(badQuery);
        const parsed = spec.query.strict().safeParse(raw);
        if (!parsed.success) throw validationError(parsed.error);
        query = parsed.data as Record<string, unknown>;
      }
      const out = await spec.handler({ req, res, body: body as never, params: req.params as Record<string, string>, query });
      if (out.contentType) res.status(out.status).type(out.contentType).send(out.body);
      else res.status(out.status).json(out.body);
    });
  }
}
