// Which database errors the API answers with a 503 the client may retry, checked against the
// errors Prisma really raises: every connection busy, the server unreachable, and (not a 503)
// a unique-key violation.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { databaseTrouble } from '../../src/api/errorHandling';
import { openDatabase, type Database } from '../../src/db';
import { testDatabase } from '../support/db';
import { heldPort } from '../support/net';

let db: Database & { url: string };
/** One connection, so that one open transaction makes the database busy. */
let narrow: Database;

before(async () => {
  db = await testDatabase();
  narrow = await openDatabase({ url: db.url, poolSize: 1 });
});
after(async () => {
  await narrow.close();
  await db.close();
});

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  assert.fail('expected the database call to fail');
}

test('a transaction that finds no free connection in time is a 503 database_busy, and what holds the connection still commits', async () => {
  // A send holds the one connection for 600 ms; the request may wait 200 ms for it.
  const holding = narrow.prisma.$transaction(async (tx) => {
    await tx.customer.create({ data: { externalId: 'held-by-a-send' } });
    await new Promise((r) => setTimeout(r, 600));
  });
  await new Promise((r) => setTimeout(r, 50));
  const err = await rejection(narrow.prisma.$transaction(async (tx) => tx.customer.create({ data: { externalId: 'turned-away' } }), { maxWait: 200 }));
  await holding;
  const e = databaseTrouble(err);
  assert.equal(e?.status, 503, String(err));
  assert.equal(e?.code, 'database_busy');
  assert.deepEqual((await db.prisma.customer.findMany({ select: { externalId: true } })).map((c) => c.externalId), ['held-by-a-send']);
});

test('an unreachable PostgreSQL server is a 503 database_unavailable', async () => {
  const down = await heldPort();
  const unreachable = await openDatabase({ url: `postgresql://remit@127.0.0.1:${down.port}/remit` });
  try {
    // A Prisma query, and a raw statement (the hot paths' kind: Prisma reports it as P2010).
    for (const err of [await rejection(unreachable.prisma.customer.count()), await rejection(unreachable.prisma.$queryRaw`SELECT 1`)]) {
      const e = databaseTrouble(err);
      assert.equal(e?.status, 503, String(err));
      assert.equal(e?.code, 'database_unavailable');
    }
  } finally {
    await unreachable.close();
    await down.release();
  }
});

test('a unique-key violation is not database trouble (the caller maps it, or it is a 500)', async () => {
  await db.prisma.customer.create({ data: { externalId: 'twice' } });
  const err = await rejection(db.prisma.customer.create({ data: { externalId: 'twice' } }));
  assert.equal(databaseTrouble(err), undefined, String(err));
});
