// What Twilio, Resend and Stripe tell us. Every event is recorded (deduplicated by the
// provider's event id) before it is acted on; an event that failed half-way is acted on
// again when the provider retries it. Routing to an invoice is by provider message id
// (statuses), by address (inbound messages) or by invoice id / metadata (payments).
import type Stripe from 'stripe';
import { Resend } from 'resend';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { classifyInbound } from '../domain/inboundText';
import { currencyDigits, fromMinor } from '../domain/money';
import type { Channel } from '../domain/sequences';
import type { Prisma } from '../generated/prisma/client';
import type { MessageEventSignal } from '../../workflows/definitions';
import { isUniqueViolation, RemitError } from './errors';
import type { FollowUpService } from './followUps';

type EventStatus = 'applied' | 'ignored';
export interface ProviderEventResult {
  eventId: string;
  status: EventStatus | 'duplicate';
  detail?: string;
  /** TwiML reply text for an inbound SMS / WhatsApp, when one is due. */
  reply?: string;
}

/** Delivery statuses only move forward: a late "sent" never overwrites "delivered". */
const RANK: Record<string, number> = {
  accepted: 1, queued: 1, scheduled: 1, sending: 2, sent: 3,
  delivered: 4, undelivered: 4, failed: 4, canceled: 4, bounced: 4, delivery_delayed: 2,
  read: 5, opened: 5, clicked: 6, complained: 7,
};

/** Twilio error codes that make a number unusable for good (21610 is an opt-out instead). */
const TWILIO_UNUSABLE: Record<string, string> = {
  '21211': 'invalid_recipient', '21614': 'invalid_recipient', '30005': 'unknown_destination',
  '30006': 'landline_or_unreachable', '63016': 'template_required',
};

export const HELP_REPLY = 'Reply STOP to stop these messages, START to receive them again. To talk about your invoice, just reply with your question.';
export const OPT_OUT_REPLY = 'You are unsubscribed and will get no more messages from us here. Reply START to resubscribe.';
export const OPT_IN_REPLY = 'You are subscribed again. Reply STOP to unsubscribe.';

export class ProviderEvents {
  constructor(
    private readonly db: Db,
    private readonly followUps: FollowUpService,
    private readonly logger: Logger,
    private readonly resendApiKey?: string,
    private readonly resendBaseUrl?: string,
  ) {}

  /** Records the event; returns false when it was already handled (a replay). */
  private async record(source: string, eventId: string, type: string, payload: unknown): Promise<boolean> {
    try {
      await this.db.webhookEvent.create({ data: { source, eventId, type, payload: JSON.parse(JSON.stringify(payload)) as Prisma.InputJsonValue } });
      return true;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const prior = await this.db.webhookEvent.findUniqueOrThrow({ where: { source_eventId: { source, eventId } } });
      return prior.status === 'received'; // recorded but not acted on yet: act now
    }
  }

  private async done(source: string, eventId: string, status: EventStatus, detail?: string, invoiceId?: string): Promise<ProviderEventResult> {
    await this.db.webhookEvent.update({
      where: { source_eventId: { source, eventId } },
      data: { status, statusReason: detail ?? null, appliedAt: new Date(), ...(invoiceId ? { invoiceId } : {}) },
    });
    return { eventId, status, ...(detail ? { detail } : {}) };
  }

  private async advance(messageId: string, status: string, at: Date, errorCode?: string): Promise<boolean> {
    const rank = RANK[status] ?? 0;
    const changed = await this.db.message.updateMany({
      where: { id: messageId, deliveryRank: { lt: rank } },
      data: {
        deliveryStatus: status,
        deliveryRank: rank,
        ...(errorCode ? { errorCode } : {}),
        ...(status === 'delivered' || status === 'read' ? { deliveredAt: at } : {}),
      },
    });
    return changed.count > 0;
  }

  private async optOut(channels: Channel[], address: string, reason: string, source: string) {
    for (const channel of channels) {
      await this.db.optOut.upsert({ where: { channel_address: { channel, address } }, update: {}, create: { channel, address, reason, source } });
    }
  }

  private async block(customerId: string, channel: Channel, reason: string, code?: string) {
    await this.db.channelBlock.upsert({
      where: { customerId_channel: { customerId, channel } },
      update: { reason, code: code ?? null },
      create: { customerId, channel, reason, code: code ?? null },
    });
  }

  private async openInvoicesOf(customerIds: string[]) {
    return this.db.invoice.findMany({ where: { customerId: { in: customerIds }, status: { in: ['open', 'paused'] } }, select: { id: true } });
  }

  // ---- Twilio --------------------------------------------------------------------------

