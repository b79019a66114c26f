// What the API and provider webhooks can do to invoices and their follow-ups. Each group of
// behaviours has its own file: a new invoice (invoiceIntake), money (payments), the read
// (invoiceView), sequences, a customer's message (conversations); this one holds the changes of
// course: a pause, a resume, a void, a dispute, a customer-wide pause. Every change is one transaction that also writes
// the command for Temporal (invoiceChanges); delivery happens after commit.
import type { Client } from '@temporalio/client';
import type { TemporalCalls } from '../temporal/calls';
import type { Db } from '../db';
import { pauseColumns, type PauseInfo } from '../domain/invoiceState';
import type { Invoice, PaymentPromise } from '../generated/prisma/client';
import { currencyDigits, formatMoney } from '../domain/money';
import { promiseConfirmationText, promisedDayText } from '../domain/paymentPromise';
import type { ContactInput, PauseInput, ResumeInput, VoidInput } from './inputs';
import type { Channel } from '../domain/channel';
import type { MessageEventSignal } from '../../workflows/definitions';
import type { FollowUpDispatcher } from './dispatcher';
import type { FollowUpSettings } from './followUpInput';
import type { ReplyReader } from '../domain/intent/readReply';
import { Answers, type AnswerSettings } from './answers';
import { Conversations } from './conversations';
import { Disputes, openDispute } from './disputes';
import { closeTasksFor, Tasks, type TaskSettings, type TimerKick } from './tasks';
import { InvoiceChanges, tellFollowUp, writeCommand } from './invoiceChanges';
import { InvoiceIntake } from './invoiceIntake';
import { findCustomer, type Tx } from './invoiceStore';
import { invoiceView } from './invoiceView';
import { Payments } from './payments';
import { Promises } from './promises';
import { SequenceCatalog } from './sequences';
import { recordEvent } from './timeline';
import { conflict, unprocessable } from './errors';

export interface FollowUpServiceOptions extends FollowUpSettings {
  db: Db;
  client: Client;
  calls: TemporalCalls;
  dispatcher: FollowUpDispatcher;
  defaultTimezone: string;
  /** How far before or after now a due date may be (a follow-up for an invoice due in 1970 is a mistake). */
  dueDateLimits: { maxPastMs: number; maxFutureMs: number };
  /** Reads customers' messages (trained once, on first use). */
  reader: () => Promise<ReplyReader>;
  /** Days a promise to pay holds past its day. */
  promiseGraceDays: number;
  /** A person's answers to customers: what they are judged by. */
  answers: AnswerSettings;
  tasks: TaskSettings;
  /** Tells task timers about committed task changes (TaskTimers.deliverPending). */
  kickTimers: TimerKick;
  /** REMIT_PROMISE_CONFIRMATION: a promise a customer makes is confirmed to them, in their locale (else this one). */
  promiseConfirmation?: { defaultLocale: string };
}

export class FollowUpService {
  /** The sequences invoices follow (the API creates and lists them there). */
  readonly sequences: SequenceCatalog;
  /** New invoices, and the start of their follow-ups. */
  readonly intake: InvoiceIntake;
  readonly payments: Payments;
  /** Customers' messages: recorded in their conversation, read, applied to their invoices. */
  readonly conversations: Conversations;
  /** Promises to pay. */
  readonly promises: Promises;
  /** Disputes: one invoice held until a person resolves it. */
  readonly disputes: Disputes;
  /** The work queue for people. */
  readonly tasks: Tasks;
  /** A person's answers to customers. */
  readonly answers: Answers;
  private readonly changes: InvoiceChanges;

  constructor(private readonly o: FollowUpServiceOptions) {
    const settings: FollowUpSettings = { maxMessages: o.maxMessages, behaviour: o.behaviour };
    this.sequences = new SequenceCatalog(o.db);
    this.changes = new InvoiceChanges(o.db, o.dispatcher);
    this.intake = new InvoiceIntake({ db: o.db, changes: this.changes, sequences: this.sequences, settings, defaultTimezone: o.defaultTimezone, dueDateLimits: o.dueDateLimits });
    this.payments = new Payments({ db: o.db, changes: this.changes, sequences: this.sequences, settings, defaultTimezone: o.defaultTimezone });
    const promiseSettings = { graceDays: o.promiseGraceDays, defaultTimezone: o.defaultTimezone };
    this.promises = new Promises(this.changes, promiseSettings);
    this.answers = new Answers({ db: o.db, changes: this.changes, sequences: this.sequences, ...o.answers });
    this.conversations = new Conversations({ db: o.db, changes: this.changes, reader: o.reader, defaultTimezone: o.defaultTimezone, promises: promiseSettings, tasks: o.tasks, kickTimers: o.kickTimers,
      ...(o.promiseConfirmation ? { confirmPromises: (conversationId, made) => this.confirmPromises(conversationId, made, o.promiseConfirmation!.defaultLocale) } : {}) });
    this.disputes = new Disputes(o.db, this.changes, o.tasks, o.kickTimers, (tx, inv, v, source) => this.applyVoid(tx, inv, v, source));
    this.tasks = new Tasks(o.db, o.kickTimers);
  }

