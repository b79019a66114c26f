// A stand-in for the Resend API on loopback, answering as api.resend.com does (status codes,
// `{ statusCode, name, message }` error bodies, Idempotency-Key replays), so the real SDK can
// be driven against it. Failures can be scripted for the next requests.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { GetReceivingEmailResponseSuccess } from 'resend';
import { flatHeaders, json, readBody, ScriptedFailures, startLoopbackServer, type ScriptedFailure, type ScriptedResponse } from './fakeHttp';

export type { ScriptedResponse } from './fakeHttp';

export interface ResendRequest {
  method: string;
  path: string;
  /** Lower-cased names, as node:http gives them. */
  headers: Record<string, string>;
  idempotencyKey?: string;
  body: Record<string, unknown>;
}

export interface ResendDelivery extends ResendRequest {
  id: string;
}

/** A scripted failure: an HTTP answer, or 'hang' (accept the request and never answer). */
export type ResendFailure = ScriptedFailure;

/** Resend's own error answers. */
export const resendErrors = {
  rateLimited: (retryAfterSeconds: number): ScriptedResponse => ({
    status: 429,
    headers: {
      'retry-after': String(retryAfterSeconds),
      'ratelimit-limit': '2',
      'ratelimit-remaining': '0',
      'ratelimit-reset': String(retryAfterSeconds),
    },
    body: {
      statusCode: 429,
      name: 'rate_limit_exceeded',
      message: 'Too many requests. You can only make 2 requests per second. See rate limit response headers for more information. Or contact support to increase rate limit.',
    },
  }),
  dailyQuotaExceeded: (): ScriptedResponse => ({
    status: 429,
    body: { statusCode: 429, name: 'daily_quota_exceeded', message: 'You have reached your daily email sending quota.' },
  }),
  internalServerError: (): ScriptedResponse => ({
    status: 500,
    body: { statusCode: 500, name: 'internal_server_error', message: 'An unexpected error occurred.' },
  }),
  invalidTo: (): ScriptedResponse => ({
    status: 422,
    body: { statusCode: 422, name: 'validation_error', message: INVALID_TO_MESSAGE },
  }),
  invalidFrom: (): ScriptedResponse => ({
    status: 422,
    body: { statusCode: 422, name: 'validation_error', message: 'Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.' },
  }),
  domainNotVerified: (domain: string): ScriptedResponse => ({
    status: 403,
    body: { statusCode: 403, name: 'validation_error', message: `The ${domain} domain is not verified. Please, add and verify your domain on https://resend.com/domains` },
  }),
  /** Hypothetical: Resend accepts mail to suppressed addresses and reports `email.suppressed` later. */
  suppressed: (to: string): ScriptedResponse => ({
    status: 422,
    body: { statusCode: 422, name: 'validation_error', message: `The recipient ${to} is on the suppression list because of a previous bounce.` },
  }),
  concurrentIdempotentRequests: (): ScriptedResponse => ({
    status: 409,
    body: { statusCode: 409, name: 'concurrent_idempotent_requests', message: 'Same idempotency key used while original request is still in progress.' },
  }),
};

const INVALID_TO_MESSAGE = 'Invalid `to` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.';
const ADDRESS = /^(?:[^<>]*<\s*)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+(?:\s*>)?$/;

export interface FakeResend {
  /** Base URL to hand the SDK (no trailing slash). */
  url: string;
  apiKey: string;
  /** Accepted deliveries, one per new Idempotency-Key. */
  received: ResendDelivery[];
  /** Every request to /emails, answered or not. */
  requests: ResendRequest[];
  /** Answer the next `n` POST /emails with `response` instead of delivering. */
  failNext(n: number, response: ResendFailure): void;
  /** What GET /emails/receiving/:id returns; see receivedEmail() for a complete one. */
  receivedEmails: Map<string, GetReceivingEmailResponseSuccess>;
  /** Drop the scripted failures still queued (an outage ends); logs are kept. */
  clearFailures(): void;
  /** Record deliveries but hold their 200 answers until the returned function is called (a slow provider). */
  holdAnswers(): () => void;
  reset(): void;
  close(): Promise<void>;
}