  async twilioStatus(p: Record<string, string>): Promise<ProviderEventResult> {
    const sid = p.MessageSid ?? p.SmsSid;
    const status = (p.MessageStatus ?? p.SmsStatus ?? '').toLowerCase();
    if (!sid || !status) throw new RemitError(400, 'validation_failed', 'MessageSid and MessageStatus are required');
    const eventId = `${sid}:${status}`;
    if (!(await this.record('twilio', eventId, `status.${status}`, p))) return { eventId, status: 'duplicate' };
    const message = await this.db.message.findFirst({ where: { providerMessageId: sid }, include: { invoice: { select: { customerId: true } } } });
    if (!message) return this.done('twilio', eventId, 'ignored', 'no message with this MessageSid');
    const code = p.ErrorCode || undefined;
    const moved = await this.advance(message.id, status, new Date(), code);
    if (code === '21610' && message.recipient) await this.optOut(['sms', 'whatsapp'], message.recipient, 'provider 21610', 'twilio');
    else if (code && TWILIO_UNUSABLE[code]) await this.block(message.invoice.customerId, message.channel as Channel, TWILIO_UNUSABLE[code]!, code);
    return this.done('twilio', eventId, 'applied', moved ? undefined : 'status already further along', message.invoiceId);
  }

  async twilioInbound(p: Record<string, string>): Promise<ProviderEventResult> {
    const sid = p.MessageSid ?? p.SmsSid;
    const from = p.From ?? '';
    if (!sid || !from) throw new RemitError(400, 'validation_failed', 'MessageSid and From are required');
    if (!(await this.record('twilio', sid, 'inbound', p))) return { eventId: sid, status: 'duplicate' };
    const channel: Channel = from.startsWith('whatsapp:') ? 'whatsapp' : 'sms';
    const number = from.replace(/^whatsapp:/, '');
    const body = p.Body ?? '';
    const customers = await this.db.customer.findMany({ where: { phone: number }, select: { id: true } });
    if (customers.length) await this.db.customer.updateMany({ where: { phone: number }, data: { lastInboundAt: new Date() } });
    const kind = classifyInbound(body).kind;
    if (kind === 'opt_out') {
      // Honoured at once, for SMS and WhatsApp alike; it is not a reply, so email carries on.
      await this.optOut(['sms', 'whatsapp'], number, `customer sent "${body.slice(0, 40)}"`, channel);
      return { ...(await this.done('twilio', sid, 'applied', 'opted out')), reply: OPT_OUT_REPLY };
    }
    if (kind === 'opt_in') {
      await this.db.optOut.deleteMany({ where: { address: number, channel: { in: ['sms', 'whatsapp'] } } });
      return { ...(await this.done('twilio', sid, 'applied', 'opted in')), reply: OPT_IN_REPLY };
    }
    if (kind === 'help') return { ...(await this.done('twilio', sid, 'applied', 'help')), reply: HELP_REPLY };
    const invoices = await this.openInvoicesOf(customers.map((c) => c.id));
    for (const inv of invoices) await this.followUps.recordReply(inv.id, { channel, from: number, body: body || '(empty message)' }, sid);
    return this.done('twilio', sid, invoices.length ? 'applied' : 'ignored', invoices.length ? `reply paused ${invoices.length} follow-up(s)` : 'no open invoice for this number');
  }

  // ---- Resend --------------------------------------------------------------------------

  async resend(eventId: string, event: { type?: string; created_at?: string; data?: Record<string, unknown> }): Promise<ProviderEventResult> {
    const type = event.type ?? '';
    const data = event.data ?? {};
    const emailId = typeof data.email_id === 'string' ? data.email_id : undefined;
    if (!type || !emailId) throw new RemitError(400, 'validation_failed', 'type and data.email_id are required');
    if (!(await this.record('resend', eventId, type, event))) return { eventId, status: 'duplicate' };
    const at = event.created_at ? new Date(event.created_at) : new Date();
    if (type === 'email.received') return this.resendInbound(eventId, emailId, data);

    const message = await this.db.message.findFirst({ where: { providerMessageId: emailId }, include: { invoice: { select: { customerId: true } } } });
    if (!message) return this.done('resend', eventId, 'ignored', 'no message with this email id');
    const status = type.replace(/^email\./, '');
    await this.advance(message.id, status, at);
    if (status === 'opened') await this.db.message.updateMany({ where: { id: message.id, openedAt: null }, data: { openedAt: at } });
    if (status === 'clicked') await this.db.message.updateMany({ where: { id: message.id, clickedAt: null }, data: { clickedAt: at, openedAt: message.openedAt ?? at } });
    if (status === 'bounced' || status === 'failed' || status === 'suppressed') await this.block(message.invoice.customerId, 'email', status);
    if (status === 'complained' && message.recipient) await this.optOut(['email'], message.recipient, 'complaint', 'resend');
    if (status === 'opened' || status === 'clicked') {
      const signal: MessageEventSignal = { messageId: message.id, channel: 'email', event: status, at: at.toISOString() };
      await this.followUps.messageEvent(message.invoiceId, signal);
    }
    return this.done('resend', eventId, 'applied', undefined, message.invoiceId);
  }

