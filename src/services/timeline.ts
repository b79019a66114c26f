// The invoice timeline (GET /v1/invoices/:id/timeline): one row per thing that happened, by
// whom. Every writer (the API's services and the workflow's activities) goes through here.
import type { Db } from '../db';
import { Prisma } from '../generated/prisma/client';

/** The statement that records one event; also a part of a larger statement (a CTE) where a round trip counts. */
export function eventInsert(invoiceId: string, kind: string, actor: string, detail: Record<string, unknown>): Prisma.Sql {
  return Prisma.sql`INSERT INTO "InvoiceEvent" ("invoiceId", kind, actor, detail, at) VALUES (${invoiceId}::uuid, ${kind}, ${actor}, ${JSON.stringify(detail)}::jsonb, ${new Date()})`;
}

/** One raw statement: several are written per touchpoint, and a Prisma create costs twice a raw statement's CPU. */
export async function recordEvent(db: Db | Prisma.TransactionClient, invoiceId: string, kind: string, actor: string, detail: Record<string, unknown>): Promise<void> {
  await db.$executeRaw(eventInsert(invoiceId, kind, actor, detail));
}
