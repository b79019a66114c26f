// A customer's message reaches Remit here, from the API or a provider webhook: it is read
// (intents, promised dates, evidence), recorded once in the customer's conversation, and
// applied to the invoices it is about, in one transaction that also writes their follow-up
// commands. What each intent then does (promises, disputes, tasks) builds on this.
import type { Db } from '../db';
import type { Channel } from '../domain/channel';
import { answeredMessageIds } from '../domain/emailThreading';
import { visibleReply } from '../domain/inboundEmail';
import { pauseColumns, type PauseInfo } from '../domain/invoiceState';
import type { ReplyReader } from '../domain/intent/readReply';
import type { DisputeReason, ReplyIntent, ReplyReading } from '../domain/intent/types';
import { startOfDay } from '../domain/paymentPromise';
import { Prisma, type Invoice, type PaymentPromise } from '../generated/prisma/client';
import { tellFollowUp, type InvoiceChanges } from './invoiceChanges';
import { touchConversation } from './conversationActivity';
import { findInvoice, type Tx } from './invoiceStore';
import { calendarZone, type PromiseSettings } from './promises';
import { actOnReply } from './replyActions';
import type { TaskSettings, TimerKick } from './tasks';
import { recordOptOut } from './recordOptOut';
import { recordEvent } from './timeline';

/** Where a customer's message came from: a channel, or a one-click answer on the invoice page. */
export type InboundChannel = Channel | 'page';

/** A one-click answer on the self-service invoice page: the customer chose the intent, nothing is guessed. */
export type PageAnswer =
  | { answer: 'paid_already'; note?: string }
  | { answer: 'promise_to_pay'; /** The customer's local day, YYYY-MM-DD. */ day: string }
  | { answer: 'dispute'; reason: DisputeReason; note?: string }
  | { answer: 'wrong_person'; note?: string };

export interface InboundMessageInput {
  channel: InboundChannel;
  /** The address it came from (phone number, email address). */
  from?: string;
  /** As received: for email, with whatever history the customer's client quoted. */
  text: string;
  subject?: string;
  headers?: Record<string, string>;
  /** When the customer sent it (default: now). Relative dates in it resolve from here. */
  receivedAt?: Date;
  /** Twilio MessageSid, Resend email id: a retried webhook is recorded once. */
  providerMessageId?: string;
  emailMessageId?: string;
  /** Decided by the customer (a page answer): recorded as it is, not read. */
  reading?: ReplyReading;
}

export interface RecordedInbound {
  id: string;
  conversationId: string;
  receivedAt: Date;
  autoReply: boolean;
  duplicate: boolean;
  reading: ReplyReading;
  /** The invoices it was applied to. */
  invoices: Invoice[];
}

export interface ConversationsOptions {
  db: Db;
  changes: InvoiceChanges;
  /** The reply reader; trained once, on first use. */
  reader: () => Promise<ReplyReader>;
  defaultTimezone: string;
  promises: PromiseSettings;
  tasks: TaskSettings;
  /** Tells task timers about the tasks a message opened (after commit). */
  kickTimers: TimerKick;
  /** With REMIT_PROMISE_CONFIRMATION: confirms to the customer the promises one of their messages made. */
  confirmPromises?: (conversationId: string, promises: (PaymentPromise & { invoice: Invoice })[]) => Promise<void>;
}

export class Conversations {
  constructor(private readonly o: ConversationsOptions) {}

  /** A message about one invoice (the API): it is recorded even if the invoice is closed. */
  async receiveForInvoice(ref: string, input: InboundMessageInput) {
    const invoice = await findInvoice(this.o.db, ref);
    const recorded = await this.receive(invoice.customerId, [invoice.id], input);
    const inv = recorded.invoices.find((i) => i.id === invoice.id) ?? invoice;
    return { ...(await this.o.changes.result(inv)), message: inboundSummary(recorded) };
  }

  /**
   * A message from a customer's address (a provider webhook): applied to the open invoices it
   * answers. An email that threads to one of our messages answers that message's invoices (a
   * consolidated one covers several); anything else answers all of the customer's open invoices.
   */
  async receiveFromCustomer(customerId: string, input: InboundMessageInput): Promise<RecordedInbound> {
    const answered = answeredMessageIds(input.headers);
    let invoiceIds: string[] = [];
    if (answered.length) {
      const messages = await this.o.db.message.findMany({ where: { OR: [{ id: { in: answered } }, { consolidatedInto: { in: answered } }] }, select: { invoiceId: true, invoice: { select: { customerId: true, status: true } } } });
      invoiceIds = messages.filter((m) => m.invoice.customerId === customerId && (m.invoice.status === 'open' || m.invoice.status === 'paused')).map((m) => m.invoiceId);
    }
    if (!invoiceIds.length) {
      const open = await this.o.db.invoice.findMany({ where: { customerId, status: { in: ['open', 'paused'] } }, select: { id: true }, orderBy: { createdAt: 'asc' } });
      invoiceIds = open.map((i) => i.id);
    }
    return this.receive(customerId, [...new Set(invoiceIds)], input, answered[0]);
  }

