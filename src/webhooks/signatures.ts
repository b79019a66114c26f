// Verification of provider webhook requests (Twilio, Resend, Stripe), on raw request pieces so the
// HTTP layer stays free to choose how it reads headers and bodies. Request problems throw
// WebhookSignatureError (answer 4xx); a missing or unusable secret is our misconfiguration and
// throws a plain TypeError/RangeError instead (answer 5xx), so it is never mistaken for a forgery.
import twilio from 'twilio';
import { Resend } from 'resend';
import Stripe from 'stripe';

export const TWILIO_SIGNATURE_HEADER = 'x-twilio-signature';
/** Resend delivers through Svix; its SDK wants these three as { id, timestamp, signature }. */
export const RESEND_WEBHOOK_HEADERS = { id: 'svix-id', timestamp: 'svix-timestamp', signature: 'svix-signature' } as const;
export const STRIPE_SIGNATURE_HEADER = 'stripe-signature';
/** Svix/Standard Webhooks and Stripe both default to five minutes. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

export type WebhookProvider = 'twilio' | 'resend' | 'stripe';
export type WebhookSignatureFailure = 'missing' | 'mismatch' | 'stale' | 'malformed';

export class WebhookSignatureError extends Error {
  override readonly name = 'WebhookSignatureError';

  constructor(
    readonly provider: WebhookProvider,
    readonly reason: WebhookSignatureFailure,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${provider} webhook rejected (${reason}): ${detail}`, options);
  }
}

function requireSecret(what: string, value: string): void {
  // An empty HMAC key is one any attacker can use too.
  if (typeof value !== 'string' || value.trim() === '') throw new TypeError(`${what} is not configured`);
}

// ---------------------------------------------------------------------------------------------
// Twilio: X-Twilio-Signature = base64(HMAC-SHA1(auth token, full URL + sorted POST key/values)).

export interface TwilioRequest {
  authToken: string;
  signature: string | undefined;
  /** The full public URL Twilio called, with query string: what the proxy saw, not req.url. */
  url: string;
  /** The form-decoded POST parameters. */
  params: Record<string, string | string[]>;
}

/** True when the request carries a valid Twilio signature. */
export function verifyTwilioRequest(opts: TwilioRequest): boolean {
  checkTwilioConfig(opts);
  if (!opts.signature) return false;
  // The SDK also accepts the URL with/without the default port and with re-encoded query strings.
  return twilio.validateRequest(opts.authToken, opts.signature, opts.url, opts.params);
}

/** verifyTwilioRequest, but throws a WebhookSignatureError that says why. */
export function assertTwilioRequest(opts: TwilioRequest): void {
  checkTwilioConfig(opts);
  if (!opts.signature) throw new WebhookSignatureError('twilio', 'missing', `no ${TWILIO_SIGNATURE_HEADER} header`);
  if (!/^[A-Za-z0-9+/]{27}=$/.test(opts.signature)) {
    throw new WebhookSignatureError('twilio', 'malformed', 'signature is not a base64 HMAC-SHA1');
  }
  if (!verifyTwilioRequest(opts)) throw new WebhookSignatureError('twilio', 'mismatch', 'signature does not match');
}

