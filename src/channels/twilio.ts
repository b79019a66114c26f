// SMS and WhatsApp through Twilio's Messages API. The SDK throws RestException (status, code)
// for API errors and axios errors for network failures; this adapter turns both into our
// Permanent/Transient errors.
import { AsyncLocalStorage } from 'node:async_hooks';
import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type Response from 'twilio/lib/http/response';
import type { MessageListInstanceCreateOptions } from 'twilio/lib/rest/api/v2010/account/message';
import { fitSms } from '../domain/smsLength';
import { OPT_OUT_TEXT } from '../domain/templates';
import { PermanentSendError, TransientSendError, assertSendable, type ChannelAdapter, type OutgoingMessage, type PermanentReason, type SendReceipt } from './types';
import { retryAfterMs } from './retryAfter';

export interface TwilioAdapterOptions {
  accountSid: string;
  authToken: string;
  /** Preferred sender for SMS; WhatsApp uses it too when `whatsappFrom` is not set. */
  messagingServiceSid?: string;
  /** E.164 SMS sender, used without a messaging service. */
  from?: string;
  /** E.164 WhatsApp sender, with or without the "whatsapp:" prefix. */
  whatsappFrom?: string;
  /** Approved template (HX…) for WhatsApp outside the 24-hour window. */
  whatsappContentSid?: string;
  statusCallbackUrl?: string;
  /** Send every request here instead of https://api.twilio.com (a test fake, a proxy; a path prefix is kept). */
  apiBaseUrl?: string;
  /** Longest SMS, in segments (default 3). */
  maxSmsSegments?: number;
  /** Give up on a request after this long (default 30 s, the SDK's own default). */
  timeoutMs?: number;
}

const DEFAULT_MAX_SMS_SEGMENTS = 3;
// Twilio rarely sends Retry-After on 429 (error 20429, "Too Many Requests"); a second is what
// a single long code sends per second anyway.
const DEFAULT_RETRY_AFTER_MS = 1_000;

/** What a delivery failure reported by a status callback says about the number. */
type DeliveryFailure = 'unknown_destination' | 'landline_or_unreachable';

/** Twilio's error codes Remit acts on: one table for a send's answer and for the status callback. */
const TWILIO_ERRORS: Record<string, PermanentReason | DeliveryFailure> = {
  '21211': 'invalid_recipient', // invalid 'To' number
  '21614': 'invalid_recipient', // 'To' is not a mobile number
  '21610': 'opted_out', // the recipient replied STOP
  '63016': 'template_required', // WhatsApp free text outside the 24-hour window
  '21602': 'invalid_message', // no body: a message we built wrongly
  '21617': 'invalid_message', // body over 1600 characters
  '30005': 'unknown_destination', // status callback: the number does not exist
  '30006': 'landline_or_unreachable', // status callback: a landline, or the carrier cannot reach it
};

/** What a Twilio error code means for Remit, if anything. */
export function twilioErrorMeaning(code: string): PermanentReason | DeliveryFailure | undefined {
  return Object.hasOwn(TWILIO_ERRORS, code) ? TWILIO_ERRORS[code] : undefined;
}

/** A send refused for good: why, for the adapter's error (an unreachable number is an invalid recipient). */
function permanentReason(code: string): PermanentReason {
  const meaning = twilioErrorMeaning(code);
  if (meaning === 'unknown_destination' || meaning === 'landline_or_unreachable') return 'invalid_recipient';
  return meaning ?? 'rejected';
}

// RestException keeps status, code and message but drops the response headers, so the HTTP
// client below notes each send's last response headers here, per send, to read Retry-After.
const responseHeaders = new AsyncLocalStorage<{ headers?: Record<string, unknown> }>();

class RedirectingRequestClient extends twilio.RequestClient {
  constructor(
    private readonly baseUrl: string | undefined,
    options: RequestClient.RequestClientOptions,
  ) {
    super(options);
  }

