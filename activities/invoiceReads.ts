// How the activities read an invoice and its customer: as they are now, or locked for a send.
import { ApplicationFailure } from '@temporalio/activity';
import type { Db } from '../src/db';
import type { Channel } from '../src/domain/channel';
import { Prisma, type Customer, type Invoice } from '../src/generated/prisma/client';

export type InvoiceWithCustomer = Prisma.InvoiceGetPayload<{ include: { customer: true } }>;

// Every touchpoint runs the statements below: they are raw, because a Prisma query costs
// about twice a raw statement's CPU (it is compiled each time), and a send's transaction
// holds a pool connection while they run.

// Every customer column (from the schema, so a new column is never missed), prefixed.
const CUSTOMER_COLUMNS = Prisma.raw(
  Object.values(Prisma.CustomerScalarFieldEnum)
    .map((f) => `c."${f}" AS "customer.${f}"`)
    .join(', '),
);

/**
 * The invoice and its customer as they are now, in one statement (it runs three times per
 * touchpoint), which first makes `writes` (statements of the same round trip, as CTEs).
 */
export async function invoiceWithCustomer(db: Db | Prisma.TransactionClient, invoiceId: string, writes: Prisma.Sql[] = []): Promise<InvoiceWithCustomer> {
  const ctes = writes.length ? Prisma.sql`WITH ${Prisma.join(writes.map((w, i) => Prisma.sql`${Prisma.raw(`w${i}`)} AS (${w})`))} ` : Prisma.empty;
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`
    ${ctes}SELECT i.*, ${CUSTOMER_COLUMNS} FROM "Invoice" i JOIN "Customer" c ON c.id = i."customerId" WHERE i.id = ${invoiceId}::uuid`;
  if (!row) throw ApplicationFailure.retryable(`invoice ${invoiceId} not found`);
  const invoice: Record<string, unknown> = {};
  const customer: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (k.startsWith('customer.')) customer[k.slice('customer.'.length)] = v;
    else invoice[k] = v;
  }
  return { ...(invoice as Invoice), customer: customer as Customer };
}

/**
 * Locks the customer, then the invoice (the order every send takes: every decision about a
 * customer is made by one send at a time; payments lock only their invoice), and reads both
 * as they are now, in two statements.
 */
export async function lockForSend(tx: Prisma.TransactionClient, customerId: string, invoiceId: string): Promise<InvoiceWithCustomer> {
  const [customer] = await tx.$queryRaw<Customer[]>`SELECT * FROM "Customer" WHERE id = ${customerId}::uuid FOR UPDATE`;
  const [invoice] = await tx.$queryRaw<Invoice[]>`SELECT * FROM "Invoice" WHERE id = ${invoiceId}::uuid FOR UPDATE`;
  if (!customer || !invoice) throw ApplicationFailure.retryable(`invoice ${invoiceId} or its customer ${customerId} vanished`);
  return { ...invoice, customer };
}

/** The channel this customer last answered on, or paid after, across all their invoices. */
export async function respondedOn(db: Db, customerId: string): Promise<Channel | undefined> {
  // Not raw: only an `auto` route asks.
  // An auto-reply is the customer's mail server answering, not the customer.
  const reply = await db.inboundMessage.findFirst({ where: { conversation: { customerId }, autoReply: false }, orderBy: { receivedAt: 'desc' }, select: { channel: true } });
  if (reply) return reply.channel as Channel;
  const payment = await db.payment.findFirst({ where: { kind: 'payment', invoice: { customerId } }, orderBy: { paidAt: 'desc' } });
  if (!payment) return undefined;
  const before = await db.message.findFirst({
    where: { invoiceId: payment.invoiceId, status: 'sent', sentAt: { lte: payment.paidAt } },
    orderBy: { sentAt: 'desc' },
    select: { channel: true },
  });
  return (before?.channel as Channel | undefined) ?? undefined;
}
