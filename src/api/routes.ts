// A tiny route registry: each route declares its schemas once; they validate the request
// and describe it in /openapi.json.
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { RemitError } from '../services/errors';

export interface RouteSpec<B extends z.ZodType | undefined> {
  method: 'get' | 'post';
  path: string;
  summary: string;
  tag: string;
  auth: 'apiKey' | 'webhookSignature' | 'none';
  /** For webhooks signed another way than Remit-Signature (documentation only). */
  signatureHeader?: string;
  body?: B;
  /** A body the handler parses itself (form-encoded or provider JSON), for the OpenAPI document. */
  docBody?: { contentType: string; schema: z.ZodType };
  responses: Record<number, { description: string; schema?: z.ZodType }>;
  handler: (ctx: { req: Request; res: Response; body: B extends z.ZodType ? z.infer<B> : undefined; params: Record<string, string> }) => Promise<{
    status: number;
    body: unknown;
    /** Sent as is with this content type instead of JSON (TwiML). */
    contentType?: string;
  }>;
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

export function mount(router: Router, specs: RouteSpec<z.ZodType | undefined>[]): void {
  for (const spec of specs) {
    router[spec.method](spec.path, async (req: Request, res: Response) => {
      let body: unknown = undefined;
      if (spec.body) {
        if (!req.is('application/json')) throw new RemitError(415, 'unsupported_media_type', 'Send a JSON body with Content-Type: application/json');
        const parsed = spec.body.safeParse(req.body);
        if (!parsed.success) throw validationError(parsed.error);
        body = parsed.data;
      }
      const out = await spec.handler({ req, res, body: body as never, params: req.params as Record<string, string> });
      if (out.contentType) res.status(out.status).type(out.contentType).send(out.body);
      else res.status(out.status).json(out.body);
    });
  }
}
