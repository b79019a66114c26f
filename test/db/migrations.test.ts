// Migrations that move facts carry the existing rows with them.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { migrate, openDatabase } from '../../src/db';
import { scratchDatabase, testServerUrl } from '../support/db';

const MIGRATIONS = new URL('../../prisma/migrations/', import.meta.url).pathname;

/** A directory holding the migrations before `name`, as an older Remit had them. */
function migrationsBefore(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'remit-migrations-'));
  for (const d of readdirSync(MIGRATIONS, { withFileTypes: true })) if (d.isDirectory() && d.name < name) cpSync(join(MIGRATIONS, d.name), join(dir, d.name), { recursive: true });
  return dir;
}

test('invoices paused before the pause became a fact of the invoice get their pause from the timeline', async () => {
  const scratch = await scratchDatabase(testServerUrl(), 'remit_migrations');
  const db = await openDatabase({ url: scratch.url });
  const older = migrationsBefore('20261203090000_invoice_pause');
  try {
    await migrate(db, older);
    await db.execScript(`
      INSERT INTO "Customer" (id, "externalId", "createdAt", "updatedAt") VALUES ('00000000-0000-4000-8000-000000000001', 'cus-1', now(), now());
      INSERT INTO "Invoice" (id, "externalId", number, "customerId", currency, "amountOriginal", "amountDue", "dueAt", "dueDateInput", "sequenceName", steps, status, "workflowId", "attentionReason", "pausedUntil", "updatedAt")
      VALUES ('00000000-0000-4000-8000-00000000000a', 'replied', 'A', '00000000-0000-4000-8000-000000000001', 'USD', 10, 10, now(), 'x', 'default', '[]', 'paused', 'invoice-a', NULL, NULL, now()),
             ('00000000-0000-4000-8000-00000000000b', 'support', 'B', '00000000-0000-4000-8000-000000000001', 'USD', 10, 10, now(), 'x', 'default', '[]', 'paused', 'invoice-b', NULL, '2030-01-01T00:00:00Z', now()),
             ('00000000-0000-4000-8000-00000000000c', 'attention', 'C', '00000000-0000-4000-8000-000000000001', 'USD', 10, 10, now(), 'x', 'default', '[]', 'paused', 'invoice-c', 'no usable channel', NULL, now()),
             ('00000000-0000-4000-8000-00000000000d', 'open', 'D', '00000000-0000-4000-8000-000000000001', 'USD', 10, 10, now(), 'x', 'default', '[]', 'open', 'invoice-d', NULL, NULL, now());
      INSERT INTO "InvoiceEvent" ("invoiceId", kind, actor, detail, at) VALUES
        ('00000000-0000-4000-8000-00000000000a', 'customer_replied', 'customer', '{"channel":"sms"}', '2026-11-01T10:00:00Z'),
        ('00000000-0000-4000-8000-00000000000b', 'follow_up_paused', 'agent@example.com', '{"reason":"calling them"}', '2026-11-02T10:00:00Z'),
        ('00000000-0000-4000-8000-00000000000b', 'customer_replied', 'customer', '{"channel":"email"}', '2026-10-01T10:00:00Z'),
        ('00000000-0000-4000-8000-00000000000d', 'follow_up_paused', 'agent@example.com', '{}', '2026-11-02T10:00:00Z');`);
    await migrate(db);
    const rows = await db.prisma.invoice.findMany({ orderBy: { number: 'asc' }, select: { number: true, pauseKind: true, pausedBy: true, pauseReason: true, pausedAt: true, pausedUntil: true } });
    assert.deepEqual(rows, [
      { number: 'A', pauseKind: 'reply', pausedBy: 'customer', pauseReason: 'customer replied by sms', pausedAt: new Date('2026-11-01T10:00:00Z'), pausedUntil: null },
      { number: 'B', pauseKind: 'support', pausedBy: 'agent@example.com', pauseReason: 'calling them', pausedAt: new Date('2026-11-02T10:00:00Z'), pausedUntil: new Date('2030-01-01T00:00:00Z') },
      { number: 'C', pauseKind: 'attention', pausedBy: 'remit', pauseReason: 'no usable channel', pausedAt: rows[2]!.pausedAt, pausedUntil: null },
      { number: 'D', pauseKind: null, pausedBy: null, pauseReason: null, pausedAt: null, pausedUntil: null },
    ]);
    assert.ok(rows[2]!.pausedAt instanceof Date);
  } finally {
    rmSync(older, { recursive: true, force: true });
    await db.close();
    await scratch.drop();
  }
});

