// What an invoice's payments and refunds add up to, in minor units. One place decides what is
// still due, what is credit, and when a refund reopens a paid invoice.

export interface Ledger {
  /** The amount invoiced. */
  original: bigint;
  /** Payments less refunds (may exceed `original`: an overpayment). */
  paid: bigint;
}

/** The largest amount Remit tracks exactly: the AmountDue search attribute is a JSON number. */
export const MAX_TRACKABLE_MINOR = BigInt(Number.MAX_SAFE_INTEGER);

export const amountDue = (l: Ledger): bigint => (l.paid >= l.original ? 0n : l.original - l.paid);
export const credit = (l: Ledger): bigint => (l.paid > l.original ? l.paid - l.original : 0n);
export const isPaidInFull = (l: Ledger): boolean => l.paid >= l.original;

export interface PaymentOutcome {
  ledger: Ledger;
  /** The part of this payment beyond what was due (all of it on an invoice already paid). */
  overpaid: bigint;
  /** This payment completed the invoice (it was not paid in full before). */
  completes: boolean;
}

export function pay(l: Ledger, amount: bigint): PaymentOutcome {
  const due = amountDue(l);
  const ledger = { ...l, paid: l.paid + amount };
  return { ledger, overpaid: amount > due ? amount - due : 0n, completes: !isPaidInFull(l) && isPaidInFull(ledger) };
}

export type RefundOutcome = { ok: true; ledger: Ledger; reopens: boolean } | { ok: false; refundable: bigint };

/**
 * A refund takes back part of what was paid, never more. It reopens a paid invoice only when
 * what remains paid is less than what was invoiced: a refund of an overpayment does not.
 */
export function refund(l: Ledger, amount: bigint): RefundOutcome {
  if (amount > l.paid) return { ok: false, refundable: l.paid > 0n ? l.paid : 0n };
  const ledger = { ...l, paid: l.paid - amount };
  return { ok: true, ledger, reopens: isPaidInFull(l) && !isPaidInFull(ledger) };
}