/** A received (inbound) email as Resend returns it, with `overrides` applied. */
export function receivedEmail(overrides: Partial<GetReceivingEmailResponseSuccess> = {}): GetReceivingEmailResponseSuccess {
  return {
    object: 'email',
    id: randomUUID(),
    to: ['billing@remit.example'],
    from: 'Jane Customer <jane@customer.example>',
    created_at: '2026-03-02 10:15:00.000000+00',
    subject: 'Re: Invoice INV-1001 is overdue',
    bcc: null,
    cc: null,
    reply_to: null,
    received_for: ['billing@remit.example'],
    html: '<p>Paid this morning.</p>',
    text: 'Paid this morning.',
    headers: { 'in-reply-to': '<remit-msg-1@remit.example>' },
    message_id: '<CAF=abc123@mail.customer.example>',
    raw: null,
    attachments: [],
    ...overrides,
  };
}

export async function startFakeResend(opts: { apiKey?: string } = {}): Promise<FakeResend> {
  const apiKey = opts.apiKey ?? 're_test_0123456789';
  const received: ResendDelivery[] = [];
  const requests: ResendRequest[] = [];
  const receivedEmails = new Map<string, GetReceivingEmailResponseSuccess>();
  const failures = new ScriptedFailures();
  const byKey = new Map<string, { id: string; body: string }>();
  // While set, successful deliveries wait here for their 200 answer.
  let held: (() => void)[] | undefined;

  const server = await startLoopbackServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);

    const auth = req.headers.authorization;
    if (!auth?.startsWith('Bearer ')) {
      return json(res, 401, { statusCode: 401, name: 'missing_api_key', message: 'Missing API key in the authorization header. Include the following header `Authorization: Bearer YOUR_API_KEY` in the request.' });
    }
    if (auth !== `Bearer ${apiKey}`) return json(res, 403, { statusCode: 403, name: 'invalid_api_key', message: 'API key is invalid' });

    if (url.pathname === '/emails') {
      if (req.method !== 'POST') return json(res, 405, { statusCode: 405, name: 'method_not_allowed', message: 'Method is not allowed for the requested path.' });
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return json(res, 400, { statusCode: 400, name: 'validation_error', message: 'Invalid JSON body.' });
      }
      const idempotencyKey = header(req, 'idempotency-key');
      const request: ResendRequest = { method: req.method, path: url.pathname, headers: flatHeaders(req), idempotencyKey, body };
      requests.push(request);

      if (failures.answer(res)) return; // a scripted failure; 'hang' leaves the socket open until close()

      if (idempotencyKey !== undefined) {
        if (idempotencyKey.length < 1 || idempotencyKey.length > 256) {
          return json(res, 400, { statusCode: 400, name: 'invalid_idempotency_key', message: 'The key must be between 1-256 chars.' });
        }
        const earlier = byKey.get(idempotencyKey);
        if (earlier && earlier.body !== raw) {
          return json(res, 409, { statusCode: 409, name: 'invalid_idempotent_request', message: 'Same idempotency key used with a different request payload.' });
        }
        if (earlier) return json(res, 200, { id: earlier.id });
      }

      const missing = ['from', 'to', 'subject'].filter((f) => !body[f]);
      if (missing.length > 0) {
        return json(res, 422, { statusCode: 422, name: 'missing_required_field', message: `Missing \`${missing[0]}\` field.` });
      }
      const to = Array.isArray(body.to) ? body.to : [body.to];
      if (!to.every((a) => typeof a === 'string' && ADDRESS.test(a))) {
        return json(res, 422, { statusCode: 422, name: 'validation_error', message: INVALID_TO_MESSAGE });
      }

      const id = randomUUID();
      if (idempotencyKey !== undefined) byKey.set(idempotencyKey, { id, body: raw });
      received.push({ ...request, id });
      if (held) return void held.push(() => json(res, 200, { id }));
      return json(res, 200, { id });
    }

    const inbound = /^\/emails\/receiving\/([^/]+)$/.exec(url.pathname);
    if (inbound && req.method === 'GET') {
      const email = receivedEmails.get(decodeURIComponent(inbound[1]!));
      return email ? json(res, 200, email) : json(res, 404, { statusCode: 404, name: 'not_found', message: 'Email not found' });
    }

    return json(res, 404, { statusCode: 404, name: 'not_found', message: 'The requested endpoint does not exist.' });
  });

  return {
    url: server.url,
    apiKey,
    received,
    requests,
    receivedEmails,
    failNext(n, response) {
      failures.add(n, response);
    },
    clearFailures() {
      failures.clear();
    },
    holdAnswers() {
      const mine: (() => void)[] = [];
      held = mine;
      return () => {
        if (held === mine) held = undefined;
        for (const answer of mine.splice(0)) answer();
      };
    },
    reset() {
      received.length = 0;
      requests.length = 0;
      failures.clear();
      byKey.clear();
      receivedEmails.clear();
    },
    close: server.close,
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