  private async resendInbound(eventId: string, emailId: string, data: Record<string, unknown>): Promise<ProviderEventResult> {
    if (!this.resendApiKey) return this.done('resend', eventId, 'ignored', 'RESEND_API_KEY is not set, so the reply cannot be fetched');
    const resend = new Resend(this.resendApiKey, this.resendBaseUrl ? { baseUrl: this.resendBaseUrl } : undefined);
    const { data: email, error } = await resend.emails.receiving.get(emailId);
    // Thrown, so the provider retries and nothing is lost.
    if (error || !email) throw new Error(`could not fetch received email ${emailId}: ${error?.message ?? 'no data'}`);
    const from = addressOf(email.from ?? (typeof data.from === 'string' ? data.from : ''));
    const customers = await this.db.customer.findMany({ where: { email: { equals: from, mode: 'insensitive' } }, select: { id: true } });
    const invoices = await this.openInvoicesOf(customers.map((c) => c.id));
    const body = (email.text ?? '').trim() || email.subject || '(empty email)';
    for (const inv of invoices) await this.followUps.recordReply(inv.id, { channel: 'email', from, body }, emailId);
    return this.done('resend', eventId, invoices.length ? 'applied' : 'ignored', invoices.length ? `reply paused ${invoices.length} follow-up(s)` : 'no open invoice for this sender');
  }

  // ---- Stripe --------------------------------------------------------------------------

  async stripe(event: Stripe.Event): Promise<ProviderEventResult> {
    if (!(await this.record('stripe', event.id, event.type, event))) return { eventId: event.id, status: 'duplicate' };
    const obj = event.data.object as unknown as Record<string, unknown>;
    const ref = await this.stripeInvoiceRef(obj);
    if (!ref) return this.done('stripe', event.id, 'ignored', 'no Remit invoice matches (externalId or metadata.remit_invoice_id)');
    const source = 'stripe';
    const currency = typeof obj.currency === 'string' ? obj.currency.toUpperCase() : undefined;
    const amount = (minor: unknown) => fromMinor(BigInt(Number(minor ?? 0)), currencyDigits(currency ?? 'USD'));
    const idOf = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'object' && v && 'id' in v ? String((v as { id: unknown }).id) : undefined);
    let r: { invoiceId: string } | undefined;
    let detail: string | undefined;
    switch (event.type) {
      case 'invoice.paid': // also sent when an invoice is marked paid out of band
        r = await this.followUps.settle(ref, { reference: idOf(obj.payment_intent) ?? `stripe:${String(obj.id)}` }, source, event.id);
        break;
      case 'payment_intent.succeeded':
        r = await this.followUps.recordPayment(ref, { amount: amount(obj.amount_received), currency: currency!, reference: String(obj.id) }, source, event.id);
        break;
      case 'checkout.session.completed':
        if (obj.payment_status !== 'paid') return this.done('stripe', event.id, 'ignored', `payment_status is ${String(obj.payment_status)}`);
        r = await this.followUps.recordPayment(ref, { amount: amount(obj.amount_total), currency: currency!, reference: idOf(obj.payment_intent) ?? String(obj.id) }, source, event.id);
        break;
      case 'invoice.voided':
      case 'invoice.marked_uncollectible':
        r = await this.followUps.voidInvoice(ref, { actor: 'stripe', reason: event.type }, source).catch((err: unknown) => {
          if (err instanceof RemitError && err.code === 'invoice_paid') return undefined; // paid wins over a late void
          throw err;
        });
        detail = r ? undefined : 'invoice is paid';
        break;
      case 'charge.refunded': {
        // amount_refunded is cumulative: apply what is new since the last report for this charge.
        const total = BigInt(Number(obj.amount_refunded ?? 0));
        r = await this.followUps.recordRefund(ref, { amount: amount(total), currency: currency!, reference: `${String(obj.id)}:${total}` }, source, event.id);
        break;
      }
      case 'charge.dispute.created':
        r = await this.followUps.markDisputed(ref, 'stripe', `payment disputed (${String(obj.reason ?? 'no reason given')})`);
        break;
      default:
        return this.done('stripe', event.id, 'ignored', `event type ${event.type} is not used`);
    }
    return this.done('stripe', event.id, r ? 'applied' : 'ignored', detail, r?.invoiceId);
  }

  /** Remit id or externalId: metadata.remit_invoice_id first, else the Stripe invoice id as externalId. */
  private async stripeInvoiceRef(obj: Record<string, unknown>): Promise<string | undefined> {
    const metadata = (obj.metadata ?? {}) as Record<string, string>;
    const candidates = [
      metadata.remit_invoice_id,
      typeof obj.object === 'string' && obj.object === 'invoice' ? String(obj.id) : undefined,
      typeof obj.invoice === 'string' ? obj.invoice : undefined,
    ].filter((c): c is string => Boolean(c));
    for (const c of candidates) {
      try {
        return (await this.followUps.resolveInvoice(c)).id;
      } catch (err) {
        if (!(err instanceof RemitError)) throw err;
      }
    }
    return undefined;
  }
}

/** "Ada <ada@example.com>" → "ada@example.com". */
function addressOf(from: string): string {
  const m = /<([^>]+)>/.exec(from);
  return (m ? m[1]! : from).trim().toLowerCase();
}
