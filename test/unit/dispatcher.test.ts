// The dispatcher's bookkeeping, with a database that fails: its caller sees the error, and
// nothing else does (an unhandled rejection fails a whole test file, or crashes a process).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Client } from '@temporalio/client';
import type { Db } from '../../src/db';
import { createLogger } from '../../src/logger';
import { FollowUpDispatcher } from '../../src/services/dispatcher';

test('a database error while reading pending commands reaches the caller only, and the invoice is free for the next pass', async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (err: unknown) => unhandled.push(err);
  process.on('unhandledRejection', onUnhandled);
  try {
    let reads = 0;
    const db = {
      $queryRaw: async () => {
        reads++;
        throw new Error('terminating connection due to administrator command');
      },
    } as unknown as Db;
    const dispatcher = new FollowUpDispatcher(db, {} as Client, 'q', createLogger('error'));
    await assert.rejects(dispatcher.deliverInvoice('inv-1'), /administrator command/);
    await assert.rejects(dispatcher.deliverInvoice('inv-1'), /administrator command/);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(reads, 2, 'each pass read again');
    assert.deepEqual(unhandled, []);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});
