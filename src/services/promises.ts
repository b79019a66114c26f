// Promises to pay: made through the API or read in a reply, they hold the invoice's follow-up
// until their deadline (pause kind `promise`, which lapses by itself). Payments that cover the
// promise keep it (the follow-up then completes, or carries on for the rest); a deadline that
// passes unpaid breaks it, and the next message names it (the broken_promise template).
import { pauseColumns, type PauseInfo } from '../domain/invoiceState';
import { decimalToMinor, currencyDigits, fromMinor, toMinor } from '../domain/money';
import { promiseDayProblem, promiseDeadline, promiseKept } from '../domain/paymentPromise';
import { localDay } from '../domain/zonedTime';
import type { Invoice, PaymentPromise } from '../generated/prisma/client';
import { conflict, unprocessable } from './errors';
import type { PromiseInput } from './inputs';
import { tellFollowUp, type InvoiceChanges } from './invoiceChanges';
import { money, type Tx } from './invoiceStore';
import { recordEvent } from './timeline';

/** A promise further out than this is not a promise a collections team would hold for. */
export const MAX_PROMISE_DAYS = 365;

export interface PromiseSettings {
  graceDays: number;
  defaultTimezone: string;
}

export interface NewPromise {
  /** The customer's local day, YYYY-MM-DD. */
  day: string;
  /** Decimal string in the invoice currency; absent: the whole balance. */
  amount?: string;
  source: string;
  actor: string;
  evidence?: string;
  inboundMessageId?: string;
}

export class Promises {
  constructor(
    private readonly changes: InvoiceChanges,
    private readonly settings: PromiseSettings,
  ) {}

  /** POST /v1/invoices/:id/promises. */
  async make(ref: string, input: PromiseInput) {
    let made: PaymentPromise | undefined;
    const result = await this.changes.change(ref, async (tx, inv) => {
      const zone = await customerZone(tx, inv.customerId, this.settings.defaultTimezone);
      const day = input.date ?? localDay(new Date(input.at!), zone);
      const out = await makePromise(tx, inv, zone, { day, ...(input.amount ? { amount: input.amount } : {}), source: input.source, actor: input.actor, ...(input.evidence ? { evidence: input.evidence } : {}) }, this.settings);
      made = out.promise;
      return out.invoice;
    });
    return { promise: promiseView(made!), invoice: result };
  }

}

/**
 * Records a promise on a locked invoice and holds its follow-up until the deadline; an earlier
 * open promise for the invoice is replaced. A day in the past, an amount beyond what is due or
 * a closed invoice is refused.
 */
export async function makePromise(tx: Tx, inv: Invoice, zone: string, p: NewPromise, settings: PromiseSettings, now = new Date()) {
  if (inv.status === 'paid' || inv.status === 'void') throw conflict('invoice_closed', `The invoice is ${inv.status}; there is nothing to promise`);
  const problem = promiseDayProblem(p.day, zone, now, MAX_PROMISE_DAYS);
  if (problem) throw unprocessable('validation_failed', `date ${problem}`, { field: 'date' });
  const digits = currencyDigits(inv.currency);
  const due = decimalToMinor(inv.amountDue, digits);
  let amountMinor: bigint | undefined;
  if (p.amount !== undefined) {
    amountMinor = toMinor(p.amount, digits);
    if (amountMinor === undefined || amountMinor <= 0n) throw unprocessable('validation_failed', `amount must be a positive ${inv.currency} amount with at most ${digits} decimals`, { field: 'amount' });
    if (amountMinor > due) throw unprocessable('validation_failed', `amount is more than the ${money(inv.amountDue, inv.currency)} due`, { field: 'amount' });
    if (amountMinor === due) amountMinor = undefined; // the whole balance
  }
  const deadline = promiseDeadline(p.day, zone, settings.graceDays);
  await tx.paymentPromise.updateMany({ where: { invoiceId: inv.id, status: 'open' }, data: { status: 'replaced', resolvedAt: now } });
  const promise = await tx.paymentPromise.create({
    data: {
      invoiceId: inv.id, currency: inv.currency, promisedDay: p.day, deadline, paidBefore: inv.amountPaid,
      amount: amountMinor === undefined ? null : fromMinor(amountMinor, digits),
      source: p.source, actor: p.actor, evidence: p.evidence ?? null, inboundMessageId: p.inboundMessageId ?? null,
    },
  });
  await recordEvent(tx, inv.id, 'promise_made', p.actor, {
    promiseId: promise.id, day: p.day, deadline: deadline.toISOString(), source: p.source,
    ...(promise.amount ? { amount: money(promise.amount, inv.currency) } : { amount: 'the whole balance' }),
  });
  const pause: PauseInfo = { kind: 'promise', actor: p.actor, reason: `promised to pay${promise.amount ? ` ${money(promise.amount, inv.currency)}` : ''} by ${p.day}`, since: now.toISOString(), until: deadline.toISOString() };
  const invoice = await tellFollowUp(tx, await tx.invoice.update({ where: { id: inv.id }, data: { status: 'paused', ...pauseColumns(pause) } }));
  return { promise, invoice };
}

