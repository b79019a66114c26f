// The token values of one invoice for a customer at a moment: what a reminder says.
import { formatMoney } from './money';
import type { TokenValues } from './templates';

const DAY_MS = 86_400_000;

export interface TokenFacts {
  invoice: { number: string; amountDue: string; currency: string; dueAt: number; paymentUrl: string | null };
  customer: { name: string | null; timezone: string | null; locale: string | null };
  /** For a customer without them. */
  defaults: { timezone: string; locale: string };
}

export function invoiceTokenValues({ invoice, customer, defaults }: TokenFacts, at: number): TokenValues {
  const timeZone = customer.timezone ?? defaults.timezone;
  const locale = customer.locale ?? defaults.locale;
  return {
    customerName: customer.name ?? undefined,
    invoiceNumber: invoice.number,
    amountDue: formatMoney(invoice.amountDue, invoice.currency, locale),
    dueDate: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(invoice.dueAt),
    daysOverdue: String(Math.max(0, Math.floor((at - invoice.dueAt) / DAY_MS))),
    paymentLink: invoice.paymentUrl ?? undefined,
  };
}
