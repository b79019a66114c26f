// Eager workflow start: when the API and a follow-up worker share a process, a new invoice's
// first workflow task comes back with the start and runs on that worker, without a trip
// through the task queue. The server writes an eager start's first task as started in the
// same batch as the start itself, so the task's scheduled and started events take
// consecutive task ids; a queued first task is started by a later transaction, after the
// start's own transfer and visibility tasks have taken ids.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Client } from '@temporalio/client';
import { invoicePayload, startTestRemit, waitFor, type TestRemit } from '../support/remit';

let all: TestRemit;
let api: TestRemit;
let worker: TestRemit;
before(async () => {
  all = await startTestRemit();
  // Separate API and worker processes (here: instances) share a database and a task queue.
  api = await startTestRemit({ mode: 'api' });
  worker = await startTestRemit({ mode: 'worker', database: api.database, taskQueue: api.taskQueue });
});
after(async () => {
  await all?.stop();
  await worker?.stop();
  await api?.stop();
});

/** Whether the first workflow task was started in the start's own batch of events. */
async function firstTaskStartedWithStart(client: Client, workflowId: string): Promise<boolean> {
  const handle = client.workflow.getHandle(workflowId);
  const events = await waitFor('first workflow task completed', async () => {
    const h = await handle.fetchHistory();
    const evs = h.events ?? [];
    return evs.some((e) => e.workflowTaskCompletedEventAttributes) && evs;
  });
  const scheduled = events.find((e) => e.workflowTaskScheduledEventAttributes)!;
  const started = events.find((e) => e.workflowTaskStartedEventAttributes)!;
  return BigInt(String(started.taskId)) === BigInt(String(scheduled.taskId)) + 1n;
}

/** Creates an invoice through `t`'s API; answers whether its follow-up started eagerly. */
async function newFollowUpStartedEagerly(t: TestRemit): Promise<boolean> {
  const r = await t.api.post('/v1/invoices', invoicePayload({}, 60 * 86_400_000));
  assert.equal(r.status, 201, JSON.stringify(r.body));
  assert.equal(r.body.delivery, 'delivered');
  const eager = await firstTaskStartedWithStart(t.remit.client, r.body.workflowId);
  const state = await t.remit.client.workflow.getHandle(r.body.workflowId).query('followUpState');
  assert.equal((state as { status: string }).status, 'scheduled', 'the follow-up ran its first task and sleeps');
  return eager;
}

test('an invoice created where a worker runs starts its follow-up eagerly', async () => {
  assert.equal(await newFollowUpStartedEagerly(all), true);
});

test('an API process without a worker starts follow-ups through the task queue, and the worker takes them', async () => {
  assert.equal(await newFollowUpStartedEagerly(api), false);
});