function checkTwilioConfig({ authToken, url }: TwilioRequest): void {
  requireSecret('Twilio auth token', authToken);
  // A relative URL would fail every request; the SDK would throw on it only sometimes.
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new TypeError(`Twilio webhook URL must be absolute http(s), got ${JSON.stringify(url)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Resend (Svix): svix-signature = space-separated "v1,<base64 HMAC-SHA256(key, id.timestamp.body)>"
// where key = base64-decoded part of the whsec_ secret. Several entries while a secret rotates.

export interface ResendWebhookRequest {
  secret: string;
  rawBody: string;
  headers: { id?: string; timestamp?: string; signature?: string };
}

// webhooks.verify() works offline, but the Resend constructor insists on an API key.
let resendClient: Resend | undefined;
function resendWebhooks() {
  resendClient ??= new Resend('re_unused_for_webhook_verification');
  return resendClient.webhooks;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Returns the parsed (unvalidated) event; throws WebhookSignatureError. */
export function verifyResendWebhook(opts: ResendWebhookRequest): unknown {
  const { secret, rawBody, headers } = opts;
  requireSecret('Resend webhook secret', secret);
  const key = secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret;
  if (!key || !BASE64.test(key)) throw new TypeError('Resend webhook secret must look like whsec_<base64>');

  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature) {
    const absent = (['id', 'timestamp', 'signature'] as const).filter((f) => !headers[f]).map((f) => RESEND_WEBHOOK_HEADERS[f]);
    throw new WebhookSignatureError('resend', 'missing', `no ${absent.join(', ')} header`);
  }
  if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookSignatureError('resend', 'malformed', 'timestamp is not unix seconds');
  if (!signature.split(' ').some((s) => /^v1,[A-Za-z0-9+/]+={0,2}$/.test(s))) {
    throw new WebhookSignatureError('resend', 'malformed', 'no v1 signature');
  }
  // The SDK (standardwebhooks) enforces the same ±5 minutes; checking first names the reason.
  if (Math.abs(Math.floor(Date.now() / 1000) - Number(timestamp)) > WEBHOOK_TOLERANCE_SECONDS) {
    throw new WebhookSignatureError('resend', 'stale', `timestamp ${timestamp} is outside ±${WEBHOOK_TOLERANCE_SECONDS}s`);
  }
  if (rawBody === '') throw new WebhookSignatureError('resend', 'malformed', 'empty body');

  try {
    return resendWebhooks().verify({ payload: rawBody, headers: { id, timestamp, signature }, webhookSecret: secret });
  } catch (err) {
    if (err instanceof SyntaxError) throw new WebhookSignatureError('resend', 'malformed', 'body is not JSON', { cause: err });
    if (err instanceof Error && err.name === 'WebhookVerificationError') {
      // Only reachable for the timestamp if the clock ticked past the edge since our check.
      const reason = /timestamp/i.test(err.message) ? 'stale' : 'mismatch';
      throw new WebhookSignatureError('resend', reason, err.message, { cause: err });
    }
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Stripe: Stripe-Signature = "t=<unix>,v1=<hex HMAC-SHA256(secret, t.body)>[,v1=…]".

export interface StripeWebhookRequest {
  secret: string;
  rawBody: string | Buffer;
  signature: string | undefined;
  /** Maximum age in seconds (default 300). Stripe does not reject timestamps from the future. */
  toleranceSeconds?: number;
}

export function verifyStripeEvent(opts: StripeWebhookRequest): Stripe.Event {
  const { secret, rawBody, signature, toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS } = opts;
  requireSecret('Stripe webhook secret', secret);
  // The SDK treats 0 as "skip the age check"; never do that by accident on a live endpoint.
  if (!Number.isFinite(toleranceSeconds) || toleranceSeconds <= 0) {
    throw new RangeError(`toleranceSeconds must be positive, got ${toleranceSeconds}`);
  }
  if (!signature) throw new WebhookSignatureError('stripe', 'missing', `no ${STRIPE_SIGNATURE_HEADER} header`);
  const parts = signature.split(','); // the SDK does not trim either
  if (!parts.some((p) => /^t=\d{1,12}$/.test(p)) || !parts.some((p) => /^v1=[0-9a-f]{64}$/.test(p))) {
    throw new WebhookSignatureError('stripe', 'malformed', 'expected t=<unix>,v1=<hex>');
  }
  if (rawBody.length === 0) throw new WebhookSignatureError('stripe', 'malformed', 'empty body');

  try {
    return Stripe.webhooks.constructEvent(rawBody, signature, secret, toleranceSeconds);
  } catch (err) {
    if (err instanceof Stripe.errors.StripeSignatureVerificationError) {
      // The SDK checks the signature first, then the age ("Timestamp outside the tolerance zone").
      const reason = /tolerance/i.test(err.message) ? 'stale' : 'mismatch';
      throw new WebhookSignatureError('stripe', reason, err.message.split('\n')[0] ?? err.message, { cause: err });
    }
    if (err instanceof SyntaxError) throw new WebhookSignatureError('stripe', 'malformed', 'body is not JSON', { cause: err });
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// TwiML reply to an inbound message.

/** `<Response/>` (no reply), or a single `<Message>`, as Twilio's SDK writes (and XML-escapes) it. */
export function twiml(message?: string): string {
  // The SDK throws on characters XML 1.0 cannot carry at all (control characters, lone
  // surrogates): dropped, rather than answer the inbound message with a 500 and no reply.
  const text = message?.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
  const response = new twilio.twiml.MessagingResponse();
  if (text) response.message(text);
  return response.toString();
}
