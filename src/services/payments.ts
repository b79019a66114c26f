// Money in and out of an invoice: payments (the API's, with an Idempotency-Key; a provider's,
// by its reference), refunds (one that reopens a paid invoice starts a new follow-up run) and
// settlement. Each is applied with the invoice locked and tells its follow-up what committed.
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../db';
import { amountDue, credit, isPaidInFull, MAX_TRACKABLE_MINOR, pay, refund } from '../domain/ledger';
import { currencyDigits, decimalToMinor, fromMinor, toMinor } from '../domain/money';
import { canonicalJson } from '../domain/canonicalJson';
import type { SequenceStep } from '../domain/sequences';
import { Prisma } from '../generated/prisma/client';
import type { Invoice } from '../generated/prisma/client';
import type { FollowUpInput } from '../../workflows/definitions';
import type { PaymentInput } from './inputs';
import { followUpInput, type FollowUpSettings } from './followUpInput';
import { tellFollowUp, type InvoiceChanges } from './invoiceChanges';
import { keepPromises } from './promises';
import { settleClaimedPayment } from './replyActions';
import { creditOf, decimalOf, invoiceByRef, ledgerOf, money, type Tx } from './invoiceStore';
import type { SequenceCatalog } from './sequences';
import { recordEvent } from './timeline';
import { conflict, isUniqueViolation, notFound, unprocessable } from './errors';

/** How a payment was recorded: against what was due, partly as credit, or wholly as credit (the invoice was paid). */
export type RecordedAs = 'payment' | 'overpayment' | 'credit';

export interface PaymentsOptions {
  db: Db;
  changes: InvoiceChanges;
  sequences: SequenceCatalog;
  settings: FollowUpSettings;
  defaultTimezone: string;
}

/** SHA-256 of a value's JSON with object keys sorted, so a retry's body matches whatever its key order. */
function requestHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

export class Payments {
  constructor(private readonly o: PaymentsOptions) {}

  /**
   * A payment recorded through the API. With an Idempotency-Key, a retry of the same request
   * gets the first answer again (`replayed`), and another request with that key is refused.
   */
  async record(ref: string, p: PaymentInput & { currency?: string }, source: string, eventId?: string, idempotencyKey?: string) {
    const key = idempotencyKey;
    const hash = requestHash(p);
    const run = () =>
      this.o.db.$transaction(async (tx) => {
        const inv = await invoiceByRef(tx, ref, true);
        if (!inv) throw notFound('invoice', ref);
        const scope = `payments:${inv.id}`;
        if (key) {
          // Read under the invoice's lock: a retry racing its first attempt waits for it.
          const prior = await tx.idempotencyKey.findUnique({ where: { key } });
          if (prior) return { answer: replayOf(prior, key, scope, hash), replayed: true };
        }
        const r = await this.apply(tx, inv, p, source, eventId);
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
    const delivery = await this.o.changes.deliver(out.answer.invoiceId);
    return { ...out.answer, delivery, ...(out.replayed ? { replayed: true } : {}) };
  }

  /** Within the caller's transaction, with the invoice locked (the webhook inbox applies its events so). */
  async apply(
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
    if (inv.status === 'paid') return { invoice: updated!, recordedAs };
    const settled = await settleClaimedPayment(tx, await keepPromises(tx, updated!));
    await tellFollowUp(tx, settled, completes ? 'paid in full' : undefined);
    return { invoice: settled, recordedAs };
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
    if (r.reopens) await tellFollowUp(tx, updated, undefined, await this.reopenInput(tx, updated, due));
    // A running follow-up asks for the larger amount from its next message on.
    else if (inv.status !== 'paid' && inv.status !== 'void') await tellFollowUp(tx, updated);
    return updated;
  }

  /** A new run for a reopened invoice: it carries on after the steps already sent, within the same cap. */
  private async reopenInput(tx: Tx, inv: Invoice, due: bigint): Promise<FollowUpInput> {
    const customer = await tx.customer.findUniqueOrThrow({ where: { id: inv.customerId } });
    const sent = await tx.message.findMany({ where: { invoiceId: inv.id, status: 'sent', kind: { not: 'answer' } }, select: { stepIndex: true } }); // a person's answers are not touchpoints
    const { defaultChannel } = await this.o.sequences.get(tx, inv.sequenceName);
    return followUpInput(
      this.o.settings,
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

  /**
   * A refund reported by a payment provider; `reference` makes a repeated report a no-op.
   * `totalOf`: the amount is the running total refunded on that payment (Stripe's
   * amount_refunded), so what is new is the total less the refunds already recorded for it.
   */
  recordRefund(ref: string, r: { amount: string; currency: string; reference?: string; totalOf?: string }, source: string, eventId?: string) {
    return this.o.changes.change(ref, async (tx, inv) => {
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
    return this.o.changes.change(ref, async (tx, inv) => {
      if (inv.status === 'paid' || inv.status === 'void' || inv.amountDue.isZero()) return inv; // act on the current state
      return (await this.apply(tx, inv, { amount: money(inv.amountDue, inv.currency), reference: s.reference, ...(s.paidAt ? { paidAt: s.paidAt } : {}) }, source, eventId)).invoice;
    });
  }
}

type PaymentAnswer = ReturnType<typeof paymentAnswer>;

function paymentAnswer(inv: Invoice, recordedAs: RecordedAs, duplicate?: true) {
  return {
    invoiceId: inv.id,
    status: inv.status,
    amountDue: money(inv.amountDue, inv.currency),
    amountPaid: money(inv.amountPaid, inv.currency),
    credit: creditOf(inv),
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
