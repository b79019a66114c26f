// The dispatcher's bookkeeping, with a database that fails: its caller sees the error, and
// nothing else does (an unhandled rejection fails a whole test file, or crashes a process).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client, Connection } from '@temporalio/client';
import type { Db } from '../../src/db';
import { createLogger } from '../../src/logger';
import { FollowUpDispatcher } from '../../src/services/dispatcher';
import { TemporalCalls } from '../../src/temporal/calls';
import type { FollowUpInput } from '../../workflows/definitions';
import { heldPort } from '../support/net';

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
    const dispatcher = new FollowUpDispatcher(db, {} as Client, new TemporalCalls(), 'q', createLogger('error'));
    await assert.rejects(dispatcher.deliverInvoice('inv-1'), /administrator command/);
    await assert.rejects(dispatcher.deliverInvoice('inv-1'), /administrator command/);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(reads, 2, 'each pass read again');
    assert.deepEqual(unhandled, []);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});

test('a delivery gives up on an unreachable Temporal at 5 s; once its call has settled, closing the connection throws nothing later', async () => {
  const uncaught: unknown[] = [];
  const onUncaught = (err: unknown) => uncaught.push(err);
  process.on('uncaughtException', onUncaught);
  const port = await heldPort();
  const connection = Connection.lazy({ address: `127.0.0.1:${port.port}` });
  let closed = false;
  try {
    const failures: string[] = [];
    const db = { workflowCommand: { update: async (args: { data: { lastError: string } }) => failures.push(args.data.lastError) } } as unknown as Db;
    const calls = new TemporalCalls();
    const dispatcher = new FollowUpDispatcher(db, new Client({ connection }), calls, 'q', createLogger('error'));
    const input = { invoiceId: 'inv-1', customerId: 'c-1', amountDueMinor: '100', dueAt: new Date().toISOString() } as unknown as FollowUpInput;
    const started = Date.now();
    assert.equal(await dispatcher.deliverInvoice('inv-1', [{ id: 1n, payload: { kind: 'start', input } }]), false);
    assert.ok(Date.now() - started < 7_000, 'the delivery gave up at its 5 s deadline, not after the ~10 s of retries');
    assert.match(failures[0] ?? '', /did not answer within 5000 ms|deadline/i);
    // The client's gRPC retry is now between attempts, on a timer.
    await dispatcher.stop();
    await calls.settled();
    await connection.close();
    closed = true;
    await new Promise((r) => setTimeout(r, 7_000)); // past the longest retry back-off
    assert.deepEqual(uncaught, []);
  } finally {
    process.off('uncaughtException', onUncaught);
    if (!closed) await connection.close();
    await port.release();
  }
});