test('replies recorded per invoice become one inbound message per reply in the customer\'s conversation', async () => {
  const scratch = await scratchDatabase(testServerUrl(), 'remit_migrations');
  const db = await openDatabase({ url: scratch.url });
  const older = migrationsBefore('20261205090000_conversations');
  try {
    await migrate(db, older);
    await db.execScript(`
      INSERT INTO "Customer" (id, "externalId", "createdAt", "updatedAt") VALUES
        ('00000000-0000-4000-8000-000000000001', 'cus-1', now(), now()), ('00000000-0000-4000-8000-000000000002', 'cus-2', now(), now()),
        ('00000000-0000-4000-8000-000000000003', 'cus-3', now(), now());
      INSERT INTO "Invoice" (id, "externalId", number, "customerId", currency, "amountOriginal", "amountDue", "dueAt", "dueDateInput", "sequenceName", steps, status, "workflowId", "updatedAt")
      VALUES ('00000000-0000-4000-8000-00000000000a', 'a', 'A', '00000000-0000-4000-8000-000000000001', 'USD', 10, 10, now(), 'x', 'default', '[]', 'paused', 'invoice-a', now()),
             ('00000000-0000-4000-8000-00000000000b', 'b', 'B', '00000000-0000-4000-8000-000000000001', 'USD', 10, 10, now(), 'x', 'default', '[]', 'paused', 'invoice-b', now()),
             ('00000000-0000-4000-8000-00000000000c', 'c', 'C', '00000000-0000-4000-8000-000000000002', 'USD', 10, 10, now(), 'x', 'default', '[]', 'open', 'invoice-c', now()),
             ('00000000-0000-4000-8000-00000000000d', 'd', 'D', '00000000-0000-4000-8000-000000000003', 'USD', 10, 10, now(), 'x', 'default', '[]', 'open', 'invoice-d', now());
      INSERT INTO "Reply" (id, "invoiceId", channel, "from", body, "providerMessageId", "receivedAt") VALUES
        ('00000000-0000-4000-8000-0000000000f1', '00000000-0000-4000-8000-00000000000a', 'sms', '+14155550100', 'will pay friday', 'SM1', '2026-11-01T10:00:00Z'),
        ('00000000-0000-4000-8000-0000000000f2', '00000000-0000-4000-8000-00000000000b', 'sms', '+14155550100', 'will pay friday', 'SM1', '2026-11-01T10:00:00Z'),
        ('00000000-0000-4000-8000-0000000000f3', '00000000-0000-4000-8000-00000000000a', 'email', NULL, 'thanks', NULL, '2026-11-03T10:00:00Z');
      INSERT INTO "Message" (id, "idempotencyKey", "invoiceId", "stepIndex", channel, template, body, status, "sentAt") VALUES
        ('00000000-0000-4000-8000-0000000000e1', 'k1', '00000000-0000-4000-8000-00000000000c', 0, 'email', 'follow_up', 'Hi', 'sent', '2026-11-05T10:00:00Z'),
        ('00000000-0000-4000-8000-0000000000e2', 'k2', '00000000-0000-4000-8000-00000000000d', 0, 'email', 'follow_up', 'Hi', 'pending', NULL);`);
    await migrate(db);
    const conversations = await db.prisma.conversation.findMany({ orderBy: { lastActivityAt: 'asc' }, include: { inbound: { orderBy: { receivedAt: 'asc' } }, customer: true } });
    assert.deepEqual(conversations.map((c) => [c.customer.externalId, c.lastActivityAt.toISOString(), c.lastInboundAt?.toISOString() ?? null]), [
      ['cus-1', '2026-11-03T10:00:00.000Z', '2026-11-03T10:00:00.000Z'],
      ['cus-2', '2026-11-05T10:00:00.000Z', null],
    ], 'a customer with only unsent messages has no conversation yet');
    const inbound = conversations[0]!.inbound;
    assert.deepEqual(inbound.map((m) => [m.channel, m.text, m.providerMessageId, [...m.invoiceIds].sort()]), [
      ['sms', 'will pay friday', 'SM1', ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b']],
      ['email', 'thanks', null, ['00000000-0000-4000-8000-00000000000a']],
    ]);
    assert.deepEqual((inbound[0]!.reading as { intents: unknown[] }).intents, []);
  } finally {
    rmSync(older, { recursive: true, force: true });
    await db.close();
    await scratch.drop();
  }
});
