// The invoice's own state as the database holds it (the one owner of money, status and the
// pause), what the follow-up is told of it, and whether it allows a message right now.
import { currencyDigits, decimalToMinor } from './money';

export type InvoiceStatus = 'open' | 'paused' | 'paid' | 'void';

export const PAUSE_KINDS = ['reply', 'support', 'attention', 'away', 'promise', 'dispute', 'payment_claimed', 'wrong_person'] as const;

export interface PauseInfo {
  /**
   * `attention`: Remit stopped by itself for a person to look (no usable channel left);
   * `away`: an out-of-office auto-reply gave a return day (it lapses then, by itself);
   * `promise`: a promise to pay holds it until the promise's deadline (services/promises.ts);
   * `dispute`: the customer contests it, until the dispute is resolved (services/disputes.ts);
   * `payment_claimed`: the customer says they paid, until a payment arrives or a person looks;
   * `wrong_person`: the contact is not the customer's, until the contact changes.
   */
  kind: (typeof PAUSE_KINDS)[number];
  actor: string;
  reason?: string;
  /** ISO date-time at which the pause lapses by itself. */
  until?: string;
  since: string;
}

/**
 * The invoice as the database committed it. Every change of its money, status or pause
 * reaches the follow-up as this one signal.
 */
export interface InvoiceChange {
  /** The outbox command that carried it: increases with every change of one invoice, so an older one is ignored. */
  version?: string;
  status: InvoiceStatus;
  /** Amount due in minor units, as a decimal integer string. */
  amountDueMinor: string;
  /** Present while paused. */
  pause?: PauseInfo;
  /** Why it closed, for the follow-up's `closedReason` ("paid in full", "voided by …"). */
  reason?: string;
}

/** The columns of an invoice row this module reads. */
export interface InvoiceRow {
  status: string;
  currency: string;
  amountDue: { toFixed(digits: number): string };
  pauseKind: string | null;
  pausedBy: string | null;
  pauseReason: string | null;
  pausedAt: Date | null;
  pausedUntil: Date | null;
}

/** The pause of a paused invoice row, as the follow-up and the API show it. */
export function pauseOf(row: InvoiceRow): PauseInfo | undefined {
  if (row.status !== 'paused') return undefined;
  return {
    kind: (row.pauseKind ?? 'support') as PauseInfo['kind'],
    actor: row.pausedBy ?? 'support',
    ...(row.pauseReason ? { reason: row.pauseReason } : {}),
    ...(row.pausedUntil ? { until: row.pausedUntil.toISOString() } : {}),
    since: (row.pausedAt ?? new Date(0)).toISOString(),
  };
}

/** The pause columns to write for a pause (or, for undefined, to clear them). */
export function pauseColumns(p: PauseInfo | undefined) {
  return {
    pauseKind: p?.kind ?? null,
    pausedBy: p?.actor ?? null,
    pauseReason: p?.reason ?? null,
    pausedAt: p ? new Date(p.since) : null,
    pausedUntil: p?.until ? new Date(p.until) : null,
  };
}

/** What the follow-up is told after a change of this row committed. */
export function invoiceChange(row: InvoiceRow, reason?: string): InvoiceChange {
  const pause = pauseOf(row);
  return {
    status: row.status as InvoiceStatus,
    amountDueMinor: decimalToMinor(row.amountDue, currencyDigits(row.currency)).toString(),
    ...(pause ? { pause } : {}),
    ...(reason ? { reason } : {}),
  };
}

export type SendBlock = 'invoice_paid' | 'invoice_void' | 'invoice_paused';

export function sendBlock(invoice: { status: string; pausedUntil?: Date | null }, now: Date): SendBlock | undefined {
  switch (invoice.status) {
    case 'paid':
      return 'invoice_paid';
    case 'void':
      return 'invoice_void';
    case 'paused':
      // A pause with an `until` in the past has lapsed, even before anyone wrote that back.
      return invoice.pausedUntil && invoice.pausedUntil.getTime() <= now.getTime() ? undefined : 'invoice_paused';
    default:
      return undefined;
  }
}
