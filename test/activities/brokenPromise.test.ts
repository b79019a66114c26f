// A promise to pay whose deadline passed unpaid, against a real database: when its hold lapses
// (the workflow reports pause_lapsed) the promise is broken, and the next message about the
// invoice names it (broken_promise) once; the message after that is the step's own again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { MockActivityEnvironment } from '@temporalio/testing';
import { createActivities } from '../../activities/index';
import { loadConfig } from '../../src/config';
import { pauseColumns } from '../../src/domain/invoiceState';
import { complianceSettings } from '../../src/services/compliance';
import { taskSettings } from '../../src/services/tasks';
import { recordingChannels } from '../support/channels';
import { testDatabase } from '../support/db';
import { RULES_OFF } from '../support/rules';
import type { SendResult } from '../../workflows/definitions';

let db: Awaited<ReturnType<typeof testDatabase>>;
before(async () => {
  db = await testDatabase();
});
after(() => db.close());

test('a lapsed promise is broken and named by the next message, once', async () => {
  const config = loadConfig({ REMIT_API_KEY: 'k'.repeat(32), ...RULES_OFF });
  const channels = recordingChannels();
  const activities = createActivities({ db: db.prisma, channels: channels.adapters, defaultTimezone: 'UTC', defaultLocale: 'en-US', compliance: complianceSettings(config, 'whsec_test_0123456789'), tasks: taskSettings(config) });
  const customer = await db.prisma.customer.create({ data: { externalId: `cus-${Math.random()}`, name: 'Ada', email: 'ada@example.com', timezone: 'Europe/London' } });
  const deadline = new Date(Date.now() - 60_000);
  const inv = await db.prisma.invoice.create({
    data: {
      externalId: `inv-${Math.random()}`, number: 'INV-7', customerId: customer.id, currency: 'USD', amountOriginal: '100', amountDue: '100',
      dueAt: new Date(Date.now() - 10 * 86_400_000), dueDateInput: '2026-11-20', sequenceName: 'default', steps: [], workflowId: `invoice-${customer.id}`,
      status: 'paused', ...pauseColumns({ kind: 'promise', actor: 'customer', since: new Date().toISOString(), until: deadline.toISOString() }),
    },
  });
  const promise = await db.prisma.paymentPromise.create({
    data: { invoiceId: inv.id, currency: 'USD', promisedDay: '2026-11-30', deadline, paidBefore: '0', source: 'reply', actor: 'customer' },
  });
  const env = (id: string) => new MockActivityEnvironment({ activityId: id, isLocal: true, workflowExecution: { workflowId: inv.workflowId, runId: 'run-1' } });

  await env('1').run(activities.syncInvoice, { invoiceId: inv.id, report: { event: 'pause_lapsed', invoiceStatus: 'open' as const } });
  const broken = await db.prisma.paymentPromise.findUniqueOrThrow({ where: { id: promise.id } });
  assert.equal(broken.status, 'broken');
  assert.ok(broken.resolvedAt);
  const kinds = (await db.prisma.invoiceEvent.findMany({ where: { invoiceId: inv.id }, orderBy: { id: 'asc' } })).map((e) => e.kind);
  assert.deepEqual(kinds, ['pause_lapsed', 'promise_broken']);

  const step = (stepIndex: number) => ({ invoiceId: inv.id, stepIndex, kind: 'step', channel: 'email' as const, template: 'follow_up' });
  const first: SendResult = await new MockActivityEnvironment({ activityId: '2' }).run(activities.sendMessage, step(1));
  assert.equal(first.status, 'sent', JSON.stringify(first));
  assert.equal(channels.sent.length, 1);
  assert.match(channels.sent[0]!.subject!, /payment you promised/);
  assert.match(channels.sent[0]!.body, /you would pay invoice INV-7 by November 30, 2026/);
  const row = await db.prisma.message.findFirstOrThrow({ where: { invoiceId: inv.id, stepIndex: 1 } });
  assert.equal(row.template, 'broken_promise');
  assert.ok((await db.prisma.paymentPromise.findUniqueOrThrow({ where: { id: promise.id } })).noticeSentAt);

  const second: SendResult = await new MockActivityEnvironment({ activityId: '3' }).run(activities.sendMessage, step(2));
  assert.equal(second.status, 'sent', JSON.stringify(second));
  assert.match(channels.sent[1]!.subject!, /overdue/);
  assert.doesNotMatch(channels.sent[1]!.body, /promised/);
});
