// What Twilio tells us: status callbacks (by MessageSid; an opt-out or a dead number is
// remembered) and inbound SMS / WhatsApp (STOP, START and HELP words, else a reply, read and
// kept in the customer's conversation, that pauses their open follow-ups: conversations.ts). Recorded once by event id (providerEventInbox.ts).
import type { Db } from '../db';
import { classifyInbound } from '../domain/inboundText';
import type { Channel } from '../domain/channel';
import { twilioErrorMeaning } from '../channels/twilio';
import { RemitError } from './errors';
import type { FollowUpService } from './followUps';
import { advanceDelivery, blockChannel, outcome, receiveProviderEvent, type ProviderEventResult } from './providerEventInbox';
import { recordOptOut } from './recordOptOut';

export const HELP_REPLY = 'Reply STOP to stop these messages, START to receive them again. To talk about your invoice, just reply with your question.';
export const OPT_OUT_REPLY = 'You are unsubscribed and will get no more messages from us here. Reply START to resubscribe.';
export const OPT_IN_REPLY = 'You are subscribed again. Reply STOP to unsubscribe.';

export class TwilioEvents {
  constructor(
    private readonly db: Db,
    private readonly followUps: FollowUpService,
  ) {}

  async status(p: Record<string, string>): Promise<ProviderEventResult> {
    const sid = p.MessageSid ?? p.SmsSid;
    const status = (p.MessageStatus ?? p.SmsStatus ?? '').toLowerCase();
    if (!sid || !status) throw new RemitError(400, 'validation_failed', 'MessageSid and MessageStatus are required');
    const eventId = `${sid}:${status}`;
    return receiveProviderEvent(this.db, 'twilio', eventId, `status.${status}`, p, async () => {
      const message = await this.db.message.findFirst({ where: { providerMessageId: sid }, include: { invoice: { select: { customerId: true } } } });
      if (!message) return outcome('ignored', 'no message with this MessageSid');
      const code = p.ErrorCode || undefined;
      const moved = await advanceDelivery(this.db, message.id, status, new Date(), code);
      // An opt-out (21610), or a number unusable for good; a message we built wrongly says nothing about it.
      const meaning = code ? twilioErrorMeaning(code) : undefined;
      if (meaning === 'opted_out') {
        if (message.recipient) await recordOptOut(this.db, ['sms', 'whatsapp'], message.recipient, `provider ${code}`, 'twilio');
      } else if (meaning && meaning !== 'invalid_message') await blockChannel(this.db, message.invoice.customerId, message.channel as Channel, meaning, code);
      return outcome('applied', moved ? undefined : 'status already further along', message.invoiceId);
    });
  }

  async inbound(p: Record<string, string>): Promise<ProviderEventResult> {
    const sid = p.MessageSid ?? p.SmsSid;
    const from = p.From ?? '';
    if (!sid || !from) throw new RemitError(400, 'validation_failed', 'MessageSid and From are required');
    return receiveProviderEvent(this.db, 'twilio', sid, 'inbound', p, async () => {
      const channel: Channel = from.startsWith('whatsapp:') ? 'whatsapp' : 'sms';
      const number = from.replace(/^whatsapp:/, '');
      const body = p.Body ?? '';
      const customers = await this.db.customer.findMany({ where: { phone: number }, select: { id: true } });
      if (customers.length) await this.db.customer.updateMany({ where: { phone: number }, data: { lastInboundAt: new Date() } });
      const input = { channel, from: number, text: body || '(empty message)', providerMessageId: sid };
      const kind = classifyInbound(body).kind;
      if (kind !== 'message') for (const c of customers) await this.followUps.conversations.recordKeyword(c.id, input);
      if (kind === 'opt_out') {
        // Honoured at once, for SMS and WhatsApp alike; it is not a reply, so email carries on.
        await recordOptOut(this.db, ['sms', 'whatsapp'], number, `customer sent "${body.slice(0, 40)}"`, channel);
        return { ...outcome('applied', 'opted out'), reply: OPT_OUT_REPLY };
      }
      if (kind === 'opt_in') {
        await this.db.optOut.deleteMany({ where: { address: number, channel: { in: ['sms', 'whatsapp'] } } });
        return { ...outcome('applied', 'opted in'), reply: OPT_IN_REPLY };
      }
      if (kind === 'help') return { ...outcome('applied', 'help'), reply: HELP_REPLY };
      let applied = 0;
      for (const c of customers) applied += (await this.followUps.conversations.receiveFromCustomer(c.id, input)).invoices.length;
      if (!customers.length) return outcome('ignored', 'no customer with this number');
      return outcome('applied', applied ? `reply recorded; ${applied} follow-up(s) changed` : 'reply recorded; no open invoice for this number');
    });
  }
}