  private get db() {
    return this.o.db;
  }

  /** The invoice as GET /v1/invoices/:id shows it. */
  getInvoice(ref: string) {
    return invoiceView(this.o, ref);
  }

  /**
   * Confirms to the customer what one of their messages promised, as an answer from "remit" on
   * their channel. Only while no one else needs to answer them (a person's answer would say it);
   * a confirmation that cannot go is on the timeline, and never fails the message it confirms.
   */
  private async confirmPromises(conversationId: string, made: (PaymentPromise & { invoice: Invoice })[], defaultLocale: string) {
    const conversation = await this.db.conversation.findUnique({ where: { id: conversationId }, include: { customer: true } });
    if (!conversation || conversation.status !== 'waiting') return;
    const locale = conversation.customer.locale ?? defaultLocale;
    const body = promiseConfirmationText(made.map((p) => ({
      invoiceNumber: p.invoice.number, dayText: promisedDayText(p.promisedDay, locale),
      ...(p.amount ? { amountText: formatMoney(p.amount.toFixed(currencyDigits(p.currency)), p.currency, locale) } : {}),
    })));
    try {
      await this.answers.answer(conversationId, { body, actor: 'remit', invoiceIds: made.map((p) => p.invoiceId) });
    } catch (err) {
      for (const p of made) await recordEvent(this.db, p.invoiceId, 'promise_confirmation_not_sent', 'remit', { promiseId: p.id, reason: (err as Error).message });
    }
  }

  /** A payment dispute (a Stripe chargeback): a dispute on the invoice, held until a person resolves it. */
  async markDisputed(ref: string, actor: string, d: { note: string; stripeDisputeId?: string }) {
    const result = await this.changes.change(ref, async (tx, inv) => {
      if (inv.status === 'void') return inv;
      return (await openDispute(tx, inv, { reason: 'payment_dispute', note: d.note, source: 'stripe', actor, ...(d.stripeDisputeId ? { stripeDisputeId: d.stripeDisputeId } : {}) }, this.o.tasks)).invoice;
    });
    this.o.kickTimers();
    return result;
  }

  /** Tells a follow-up what a provider reported about one of its messages (opened, clicked, …). */
  async messageEvent(invoiceId: string, arg: MessageEventSignal) {
    await writeCommand(this.db, invoiceId, { kind: 'signal', signal: 'messageEvent', arg });
    return this.changes.deliver(invoiceId);
  }

  pauseInvoice(ref: string, p: PauseInput) {
    this.checkUntil(p.until);
    return this.changes.change(ref, (tx, inv) => this.applyPause(tx, inv, p));
  }

  private async applyPause(tx: Tx, inv: Invoice, p: PauseInput): Promise<Invoice> {
    if (inv.status === 'paid' || inv.status === 'void') throw conflict('invoice_closed', `The invoice is ${inv.status}; its follow-up has ended`);
    await recordEvent(tx, inv.id, 'follow_up_paused', p.actor, { reason: p.reason, until: p.until });
    const pause: PauseInfo = { kind: 'support', actor: p.actor, since: new Date().toISOString(), ...(p.reason ? { reason: p.reason } : {}), ...(p.until ? { until: p.until } : {}) };
    return tellFollowUp(tx, await tx.invoice.update({ where: { id: inv.id }, data: { status: 'paused', ...pauseColumns(pause) } }));
  }

  resumeInvoice(ref: string, r: ResumeInput) {
    return this.changes.change(ref, (tx, inv) => this.applyResume(tx, inv, r));
  }

  private async applyResume(tx: Tx, inv: Invoice, r: ResumeInput): Promise<Invoice> {
    if (inv.status === 'paid' || inv.status === 'void') throw conflict('invoice_closed', `The invoice is ${inv.status}; its follow-up has ended`);
    if (inv.status !== 'paused') return inv; // already running: resuming is a no-op
    await recordEvent(tx, inv.id, 'follow_up_resumed', r.actor, { reason: r.reason });
    return tellFollowUp(tx, await tx.invoice.update({ where: { id: inv.id }, data: { status: 'open', ...pauseColumns(undefined), attentionReason: null } }));
  }