/**
 * After a payment (the invoice locked and updated): the open promises it covers are kept. A
 * kept partial promise releases the hold, so the follow-up carries on for the rest.
 */
export async function keepPromises(tx: Tx, inv: Invoice, now = new Date()): Promise<Invoice> {
  const open = await tx.paymentPromise.findMany({ where: { invoiceId: inv.id, status: 'open' } });
  if (!open.length) return inv;
  const digits = currencyDigits(inv.currency);
  let kept = false;
  for (const p of open) {
    const ok = promiseKept({
      ...(p.amount ? { promisedMinor: decimalToMinor(p.amount, digits) } : {}),
      paidSinceMinor: decimalToMinor(inv.amountPaid, digits) - decimalToMinor(p.paidBefore, digits),
      dueMinor: decimalToMinor(inv.amountDue, digits),
    });
    if (!ok) continue;
    kept = true;
    await tx.paymentPromise.update({ where: { id: p.id }, data: { status: 'kept', resolvedAt: now } });
    await recordEvent(tx, inv.id, 'promise_kept', 'customer', { promiseId: p.id, day: p.promisedDay });
  }
  if (!kept || inv.status !== 'paused' || inv.pauseKind !== 'promise') return inv;
  return tx.invoice.update({ where: { id: inv.id }, data: { status: 'open', ...pauseColumns(undefined) } });
}

/** A promise hold lapsed (the workflow reports it): open promises past their deadline are broken. */
export async function breakLapsedPromises(tx: Tx, invoiceId: string, now: Date): Promise<void> {
  const lapsed = await tx.paymentPromise.findMany({ where: { invoiceId, status: 'open', deadline: { lte: now } } });
  for (const p of lapsed) {
    await tx.paymentPromise.update({ where: { id: p.id }, data: { status: 'broken', resolvedAt: now } });
    await recordEvent(tx, invoiceId, 'promise_broken', 'remit', { promiseId: p.id, day: p.promisedDay, deadline: p.deadline.toISOString() });
  }
}

/** The broken promise the next message must name, if its notice has not gone yet. */
export async function unnoticedBrokenPromise(tx: Tx, invoiceId: string): Promise<PaymentPromise | undefined> {
  const [row] = await tx.$queryRaw<PaymentPromise[]>`
    SELECT * FROM "PaymentPromise" WHERE "invoiceId" = ${invoiceId}::uuid AND status = 'broken' AND "noticeSentAt" IS NULL ORDER BY "resolvedAt" DESC LIMIT 1`;
  return row;
}

/** The zone a customer's calendar days ("Friday", a promised day) are in: theirs, else their address's. */
export function calendarZone(c: { timezone: string | null; addressTimezone: string | null }, fallback: string): string {
  return c.timezone ?? c.addressTimezone ?? fallback;
}

async function customerZone(tx: Tx, customerId: string, fallback: string): Promise<string> {
  return calendarZone(await tx.customer.findUniqueOrThrow({ where: { id: customerId }, select: { timezone: true, addressTimezone: true } }), fallback);
}

export function promiseView(p: PaymentPromise) {
  return {
    id: p.id,
    invoiceId: p.invoiceId,
    status: p.status,
    date: p.promisedDay,
    deadline: p.deadline.toISOString(),
    amount: p.amount ? money(p.amount, p.currency) : null,
    source: p.source,
    actor: p.actor,
    evidence: p.evidence,
    createdAt: p.createdAt.toISOString(),
    resolvedAt: p.resolvedAt?.toISOString() ?? null,
  };
}
