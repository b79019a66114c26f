// Email through Resend. The SDK never throws for HTTP or network failures: it resolves to
// { data, error, headers }, and this adapter turns `error` into our Permanent/Transient errors.
import { Resend, type ErrorResponse } from 'resend';
import { PermanentSendError, TransientSendError, assertSendable, type ChannelAdapter, type OutgoingMessage, type SendReceipt } from './types';
import { retryAfterMs } from './retryAfter';
import { textToHtml } from '../domain/templates';
import { outboundMessageId } from '../domain/emailThreading';

export interface ResendAdapterOptions {
  apiKey: string;
  /** "Acme Billing <billing@acme.com>" */
  from: string;
  replyTo?: string;
  /** Another API host (a test fake, a proxy); default https://api.resend.com. */
  baseUrl?: string;
  /** Give up on a request after this long (default 30 s); the SDK has no timeout of its own. */
  timeoutMs?: number;
}

const DEFAULT_BASE_URL = 'https://api.resend.com';
const DEFAULT_TIMEOUT_MS = 30_000;
// Resend sends Retry-After with its 429s; if it ever does not, its documented default limit is
// a few requests per second, so a second is enough for rate_limit_exceeded…
const DEFAULT_RATE_LIMIT_RETRY_MS = 1_000;
// …but a spent daily or monthly quota does not come back in a second.
const DEFAULT_QUOTA_RETRY_MS = 3_600_000;

export function createResendAdapter(opts: ResendAdapterOptions): ChannelAdapter {
  // Resend 6.x takes `baseUrl` as a constructor option and reads RESEND_BASE_URL only when it
  // is absent (once, in the constructor); always passing it keeps config.ts the one reader of env.
  const resend = new Resend(opts.apiKey, { baseUrl: (opts.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '') });
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  return {
    provider: 'resend',
    async send(message: OutgoingMessage): Promise<SendReceipt> {
      assertSendable(message);
      const signal = AbortSignal.timeout(timeoutMs);
      let result: Awaited<ReturnType<typeof resend.emails.send>>;
      try {
        result = await resend.emails.send(
          {
            from: opts.from,
            to: message.to,
            replyTo: opts.replyTo,
            subject: message.subject!, // assertSendable: an email has one
            html: message.html ?? textToHtml(message.body),
            text: message.body,
            // Its Message-ID names the outbox row, so a reply threads back to it (emailThreading.ts).
            headers: { 'Message-ID': outboundMessageId(message.messageId, opts.from), ...message.headers },
          },
          { idempotencyKey: message.idempotencyKey, signal },
        );
      } catch (err) {
        // 6.38 catches fetch failures itself; this guards a version that lets them through.
        throw new TransientSendError(`Resend request failed: ${String(err)}`, signal.aborted ? 'timeout' : 'network_error');
      }
      if (result.error) throw toSendError(result.error, result.headers, signal.aborted);
      return { provider: 'resend', providerMessageId: result.data.id };
    },
  };
}

function toSendError(error: ErrorResponse, headers: Record<string, string> | null, timedOut: boolean): Error {
  const message = `Resend: ${error.message}`;
  const status = error.statusCode;
  // No status: the request never got an answer (DNS, refused, reset, our timeout). The SDK
  // reports all of these as application_error with statusCode null.
  if (status === null) return new TransientSendError(message, timedOut ? 'timeout' : error.name);
  if (status === 429) {
    const quota = error.name === 'daily_quota_exceeded' || error.name === 'monthly_quota_exceeded';
    const fallback = quota ? DEFAULT_QUOTA_RETRY_MS : DEFAULT_RATE_LIMIT_RETRY_MS;
    return new TransientSendError(message, error.name, retryAfterMs(headers?.['retry-after']) ?? fallback);
  }
  if (status >= 500) return new TransientSendError(message, error.name);
  // The same key is still being processed by Resend: its docs say to try again later.
  if (error.name === 'concurrent_idempotent_requests') return new TransientSendError(message, error.name);
  // Resend accepts mail to suppressed addresses and reports `email.suppressed` later; should
  // it ever refuse one up front, the message is what says so.
  if (/suppress/i.test(error.message)) return new PermanentSendError(message, error.name, 'suppressed');
  // "Invalid `to` field. The email address needs to follow the `email@example.com` …" (422)
  if ((status === 400 || status === 422) && /`to`|\brecipient/i.test(error.message)) {
    return new PermanentSendError(message, error.name, 'invalid_recipient');
  }
  // "Missing `subject` field." (422): our payload, not the customer's address.
  if (error.name === 'missing_required_field') return new PermanentSendError(message, error.name, 'invalid_message');
  // Anything else (our `from`, domain, API key, idempotency key) is ours too: 'rejected' blames the sender.
  return new PermanentSendError(message, error.name, 'rejected');
}


