// What customers' answers do over days, in seconds: the real services, activities, database and
// workflows on Temporal's time-skipping test server. Activities see the server's (skipped) time,
// so a promise's deadline, a return date or an SLA passes as it would in production.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { createActivities } from '../../activities/index';
import { loadConfig } from '../../src/config';
import { durationMs } from '../../src/domain/duration';
import { defaultReplyReader } from '../../src/domain/intent/readReply';
import { localDay } from '../../src/domain/zonedTime';
import { createLogger } from '../../src/logger';
import { complianceSettings } from '../../src/services/compliance';
import { FollowUpDispatcher } from '../../src/services/dispatcher';
import { FollowUpService } from '../../src/services/followUps';
import { openTask, taskSettings } from '../../src/services/tasks';
import { TaskTimers } from '../../src/services/taskTimers';
import { TemporalCalls } from '../../src/temporal/calls';
import { createFollowUpWorker } from '../../src/temporal/worker';
import { followUpWorkflowId, taskTimerWorkflowId } from '../../workflows/definitions';
import { recordingChannels } from '../support/channels';
import { testDatabase } from '../support/db';
import { waitFor } from '../support/remit';
import { RULES_OFF } from '../support/rules';
import { workflowBundle } from '../support/temporal';
import { DAY_MS, sleepUntil, useTimeSkipping } from '../support/timeSkipping';

const env = useTimeSkipping();
let db: Awaited<ReturnType<typeof testDatabase>>;
before(async () => {
  db = await testDatabase();
});
after(() => db?.close());

const HOUR_MS = 3_600_000;
const FAST = { timeout: 60_000 };
const config = loadConfig({ REMIT_API_KEY: 'k'.repeat(32), ...RULES_OFF, REMIT_TASK_LEAD: 'lead@example.com', REMIT_TASK_SLA: 'question=PT4H' });
const tasks = taskSettings(config);
const logger = createLogger('error');
let runs = 0;

interface Stack {
  service: FollowUpService;
  timers: TaskTimers;
  channels: ReturnType<typeof recordingChannels>;
  now(): Promise<number>;
  /** Starts a worker on the stack's task queue for the body; stopping it is a worker restart. */
  worker<T>(body: () => Promise<T>): Promise<T>;
}

