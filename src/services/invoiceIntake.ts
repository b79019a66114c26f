// A new invoice: its customer, the payment events that arrived before it, and the start of
// its follow-up, in one transaction; the same externalId again is answered, never duplicated.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db';
import { amountDue, isPaidInFull, pay, refund, type Ledger } from '../domain/ledger';
import { currencyDigits, decimalToMinor, fromMinor, toMinor } from '../domain/money';
import { pauseColumns, type PauseInfo } from '../domain/invoiceState';
import { resolveDueDate } from '../domain/schedule';
import { DEFAULT_SEQUENCE_NAME } from '../domain/sequences';
import type { Invoice, WebhookEvent } from '../generated/prisma/client';
import type { CreateInvoiceInput, PaymentWebhook } from './inputs';
import { followUpWorkflowId } from '../../workflows/definitions';
import { firstView } from '../../workflows/followUpView';
import type { CommandPayload, PendingCommand } from './dispatcher';
import { followUpInput, type FollowUpSettings } from './followUpInput';
import type { InvoiceChanges } from './invoiceChanges';
import { decimalOf, invoiceByExternalId, money, unappliedPayments, upsertCustomer, type Delivery, type Tx, type UnappliedPayment } from './invoiceStore';
import { recordConsent } from './recordConsent';
import type { SequenceCatalog } from './sequences';
import { recordEvent } from './timeline';
import { conflict, isUniqueViolation, RemitError, unprocessable } from './errors';

/** Another request created the same invoice while this one was creating it. */
class InvoiceCreatedMeanwhile extends Error {}

export interface InvoiceIntakeOptions {
  db: Db;
  changes: InvoiceChanges;
  sequences: SequenceCatalog;
  settings: FollowUpSettings;
  defaultTimezone: string;
  /** How far before or after now a due date may be (a follow-up for an invoice due in 1970 is a mistake). */
  dueDateLimits: { maxPastMs: number; maxFutureMs: number };
}

export class InvoiceIntake {
  constructor(private readonly o: InvoiceIntakeOptions) {}

  async create(input: CreateInvoiceInput): Promise<{ created: boolean; invoice: Invoice; delivery: Delivery; unappliedPayments: UnappliedPayment[] }> {
    const existing = await invoiceByExternalId(this.o.db, input.externalId);
    if (existing) return this.alreadyCreated(existing, input);
    let created: { invoice: Invoice; start: PendingCommand; unappliedPayments: UnappliedPayment[] };
    try {
      created = await this.o.db.$transaction((tx) => this.createInvoiceTx(tx, input));
    } catch (err) {
      // Two creates of the same invoice at once: the loser answers with the winner's invoice.
      if (!(err instanceof InvoiceCreatedMeanwhile) && !isUniqueViolation(err)) throw err;
      const winner = await invoiceByExternalId(this.o.db, input.externalId);
      if (!winner) throw err;
      return this.alreadyCreated(winner, input);
    }
    const delivery = await this.o.changes.deliver(created.invoice.id, [created.start]);
    return { created: true, invoice: created.invoice, delivery, unappliedPayments: created.unappliedPayments };
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
    return { created: false, invoice: existing, delivery: await this.pendingDelivery(existing.id), unappliedPayments: await unappliedPayments(this.o.db, existing.id) };
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
    const { steps, defaultChannel } = await this.o.sequences.get(tx, sequenceName);
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
    const input_ = followUpInput(
      this.o.settings,
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

  private async pendingDelivery(invoiceId: string): Promise<Delivery> {
    const n = await this.o.db.workflowCommand.count({ where: { invoiceId, status: 'pending' } });
    if (n === 0) return 'delivered';
    return this.o.changes.deliver(invoiceId);
  }
}
