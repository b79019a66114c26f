// The invoice timeline (GET /v1/invoices/:id/timeline): one row per thing that happened, by
// whom. Every writer (the API's services and the workflow's activities) goes through here.
import type { Db } from '../db';
import type { Prisma } from '../generated/prisma/client';

/** One raw statement: several are written per touchpoint, and a Prisma create costs twice a raw statement's CPU. */
export async function recordEvent(db: Db | Prisma.TransactionClient, invoiceId: string, kind: string, actor: string, detail: Record<string, unknown>): Promise<void> {
  await db.$executeRaw`INSERT INTO "InvoiceEvent" ("invoiceId", kind, actor, detail, at) VALUES (${invoiceId}::uuid, ${kind}, ${actor}, ${JSON.stringify(detail)}::jsonb, ${new Date()})`;
}
