// The real invoiceFollowUp workflow on Temporal's time-skipping test server, with in-memory
// activities: days of a follow-up run in seconds, and every send is recorded with the
// server's (skipped) time. One server per test file; one task queue (and its workers) per run.
import { execFileSync } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { after, before } from 'node:test';
import { Client, WorkflowNotFoundError, type WorkflowHandle } from '@temporalio/client';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import proto from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, type WorkflowBundleOption } from '@temporalio/worker';
import type { Activities, FollowUpReport, SendRequest, SendResult } from '../../workflows/definitions';
import { loadConfig } from '../../src/config';
import type { Channel } from '../../src/domain/channel';
import { durationMs } from '../../src/domain/duration';
import { currencyDigits, toMinor } from '../../src/domain/money';
import { refusalsAt, spreadKeyOf, type SimulationWorld } from '../../src/domain/followUpSimulation';
import { addressFor, chooseRoute } from '../../src/domain/routing';
import { judgeSend } from '../../src/domain/sendDecision';
import { scheduleSteps } from '../../src/domain/schedule';
import { DEFAULT_SEQUENCE, type SequenceStep } from '../../src/domain/sequences';
import { createFollowUpWorker, createMessagingWorker } from '../../src/temporal/worker';
import { followUpWorkflowId, messagingTaskQueue, type FollowUpInput, type FollowUpState } from '../../workflows/definitions';
import type { invoiceFollowUp } from '../../workflows/invoiceFollowUp';
import { REMIT_SEARCH_ATTRIBUTES } from '../../workflows/searchAttributes';
import { workflowBundle } from './temporal';

const INSTALLER = new URL('../../scripts/install-test-server.mjs', import.meta.url).pathname;
// Only the SDK's warnings, not every worker state change; the core's only from errors up, as it
// warns on every worker start that this server lacks a capability of a real one.
try {
  Runtime.install({ logger: new DefaultLogger('WARN'), telemetryOptions: { logging: { filter: { core: 'ERROR', other: 'WARN' }, forward: {} } } });
} catch {
  /* already installed in this process */
}

/** The app's own defaults (no environment): behaviour windows, message cap, worker limits. */
const defaults = loadConfig({});

