// A stand-in for Twilio's Messages API on loopback, answering as api.twilio.com does (Basic
// auth, form-encoded requests, Message resources, `{ code, message, more_info, status }` error
// bodies), so the real SDK can be driven against it. Failures can be scripted for the next
// requests or attached to a recipient.
import { randomBytes } from 'node:crypto';
import { flatHeaders, json, readBody, ScriptedFailures, startLoopbackServer, type ScriptedFailure, type ScriptedResponse } from './fakeHttp';

export type { ScriptedResponse } from './fakeHttp';

export interface TwilioMessageRequest {
  accountSid: string;
  path: string;
  /** Lower-cased names, as node:http gives them. */
  headers: Record<string, string>;
  /** The form fields as sent: To, From, Body, MessagingServiceSid, ContentSid, … */
  params: Record<string, string>;
}

export interface TwilioDelivery extends TwilioMessageRequest {
  sid: string;
  status: string;
}

/** A scripted failure: an HTTP answer, or 'hang' (accept the request and never answer). */
export type TwilioFailure = ScriptedFailure;

const ERRORS: Record<number, { status: number; message: (to: string) => string }> = {
  20003: { status: 401, message: () => 'Authentication Error - invalid username' },
  20429: { status: 429, message: () => 'Too Many Requests' },
  20500: { status: 500, message: () => 'Internal Server Error' },
  20503: { status: 503, message: () => 'Service Unavailable' },
  21211: { status: 400, message: (to) => `The 'To' number ${to} is not a valid phone number.` },
  21408: { status: 400, message: (to) => `Permission to send an SMS has not been enabled for the region indicated by the 'To' number: ${to}.` },
  21602: { status: 400, message: () => 'Message body is required.' },
  21603: { status: 400, message: () => "A 'From' phone number is required." },
  21604: { status: 400, message: () => "A 'To' phone number is required." },
  21610: { status: 400, message: () => 'Attempt to send to unsubscribed recipient' },
  21614: { status: 400, message: (to) => `'To' number ${to} is not a valid mobile number` },
  21617: { status: 400, message: () => 'The concatenated message body exceeds the 1600 character limit.' },
  63016: {
    status: 400,
    message: () => 'Failed to send freeform message because you are outside the allowed window. If you are using WhatsApp, please use a Message Template.',
  },
};

/** Twilio's error answer for `code` (see ERRORS for the ones modelled). */
export function twilioError(code: number, opts: { to?: string; retryAfterSeconds?: number } = {}): ScriptedResponse {
  const known = ERRORS[code];
  if (!known) throw new Error(`fakeTwilio: no error ${code} modelled`);
  return {
    status: known.status,
    headers: opts.retryAfterSeconds === undefined ? undefined : { 'retry-after': String(opts.retryAfterSeconds) },
    body: { code, message: known.message(opts.to ?? ''), more_info: `https://www.twilio.com/docs/errors/${code}`, status: known.status },
  };
}

export interface FakeTwilio {
  /** Base URL to hand the adapter (no trailing slash). */
  url: string;
  accountSid: string;
  authToken: string;
  /** Accepted messages. */
  received: TwilioDelivery[];
  /** Every authenticated POST to Messages.json, answered or not. */
  requests: TwilioMessageRequest[];
  /** Answer the next `n` message requests with `response` instead of accepting them. */
  failNext(n: number, response: TwilioFailure): void;
  /** Every message to `to` (exactly as sent: "+1…" or "whatsapp:+1…") fails with `code`. */
  rejectNumber(to: string, code: number): void;
  /** Wait this long before every answer. */
  setLatency(ms: number): void;
  /** Drop the scripted failures still queued (an outage ends); logs are kept. */
  clearFailures(): void;
  reset(): void;
  close(): Promise<void>;
}

const E164 = /^(whatsapp:)?\+[1-9]\d{6,14}$/;

export async function startFakeTwilio(opts: { accountSid?: string; authToken?: string; latencyMs?: number } = {}): Promise<FakeTwilio> {
  const accountSid = opts.accountSid ?? `AC${'0123456789abcdef'.repeat(2)}`;
  const authToken = opts.authToken ?? 'twilio-test-auth-token';
  const received: TwilioDelivery[] = [];
  const requests: TwilioMessageRequest[] = [];
  const failures = new ScriptedFailures();
  const rejected = new Map<string, number>();
  let latencyMs = opts.latencyMs ?? 0;

  const server = await startLoopbackServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);
    if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs));

    const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
    if (req.headers.authorization !== expected) {
      return json(
        res,
        401,
        { code: 20003, detail: 'Your AccountSid or AuthToken was incorrect.', message: ERRORS[20003]!.message(''), more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 },
        { 'www-authenticate': 'Basic realm="Twilio API"' },
      );
    }

    const match = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec(url.pathname);
    if (!match || req.method !== 'POST' || match[1] !== accountSid) {
      return json(res, 404, { code: 20404, message: `The requested resource ${url.pathname} was not found`, more_info: 'https://www.twilio.com/docs/errors/20404', status: 404 });
    }

    const params = Object.fromEntries(new URLSearchParams(raw));
    const request: TwilioMessageRequest = { accountSid, path: url.pathname, headers: flatHeaders(req), params };
    requests.push(request);

    if (failures.answer(res)) return; // a scripted failure; 'hang' leaves the socket open until close()

    const to = params.To ?? '';
    const refusal = validate(params) ?? rejected.get(to);
    if (refusal !== undefined) {
      const e = twilioError(refusal, { to });
      return json(res, e.status, e.body);
    }

    const sid = `SM${randomBytes(16).toString('hex')}`;
    // Through a messaging service with no From, Twilio answers "accepted" and picks the sender later.
    const status = params.MessagingServiceSid && !params.From ? 'accepted' : 'queued';
    received.push({ ...request, sid, status });
    const now = new Date().toUTCString().replace('GMT', '+0000');
    const uri = `/2010-04-01/Accounts/${accountSid}/Messages/${sid}`;
    return json(res, 201, {
      account_sid: accountSid,
      api_version: '2010-04-01',
      body: params.Body ?? '',
      date_created: now,
      date_sent: null,
      date_updated: now,
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from: params.From ?? null,
      messaging_service_sid: params.MessagingServiceSid ?? null,
      // Segment counting is not modelled; a messaging service reports 0 until it picks a sender.
      num_media: '0',
      num_segments: status === 'accepted' ? '0' : '1',
      price: null,
      price_unit: 'USD',
      sid,
      status,
      subresource_uris: { media: `${uri}/Media.json`, feedback: `${uri}/Feedback.json` },
      to,
      uri: `${uri}.json`,
    });
  });

  return {
    url: server.url,
    accountSid,
    authToken,
    received,
    requests,
    failNext(n, response) {
      failures.add(n, response);
    },
    rejectNumber(to, code) {
      rejected.set(to, code);
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    clearFailures() {
      failures.clear();
    },
    reset() {
      received.length = 0;
      requests.length = 0;
      failures.clear();
      rejected.clear();
      latencyMs = opts.latencyMs ?? 0;
    },
    close: server.close,
  };
}

/** The checks Twilio makes on every message, as the error code it answers with. */
function validate(p: Record<string, string>): number | undefined {
  if (!p.To) return 21604;
  if (!E164.test(p.To)) return 21211;
  if (!p.From && !p.MessagingServiceSid) return 21603;
  if (!p.Body && !p.ContentSid && !p.MediaUrl) return 21602;
  if (p.Body && p.Body.length > 1600) return 21617;
  return undefined;
}