  override async request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<Response<TData>> {
    let uri = opts.uri;
    if (this.baseUrl) {
      const url = new URL(opts.uri);
      uri = this.baseUrl + url.pathname + url.search;
    }
    const response = await super.request({ ...opts, uri });
    const store = responseHeaders.getStore();
    if (store) store.headers = response.headers;
    return response;
  }
}

export function createTwilioAdapters(opts: TwilioAdapterOptions): { sms: ChannelAdapter; whatsapp: ChannelAdapter } {
  // The SDK builds absolute https://api.twilio.com URLs and has no base-URL option; its
  // pluggable HTTP client is where they can be pointed elsewhere.
  const httpClient = new RedirectingRequestClient(opts.apiBaseUrl?.replace(/\/+$/, ''), { timeout: opts.timeoutMs });
  const client = twilio(opts.accountSid, opts.authToken, { httpClient });
  const maxSegments = opts.maxSmsSegments ?? DEFAULT_MAX_SMS_SEGMENTS;
  const statusCallback = opts.statusCallbackUrl;

  async function create(params: MessageListInstanceCreateOptions): Promise<SendReceipt> {
    const seen: { headers?: Record<string, unknown> } = {};
    try {
      const message = await responseHeaders.run(seen, () => client.messages.create(params));
      return { provider: 'twilio', providerMessageId: message.sid, status: message.status };
    } catch (err) {
      throw toSendError(err, seen.headers);
    }
  }

  const sms: ChannelAdapter = {
    provider: 'twilio',
    async send(message: OutgoingMessage) {
      assertSendable(message);
      return create({
        to: message.to,
        body: fitSms(message.body, maxSegments, OPT_OUT_TEXT),
        ...(opts.messagingServiceSid ? { messagingServiceSid: opts.messagingServiceSid } : { from: opts.from }),
        statusCallback,
      });
    },
  };

  const whatsapp: ChannelAdapter = {
    provider: 'twilio',
    async send(message: OutgoingMessage) {
      assertSendable(message);
      const sender = opts.whatsappFrom
        ? { from: whatsappAddress(opts.whatsappFrom) }
        : { messagingServiceSid: opts.messagingServiceSid };
      if (message.whatsappSessionOpen) {
        return create({ to: whatsappAddress(message.to), ...sender, body: message.body, statusCallback });
      }
      if (!opts.whatsappContentSid) {
        throw new PermanentSendError('WhatsApp outside the 24-hour window needs an approved template, and none is configured', '63016', 'template_required');
      }
      return create({
        to: whatsappAddress(message.to),
        ...sender,
        contentSid: opts.whatsappContentSid,
        contentVariables: JSON.stringify(message.templateVariables ?? {}),
        statusCallback,
      });
    },
  };

  return { sms, whatsapp };
}

function whatsappAddress(number: string): string {
  return number.startsWith('whatsapp:') ? number : `whatsapp:${number}`;
}

function toSendError(err: unknown, headers: Record<string, unknown> | undefined): unknown {
  if (typeof err !== 'object' || err === null) return err;
  const e = err as { status?: unknown; code?: unknown; message?: string; isAxiosError?: boolean };

  // An API answer (RestException, or TwilioServiceException for RFC 9457 bodies).
  if (typeof e.status === 'number') {
    const code = String(e.code ?? e.status);
    const message = `Twilio ${code}: ${e.message}`;
    if (e.status === 429 || code === '20429') {
      return new TransientSendError(message, code, retryAfterMs(headers?.['retry-after']) ?? DEFAULT_RETRY_AFTER_MS);
    }
    if (e.status >= 500) return new TransientSendError(message, code);
    return new PermanentSendError(message, code, permanentReason(code));
  }

  // No answer: axios reports timeouts as ECONNABORTED / ETIMEDOUT, and refused or reset
  // connections with the socket error's code.
  if (e.isAxiosError) {
    const timedOut = e.code === 'ECONNABORTED' || e.code === 'ETIMEDOUT';
    return new TransientSendError(`Twilio request failed: ${e.message}`, timedOut ? 'timeout' : String(e.code ?? 'network_error'));
  }
  return err;
}