/** The test server's launcher: the one `npm test` installed, or installed now (it says what is missing if it cannot). */
export function testServerExecutable(): string {
  return process.env.REMIT_TEST_TIME_SKIPPING_SERVER || execFileSync(process.execPath, [INSTALLER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

export async function startTimeSkipping(): Promise<TestWorkflowEnvironment> {
  const env = await startedWithRetries(testServerExecutable());
  // The workflow upserts Remit's search attributes; this server rejects unregistered ones.
  await env.connection.operatorService.addSearchAttributes({
    namespace: 'default',
    searchAttributes: Object.fromEntries(REMIT_SEARCH_ATTRIBUTES.map((k) => [k.name, encodeSearchAttributeIndexedValueType(k.type)!])),
  });
  return env;
}

/**
 * The SDK gives the server's JVM 5 s to listen; with several test files starting theirs at once
 * on two busy cores, one can miss that. It is started again, not failed.
 */
async function startedWithRetries(path: string, attempts = 3): Promise<TestWorkflowEnvironment> {
  for (let i = 1; ; i++) {
    try {
      return await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
    } catch (err) {
      if (i >= attempts || !/did not start within/.test(String(err))) throw err;
      await delay(1000 * i);
    }
  }
}

/** One time-skipping server for the calling test file: started before its first test, stopped after its last. */
export function useTimeSkipping(): () => TestWorkflowEnvironment {
  let env: TestWorkflowEnvironment | undefined;
  before(async () => {
    env = await startTimeSkipping();
  });
  after(() => env?.teardown());
  return () => {
    if (!env) throw new Error('the time-skipping server is not started yet');
    return env;
  };
}

/** Waits, in skipped time, until `at` (epoch ms): timers and activities due meanwhile all run. */
export async function sleepUntil(env: TestWorkflowEnvironment, at: number): Promise<void> {
  await env.sleep(Math.max(1, at - (await env.currentTimeMs())));
}

const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

let invoices = 0;
/** A FollowUpInput as FollowUpService.createInvoice builds it: the sequence scheduled from the due date, the app's default settings. */
export function followUpInput(o: { dueAt: number; amountDue?: string; currency?: string; timeZone?: string; steps?: readonly SequenceStep[] }): FollowUpInput {
  const currency = o.currency ?? 'USD';
  const digits = currencyDigits(currency);
  return {
    invoiceId: `inv-${process.pid}-${++invoices}`,
    customerId: 'cust-1',
    currency,
    currencyDigits: digits,
    amountDueMinor: toMinor(o.amountDue ?? '1250.00', digits)!.toString(),
    dueAt: o.dueAt,
    steps: scheduleSteps(o.steps ?? DEFAULT_SEQUENCE, o.dueAt, o.timeZone ?? defaults.REMIT_DEFAULT_TIMEZONE),
    maxMessages: defaults.REMIT_MAX_MESSAGES_PER_INVOICE,
    behaviour: {
      sequenceDefaultChannel: 'email', // the built-in sequence's
      unopenedPivotAfterMs: durationMs(defaults.REMIT_UNOPENED_PIVOT_AFTER),
      openedUnpaidAfterMs: durationMs(defaults.REMIT_OPENED_UNPAID_AFTER),
      mergeWindowMs: durationMs(defaults.REMIT_BEHAVIOUR_MERGE_WINDOW),
    },
  };
}

/** What the stub system of record holds for the invoice; a test may change it between steps. */
export interface StubInvoice {
  status: 'open' | 'paused' | 'paid' | 'void';
  amountDue: string;
  currency: string;
  contact: { email?: string; phone?: string };
  /** Channels opted out or unusable, with why. */
  unusable: Partial<Record<Channel, string>>;
}

export interface RecordedSend {
  /** Skipped server time of the call. */
  at: number;
  req: SendRequest;
  result: SendResult;
}

export interface StubActivities {
  activities: Activities;
  invoice: StubInvoice;
  /** Every sendMessage call with its answer, sent or not. */
  sends: RecordedSend[];
  /** The sends that went out. */
  sent(): RecordedSend[];
  /** Every write-back syncInvoice was given. */
  reports: { at: number; report: FollowUpReport }[];
  /** Every view of the follow-up it published (what GET /v1/invoices/:id shows). */
  views: { at: number; view: FollowUpState }[];
}

/**
 * The send's answer, scripted by a test (undefined: it is sent). It may also act while the send
 * is under way (a signal that arrives during it).
 */
export type SendScript = (send: { at: number; req: SendRequest; attempt: number }) => SendResult | undefined | Promise<SendResult | undefined>;

/** In-memory activities: syncInvoice routes with the app's own routing, sendMessage records and answers as scripted, publishView records. */
export function stubActivities(env: TestWorkflowEnvironment, o: { invoice?: Partial<StubInvoice>; send?: SendScript } = {}): StubActivities {
  const invoice: StubInvoice = { status: 'open', amountDue: '1250.00', currency: 'USD', contact: { email: 'ap@example.com' }, unusable: {}, ...o.invoice };
  const sends: RecordedSend[] = [];
  const reports: StubActivities['reports'] = [];
  const views: StubActivities['views'] = [];
  const activities: Activities = {
    async syncInvoice({ report, route }) {
      if (report) {
        reports.push({ at: await env.currentTimeMs(), report });
        if (report.invoiceStatus) invoice.status = report.invoiceStatus;
      }
      return {
        status: invoice.status,
        ...(route ? { route: chooseRoute({ ...route, contact: invoice.contact, unusable: invoice.unusable }) } : {}),
      };
    },
    async publishView({ view }) {
      views.push({ at: await env.currentTimeMs(), view });
    },
    async sendMessage(req) {
      const at = await env.currentTimeMs();
      const attempt = sends.filter((s) => s.req.stepIndex === req.stepIndex && s.req.kind === req.kind).length + 1;
      const result = (await o.send?.({ at, req, attempt })) ?? { status: 'sent', messageId: `msg-${sends.length + 1}`, sentAt: new Date(at).toISOString() };
      sends.push({ at, req, result });
      return result;
    },
  };
  return { activities, invoice, sends, sent: () => sends.filter((s) => s.result.status === 'sent'), reports, views };
}

export type FollowUpHandle = WorkflowHandle<typeof invoiceFollowUp>;

let runs = 0;
/**
 * Runs `fn` while the production worker setup serves a fresh task queue: the follow-up worker
 * (workflow bundle, email sends, local and scheduled syncs) and the messaging worker (SMS and
 * WhatsApp). Follow-ups it started and left running are terminated, so their timers do not
 * fire into the next run.
 */
export async function withFollowUpWorkers<T>(
  env: TestWorkflowEnvironment,
  activities: Activities,
  fn: (start: (input: FollowUpInput) => Promise<FollowUpHandle>) => Promise<T>,
  bundle?: WorkflowBundleOption,
): Promise<T> {
  const earlier = stuck.get(env);
  if (earlier) throw new Error(`the test server's clock is stuck since an earlier run: ${earlier.message}`);
  const taskQueue = `follow-up-${process.pid}-${++runs}`;
  const connection = env.nativeConnection;
  const worker = await createFollowUpWorker({
    connection,
    namespace: 'default',
    taskQueue,
    activities,
    workflowBundle: bundle ?? (await workflowBundle()),
    limits: {
      maxCachedWorkflows: defaults.REMIT_WORKER_MAX_CACHED_WORKFLOWS,
      maxConcurrentActivityTaskExecutions: defaults.REMIT_WORKER_MAX_CONCURRENT_ACTIVITIES,
      maxConcurrentWorkflowTaskExecutions: defaults.REMIT_WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
      stickyQueueScheduleToStartTimeoutMs: defaults.REMIT_WORKER_STICKY_TIMEOUT_MS,
    },
  });
  const messaging = await createMessagingWorker({ connection, namespace: 'default', taskQueue: messagingTaskQueue(taskQueue), activities, ratePerSecond: defaults.REMIT_SMS_RATE_PER_SECOND });
  // Not env.client: its result() lets the server skip time, and once the follow-up has closed
  // it skips to the next timer anywhere (years ahead). Time moves only when a test sleeps.
  const client = new Client({ connection: env.connection, namespace: 'default' });
  const started: FollowUpHandle[] = [];
  const start = async (input: FollowUpInput) => {
    const handle = await client.workflow.start<typeof invoiceFollowUp>('invoiceFollowUp', { workflowId: followUpWorkflowId(input.invoiceId), taskQueue, args: [input] });
    started.push(handle);
    return handle;
  };
  const run = async () => {
    const watching = new AbortController();
    const body = fn(start);
    try {
      return await Promise.race([body, workflowTaskFailure(started, watching.signal)]);
    } catch (err) {
      if (err instanceof WorkflowTaskFailed) stuck.set(env, err);
      throw err;
    } finally {
      watching.abort();
      for (const h of started) await h.terminate('test run over').catch((err) => { if (!(err instanceof WorkflowNotFoundError)) throw err; });
    }
  };
  return messaging.runUntil(worker.runUntil(run));
}

class WorkflowTaskFailed extends Error {}
const { WorkflowTaskFailedCause } = proto.temporal.api.enums.v1;
/** The workflow code threw, or did not replay its own history; not a server-side retry (a signal during the task). */
const CODE_FAILURES = [WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_WORKFLOW_WORKER_UNHANDLED_FAILURE, WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_NON_DETERMINISTIC_ERROR];
/**
 * Servers whose clock a failed workflow task stopped: terminating its follow-up does not
 * release it, and the test that lost the race is still asleep on it.
 */
const stuck = new WeakMap<TestWorkflowEnvironment, Error>();

/**
 * Rejects as soon as a workflow task of these follow-ups fails. Such a task is retried, not
 * failed, and holds the server's clock still: a test would wait in real time, for ever.
 */
async function workflowTaskFailure(handles: FollowUpHandle[], stop: AbortSignal): Promise<never> {
  while (!stop.aborted) {
    for (const h of handles) {
      const { events } = await h.fetchHistory();
      const failed = events?.map((e) => e.workflowTaskFailedEventAttributes).find((f) => f && CODE_FAILURES.includes(f.cause!));
      if (failed) throw new WorkflowTaskFailed(`a workflow task of ${h.workflowId} failed: ${failed.failure?.message}\n${failed.failure?.stackTrace ?? ''}`);
    }
    await delay(250, undefined, { signal: stop }).catch(() => {});
  }
  return new Promise<never>(() => {});
}

// ---- activities that answer from a simulated world ----------------------------------------

export interface WorldStubs {
  activities: Activities;
  /** Every sendMessage call with its answer, all invoices. */
  sends: RecordedSend[];
  /** The sends of one invoice that went out. */
  sent(invoiceId: string): RecordedSend[];
}

/**
 * In-memory activities over the worlds the decision-path simulation walks (src/domain/
 * followUpSimulation), one per invoice: syncInvoice reads the invoice's status and routes with
 * the refusals at the server's time, sendMessage judges with judgeSend on the same facts, as
 * the real activities do under the lock. The customer's history is the world's plus what
 * went out here.
 */
export function worldActivities(env: TestWorkflowEnvironment, worlds: ReadonlyMap<string, SimulationWorld>): WorldStubs {
  const sends: RecordedSend[] = [];
  const worldOf = (invoiceId: string) => {
    const w = worlds.get(invoiceId);
    if (!w) throw new Error(`no world for invoice ${invoiceId}`);
    return w;
  };
  const statusAt = (w: SimulationWorld, at: number) => (w.closes && w.closes.at <= at ? w.closes.status : 'open');
  const sent = (invoiceId: string) => sends.filter((s) => s.req.invoiceId === invoiceId && s.result.status === 'sent');
  const activities: Activities = {
    async syncInvoice({ invoiceId, route }) {
      const at = await env.currentTimeMs();
      const w = worldOf(invoiceId);
      const respondedOn = route?.requested === 'auto' && w.respondedOn ? { respondedOn: w.respondedOn } : {};
      return {
        status: statusAt(w, at),
        ...(route ? { route: chooseRoute({ ...route, contact: w.contact, unusable: refusalsAt(w.refusals, at), ...respondedOn }) } : {}),
      };
    },
    async publishView() {},
    async sendMessage(req) {
      const at = await env.currentTimeMs();
      const w = worldOf(req.invoiceId);
      const j = judgeSend(
        {
          invoice: { status: statusAt(w, at) },
          to: addressFor(req.channel, w.contact),
          refusal: refusalsAt(w.refusals, at)[req.channel],
          timing: {
            zones: w.zones,
            window: w.window,
            cap: w.cap,
            sentAt: [...(w.history ?? []), ...sent(req.invoiceId).map((s) => s.at)],
            spreadKey: spreadKeyOf(w.invoiceKey, req.stepIndex, req.channel),
            spreadMaxMs: w.spreadMaxMs,
          },
        },
        at,
      );
      const messageId = `msg-${sends.length + 1}`;
      // As the send activity answers each judgement.
      const result: SendResult =
        j.decision === 'send'
          ? { status: 'sent', messageId, sentAt: new Date(at).toISOString() }
          : j.decision === 'defer'
            ? { status: 'deferred', until: new Date(j.at).toISOString(), rules: j.rules, reason: j.reason }
            : j.decision === 'hold'
              ? { status: 'suppressed', reason: j.reason }
              : { status: 'suppressed', messageId, reason: j.reason, ...(j.why ? { why: j.why } : {}) };
      sends.push({ at, req, result });
      return result;
    },
  };
  return { activities, sends, sent };
}
