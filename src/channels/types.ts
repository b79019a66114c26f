// A channel adapter hands one rendered message to one provider. Resend (email) and Twilio
// (SMS, WhatsApp) are adapters like `log`; the outbox around them is the same for all.
import type { Channel } from '../domain/channel';
import { messageProblems } from '../domain/templates';

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
  | 'invalid_message' // a message Remit built wrongly (no subject, no body), refused by our own check or the provider's
  | 'rejected'; // any other 4xx the provider will answer the same way again

/**
 * Whose making a permanent failure is: `recipient` when it says something about the
 * customer's address (invalid number, bounced or suppressed address, opted out), `sender` when
 * it is Remit's own (a message built wrongly, our account or configuration), which says
 * nothing about the customer and must never make their channel unusable.
 */
export type Blame = 'recipient' | 'sender';

const RECIPIENT_REASONS: ReadonlySet<PermanentReason> = new Set(['invalid_recipient', 'opted_out', 'suppressed']);

/** A provider (or our own check before it) refused the message for good: do not retry. */
export class PermanentSendError extends Error {
  constructor(
    message: string,
    /** The provider's own code, e.g. "21610" or "validation_error"; "invalid_message" for our own check. */
    readonly code: string,
    readonly reason: PermanentReason = 'rejected',
    readonly blame: Blame = RECIPIENT_REASONS.has(reason) ? 'recipient' : 'sender',
  ) {
    super(message);
    this.name = 'PermanentSendError';
  }
}

/** What a permanent failure makes Remit remember about the customer's address; nothing when it is Remit's own. */
export function addressVerdict(err: PermanentSendError): 'opted_out' | 'unusable' | undefined {
  if (err.blame === 'sender') return undefined;
  return err.reason === 'opted_out' ? 'opted_out' : 'unusable';
}

/**
 * Refuses, before any provider call, a message every provider would refuse (an email without
 * a subject, an empty body). Every adapter, `log` included, calls it, so a message Remit built
 * wrongly fails the same way whatever the channel's credentials.
 */
export function assertSendable(message: OutgoingMessage): void {
  const problems = messageProblems(message.channel, message);
  if (problems.length) throw new PermanentSendError(problems.join('; '), 'invalid_message', 'invalid_message');
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