  /**
   * A one-click answer on the invoice's self-service page: it feeds the same signals as a reply
   * saying so (a promise, a dispute, a task), for that one invoice.
   */
  async receivePageAnswer(invoiceId: string, a: PageAnswer, at = new Date()) {
    const text = pageAnswerText(a);
    const intent: ReplyIntent = {
      intent: a.answer, confidence: 1, source: 'page', evidence: { start: 0, end: text.length, text },
      ...(a.answer === 'promise_to_pay' ? { payments: [{ date: a.day, evidence: { start: 0, end: text.length, text } }] } : {}),
      ...(a.answer === 'dispute' ? { reason: a.reason } : {}),
    };
    return this.receiveForInvoice(invoiceId, { channel: 'page', text, receivedAt: at, reading: { intents: [intent], lowConfidence: false, language: 'en' } });
  }

  /**
   * A keyword the provider's rules already acted on (STOP, START, HELP): kept in the
   * conversation, but it is not a reply, so no follow-up changes and no one needs to answer.
   */
  async recordKeyword(customerId: string, input: InboundMessageInput): Promise<RecordedInbound> {
    return this.receive(customerId, [], input, undefined, true);
  }

  private async receive(customerId: string, invoiceIds: string[], input: InboundMessageInput, answersMessageId?: string, keyword = false): Promise<RecordedInbound> {
    const receivedAt = input.receivedAt ?? new Date();
    const customer = await this.o.db.customer.findUniqueOrThrow({ where: { id: customerId } });
    const timeZone = calendarZone(customer, this.o.defaultTimezone);
    const text = input.channel === 'email' ? visibleReply(input.text) : input.text;
    const reading = input.reading ?? (await this.o.reader()).read({
      text, channel: input.channel === 'page' ? 'sms' : input.channel, receivedAt, timeZone,
      ...(input.subject ? { subject: input.subject } : {}), ...(input.headers ? { headers: input.headers } : {}),
    });
    const intents = new Set(reading.intents.map((i) => i.intent));
    const autoReply = intents.has('auto_reply');
    if (!keyword) invoiceIds = await this.invoicesAbout(customerId, invoiceIds, text, intents.has('wrong_person'));

    const result = await this.o.db.$transaction(async (tx) => {
      // Customer first, then invoices, then the conversation: the order a send takes its locks in.
      await tx.$queryRaw`SELECT id FROM "Customer" WHERE id = ${customerId}::uuid FOR UPDATE`;
      const conversationId = await touchConversation(tx, customerId, receivedAt);
      if (input.providerMessageId) {
        const seen = await tx.inboundMessage.findFirst({ where: { conversationId, channel: input.channel, providerMessageId: input.providerMessageId } });
        if (seen) return { seen, invoices: [] as Invoice[] };
      }
      const locked = invoiceIds.length
        ? await tx.$queryRaw<Invoice[]>`SELECT * FROM "Invoice" WHERE id = ANY(${invoiceIds}::uuid[]) ORDER BY "createdAt", id FOR UPDATE`
        : [];
      const message = await tx.inboundMessage.create({
        data: {
          conversationId, channel: input.channel, from: input.from ?? null, subject: input.subject ?? null, text,
          rawText: text === input.text ? null : input.text, headers: input.headers ?? undefined,
          providerMessageId: input.providerMessageId ?? null, emailMessageId: input.emailMessageId ?? null,
          answersMessageId: answersMessageId ?? null, autoReply, reading: reading as object, invoiceIds: locked.map((i) => i.id), receivedAt,
        },
      });
      await tx.$executeRaw`
        UPDATE "Conversation" SET
          "lastInboundAt" = GREATEST(coalesce("lastInboundAt", ${receivedAt}), ${receivedAt})
          ${autoReply || keyword ? Prisma.empty : newest(receivedAt, [...intents], needsPerson(reading))}
        WHERE id = ${conversationId}::uuid`;
      if (intents.has('opt_out') && !keyword && input.channel !== 'page') await this.honourOptOut(tx, input, customer);

      for (const inv of locked) {
        await recordEvent(tx, inv.id, 'customer_replied', 'customer', {
          inboundMessageId: message.id, channel: input.channel, intents: [...intents], ...(autoReply ? { autoReply: true } : {}),
        });
      }
      const invoices = autoReply || keyword
        ? await awayFor(tx, locked, autoReply ? awayUntil(reading, timeZone) : undefined, receivedAt)
        : await actOnReply({ tx, customerId, conversationId, inboundMessageId: message.id, channel: input.channel, reading, text, receivedAt, timeZone, tasks: this.o.tasks, promises: this.o.promises }, locked);
      return { seen: undefined, message, conversationId, invoices };
    });

    if (result.seen) {
      const seen = result.seen;
      return { id: seen.id, conversationId: seen.conversationId, receivedAt: seen.receivedAt, autoReply: seen.autoReply, duplicate: true, reading: seen.reading as unknown as ReplyReading, invoices: [] };
    }
    for (const inv of result.invoices) await this.o.changes.deliver(inv.id);
    this.o.kickTimers();
    if (this.o.confirmPromises && !autoReply && !keyword) {
      const made = await this.o.db.paymentPromise.findMany({ where: { inboundMessageId: result.message!.id }, include: { invoice: true } });
      if (made.length) await this.o.confirmPromises(result.conversationId!, made);
    }
    return { id: result.message!.id, conversationId: result.conversationId!, receivedAt, autoReply, duplicate: false, reading, invoices: result.invoices };
  }

