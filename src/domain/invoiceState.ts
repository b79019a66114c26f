// Whether the system of record allows a message for an invoice right now.
export type InvoiceStatus = 'open' | 'paused' | 'paid' | 'void';

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