/** The services and a worker on a fresh task queue, against the scratch database and the time-skipping server. */
async function withStack(body: (s: Stack) => Promise<void>) {
  const taskQueue = `people-${process.pid}-${++runs}`;
  const client = new Client({ connection: env().connection, namespace: 'default' });
  const calls = new TemporalCalls();
  const channels = recordingChannels();
  let clock = await env().currentTimeMs();
  const activities = createActivities({
    db: db.prisma, channels: channels.adapters, defaultTimezone: 'UTC', defaultLocale: 'en-US',
    compliance: complianceSettings(config, 'whsec_test_0123456789'), tasks, now: () => new Date(clock),
  });
  // Each activity reads the server's clock first: its `now` is the skipped time.
  const timed = Object.fromEntries(Object.entries(activities).map(([name, fn]) => [name, async (...args: unknown[]) => {
    clock = await env().currentTimeMs();
    return (fn as (...a: unknown[]) => unknown)(...args);
  }]));
  const dispatcher = new FollowUpDispatcher(db.prisma, client, calls, taskQueue, logger);
  const timers = new TaskTimers(db.prisma, client, calls, taskQueue, logger);
  const service = new FollowUpService({
    db: db.prisma, client, calls, dispatcher, defaultTimezone: 'UTC', maxMessages: config.REMIT_MAX_MESSAGES_PER_INVOICE,
    behaviour: { unopenedPivotAfterMs: durationMs(config.REMIT_UNOPENED_PIVOT_AFTER), openedUnpaidAfterMs: durationMs(config.REMIT_OPENED_UNPAID_AFTER), mergeWindowMs: durationMs(config.REMIT_BEHAVIOUR_MERGE_WINDOW) },
    dueDateLimits: { maxPastMs: 730 * DAY_MS, maxFutureMs: 730 * DAY_MS },
    reader: defaultReplyReader, promiseGraceDays: 1,
    answers: { compliance: complianceSettings(config, 'whsec_test_0123456789'), maxSmsSegments: 3 },
    tasks, kickTimers: timers.kick,
  });
  const bundle = await workflowBundle();
  const worker = async <T>(inner: () => Promise<T>) => {
    const w = await createFollowUpWorker({
      connection: env().nativeConnection, namespace: 'default', taskQueue, activities: timed, workflowBundle: bundle,
      // No cache, so no sticky queue: a stopped worker's would hold the server's clock (its timeout runs in skipped time).
      limits: { maxCachedWorkflows: 0, maxConcurrentActivityTaskExecutions: 20, maxConcurrentWorkflowTaskExecutions: 20, stickyQueueScheduleToStartTimeoutMs: 10_000 },
    });
    return w.runUntil(inner());
  };
  try {
    await body({ service, timers, channels, now: () => env().currentTimeMs(), worker });
  } finally {
    await timers.stop();
    await dispatcher.stop();
    // Their timers must not fire into the next test.
    const open = await db.prisma.invoice.findMany({ select: { id: true } });
    const taskRows = await db.prisma.task.findMany({ select: { id: true } });
    for (const id of [...open.map((i) => followUpWorkflowId(i.id)), ...taskRows.map((t) => taskTimerWorkflowId(t.id))]) {
      await client.workflow.getHandle(id).terminate('test over').catch((err) => { if (!(err instanceof WorkflowNotFoundError) && !/already completed|not found/i.test(String(err))) throw err; });
    }
  }
}

let n = 0;
/** An email-only invoice of the default sequence (steps at -1d, 0, +3d, +7d, +14d around its due time). */
async function invoice(s: Stack, o: { customer?: string; amountDue?: string; dueAt: number }) {
  const id = `${process.pid}-${++n}`;
  const customer = o.customer ?? `cus-${id}`;
  const { invoice: inv } = await s.service.intake.create({
    externalId: `inv-${id}`, number: `INV-${id}`, amountDue: o.amountDue ?? '1250.00', currency: 'USD', dueDate: new Date(o.dueAt).toISOString(),
    customer: { externalId: customer, name: 'Grace', email: `${customer}@example.com`, timezone: 'UTC' },
  } as never);
  return inv;
}
const sentTo = (s: Stack, number: string) => s.channels.sent.filter((m) => m.body.includes(number));
const row = (id: string) => db.prisma.invoice.findUniqueOrThrow({ where: { id } });
/** Lets the worker finish what the last skip made due (real time; the server clock stands still). */
const settle = (what: string, ok: () => Promise<boolean>) => waitFor(what, async () => (await ok()) || undefined, 20_000);

