// The syncInvoice activity against a real database: what the workflow reports is recorded once
// per report, however often the activity runs for it. A local activity runs again after a failed
// workflow task (a signal arrived while it ran) with the same activity id.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { MockActivityEnvironment } from '@temporalio/testing';
import { createActivities } from '../../activities/index';
import { loadConfig } from '../../src/config';
import { complianceSettings } from '../../src/services/compliance';
import { taskSettings } from '../../src/services/tasks';
import { testDatabase } from '../support/db';

let db: Awaited<ReturnType<typeof testDatabase>>;
before(async () => {
  db = await testDatabase();
});
after(() => db.close());

async function anInvoice() {
  const customer = await db.prisma.customer.create({ data: { externalId: `cus-${Math.random()}`, email: 'ada@example.com' } });
  return db.prisma.invoice.create({
    data: {
      externalId: `inv-${Math.random()}`, number: 'INV-1', customerId: customer.id, currency: 'USD', amountOriginal: '10', amountDue: '10',
      dueAt: new Date(), dueDateInput: '2026-12-02', sequenceName: 'default', steps: [], status: 'open', workflowId: `invoice-${customer.id}`,
    },
  });
}

test('a report run twice under one activity id is recorded once; another activity id records it again', async () => {
  const config = loadConfig({ REMIT_API_KEY: 'k'.repeat(32) });
  const activities = createActivities({ db: db.prisma, channels: {} as never, defaultTimezone: 'UTC', defaultLocale: 'en-US', compliance: complianceSettings(config, 'whsec_test_0123456789'), tasks: taskSettings(config) });
  const inv = await anInvoice();
  const run = (activityId: string, report: Parameters<typeof activities.syncInvoice>[0]['report']) =>
    new MockActivityEnvironment({ activityId, isLocal: true, workflowExecution: { workflowId: inv.workflowId, runId: 'run-1' } }).run(activities.syncInvoice, { invoiceId: inv.id, ...(report ? { report } : {}) });

  const finished = { event: 'sequence_finished', detail: { reason: 'sequence_complete' } };
  await run('7', finished);
  await run('7', finished); // the same local activity, after the workflow task that ran it failed
  // A status report (a transaction that changes the row) re-run too.
  const attention = { event: 'follow_up_needs_attention', invoiceStatus: 'paused' as const, attention: 'no usable channel', detail: { reason: 'no usable channel' } };
  await run('8', attention);
  await run('8', attention);
  await run('9', finished); // a later report of the same kind is its own event

  const events = await db.prisma.invoiceEvent.findMany({ where: { invoiceId: inv.id }, orderBy: { id: 'asc' } });
  assert.deepEqual(events.map((e) => [e.kind, e.reportKey]), [
    ['sequence_finished', 'run-1:7'],
    ['follow_up_needs_attention', 'run-1:8'],
    ['sequence_finished', 'run-1:9'],
  ]);
  assert.equal((await db.prisma.invoice.findUniqueOrThrow({ where: { id: inv.id } })).status, 'paused');
});