  /**
   * The invoices a message is about: those it answers, any other open invoice of the customer
   * it names by number, and, when it says they wrote to the wrong person, every open invoice
   * of that contact.
   */
  private async invoicesAbout(customerId: string, answered: string[], text: string, wrongPerson: boolean): Promise<string[]> {
    const open = await this.o.db.invoice.findMany({ where: { customerId, status: { in: ['open', 'paused'] } }, select: { id: true, number: true } });
    const lower = text.toLowerCase();
    const named = open.filter((i) => wrongPerson || (i.number.length >= 3 && lower.includes(i.number.toLowerCase())));
    return [...new Set([...answered, ...named.map((i) => i.id)])];
  }

  /** "Remove me from your list" in free text is an opt-out of the channel it came on, like STOP. */
  private async honourOptOut(tx: Tx, input: InboundMessageInput, customer: { email: string | null; phone: string | null }) {
    const address = input.from ?? (input.channel === 'email' ? customer.email : customer.phone);
    if (!address) return;
    const channels: Channel[] = input.channel === 'email' ? ['email'] : ['sms', 'whatsapp'];
    await recordOptOut(tx, channels, address, `customer wrote "${input.text.slice(0, 40)}"`, input.channel);
  }
}

/**
 * An auto-reply pauses nothing, except that a return date holds the next message until that
 * day (a pause that lapses by itself).
 */
async function awayFor(tx: Tx, invoices: Invoice[], until: Date | undefined, receivedAt: Date): Promise<Invoice[]> {
  const out: Invoice[] = [];
  for (const inv of invoices) {
    if (!until || until.getTime() <= Date.now() || inv.status !== 'open') {
      out.push(inv);
      continue;
    }
    const pause: PauseInfo = { kind: 'away', actor: 'customer', reason: `out of office until ${until.toISOString()}`, since: receivedAt.toISOString(), until: until.toISOString() };
    out.push(await tellFollowUp(tx, await tx.invoice.update({ where: { id: inv.id }, data: { status: 'paused', ...pauseColumns(pause) } })));
  }
  return out;
}

/** What Remit handles by itself: a dated promise is recorded and held, an opt-out honoured. */
function needsPerson(reading: ReplyReading): boolean {
  if (reading.lowConfidence) return true;
  return reading.intents.some((i) => !(i.intent === 'opt_out' || (i.intent === 'promise_to_pay' && i.payments?.length)));
}

/** An older message (an import, a late webhook) does not speak for the conversation's present. */
function newest(receivedAt: Date, intents: string[], open: boolean) {
  const isNewest = Prisma.sql`("lastInboundAt" IS NULL OR "lastInboundAt" <= ${receivedAt})`;
  return Prisma.sql`, status = CASE WHEN ${isNewest} THEN ${open ? 'open' : 'waiting'} ELSE status END,
    "lastIntents" = CASE WHEN ${isNewest} THEN ${intents}::text[] ELSE "lastIntents" END`;
}

/** The start of the return day in the customer's zone. */
function awayUntil(reading: ReplyReading, timeZone: string): Date | undefined {
  const day = reading.intents.find((i) => i.intent === 'auto_reply')?.returnDate;
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? startOfDay(day, timeZone) : undefined;
}

function pageAnswerText(a: PageAnswer): string {
  const note = 'note' in a && a.note ? `: ${a.note}` : '';
  switch (a.answer) {
    case 'paid_already': return `I've already paid${note}`;
    case 'promise_to_pay': return `I'll pay on ${a.day}`;
    case 'dispute': return `I dispute this (${a.reason.replaceAll('_', ' ')})${note}`;
    case 'wrong_person': return `Wrong person${note}`;
  }
}

function inboundSummary(r: RecordedInbound) {
  return {
    id: r.id, conversationId: r.conversationId, receivedAt: r.receivedAt.toISOString(), autoReply: r.autoReply, duplicate: r.duplicate,
    intents: r.reading.intents.map((i) => ({ intent: i.intent, confidence: i.confidence, evidence: i.evidence.text })),
  };
}
