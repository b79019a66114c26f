// Invoice and customer rows as the services read and write them. Raw statements: every
// payment and change of course runs them with the invoice locked.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db';
import { credit, type Ledger } from '../domain/ledger';
import { currencyDigits, decimalToMinor, fromMinor } from '../domain/money';
import { Prisma } from '../generated/prisma/client';
import type { Customer, Invoice } from '../generated/prisma/client';
import type { PaymentWebhook } from './inputs';
import { notFound } from './errors';

export type Tx = Prisma.TransactionClient;

/** Whether the command a change wrote reached Temporal already, or waits for the reconciler. */
export type Delivery = 'delivered' | 'pending';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Could be a Remit id (a PostgreSQL uuid): anything else is looked up another way, or not found. */
export const isUuid = (ref: string) => UUID.test(ref);

/** `lock`: locked and read as it is now (FOR UPDATE): a send in flight for it finishes first. */
export async function invoiceByExternalId(db: Db | Tx, externalId: string, lock = false): Promise<Invoice | undefined> {
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

export async function findInvoice(db: Db | Tx, ref: string): Promise<Invoice> {
  const inv = await invoiceByRef(db, ref);
  if (!inv) throw notFound('invoice', ref);
  return inv;
}

export async function findCustomer(db: Db | Tx, ref: string): Promise<Customer> {
  const c = (UUID.test(ref) ? await db.customer.findUnique({ where: { id: ref } }) : null) ?? (await db.customer.findUnique({ where: { externalId: ref } }));
  if (!c) throw notFound('customer', ref);
  return c;
}

export type CustomerProfile = Partial<Pick<Customer, 'name' | 'email' | 'phone' | 'timezone' | 'locale' | 'addressTimezone' | 'emailIsWorkplace'>>;

/** Creates the customer, or updates only the profile fields given, in one statement. */
export async function upsertCustomer(tx: Tx, externalId: string, profile: CustomerProfile): Promise<Customer> {
  const now = new Date();
  // Column names come from the type above, never from the request.
  const fields = Object.entries(profile).map(([k, v]) => ({ column: Prisma.raw(`"${k}"`), value: v }));
  const columns = Prisma.join([Prisma.raw('id, "externalId", "createdAt", "updatedAt"'), ...fields.map((f) => f.column)]);
  const values = Prisma.join([Prisma.sql`${randomUUID()}::uuid, ${externalId}, ${now}, ${now}`, ...fields.map((f) => Prisma.sql`${f.value}`)]);
  const updates = Prisma.join([Prisma.raw('"updatedAt" = EXCLUDED."updatedAt"'), ...fields.map((f) => Prisma.sql`${f.column} = EXCLUDED.${f.column}`)]);
  const [row] = await tx.$queryRaw<Customer[]>`INSERT INTO "Customer" (${columns}) VALUES (${values}) ON CONFLICT ("externalId") DO UPDATE SET ${updates} RETURNING *`;
  return row!;
}

/** A payment webhook's event that arrived before its invoice and could not be applied to it. */
export interface UnappliedPayment {
  eventId: string;
  type: string;
  amount: string;
  currency: string;
  reason: string;
}

export async function unappliedPayments(db: Db, invoiceId: string): Promise<UnappliedPayment[]> {
  const rows = await db.webhookEvent.findMany({ where: { invoiceId, status: 'unapplied' }, orderBy: { receivedAt: 'asc' } });
  return rows.map((e) => {
    const p = e.payload as unknown as PaymentWebhook;
    return { eventId: e.eventId, type: e.type, amount: p.data.amount ?? '', currency: p.data.currency ?? '', reason: e.statusReason ?? '' };
  });
}

export const decimalOf = (minor: bigint, digits: number) => new Prisma.Decimal(fromMinor(minor, digits));
/** An amount as the API shows it: with its currency's decimals. */
export const money = (d: Prisma.Decimal, currency: string) => d.toFixed(currencyDigits(currency));
export const ledgerOf = (inv: Invoice, digits: number): Ledger => ({ original: decimalToMinor(inv.amountOriginal, digits), paid: decimalToMinor(inv.amountPaid, digits) });
/** What the customer has paid beyond the invoice, as the API shows it. */
export const creditOf = (inv: Invoice) => fromMinor(credit(ledgerOf(inv, currencyDigits(inv.currency))), currencyDigits(inv.currency));
