// What Resend tells us (Svix-signed): delivery, opens and clicks (they drive the behaviour
// follow-ups), bounces and complaints, and received email (fetched from Resend, then a reply
// that pauses the sender's open follow-ups). Recorded once by svix-id (providerEventInbox.ts).
import { Resend } from 'resend';
import type { Db } from '../db';
import type { MessageEventSignal } from '../../workflows/definitions';
import { RemitError } from './errors';
import type { FollowUpService } from './followUps';
import { advanceDelivery, blockChannel, outcome, receiveProviderEvent, type Outcome, type ProviderEventResult } from './providerEventInbox';
import { recordOptOut } from './recordOptOut';

export class ResendEvents {
  constructor(
    private readonly db: Db,
    private readonly followUps: FollowUpService,
    private readonly resendApiKey?: string,
    private readonly resendBaseUrl?: string,
  ) {}

  async event(eventId: string, event: { type?: string; created_at?: string; data?: Record<string, unknown> }): Promise<ProviderEventResult> {
    const type = event.type ?? '';
    const data = event.data ?? {};
    const emailId = typeof data.email_id === 'string' ? data.email_id : undefined;
    if (!type || !emailId) throw new RemitError(400, 'validation_failed', 'type and data.email_id are required');
    return receiveProviderEvent(this.db, 'resend', eventId, type, event, async () => {
      const at = event.created_at ? new Date(event.created_at) : new Date();
      if (type === 'email.received') return this.resendInbound(emailId, data);

      const message = await this.db.message.findFirst({ where: { providerMessageId: emailId }, include: { invoice: { select: { customerId: true } } } });
      if (!message) return outcome('ignored', 'no message with this email id');
      const status = type.replace(/^email\./, '');
      await advanceDelivery(this.db, message.id, status, at);
      if (status === 'opened') await this.db.message.updateMany({ where: { id: message.id, openedAt: null }, data: { openedAt: at } });
      if (status === 'clicked') await this.db.message.updateMany({ where: { id: message.id, clickedAt: null }, data: { clickedAt: at, openedAt: message.openedAt ?? at } });
      if (status === 'bounced' || status === 'failed' || status === 'suppressed') await blockChannel(this.db, message.invoice.customerId, 'email', status);
      if (status === 'complained' && message.recipient) await recordOptOut(this.db, ['email'], message.recipient, 'complaint', 'resend');
      if (status === 'opened' || status === 'clicked') {
        const signal: MessageEventSignal = { messageId: message.id, channel: 'email', event: status, at: at.toISOString() };
        await this.followUps.messageEvent(message.invoiceId, signal);
      }
      return outcome('applied', undefined, message.invoiceId);
    });
  }

  private async resendInbound(emailId: string, data: Record<string, unknown>): Promise<Outcome> {
    if (!this.resendApiKey) return outcome('ignored', 'RESEND_API_KEY is not set, so the reply cannot be fetched');
    const resend = new Resend(this.resendApiKey, this.resendBaseUrl ? { baseUrl: this.resendBaseUrl } : undefined);
    const { data: email, error } = await resend.emails.receiving.get(emailId);
    // Thrown, so the provider retries and nothing is lost.
    if (error || !email) throw new Error(`could not fetch received email ${emailId}: ${error?.message ?? 'no data'}`);
    const from = addressOf(email.from ?? (typeof data.from === 'string' ? data.from : ''));
    const customers = await this.db.customer.findMany({ where: { email: { equals: from, mode: 'insensitive' } }, select: { id: true } });
    if (!customers.length) return outcome('ignored', 'no customer with this address');
    const input = {
      channel: 'email' as const, from, text: (email.text ?? '').trim() || email.subject || '(empty email)', providerMessageId: emailId,
      ...(email.subject ? { subject: email.subject } : {}), ...(email.headers ? { headers: email.headers } : {}),
      ...(email.message_id ? { emailMessageId: email.message_id } : {}), ...(email.created_at ? { receivedAt: new Date(email.created_at) } : {}),
    };
    let applied = 0;
    for (const c of customers) applied += (await this.followUps.conversations.receiveFromCustomer(c.id, input)).invoices.length;
    return outcome('applied', applied ? `reply recorded; ${applied} follow-up(s) changed` : 'reply recorded; no open invoice for this sender');
  }
}

/** "Ada <ada@example.com>" → "ada@example.com". */
function addressOf(from: string): string {
  const m = /<([^>]+)>/.exec(from);
  return (m ? m[1]! : from).trim().toLowerCase();
}
