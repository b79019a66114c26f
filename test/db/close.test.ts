// Closing the database always ends, even with a connection still busy: a stop (Ctrl-C, the end
// of a test) must not wait on a statement that may never come back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDatabase } from '../../src/db';
import { testDatabase } from '../support/db';

test('close() cuts a connection still in use after its bound instead of waiting for it', async () => {
  const scratch = await testDatabase();
  const db = await openDatabase({ url: scratch.url, poolSize: 2 });
  try {
    const stuck = db.prisma.$transaction(async (tx) => tx.$queryRaw`SELECT pg_sleep(60)::text`, { timeout: 120_000 }).catch((err: Error) => err);
    await new Promise((r) => setTimeout(r, 300));
    const t0 = Date.now();
    await db.close();
    const took = Date.now() - t0;
    assert.ok(took < 8_000, `close took ${took} ms`);
    assert.ok((await stuck) instanceof Error, 'the stuck statement failed when its connection was cut');
  } finally {
    await scratch.close();
  }
});
