// What the API (and, later, provider webhooks) can do to invoices and their follow-ups.
// Every change is one database transaction that also writes the command for Temporal;
// delivery happens after commit, and the reconciler finishes it if Temporal is away.
import { createHash, randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { TemporalCalls } from '../temporal/calls';
import type { Db } from '../db';
import { amountDue, credit, isPaidInFull, MAX_TRACKABLE_MINOR, pay, refund, type Ledger } from '../domain/ledger';
import { currencyDigits, decimalToMinor, fromMinor, toMinor } from '../domain/money';
import { canonicalJson } from '../domain/canonicalJson';
import { invoiceChange, pauseColumns, type PauseInfo } from '../domain/invoiceState';
import { resolveDueDate, scheduleSteps } from '../domain/schedule';
import type { Channel } from '../domain/channel';
import { DEFAULT_SEQUENCE_NAME, type SequenceStep } from '../domain/sequences';
import { Prisma } from '../generated/prisma/client';
import type { Customer, Invoice, WebhookEvent } from '../generated/prisma/client';
import type { CreateInvoiceInput, PauseInput, PaymentInput, PaymentWebhook, ReplyInput, ResumeInput, VoidInput } from './inputs';
import { followUpState, followUpWorkflowId, type MessageEventSignal, type BehaviourSettings, type FollowUpInput, type FollowUpState } from '../../workflows/definitions';
import { firstView } from '../../workflows/followUpView';
import type { CommandPayload, FollowUpDispatcher, PendingCommand } from './dispatcher';
import { recordConsent } from './recordConsent';
import { SequenceCatalog } from './sequences';
import { recordEvent } from './timeline';
import { conflict, isUniqueViolation, notFound, RemitError, unprocessable } from './errors';

type Tx = Prisma.TransactionClient;

/** Another request created the same invoice while this one was creating it. */
class InvoiceCreatedMeanwhile extends Error {}

/** `lock`: locked and read as it is now (FOR UPDATE): a send in flight for it finishes first. */
async function invoiceByExternalId(db: Db | Tx, externalId: string, lock = false): Promise<Invoice | undefined> {
  const [row] = await db.$queryRaw<Invoice[]>`SELECT * FROM "Invoice" WHERE "externalId" = ${externalId} ${lock ? Prisma.sql`FOR UPDATE` : Prisma.empty}`;
  return row;
}

/** The invoice named by id or external id (an id wins), read, or locked and read, in one statement. */
export async function invoiceByRef(db: Db | Tx, ref: string, lock = false): Promise<Invoice | undefined> {
  if (!UUID.test(ref)) return invoiceByExternalId(db, ref, lock);
  const [row] = await db.$queryRaw<Invoice[]>`
    SELECT * FROM "Invoice" WHERE id = ${ref}::uuid OR "externalId" = ${ref} ORDER BY id = ${ref}::uuid DESC LIMIT 1 ${lock ? Prisma.sql`FOR UPDATE` : Prisma.empty}`;
  return row;
}

type CustomerProfile = Partial<Pick<Customer, 'name' | 'email' | 'phone' | 'timezone' | 'locale' | 'addressTimezone' | 'emailIsWorkplace'>>;

/** Creates the customer, or updates only the profile fields given, in one statement. */
async function upsertCustomer(tx: Tx, externalId: string, profile: CustomerProfile): Promise<Customer> {
  const now = new Date();
  // Column names come from the type above, never from the request.
  const fields = Object.entries(profile).map(([k, v]) => ({ column: Prisma.raw(`"${k}"`), value: v }));
  const columns = Prisma.join([Prisma.raw('id, "externalId", "createdAt", "updatedAt"'), ...fields.map((f) => f.column)]);
  const values = Prisma.join([Prisma.sql`${randomUUID()}::uuid, ${externalId}, ${now}, ${now}`, ...fields.map((f) => Prisma.sql`${f.value}`)]);
  const updates = Prisma.join([Prisma.raw('"updatedAt" = EXCLUDED."updatedAt"'), ...fields.map((f) => Prisma.sql`${f.column} = EXCLUDED.${f.column}`)]);
  const [row] = await tx.$queryRaw<Customer[]>`INSERT INTO "Customer" (${columns}) VALUES (${values}) ON CONFLICT ("externalId") DO UPDATE SET ${updates} RETURNING *`;
  return row!;
}

export interface FollowUpServiceOptions {
  db: Db;
  client: Client;
  calls: TemporalCalls;
  dispatcher: FollowUpDispatcher;
  defaultTimezone: string;
  maxMessages: number;
  behaviour: Omit<BehaviourSettings, 'sequenceDefaultChannel'>;
  /** How far before or after now a due date may be (a follow-up for an invoice due in 1970 is a mistake). */
  dueDateLimits: { maxPastMs: number; maxFutureMs: number };
}

/** How a payment was recorded: against what was due, partly as credit, or wholly as credit (the invoice was paid). */
export type RecordedAs = 'payment' | 'overpayment' | 'credit';

/** A payment webhook's event that arrived before its invoice and could not be applied to it. */
export interface UnappliedPayment {
  eventId: string;
  type: string;
  amount: string;
  currency: string;
  reason: string;
}

type Delivery = 'delivered' | 'pending';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const decimalOf = (minor: bigint, digits: number) => new Prisma.Decimal(fromMinor(minor, digits));
const money = (d: Prisma.Decimal, currency: string) => d.toFixed(currencyDigits(currency));
const ledgerOf = (inv: Invoice, digits: number): Ledger => ({ original: decimalToMinor(inv.amountOriginal, digits), paid: decimalToMinor(inv.amountPaid, digits) });

/** SHA-256 of a value's JSON with object keys sorted, so a retry's body matches whatever its key order. */
function requestHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

export class FollowUpService {
  /** The sequences invoices follow (the API creates and lists them there). */
  readonly sequences: SequenceCatalog;

  constructor(private readonly o: FollowUpServiceOptions) {
    this.sequences = new SequenceCatalog(o.db);
  }

  private get db() {
    return this.o.db;
  }

  private behaviour(defaultChannel: Channel): BehaviourSettings {
    return { ...this.o.behaviour, sequenceDefaultChannel: defaultChannel };
  }

  // ---- invoices --------------------------------------------------------------------

  async createInvoice(input: CreateInvoiceInput): Promise<{ created: boolean; invoice: Invoice; delivery: Delivery; unappliedPayments: UnappliedPayment[] }> {
    const existing = await invoiceByExternalId(this.db, input.externalId);
    if (existing) return this.alreadyCreated(existing, input);
    let created: { invoice: Invoice; start: PendingCommand; unappliedPayments: UnappliedPayment[] };
    try {
      created = await this.db.$transaction((tx) => this.createInvoiceTx(tx, input));
    } catch (err) {
      // Two creates of the same invoice at once: the loser answers with the winner's invoice.
      if (!(err instanceof InvoiceCreatedMeanwhile) && !isUniqueViolation(err)) throw err;
      const winner = await invoiceByExternalId(this.db, input.externalId);
      if (!winner) throw err;
      return this.alreadyCreated(winner, input);
    }
    const delivered = await this.o.dispatcher.deliverInvoice(created.invoice.id, [created.start]);
    return { created: true, invoice: created.invoice, delivery: delivered ? 'delivered' : 'pending', unappliedPayments: created.unappliedPayments };
  }

  /** The same externalId again: the same invoice is a no-op; different terms are a conflict, never silently dropped. */
  private async alreadyCreated(existing: Invoice, input: CreateInvoiceInput) {
    const digits = currencyDigits(existing.currency);
    const differs: { field: string; message: string }[] = [];
    if (input.currency !== existing.currency) differs.push({ field: 'currency', message: `is ${existing.currency} on the existing invoice` });
    else if (toMinor(input.amountDue, digits) !== decimalToMinor(existing.amountOriginal, digits)) {
      differs.push({ field: 'amountDue', message: `is ${money(existing.amountOriginal, existing.currency)} on the existing invoice` });
    }
    const sameInstant = Date.parse(input.dueDate) === Date.parse(existing.dueDateInput) && !Number.isNaN(Date.parse(input.dueDate));
    if (input.dueDate !== existing.dueDateInput && !sameInstant) differs.push({ field: 'dueDate', message: `is ${existing.dueDateInput} on the existing invoice` });
    if (differs.length) {
      throw conflict(
        'invoice_exists_different',
        `An invoice with externalId "${existing.externalId}" exists with other terms (${differs.map((d) => d.field).join(', ')}); nothing was changed. Record payments, refunds or a void for it, or use another externalId`,
        differs,
      );
    }
    return { created: false, invoice: existing, delivery: await this.pendingDelivery(existing.id), unappliedPayments: await this.unappliedPayments(existing.id) };
  }

  private async unappliedPayments(invoiceId: string): Promise<UnappliedPayment[]> {
    const rows = await this.db.webhookEvent.findMany({ where: { invoiceId, status: 'unapplied' }, orderBy: { receivedAt: 'asc' } });
    return rows.map((e) => {
      const p = e.payload as unknown as PaymentWebhook;
      return { eventId: e.eventId, type: e.type, amount: p.data.amount ?? '', currency: p.data.currency ?? '', reason: e.statusReason ?? '' };
    });
  }

  private async createInvoiceTx(tx: Tx, input: CreateInvoiceInput): Promise<{ invoice: Invoice; start: PendingCommand; unappliedPayments: UnappliedPayment[] }> {
    const c = input.customer;
    const profile = {
      ...(c.name !== undefined ? { name: c.name } : {}),
      ...(c.email !== undefined ? { email: c.email } : {}),
      ...(c.phone !== undefined ? { phone: c.phone } : {}),
      ...(c.timezone !== undefined ? { timezone: c.timezone } : {}),
      ...(c.locale !== undefined ? { locale: c.locale } : {}),
      ...(c.addressTimezone !== undefined ? { addressTimezone: c.addressTimezone } : {}),
      ...(c.emailIsWorkplace !== undefined ? { emailIsWorkplace: c.emailIsWorkplace } : {}),
    };
    const customer = await upsertCustomer(tx, c.externalId, profile);
    for (const consent of c.consents ?? []) await recordConsent(tx, customer, consent, 'api');
    const timeZone = customer.timezone ?? this.o.defaultTimezone;
    const dueAt = resolveDueDate(input.dueDate, timeZone);
    if (dueAt === undefined) throw unprocessable('validation_failed', 'dueDate is not a valid date', { field: 'dueDate' });
    this.checkDueDate(dueAt);
    const sequenceName = input.sequence ?? DEFAULT_SEQUENCE_NAME;
    const { steps, defaultChannel } = await this.sequences.get(tx, sequenceName);
    const digits = currencyDigits(input.currency);
    const original = toMinor(input.amountDue, digits)!;
    let ledger: Ledger = { original, paid: 0n };
    let status: 'open' | 'paused' | 'paid' | 'void' = 'open';

    // Events that arrived before the invoice (payment webhooks for an invoice not yet imported):
    // applied in order, or kept on the invoice as unapplied, with the reason.
    const early = await tx.$queryRaw<WebhookEvent[]>`SELECT * FROM "WebhookEvent" WHERE "invoiceExternalId" = ${input.externalId} AND status = 'pending_invoice' ORDER BY "receivedAt"`;
    const earlyPayments: { kind: string; amount: bigint; overpaid: bigint; paidAt: Date; eventId: string }[] = [];
    const unapplied: (UnappliedPayment & { id: string })[] = [];
    for (const e of early) {
      const p = e.payload as unknown as PaymentWebhook;
      if (p.type === 'invoice.voided') {
        status = 'void';
        continue;
      }
      const amount = toMinor(p.data.amount!, digits);
      const keep = (reason: string) => unapplied.push({ id: e.id, eventId: e.eventId, type: p.type, amount: p.data.amount!, currency: p.data.currency!, reason });
      if (p.data.currency !== input.currency) keep(`in ${p.data.currency}, and the invoice is in ${input.currency}`);
      else if (amount === undefined) keep(`${p.data.amount} has more decimals than ${input.currency} allows`);
      else if (p.type === 'payment.refunded') {
        const r = refund(ledger, amount);
        if (!r.ok) keep(`a refund of more than was paid (${fromMinor(r.refundable, digits)})`);
        else {
          ledger = r.ledger;
          earlyPayments.push({ kind: 'refund', amount, overpaid: 0n, paidAt: p.data.paidAt ? new Date(p.data.paidAt) : e.receivedAt, eventId: e.eventId });
        }
      } else {
        const r = pay(ledger, amount);
        ledger = r.ledger;
        earlyPayments.push({ kind: 'payment', amount, overpaid: r.overpaid, paidAt: p.data.paidAt ? new Date(p.data.paidAt) : e.receivedAt, eventId: e.eventId });
      }
    }
    const due = amountDue(ledger);
    if (status === 'open' && isPaidInFull(ledger)) status = 'paid';
    const pause: PauseInfo | undefined =
      status === 'open' && customer.pausedAt
        ? {
            kind: 'support',
            actor: customer.pausedBy ?? 'support',
            since: customer.pausedAt.toISOString(),
            ...(customer.pauseReason ? { reason: customer.pauseReason } : {}),
            ...(customer.pausedUntil ? { until: customer.pausedUntil.toISOString() } : {}),
          }
        : undefined;
    if (pause) status = 'paused';

    const id = randomUUID();
    const input_ = this.followUpInput(
      { invoiceId: id, customerId: customer.id, currency: input.currency, amountDue: due, dueAt, steps, timeZone, defaultChannel },
      { ...(pause ? { pause } : {}), ...(status === 'void' ? { voided: true } : {}) },
    );
    const payload: CommandPayload = { kind: 'start', input: input_ };
    const paused = pauseColumns(pause);
    const now = new Date();
    // The invoice, its first timeline event and the command that starts its follow-up, in one
    // statement, so the transaction holds its connection for one round trip.
    const [row] = await tx.$queryRaw<(Invoice & { commandId: bigint })[]>`
      WITH inv AS (
        INSERT INTO "Invoice" (id, "externalId", number, "customerId", currency, "amountOriginal", "amountDue", "amountPaid", "dueAt", "dueDateInput", "paymentUrl",
                               "sequenceName", steps, status, "workflowId", "paidAt", "voidedAt", "pauseKind", "pausedBy", "pauseReason", "pausedAt", "pausedUntil", "createdAt", "updatedAt")
        VALUES (${id}::uuid, ${input.externalId}, ${input.number}, ${customer.id}::uuid, ${input.currency}, ${fromMinor(original, digits)}::numeric,
                ${fromMinor(due, digits)}::numeric, ${fromMinor(ledger.paid, digits)}::numeric, ${new Date(dueAt)}, ${input.dueDate}, ${input.paymentUrl ?? null}, ${sequenceName},
                ${JSON.stringify(steps)}::jsonb, ${status}, ${followUpWorkflowId(id)}, ${status === 'paid' ? now : null}, ${status === 'void' ? now : null},
                ${paused.pauseKind}, ${paused.pausedBy}, ${paused.pauseReason}, ${paused.pausedAt}, ${paused.pausedUntil}, ${now}, ${now})
        ON CONFLICT ("externalId") DO NOTHING
        RETURNING *
      ), event AS (
        INSERT INTO "InvoiceEvent" ("invoiceId", kind, actor, detail, at)
        SELECT id, 'invoice_created', 'api', ${JSON.stringify({ sequence: sequenceName, earlyEvents: early.length, unappliedPayments: unapplied.length, status })}::jsonb, ${now} FROM inv
      ), view AS (
        INSERT INTO "FollowUpView" ("invoiceId", state, "updatedAt")
        SELECT id, ${JSON.stringify(firstView(input_, now.getTime()))}::jsonb, ${now} FROM inv
      ), command AS (
        INSERT INTO "WorkflowCommand" ("invoiceId", kind, payload, "createdAt")
        SELECT id, 'start', ${JSON.stringify(payload)}::jsonb, ${now} FROM inv
        RETURNING id
      )
      SELECT inv.*, command.id AS "commandId" FROM inv, command`;
    if (!row) throw new InvoiceCreatedMeanwhile();
    const { commandId, ...invoice } = row;
    for (const p of earlyPayments) {
      await tx.payment.create({
        data: { invoiceId: id, kind: p.kind, amount: decimalOf(p.amount, digits), overpaid: decimalOf(p.overpaid, digits), currency: input.currency, paidAt: p.paidAt, source: 'webhook', eventId: p.eventId },
      });
    }
    const unappliedIds = new Set(unapplied.map((u) => u.id));
    const applied = early.filter((e) => !unappliedIds.has(e.id));
    if (applied.length) {
      await tx.webhookEvent.updateMany({ where: { id: { in: applied.map((e) => e.id) } }, data: { status: 'applied', invoiceId: id, appliedAt: now } });
    }
    for (const u of unapplied) {
      await tx.webhookEvent.update({ where: { id: u.id }, data: { status: 'unapplied', statusReason: u.reason, invoiceId: id } });
      await recordEvent(tx, id, 'payment_unapplied', 'webhook', { eventId: u.eventId, amount: u.amount, currency: u.currency, reason: u.reason });
    }
    const start: PendingCommand = { id: commandId, payload };
    return { invoice, start, unappliedPayments: unapplied.map(({ id: _id, ...u }) => u) };
  }

  async resolveInvoice(ref: string, tx: Tx = this.db): Promise<Invoice> {
    const inv = await invoiceByRef(tx, ref);
    if (!inv) throw notFound('invoice', ref);
    return inv;
  }

  async getInvoice(ref: string) {
    const found = await this.resolveInvoice(ref);
    const inv = await this.db.invoice.findUniqueOrThrow({
      where: { id: found.id },
      include: { customer: true, messages: { orderBy: { createdAt: 'asc' } }, payments: { orderBy: { createdAt: 'asc' } }, followUpView: true },
    });
    // The view its workflow published; the money is the invoice's own. Follow-ups started
    // before views were published have none: those are asked.
    let followUp: FollowUpState | null = inv.followUpView ? { ...(inv.followUpView.state as unknown as FollowUpState), amountDue: money(inv.amountDue, inv.currency) } : null;
    let followUpError: string | undefined;
    if (!followUp) {
      try {
        followUp = await this.o.calls.withDeadline(this.o.client, 3000, () => this.o.client.workflow.getHandle(inv.workflowId).query(followUpState));
      } catch (err) {
        followUpError = `follow-up state unavailable: ${(err as Error).message}`;
      }
    }
    return {
      id: inv.id,
      externalId: inv.externalId,
      number: inv.number,
      status: inv.status,
      currency: inv.currency,
      amountOriginal: money(inv.amountOriginal, inv.currency),
      amountDue: money(inv.amountDue, inv.currency),
      amountPaid: money(inv.amountPaid, inv.currency),
      credit: fromMinor(credit(ledgerOf(inv, currencyDigits(inv.currency))), currencyDigits(inv.currency)),
      disputed: inv.disputed,
      attentionReason: inv.attentionReason,
      dueDate: inv.dueDateInput,
      dueAt: inv.dueAt.toISOString(),
      paymentUrl: inv.paymentUrl,
      sequence: inv.sequenceName,
      workflowId: inv.workflowId,
      customer: { id: inv.customer.id, externalId: inv.customer.externalId, name: inv.customer.name, timezone: inv.customer.timezone },
      followUp,
      ...(followUpError ? { followUpError } : {}),
      messages: inv.messages.map((m) => ({
        id: m.id,
        stepIndex: m.stepIndex,
        channel: m.channel,
        template: m.template,
        recipient: m.recipient,
        subject: m.subject,
        body: m.body,
        status: m.status,
        statusReason: m.statusReason,
        sentAt: m.sentAt?.toISOString() ?? null,
      })),
      payments: inv.payments.map((p) => ({
        id: p.id,
        kind: p.kind,
        amount: money(p.amount, p.currency),
        overpaid: money(p.overpaid, p.currency),
        paidAt: p.paidAt.toISOString(),
        reference: p.reference,
        source: p.source,
      })),
      unappliedPayments: await this.unappliedPayments(inv.id),
      createdAt: inv.createdAt.toISOString(),
    };
  }

  // ---- changes of course ------------------------------------------------------------

  /**
   * Runs `change` with the invoice row locked (a send in flight for this invoice finishes
   * first), then delivers the commands it wrote.
   */
  private async change(ref: string, change: (tx: Tx, inv: Invoice) => Promise<Invoice>) {
    const inv = await this.db.$transaction(async (tx) => {
      const found = await invoiceByRef(tx, ref, true);
      if (!found) throw notFound('invoice', ref);
      return change(tx, found);
    });
    return this.result(inv);
  }

  private async result(inv: Invoice) {
    const delivered = await this.o.dispatcher.deliverInvoice(inv.id);
    return { invoiceId: inv.id, status: inv.status, amountDue: money(inv.amountDue, inv.currency), delivery: (delivered ? 'delivered' : 'pending') as Delivery };
  }

  /**
   * A payment recorded through the API. With an Idempotency-Key, a retry of the same request
   * gets the first answer again (`replayed`), and another request with that key is refused.
   */
  async recordPayment(ref: string, p: PaymentInput & { currency?: string }, source: string, eventId?: string, idempotencyKey?: string) {
    const key = idempotencyKey;
    const hash = requestHash(p);
    const run = () =>
      this.db.$transaction(async (tx) => {
        const inv = await invoiceByRef(tx, ref, true);
        if (!inv) throw notFound('invoice', ref);
        const scope = `payments:${inv.id}`;
        if (key) {
          // Read under the invoice's lock: a retry racing its first attempt waits for it.
          const prior = await tx.idempotencyKey.findUnique({ where: { key } });
          if (prior) return { answer: replayOf(prior, key, scope, hash), replayed: true };
        }
        const r = await this.applyPayment(tx, inv, p, source, eventId);
        const answer = paymentAnswer(r.invoice, r.recordedAs, r.duplicate);
        if (key) await tx.idempotencyKey.create({ data: { key, scope, requestHash: hash, response: answer as unknown as Prisma.InputJsonValue } });
        return { answer, replayed: false };
      });
    let out: { answer: PaymentAnswer; replayed: boolean };
    try {
      out = await run();
    } catch (err) {
      // The same key in two requests at once, on two invoices: one wins, the other answers from it.
      if (!key || !isUniqueViolation(err)) throw err;
      out = await run();
    }
    const delivered = await this.o.dispatcher.deliverInvoice(out.answer.invoiceId);
    return { ...out.answer, delivery: (delivered ? 'delivered' : 'pending') as Delivery, ...(out.replayed ? { replayed: true } : {}) };
  }

  /** Within the caller's transaction, with the invoice locked (the webhook inbox applies its events so). */
  async applyPayment(
    tx: Tx,
    inv: Invoice,
    p: PaymentInput & { currency?: string },
    source: string,
    eventId?: string,
  ): Promise<{ invoice: Invoice; recordedAs: RecordedAs; duplicate?: true }> {
    if (p.currency && p.currency !== inv.currency) throw unprocessable('currency_mismatch', `Payment is in ${p.currency} but the invoice is in ${inv.currency}`, { field: 'currency' });
    const digits = currencyDigits(inv.currency);
    const amount = toMinor(p.amount, digits);
    if (amount === undefined || amount === 0n) throw unprocessable('validation_failed', `amount must be a positive ${inv.currency} amount with at most ${digits} decimals`, { field: 'amount' });
    if (inv.status === 'void') throw conflict('invoice_void', 'The invoice is void; it takes no payments (nothing was recorded)');
    // Raw statements: every payment webhook runs these with the invoice row locked.
    if (p.reference) {
      const [dup] = await tx.$queryRaw<{ amount: Prisma.Decimal; overpaid: Prisma.Decimal }[]>`
        SELECT amount, overpaid FROM "Payment" WHERE "invoiceId" = ${inv.id}::uuid AND reference = ${p.reference} AND kind = 'payment' LIMIT 1`;
      if (dup && decimalToMinor(dup.amount, digits) !== amount) {
        throw conflict('payment_reference_conflict', `A payment with reference "${p.reference}" of ${money(dup.amount, inv.currency)} is already recorded; this one is ${p.amount}. Nothing was recorded`, { field: 'reference' });
      }
      // The same payment reported twice: recorded once.
      if (dup) return { invoice: inv, recordedAs: dup.overpaid.isZero() ? 'payment' : decimalToMinor(dup.overpaid, digits) === amount ? 'credit' : 'overpayment', duplicate: true };
    }
    const before = ledgerOf(inv, digits);
    if (before.paid + amount > MAX_TRACKABLE_MINOR) throw unprocessable('amount_too_large', `Remit tracks at most ${fromMinor(MAX_TRACKABLE_MINOR, digits)} ${inv.currency} per invoice`, { field: 'amount' });
    const { ledger, overpaid, completes } = pay(before, amount);
    const recordedAs: RecordedAs = inv.status === 'paid' ? 'credit' : overpaid > 0n ? 'overpayment' : 'payment';
    const payment = { id: randomUUID(), paidAt: p.paidAt ? new Date(p.paidAt) : new Date() };
    await tx.$executeRaw`
      INSERT INTO "Payment" (id, "invoiceId", kind, amount, overpaid, currency, "paidAt", reference, source, "eventId", "createdAt")
      VALUES (${payment.id}::uuid, ${inv.id}::uuid, 'payment', ${fromMinor(amount, digits)}::numeric, ${fromMinor(overpaid, digits)}::numeric, ${inv.currency},
              ${payment.paidAt}, ${p.reference ?? null}, ${source}, ${eventId ?? null}, ${new Date()})`;
    const paidInFull = completes ? Prisma.sql`, status = 'paid', "paidAt" = ${payment.paidAt}, "pausedUntil" = NULL` : Prisma.empty;
    const [updated] = await tx.$queryRaw<Invoice[]>`
      UPDATE "Invoice" SET "amountDue" = ${fromMinor(amountDue(ledger), digits)}::numeric, "amountPaid" = ${fromMinor(ledger.paid, digits)}::numeric, "updatedAt" = ${new Date()} ${paidInFull}
      WHERE id = ${inv.id}::uuid RETURNING *`;
    await recordEvent(tx, inv.id, 'payment_received', source, {
      paymentId: payment.id,
      amount: fromMinor(amount, digits),
      paidInFull: isPaidInFull(ledger),
      recordedAs,
      ...(overpaid > 0n ? { overpaid: fromMinor(overpaid, digits), credit: fromMinor(credit(ledger), digits) } : {}),
    });
    // A paid invoice's follow-up has ended: the credit is recorded, there is nothing to tell it.
    if (inv.status !== 'paid') await this.tellFollowUp(tx, updated!, completes ? 'paid in full' : undefined);
    return { invoice: updated!, recordedAs };
  }

  /** Within the caller's transaction, with the invoice locked (the webhook inbox applies its events so). */
  async applyRefund(tx: Tx, inv: Invoice, amountText: string, currency: string, source: string, eventId?: string, reference?: string): Promise<Invoice> {
    if (currency !== inv.currency) throw unprocessable('currency_mismatch', `Refund is in ${currency} but the invoice is in ${inv.currency}`, { field: 'currency' });
    const digits = currencyDigits(inv.currency);
    const amount = toMinor(amountText, digits);
    if (amount === undefined || amount === 0n) throw unprocessable('validation_failed', 'amount must be positive', { field: 'amount' });
    const r = refund(ledgerOf(inv, digits), amount);
    if (!r.ok) throw unprocessable('refund_exceeds_payments', `A refund of ${amountText} is more than the ${fromMinor(r.refundable, digits)} ${inv.currency} paid; nothing was recorded`, { field: 'amount' });
    const refundRow = await tx.payment.create({
      data: { invoiceId: inv.id, kind: 'refund', amount: decimalOf(amount, digits), currency, paidAt: new Date(), source, eventId: eventId ?? null, reference: reference ?? null },
    });
    const due = amountDue(r.ledger);
    const updated = await tx.invoice.update({
      where: { id: inv.id },
      data: { amountDue: decimalOf(due, digits), amountPaid: decimalOf(r.ledger.paid, digits), ...(r.reopens ? { status: 'open', paidAt: null } : {}) },
    });
    await recordEvent(tx, inv.id, 'payment_refunded', source, { refundId: refundRow.id, amount: fromMinor(amount, digits), reopened: r.reopens, credit: fromMinor(credit(r.ledger), digits) });
    if (r.reopens) await this.tellFollowUp(tx, updated, undefined, await this.reopenInput(tx, updated, due));
    // A running follow-up asks for the larger amount from its next message on.
    else if (inv.status !== 'paid' && inv.status !== 'void') await this.tellFollowUp(tx, updated);
    return updated;
  }

  /** A new run for a reopened invoice: it carries on after the steps already sent, within the same cap. */
  private async reopenInput(tx: Tx, inv: Invoice, due: bigint): Promise<FollowUpInput> {
    const customer = await tx.customer.findUniqueOrThrow({ where: { id: inv.customerId } });
    const sent = await tx.message.findMany({ where: { invoiceId: inv.id, status: 'sent' }, select: { stepIndex: true } });
    const { defaultChannel } = await this.sequences.get(tx, inv.sequenceName);
    return this.followUpInput(
      {
        invoiceId: inv.id,
        customerId: inv.customerId,
        currency: inv.currency,
        amountDue: due,
        dueAt: inv.dueAt.getTime(),
        // The invoice's own snapshot of its sequence: a reopened follow-up carries on with the same steps.
        steps: inv.steps as unknown as SequenceStep[],
        timeZone: customer.timezone ?? this.o.defaultTimezone,
        defaultChannel,
      },
      { resumeAfter: { cursor: Math.max(-1, ...sent.map((s) => s.stepIndex)) + 1, messagesSent: sent.length } },
    );
  }

  /** A follow-up's input, for a new invoice or a reopened one: the one place that builds it. */
  private followUpInput(
    f: { invoiceId: string; customerId: string; currency: string; amountDue: bigint; dueAt: number; steps: SequenceStep[]; timeZone: string; defaultChannel: Channel },
    run: Pick<FollowUpInput, 'pause' | 'voided' | 'resumeAfter'>,
  ): FollowUpInput {
    return {
      invoiceId: f.invoiceId,
      customerId: f.customerId,
      currency: f.currency,
      currencyDigits: currencyDigits(f.currency),
      amountDueMinor: f.amountDue.toString(),
      dueAt: f.dueAt,
      steps: scheduleSteps(f.steps, f.dueAt, f.timeZone),
      maxMessages: this.o.maxMessages,
      behaviour: this.behaviour(f.defaultChannel),
      ...run,
    };
  }

  recordReply(ref: string, r: ReplyInput, providerMessageId?: string) {
    return this.change(ref, async (tx, inv) => {
      const reply = await tx.reply.create({
        data: { invoiceId: inv.id, channel: r.channel, from: r.from ?? null, body: r.body, providerMessageId: providerMessageId ?? null },
      });
      await recordEvent(tx, inv.id, 'customer_replied', 'customer', { replyId: reply.id, channel: r.channel });
      if (inv.status === 'paid' || inv.status === 'void') return inv; // recorded; nothing to pause
      const pause: PauseInfo = { kind: 'reply', actor: 'customer', reason: `customer replied by ${r.channel}`, since: reply.receivedAt.toISOString() };
      return this.tellFollowUp(tx, await tx.invoice.update({ where: { id: inv.id }, data: { status: 'paused', ...pauseColumns(pause) } }));
    });
  }

  /**
   * A refund reported by a payment provider; `reference` makes a repeated report a no-op.
   * `totalOf`: the amount is the running total refunded on that payment (Stripe's
   * amount_refunded), so what is new is the total less the refunds already recorded for it.
   */
  recordRefund(ref: string, r: { amount: string; currency: string; reference?: string; totalOf?: string }, source: string, eventId?: string) {
    return this.change(ref, async (tx, inv) => {
      if (r.reference && (await tx.payment.findFirst({ where: { invoiceId: inv.id, kind: 'refund', reference: r.reference } }))) return inv;
      let amount = r.amount;
      if (r.totalOf && r.currency === inv.currency) {
        const digits = currencyDigits(inv.currency);
        const earlier = await tx.payment.findMany({ where: { invoiceId: inv.id, kind: 'refund', reference: { startsWith: `${r.totalOf}:` } }, select: { amount: true } });
        const already = earlier.reduce((sum, p) => sum + decimalToMinor(p.amount, digits), 0n);
        const total = toMinor(r.amount, digits);
        if (total === undefined || total <= already) return inv; // a report older than what is recorded
        amount = fromMinor(total - already, digits);
      }
      return this.applyRefund(tx, inv, amount, r.currency, source, eventId, r.reference);
    });
  }

  /** The provider says the invoice is paid in full: record a payment of whatever is still due. */
  settle(ref: string, s: { reference: string; paidAt?: string }, source: string, eventId?: string) {
    return this.change(ref, async (tx, inv) => {
      if (inv.status === 'paid' || inv.status === 'void' || inv.amountDue.isZero()) return inv; // act on the current state
      return (await this.applyPayment(tx, inv, { amount: money(inv.amountDue, inv.currency), reference: s.reference, ...(s.paidAt ? { paidAt: s.paidAt } : {}) }, source, eventId)).invoice;
    });
  }

  /** A payment dispute: the follow-up pauses and the invoice is flagged for a person. */
  markDisputed(ref: string, actor: string, reason: string) {
    return this.change(ref, async (tx, inv) => {
      const flagged = await tx.invoice.update({ where: { id: inv.id }, data: { disputed: true } });
      await recordEvent(tx, inv.id, 'payment_disputed', actor, { reason });
      if (inv.status === 'void' || inv.status === 'paused') return flagged;
      return this.applyPause(tx, { ...flagged, status: inv.status === 'paid' ? 'open' : inv.status }, { actor, reason });
    });
  }

  /** Tells a follow-up what a provider reported about one of its messages (opened, clicked, …). */
  async messageEvent(invoiceId: string, arg: MessageEventSignal) {
    await this.command(this.db, invoiceId, { kind: 'signal', signal: 'messageEvent', arg });
    return this.o.dispatcher.deliverInvoice(invoiceId);
  }

  pauseInvoice(ref: string, p: PauseInput) {
    this.checkUntil(p.until);
    return this.change(ref, (tx, inv) => this.applyPause(tx, inv, p));
  }

  private async applyPause(tx: Tx, inv: Invoice, p: PauseInput): Promise<Invoice> {
    if (inv.status === 'paid' || inv.status === 'void') throw conflict('invoice_closed', `The invoice is ${inv.status}; its follow-up has ended`);
    await recordEvent(tx, inv.id, 'follow_up_paused', p.actor, { reason: p.reason, until: p.until });
    const pause: PauseInfo = { kind: 'support', actor: p.actor, since: new Date().toISOString(), ...(p.reason ? { reason: p.reason } : {}), ...(p.until ? { until: p.until } : {}) };
    return this.tellFollowUp(tx, await tx.invoice.update({ where: { id: inv.id }, data: { status: 'paused', ...pauseColumns(pause) } }));
  }

  resumeInvoice(ref: string, r: ResumeInput) {
    return this.change(ref, (tx, inv) => this.applyResume(tx, inv, r));
  }

  private async applyResume(tx: Tx, inv: Invoice, r: ResumeInput): Promise<Invoice> {
    if (inv.status === 'paid' || inv.status === 'void') throw conflict('invoice_closed', `The invoice is ${inv.status}; its follow-up has ended`);
    if (inv.status !== 'paused') return inv; // already running: resuming is a no-op
    await recordEvent(tx, inv.id, 'follow_up_resumed', r.actor, { reason: r.reason });
    return this.tellFollowUp(tx, await tx.invoice.update({ where: { id: inv.id }, data: { status: 'open', ...pauseColumns(undefined), attentionReason: null } }));
  }

  voidInvoice(ref: string, v: VoidInput, source = 'api') {
    return this.change(ref, (tx, inv) => this.applyVoid(tx, inv, v, source));
  }

  /** Within the caller's transaction, with the invoice locked (the webhook inbox applies its events so). */
  async applyVoid(tx: Tx, inv: Invoice, v: VoidInput, source: string): Promise<Invoice> {
    if (inv.status === 'void') return inv;
    if (inv.status === 'paid') throw conflict('invoice_paid', 'The invoice is paid; refund it before voiding');
    await recordEvent(tx, inv.id, 'invoice_voided', v.actor, { reason: v.reason, source });
    const voided = await tx.invoice.update({ where: { id: inv.id }, data: { status: 'void', voidedAt: new Date(), ...pauseColumns(undefined) } });
    return this.tellFollowUp(tx, voided, `voided by ${v.actor}${v.reason ? `: ${v.reason}` : ''}`);
  }

  // ---- customers -------------------------------------------------------------------

  async resolveCustomer(ref: string, tx: Tx = this.db) {
    const c = (UUID.test(ref) ? await tx.customer.findUnique({ where: { id: ref } }) : null) ?? (await tx.customer.findUnique({ where: { externalId: ref } }));
    if (!c) throw notFound('customer', ref);
    return c;
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

  private async forCustomer(
    ref: string,
    statuses: string[],
    prepare: (tx: Tx, customer: { id: string }) => Promise<(tx: Tx, inv: Invoice) => Promise<Invoice>>,
  ) {
    const { customerId, invoices } = await this.db.$transaction(async (tx) => {
      const customer = await this.resolveCustomer(ref, tx);
      const apply = await prepare(tx, customer);
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Invoice" WHERE "customerId" = ${customer.id}::uuid AND status = ANY(${statuses}) ORDER BY "createdAt" FOR UPDATE`;
      const changed: Invoice[] = [];
      for (const { id } of rows) changed.push(await apply(tx, await tx.invoice.findUniqueOrThrow({ where: { id } })));
      return { customerId: customer.id, invoices: changed };
    });
    return { customerId, invoices: await Promise.all(invoices.map((inv) => this.result(inv))) };
  }

  // ---- helpers ---------------------------------------------------------------------

  private checkDueDate(dueAt: number) {
    const { maxPastMs, maxFutureMs } = this.o.dueDateLimits;
    const now = Date.now();
    if (dueAt < now - maxPastMs || dueAt > now + maxFutureMs) {
      const days = (ms: number) => Math.round(ms / 86_400_000);
      throw new RemitError(
        400,
        'validation_failed',
        `dueDate must be within ${days(maxPastMs)} days before and ${days(maxFutureMs)} days after today (REMIT_DUE_DATE_MAX_PAST, REMIT_DUE_DATE_MAX_FUTURE)`,
        { field: 'dueDate' },
      );
    }
  }

  private checkUntil(until?: string) {
    if (until && Date.parse(until) <= Date.now()) throw unprocessable('validation_failed', 'until must be in the future', { field: 'until' });
  }

  private async pendingDelivery(invoiceId: string): Promise<Delivery> {
    const n = await this.db.workflowCommand.count({ where: { invoiceId, status: 'pending' } });
    if (n === 0) return 'delivered';
    return (await this.o.dispatcher.deliverInvoice(invoiceId)) ? 'delivered' : 'pending';
  }

  /**
   * Tells the invoice's follow-up what was just committed (the database owns its money, status
   * and pause): the outbox command goes out after the commit. Returns the row, for chaining.
   */
  private async tellFollowUp(tx: Tx, committed: Invoice, reason?: string, reopenWith?: FollowUpInput): Promise<Invoice> {
    await this.command(tx, committed.id, { kind: 'signal', signal: 'invoiceChanged', arg: invoiceChange(committed, reason), ...(reopenWith ? { reopenWith } : {}) });
    return committed;
  }

  private async command(tx: Tx, invoiceId: string, payload: CommandPayload): Promise<PendingCommand> {
    const [row] = await tx.$queryRaw<{ id: bigint }[]>`
      INSERT INTO "WorkflowCommand" ("invoiceId", kind, payload, "createdAt") VALUES (${invoiceId}::uuid, ${payload.kind}, ${JSON.stringify(payload)}::jsonb, ${new Date()}) RETURNING id`;
    return { id: row!.id, payload };
  }
}

type PaymentAnswer = ReturnType<typeof paymentAnswer>;

function paymentAnswer(inv: Invoice, recordedAs: RecordedAs, duplicate?: true) {
  const digits = currencyDigits(inv.currency);
  return {
    invoiceId: inv.id,
    status: inv.status,
    amountDue: money(inv.amountDue, inv.currency),
    amountPaid: money(inv.amountPaid, inv.currency),
    credit: fromMinor(credit(ledgerOf(inv, digits)), digits),
    recordedAs,
    ...(duplicate ? { duplicate } : {}),
  };
}

/** The first answer for a key, if this is the same request again; otherwise the key's reuse is refused. */
function replayOf(prior: { scope: string; requestHash: string; response: Prisma.JsonValue }, key: string, scope: string, hash: string): PaymentAnswer {
  if (prior.scope !== scope || prior.requestHash !== hash) {
    throw unprocessable(
      'idempotency_key_reused',
      `Idempotency-Key "${key}" was first used with ${prior.scope === scope ? 'a different request body' : 'another invoice'}; nothing was recorded. Use a new key for a new payment`,
      { field: 'Idempotency-Key' },
    );
  }
  return prior.response as unknown as PaymentAnswer;
}
