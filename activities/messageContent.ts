// What a message says (an invoice's token values, the compliance footer) and how it is handed
// to a channel adapter.
import type { OutgoingMessage } from '../src/channels/types';
import type { Channel } from '../src/domain/channel';
import { invoiceTokenValues } from '../src/domain/invoiceTokens';
import { textToHtml, type ChannelMessage, type TokenValues } from '../src/domain/templates';
import type { Customer, Invoice, Prisma } from '../src/generated/prisma/client';
import { footerValues, type ComplianceSettings } from '../src/services/compliance';

/** For a customer without their own. */
export interface CustomerDefaults {
  defaultTimezone: string;
  defaultLocale: string;
}

export type TokenInvoice = Pick<Invoice, 'number' | 'amountDue' | 'currency' | 'dueAt' | 'paymentUrl'>;
export type TokenCustomer = Pick<Customer, 'name' | 'timezone' | 'locale'>;

/** What a reminder about this invoice says to this customer at `at`. */
export function tokenValues(d: CustomerDefaults, invoice: TokenInvoice, customer: TokenCustomer, at: Date): TokenValues {
  return invoiceTokenValues(
    {
      invoice: { number: invoice.number, amountDue: invoice.amountDue.toFixed(), currency: invoice.currency, dueAt: invoice.dueAt.getTime(), paymentUrl: invoice.paymentUrl },
      customer,
      defaults: { timezone: d.defaultTimezone, locale: d.defaultLocale },
    },
    at.getTime(),
  );
}

/**
 * The footer for `to`; `issuedAt` dates its unsubscribe link and starts its invoice page link's
 * life. With `page`, the payment link is the invoice's page, naming the message (its clicks are the message's).
 */
export async function footer(
  tx: Prisma.TransactionClient,
  compliance: ComplianceSettings,
  channel: Channel,
  customerId: string,
  to: string,
  issuedAt: Date,
  page?: { invoiceId: string; messageId: string },
) {
  const firstToNumber = channel !== 'email' && (await tx.message.count({ where: { channel: { in: ['sms', 'whatsapp'] }, recipient: to, status: 'sent' } })) === 0;
  return footerValues(compliance, channel, { customerId, address: to, firstToNumber }, issuedAt, page);
}

const WHATSAPP_SESSION_MS = 86_400_000;

/** The rendered message as its channel's adapter takes it, with what that channel needs besides the text. */
export function outgoingMessage(o: {
  messageId: string;
  idempotencyKey: string;
  invoiceId: string;
  channel: Channel;
  to: string;
  content: ChannelMessage;
  values: TokenValues;
  unsubscribeUrl: string | undefined;
  /** When the customer last wrote to us: WhatsApp allows free text only within a day of it. */
  lastInboundAt: Date | null;
  at: Date;
}): OutgoingMessage {
  const { content, values } = o;
  return {
    messageId: o.messageId,
    idempotencyKey: o.idempotencyKey,
    invoiceId: o.invoiceId,
    channel: o.channel,
    to: o.to,
    ...(content.subject !== undefined ? { subject: content.subject } : {}),
    body: content.body,
    ...(o.channel === 'email'
      ? {
          html: textToHtml(content.body),
          // RFC 8058 one-click unsubscribe: mailbox providers POST to the link.
          headers: { 'List-Unsubscribe': `<${o.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        }
      : {}),
    ...(o.channel === 'whatsapp'
      ? {
          whatsappSessionOpen: Boolean(o.lastInboundAt && o.at.getTime() - o.lastInboundAt.getTime() < WHATSAPP_SESSION_MS),
          templateVariables: { '1': values.customerName ?? 'there', '2': values.invoiceNumber ?? '', '3': values.amountDue ?? '', '4': values.paymentLink ?? '' },
        }
      : {}),
  };
}
