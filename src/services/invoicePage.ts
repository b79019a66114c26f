// The invoice's self-service page behind a message's payment link: which invoice a token opens,
// what the page shows, and what the customer's visits, Pay now clicks and answers record. A
// visit or click is the linking message's click (as Resend reports an email's), so the
// clicked-unpaid follow-up hears of it; an answer enters the conversation as a reply would.
import type { Db } from '../db';
import type { Channel } from '../domain/channel';
import type { ReplyReading } from '../domain/intent/types';
import type { InvoicePageView } from '../domain/invoicePageHtml';
import { readInvoicePageToken, type InvoicePageClaim } from '../domain/invoicePageToken';
import { invoiceTokenValues } from '../domain/invoiceTokens';
import { promiseDayProblem, startOfDay } from '../domain/paymentPromise';
import { addressFor } from '../domain/routing';
import { localDay } from '../domain/zonedTime';
import type { ComplianceSettings } from './compliance';
import type { PageAnswer } from './conversations';
import { conflict, notFound, RemitError, unprocessable } from './errors';
import type { FollowUpService } from './followUps';
import { calendarZone, MAX_PROMISE_DAYS } from './promises';
import { recordOptOut } from './recordOptOut';
import { recordEvent } from './timeline';

export interface InvoicePageOptions {
  db: Db;
  followUps: FollowUpService;
  settings: ComplianceSettings;
  defaultTimezone: string;
  defaultLocale: string;
  now?: () => Date;
}

export type PageAnswerInput = PageAnswer | { answer: 'unsubscribe' };

const HOUR_MS = 3_600_000;
/** The same answer again this soon (a double click, a resubmitted form) is not recorded twice. */
const REPEAT_WINDOW_MS = 10 * 60_000;

const TOKEN_PROBLEMS = {
  malformed: () => new RemitError(400, 'invoice_link_malformed', 'This link is not complete. It may have been cut off: copy the whole link from the message.'),
  tampered: () => new RemitError(403, 'invoice_link_invalid', 'This link is not valid. It may have been changed: use the link exactly as it is in the message.'),
  expired: () => new RemitError(410, 'invoice_link_expired', 'This link has expired. Use the link in our latest message, or reply to it and we will help.'),
};

export class InvoicePage {
  private readonly now: () => Date;
  constructor(private readonly o: InvoicePageOptions) {
    this.now = o.now ?? (() => new Date());
  }

  /** What a token opens; a bad one is a RemitError for the page to show (400 cut off, 403 altered, 410 expired). */
  claim(token: string): InvoicePageClaim {
    const read = readInvoicePageToken(this.o.settings.invoicePageKey, token, this.now());
    if ('problem' in read) throw TOKEN_PROBLEMS[read.problem]();
    return read.claim;
  }