  voidInvoice(ref: string, v: VoidInput, source = 'api') {
    return this.changes.change(ref, (tx, inv) => this.applyVoid(tx, inv, v, source));
  }

  /** Within the caller's transaction, with the invoice locked (the webhook inbox applies its events so). */
  async applyVoid(tx: Tx, inv: Invoice, v: VoidInput, source: string): Promise<Invoice> {
    if (inv.status === 'void') return inv;
    if (inv.status === 'paid') throw conflict('invoice_paid', 'The invoice is paid; refund it before voiding');
    await recordEvent(tx, inv.id, 'invoice_voided', v.actor, { reason: v.reason, source });
    const voided = await tx.invoice.update({ where: { id: inv.id }, data: { status: 'void', voidedAt: new Date(), ...pauseColumns(undefined) } });
    return tellFollowUp(tx, voided, `voided by ${v.actor}${v.reason ? `: ${v.reason}` : ''}`);
  }

  /** Pauses every open invoice of a customer, and invoices that arrive while the pause holds. */
  async pauseCustomer(ref: string, p: PauseInput) {
    this.checkUntil(p.until);
    return this.forCustomer(ref, ['open', 'paused'], async (tx, customer) => {
      await tx.customer.update({
        where: { id: customer.id },
        data: { pausedAt: new Date(), pausedBy: p.actor, pauseReason: p.reason ?? null, pausedUntil: p.until ? new Date(p.until) : null },
      });
      return (tx2, inv) => this.applyPause(tx2, inv, p);
    });
  }

  async resumeCustomer(ref: string, r: ResumeInput) {
    return this.forCustomer(ref, ['paused'], async (tx, customer) => {
      await tx.customer.update({ where: { id: customer.id }, data: { pausedAt: null, pausedBy: null, pauseReason: null, pausedUntil: null } });
      return (tx2, inv) => this.applyResume(tx2, inv, r);
    });
  }

  /**
   * PATCH /v1/customers/:id. A new email or phone number is a new address: what the old one
   * earned ("wrong person", a bounce, an unreachable number) no longer holds; the invoices
   * "wrong person" held resume, and the fix-contact task is done.
   */
  async changeContact(ref: string, c: ContactInput) {
    let changed: Channel[] = [];
    const result = await this.forCustomer(ref, ['paused'], async (tx, customer) => {
      const before = await tx.customer.findUniqueOrThrow({ where: { id: customer.id } });
      changed = [
        ...(c.email !== undefined && c.email.toLowerCase() !== before.email?.toLowerCase() ? (['email'] as const) : []),
        ...(c.phone !== undefined && c.phone !== before.phone ? (['sms', 'whatsapp'] as const) : []),
      ];
      await tx.customer.update({ where: { id: customer.id }, data: { ...(c.name !== undefined ? { name: c.name } : {}), ...(c.email !== undefined ? { email: c.email } : {}), ...(c.phone !== undefined ? { phone: c.phone } : {}) } });
      if (changed.length) {
        await tx.channelBlock.deleteMany({ where: { customerId: customer.id, channel: { in: changed } } });
        await closeTasksFor(tx, { customerId: customer.id, types: ['fix_contact'] }, 'contact_changed', c.actor);
      }
      return async (tx2, inv) => {
        if (!changed.length || inv.pauseKind !== 'wrong_person') return inv;
        return this.applyResume(tx2, inv, { actor: c.actor, reason: `contact changed (${changed.join(', ')})` });
      };
    });
    this.o.kickTimers();
    return { ...result, changedChannels: changed };
  }

  private async forCustomer(
    ref: string,
    statuses: string[],
    prepare: (tx: Tx, customer: { id: string }) => Promise<(tx: Tx, inv: Invoice) => Promise<Invoice>>,
  ) {
    const { customerId, invoices } = await this.db.$transaction(async (tx) => {
      const customer = await findCustomer(tx, ref);
      const apply = await prepare(tx, customer);
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Invoice" WHERE "customerId" = ${customer.id}::uuid AND status = ANY(${statuses}) ORDER BY "createdAt" FOR UPDATE`;
      const changed: Invoice[] = [];
      for (const { id } of rows) changed.push(await apply(tx, await tx.invoice.findUniqueOrThrow({ where: { id } })));
      return { customerId: customer.id, invoices: changed };
    });
    return { customerId, invoices: await Promise.all(invoices.map((inv) => this.changes.result(inv))) };
  }

  private checkUntil(until?: string) {
    if (until && Date.parse(until) <= Date.now()) throw unprocessable('validation_failed', 'until must be in the future', { field: 'until' });
  }
}
