// PGlite's connection figures (what the bench reports): a transaction holds the one
// connection from begin to commit, and the thread's busy time grows with real work only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { migrate, openDatabase } from '../../src/db';

test('PGlite counts the time a transaction held its connection, and the time its thread ran', async () => {
  const db = await openDatabase({});
  try {
    await migrate(db);
    const before = db.connectionStats!();
    await db.prisma.$transaction(async (tx) => {
      await tx.customer.create({ data: { externalId: 'held' } });
      await new Promise((r) => setTimeout(r, 300));
    });
    const idle = db.connectionStats!();
    assert.equal(idle.transactions - before.transactions, 1);
    assert.ok(idle.heldMs - before.heldMs >= 290, `held ${idle.heldMs - before.heldMs} ms for a 300 ms transaction`);
    // Sleeping inside the transaction is not the thread's work.
    assert.ok(idle.busyMs - before.busyMs < 200, `busy ${idle.busyMs - before.busyMs} ms while the transaction slept`);
    for (let i = 0; i < 200; i++) await db.prisma.customer.count();
    const after = db.connectionStats!();
    assert.ok(after.busyMs > idle.busyMs, 'statements outside a transaction make the thread busy');
    assert.equal(after.transactions, idle.transactions, 'statements outside a transaction hold nothing');
  } finally {
    await db.close();
  }
});

test('server PostgreSQL has no such figures (its pool has many connections)', async () => {
  const db = await openDatabase({ url: 'postgresql://remit@127.0.0.1:9/remit' });
  assert.equal(db.connectionStats, undefined);
  await db.close();
});