describe('customers answer, over days', () => {
  test('a broken promise: nothing is sent until its deadline, then the next message names it', FAST, () =>
    withStack((s) => s.worker(async () => {
      const start = await s.now();
      const inv = await invoice(s, { dueAt: start + 2 * HOUR_MS });
      await settle('the pre-due reminder', async () => sentTo(s, inv.number).length === 1);
      const day = localDay(new Date(start + 2 * DAY_MS), 'UTC');
      await s.service.promises.make(inv.id, { date: day, source: 'phone', actor: 'clerk@example.com' });
      // The due-date notice falls due during the hold: it is not sent.
      await sleepUntil(env(), start + 3 * DAY_MS - HOUR_MS);
      assert.equal(sentTo(s, inv.number).length, 1, 'held by the promise');
      // End of the promised day plus one grace day: broken, and the latest due step names it. Just
      // past the deadline, not a fixed time after the start: begun after 22:00 UTC, the +3d step
      // falls due within the hour after the deadline and would be a third message.
      const { deadline } = await db.prisma.paymentPromise.findFirstOrThrow({ where: { invoiceId: inv.id } });
      await sleepUntil(env(), deadline.getTime() + 60_000);
      await settle('the broken-promise message', async () => sentTo(s, inv.number).length === 2);
      assert.match(sentTo(s, inv.number)[1]!.subject!, /payment you promised/);
      const promise = await db.prisma.paymentPromise.findFirstOrThrow({ where: { invoiceId: inv.id } });
      assert.equal(promise.status, 'broken');
      assert.ok(promise.noticeSentAt);
    })));

  test('a partial promise kept: the payment releases the hold and the follow-up carries on for the rest', FAST, () =>
    withStack((s) => s.worker(async () => {
      const start = await s.now();
      const inv = await invoice(s, { dueAt: start + 2 * HOUR_MS });
      await settle('the pre-due reminder', async () => sentTo(s, inv.number).length === 1);
      await s.service.promises.make(inv.id, { date: localDay(new Date(start + 5 * DAY_MS), 'UTC'), amount: '500.00', source: 'reply', actor: 'customer' });
      await sleepUntil(env(), start + DAY_MS);
      const paid = await s.service.payments.record(inv.id, { amount: '500.00', reference: 'wire-1' } as never, 'api');
      assert.equal(paid.status, 'open');
      assert.equal((await db.prisma.paymentPromise.findFirstOrThrow({ where: { invoiceId: inv.id } })).status, 'kept');
      // Released: the latest due step (the due-date notice) goes now, for 750.00.
      await sleepUntil(env(), start + DAY_MS + 10_000);
      await settle('the next message', async () => sentTo(s, inv.number).length === 2);
      assert.match(sentTo(s, inv.number)[1]!.body, /750\.00/);
    })));

  test('a dispute holds only the disputed invoice; the customer\'s other invoice carries on', FAST, () =>
    withStack((s) => s.worker(async () => {
      const start = await s.now();
      const customer = `cus-d-${++n}`;
      const a = await invoice(s, { customer, dueAt: start + 2 * HOUR_MS });
      const b = await invoice(s, { customer, dueAt: start + 2 * HOUR_MS });
      await settle('both pre-due reminders', async () => sentTo(s, a.number).length === 1 && sentTo(s, b.number).length === 1);
      await s.service.disputes.open(a.id, { reason: 'wrong_amount', source: 'api', actor: 'clerk@example.com' });
      await sleepUntil(env(), start + 5 * DAY_MS);
      await settle('the other invoice\'s steps', async () => sentTo(s, b.number).length === 3);
      assert.equal(sentTo(s, a.number).length, 1, 'nothing more about the disputed invoice');
      assert.deepEqual([(await row(a.id)).pauseKind, (await row(a.id)).disputed], ['dispute', true]);
    })));

  test('an out-of-office reply pauses nothing now and holds the next message until its return day', FAST, () =>
    withStack((s) => s.worker(async () => {
      const start = await s.now();
      const inv = await invoice(s, { dueAt: start + 2 * HOUR_MS });
      await settle('the pre-due reminder', async () => sentTo(s, inv.number).length === 1);
      const back = new Date(start + 6 * DAY_MS);
      const backText = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(back);
      const r = await s.service.conversations.receiveForInvoice(inv.id, {
        channel: 'email', text: `Thank you for your email. I am out of the office until ${backText} with limited access to email.`,
        headers: { 'Auto-Submitted': 'auto-replied' }, receivedAt: new Date(start),
      });
      assert.equal(r.message.autoReply, true);
      await sleepUntil(env(), start + 5 * DAY_MS);
      assert.equal(sentTo(s, inv.number).length, 1, 'the due-date notice and the follow-up wait for the return day');
      await sleepUntil(env(), start + 7 * DAY_MS);
      await settle('the message after the return day', async () => sentTo(s, inv.number).length === 2);
      const [, second] = sentTo(s, inv.number);
      assert.ok(second!.at > 0);
      assert.equal((await row(inv.id)).status, 'open');
    })));

  test('a high-value invoice unanswered after 3 touchpoints gets a personal outreach task; the last step hands over', FAST, () =>
    withStack((s) => s.worker(async () => {
      const start = await s.now();
      const inv = await invoice(s, { amountDue: '9000.00', dueAt: start + DAY_MS + HOUR_MS });
      await sleepUntil(env(), start + 2 * DAY_MS);
      await settle('two touchpoints', async () => sentTo(s, inv.number).length === 2);
      assert.equal(await db.prisma.task.count({ where: { invoiceIds: { has: inv.id } } }), 0, 'not after two');
      await sleepUntil(env(), start + 5 * DAY_MS);
      await settle('the outreach task', async () => (await db.prisma.task.count({ where: { invoiceIds: { has: inv.id }, type: 'personal_outreach' } })) === 1);
      assert.ok((await row(inv.id)).escalatedAt, 'the invoice is flagged');
      await sleepUntil(env(), start + 16 * DAY_MS);
      await settle('the handover task', async () => (await db.prisma.task.count({ where: { invoiceIds: { has: inv.id }, type: 'handover' } })) === 1);
      assert.equal(await db.prisma.task.count({ where: { invoiceIds: { has: inv.id }, type: 'personal_outreach' } }), 1, 'once');
    })));

  test('an SLA timer survives a restart of the worker: the new worker escalates the task when the SLA passes', FAST, () =>
    withStack(async (s) => {
      const start = await s.now();
      const customer = await db.prisma.customer.create({ data: { externalId: `cus-sla-${++n}`, name: 'Ada', email: 'ada@example.com' } });
      // Not followed up here: only the task's timer runs.
      const inv = await db.prisma.invoice.create({
        data: { externalId: `inv-sla-${n}`, number: `INV-SLA-${n}`, customerId: customer.id, currency: 'USD', amountOriginal: '100', amountDue: '100',
          dueAt: new Date(start - 2 * DAY_MS), dueDateInput: 'x', sequenceName: 'default', steps: [], workflowId: `none-${n}` },
      });
      // Earlier tests' tasks are theirs: only this one's timer runs here.
      await db.prisma.$executeRaw`UPDATE "Task" SET "timerSynced" = "timerVersion"`;
      const task = await db.prisma.$transaction((tx) => openTask(tx, tasks, { type: 'question', customerId: customer.id, invoiceIds: [inv.id], reason: 'can you send a copy?', actor: 'customer' }, new Date(start)));
      assert.equal(task.priority.toFixed(2), '200.00', '100 due × 2 days overdue');
      const timer = env().client.workflow.getHandle(taskTimerWorkflowId(task.id));
      await s.worker(async () => {
        assert.equal(await s.timers.deliverPending(), 1, 'its timer started');
        // Its first review is done: it sleeps until the SLA.
        await settle('the timer asleep', async () => ((await timer.fetchHistory()).events ?? []).some((e) => e.timerStartedEventAttributes));
      });
      // A new worker, with nothing in memory of the first: the SLA (4 h) passes.
      await s.worker(async () => {
        await sleepUntil(env(), start + 5 * HOUR_MS);
        const escalated = await settle('the escalation', async () => (await db.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).escalatedAt !== null);
        assert.ok(escalated);
        const t = await db.prisma.task.findUniqueOrThrow({ where: { id: task.id } });
        assert.deepEqual([t.assignee, t.priority.toFixed(2), t.status], ['lead@example.com', '400.00', 'open']);
        const events = await db.prisma.taskEvent.findMany({ where: { taskId: task.id }, orderBy: { id: 'asc' } });
        assert.deepEqual(events.map((e) => e.kind), ['opened', 'escalated']);
      });
    }));
});
