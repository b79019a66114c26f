// A PostgreSQL restart under a load of transactions must not cost the pool its connections:
// Prisma's adapter never hands back a connection that died under a transaction, so without
// src/db.ts handing it back, 3 of 5 stayed checked out for good (the next close waited its 5 s
// bound for them, and a long-running Remit would run out).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { migrate, openDatabase, type Database } from '../../src/db';
import { startPgServer, type PgServer } from '../support/pgServer';

let server: PgServer | undefined;
let db: Database | undefined;
after(async () => {
  await db?.close();
  await server?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('after a restart under load, every connection is back: all 5 serve at once, and close() is immediate', async () => {
  server = await startPgServer();
  db = await openDatabase({ url: server.url, poolSize: 5 });
  await migrate(db);
  let stop = false;
  const load = Array.from({ length: 6 }, async () => {
    while (!stop) {
      await db!.prisma
        .$transaction(async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          await sleep(20);
          await tx.customer.count();
        })
        .catch(() => undefined);
      await sleep(10);
    }
  });
  await sleep(1_000);
  await server.stop();
  await sleep(1_500);
  await server.start();
  await sleep(2_500);
  stop = true;
  await Promise.all(load);

  // Five transactions that each hold their connection 300 ms: together only if all five are free.
  const t0 = Date.now();
  await Promise.all(Array.from({ length: 5 }, () => db!.prisma.$transaction(async (tx) => tx.$queryRaw`SELECT pg_sleep(0.3)::text`, { maxWait: 5_000 })));
  const together = Date.now() - t0;
  assert.ok(together < 1_200, `5 transactions of 300 ms took ${together} ms: connections are missing from the pool`);

  const t1 = Date.now();
  await db.close();
  db = undefined;
  assert.ok(Date.now() - t1 < 2_000, `close took ${Date.now() - t1} ms: a connection was still checked out`);
});