  /** The page's facts; `visit` records the visit (not for the page an answer redirects to). */
  async view(claim: InvoicePageClaim, visit: boolean): Promise<InvoicePageView> {
    const { inv, message } = await this.load(claim);
    const now = this.now();
    const zone = calendarZone(inv.customer, this.o.defaultTimezone);
    const locale = inv.customer.locale ?? this.o.defaultLocale;
    const v = invoiceTokenValues(
      {
        invoice: { number: inv.number, amountDue: inv.amountDue.toFixed(), currency: inv.currency, dueAt: inv.dueAt.getTime(), paymentUrl: inv.paymentUrl },
        customer: inv.customer,
        defaults: { timezone: this.o.defaultTimezone, locale: this.o.defaultLocale },
      },
      now.getTime(),
    );
    const promised = inv.promises[0]?.promisedDay;
    const today = localDay(now, zone);
    const channel = linkChannel(message);
    if (visit) await this.engaged(claim, inv.status, message, 'invoice_page_visited');
    return {
      invoiceNumber: inv.number,
      ...(inv.customer.name ? { customerName: inv.customer.name } : {}),
      amountDue: v.amountDue!,
      dueDate: v.dueDate!,
      daysOverdue: Number(v.daysOverdue),
      status: inv.status as InvoicePageView['status'],
      canPay: payable(inv),
      firstDay: today,
      lastDay: localDay(startOfDay(today, zone, MAX_PROMISE_DAYS), zone),
      ...(promised ? { promisedDay: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${promised}T12:00:00Z`)) } : {}),
      ...(unsubscribeAddress(message, inv.customer, channel) ? { unsubscribe: channel } : {}),
    };
  }

  /** Pay now: the click is recorded and the payment page returned; 409 when there is nothing to pay online. */
  async payNow(claim: InvoicePageClaim): Promise<string> {
    const { inv, message } = await this.load(claim);
    if (!payable(inv)) throw conflict('nothing_to_pay_online', inv.status === 'paid' || inv.status === 'void' ? `This invoice is ${inv.status === 'paid' ? 'paid' : 'cancelled'}; there is nothing to pay.` : 'This invoice has no online payment page. Please use the payment details on your invoice.');
    await this.engaged(claim, inv.status, message, 'pay_now_clicked');
    return inv.paymentUrl!;
  }

  /**
   * A one-click answer: recorded in the conversation and applied like a reply. A promised day
   * outside today..365 days is a 422 (nothing recorded); an answer on a closed invoice a 409,
   * except unsubscribing, which is always honoured.
   */
  async answer(claim: InvoicePageClaim, a: PageAnswerInput): Promise<void> {
    const { inv, message } = await this.load(claim);
    if (a.answer === 'unsubscribe') return this.unsubscribe(inv.customer, message);
    if (inv.status === 'paid' || inv.status === 'void') throw conflict('invoice_closed', `This invoice is ${inv.status === 'paid' ? 'paid' : 'cancelled'}; there is nothing to answer.`);
    const now = this.now();
    if (a.answer === 'promise_to_pay') {
      const zone = calendarZone(inv.customer, this.o.defaultTimezone);
      const problem = promiseDayProblem(a.day, zone, now, MAX_PROMISE_DAYS);
      if (problem) throw unprocessable('validation_failed', `The day ${problem}.`, { field: 'day' });
    }
    if (await this.answeredJustNow(inv.id, a, now)) return;
    await this.o.followUps.conversations.receivePageAnswer(inv.id, a, now);
  }

  private async load(claim: InvoicePageClaim) {
    const inv = await this.o.db.invoice.findUnique({
      where: { id: claim.invoiceId },
      include: { customer: true, promises: { where: { status: 'open' }, orderBy: { createdAt: 'desc' }, take: 1 } },
    });
    if (!inv) throw notFound('invoice', claim.invoiceId);
    const message = claim.messageId
      ? await this.o.db.message.findFirst({ where: { id: claim.messageId, invoiceId: inv.id }, select: { id: true, channel: true, recipient: true, openedAt: true } })
      : null;
    return { inv, message };
  }

  /**
   * A visit or click: on the timeline once per link per hour (reloads are not news), and the
   * message's first click is recorded on it; an email's tells its follow-up, as a click Resend
   * reports does (src/services/resendEvents.ts). Not an SMS's: the follow-up would take it for
   * its last email working.
   */
  private async engaged(claim: InvoicePageClaim, status: string, message: LinkMessage | null, kind: 'invoice_page_visited' | 'pay_now_clicked') {
    const at = this.now();
    const hour = Math.floor(at.getTime() / HOUR_MS);
    const detail = message ? { messageId: message.id, channel: message.channel } : {};
    await recordEvent(this.o.db, claim.invoiceId, kind, 'customer', detail, `${kind}:${claim.invoiceId}:${message?.id ?? '-'}:${hour}`);
    if (!message || (status !== 'open' && status !== 'paused')) return;
    const first = await this.o.db.message.updateMany({ where: { id: message.id, clickedAt: null }, data: { clickedAt: at, openedAt: message.openedAt ?? at } });
    if (first.count && message.channel === 'email') await this.o.followUps.messageEvent(claim.invoiceId, { messageId: message.id, channel: message.channel as Channel, event: 'clicked', at: at.toISOString() });
  }

  /** The opt-out the unsubscribe links and STOP record, for the channel the link came by. */
  private async unsubscribe(customer: Contact, message: LinkMessage | null): Promise<void> {
    const channel = linkChannel(message);
    const address = unsubscribeAddress(message, customer, channel);
    if (!address) throw unprocessable('no_address', 'There is no address of yours to unsubscribe.');
    await recordOptOut(this.o.db, channel === 'email' ? ['email'] : ['sms', 'whatsapp'], address, 'unsubscribed on the invoice page', 'invoice_page');
  }

  private async answeredJustNow(invoiceId: string, a: PageAnswer, now: Date): Promise<boolean> {
    const recent = await this.o.db.inboundMessage.findMany({
      where: { channel: 'page', invoiceIds: { has: invoiceId }, receivedAt: { gte: new Date(now.getTime() - REPEAT_WINDOW_MS) } },
      select: { reading: true },
    });
    return recent.some((m) => {
      const i = (m.reading as unknown as ReplyReading).intents[0];
      if (i?.intent !== a.answer) return false;
      if (a.answer === 'promise_to_pay') return i.payments?.[0]?.date === a.day;
      return a.answer !== 'dispute' || i.reason === a.reason;
    });
  }
}

type LinkMessage = { id: string; channel: string; recipient: string | null; openedAt: Date | null };
type Contact = { email: string | null; phone: string | null };

const payable = (inv: { paymentUrl: string | null; status: string }) => Boolean(inv.paymentUrl) && (inv.status === 'open' || inv.status === 'paused');
/** The channel the link came by; email when no message names it. */
const linkChannel = (m: LinkMessage | null): Channel => (m?.channel as Channel | undefined) ?? 'email';
const unsubscribeAddress = (m: LinkMessage | null, c: Contact, channel: Channel) => m?.recipient ?? addressFor(channel, c);
