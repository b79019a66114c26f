// A channel adapter hands one rendered message to one provider. Resend (email) and Twilio
// (SMS, WhatsApp) are adapters like `log`; the outbox around them is the same for all.
import type { Channel } from '../domain/sequences';

export interface OutgoingMessage {
  /** Remit's outbox id. */
  messageId: string;
  /** Stable per invoice + step + channel; providers that support it get it as their idempotency key. */
  idempotencyKey: string;
  invoiceId: string;
  channel: Channel;
  /** Email address, or E.164 phone number for SMS and WhatsApp. */
  to: string;
  subject?: string;
  /** Plain text (the SMS / WhatsApp body, the email's text part). */
  body: string;
  /** The email's HTML part. */
  html?: string;
  /** Extra email headers. */
  headers?: Record<string, string>;
  /** WhatsApp: the customer wrote to us in the last 24 hours, so free text is allowed. */
  whatsappSessionOpen?: boolean;
  /** WhatsApp: variables for the approved template used outside that window ("1" → name, …). */
  templateVariables?: Record<string, string>;
}

export interface SendReceipt {
  provider: string;
  providerMessageId: string;
  /** The provider's first status for the message (Twilio: queued / accepted / sent). */
  status?: string;
}

export interface ChannelAdapter {
  readonly provider: string;
  send(message: OutgoingMessage): Promise<SendReceipt>;
}

export type ChannelAdapters = Record<Channel, ChannelAdapter>;

/** Why a provider refused a message for good. */
export type PermanentReason =
  | 'invalid_recipient' // Twilio 21211, 21614; a malformed email address
  | 'opted_out' // Twilio 21610: the number replied STOP
  | 'suppressed' // Resend: the address bounced or complained before
  | 'template_required' // Twilio 63016: WhatsApp outside the 24-hour window needs a template
  | 'rejected'; // any other 4xx the provider will answer the same way again

/** A provider refused the message for good (invalid number, suppressed address): do not retry. */
export class PermanentSendError extends Error {
  constructor(
    message: string,
    /** The provider's own code, e.g. "21610" or "validation_error". */
    readonly code: string,
    readonly reason: PermanentReason = 'rejected',
  ) {
    super(message);
    this.name = 'PermanentSendError';
  }
}

/** A provider could not take the message now (429, 5xx, timeout): retry, after `retryAfterMs` if given. */
export class TransientSendError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'TransientSendError';
  }
}
