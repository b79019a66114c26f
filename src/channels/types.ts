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
  to: string;
  subject?: string;
  body: string;
}

export interface SendReceipt {
  provider: string;
  providerMessageId: string;
}

export interface ChannelAdapter {
  readonly provider: string;
  send(message: OutgoingMessage): Promise<SendReceipt>;
}

export type ChannelAdapters = Record<Channel, ChannelAdapter>;

/** A provider refused the message for good (invalid number, suppressed address): do not retry. */
export class PermanentSendError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'PermanentSendError';
  }
}
