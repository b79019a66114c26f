// 4. Idle capacity: M open follow-ups sleeping on timers (every step far in the future),
// served by Remit's worker in its own process. Resident memory (VmRSS) of that worker and of
// the Temporal server process at 0 (the baseline), 1,000, … and M open invoices.
//
// The follow-ups are started the way the dispatcher starts them (same workflow, input,
// search attributes and ID policy) but straight through the Temporal client, on a task
// queue of their own: going through POST /v1/invoices would add nothing to the worker's
// memory and, on PGlite, would take minutes for 10,000 (see the ingest figures).
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/common';
import { DEFAULT_SEQUENCE } from '../../src/domain/sequences';
import { scheduleSteps } from '../../src/services/followUps';
import { followUpState, followUpWorkflowId, type FollowUpInput } from '../../workflows/definitions';
import { AmountDue, CustomerId, DueDate, FollowUpStatus, InvoiceId } from '../../workflows/searchAttributes';
import { backlog } from '../lib/invoices';
import { cpuSeconds, machineBusySeconds, MB, rssBytes } from '../lib/proc';
import { pool, sleep, waitUntil } from '../lib/stats';
import { BENCH_DIR, type Stack } from '../lib/stack';
import type { IdleWorkerStatus } from '../idleWorker';

export interface IdlePoint {
  open: number;
  workerRssMB: number;
  workerHeapUsedMB: number;
  workerExternalMB: number;
  cachedWorkflows: number;
  temporalRssMB: number;
  /** This (API) process, for reference. */
  apiProcessRssMB: number;
  startRate?: number;
  /** False when the worker still had work queued at the time of measuring. */
  settled?: boolean;
  /** CPU seconds spent since the previous point (starting and settling these follow-ups). */
  cpu?: { workerS: number; temporalS: number; thisProcessS: number; machineBusyS: number; wallS: number };
}

export interface IdleResult {
  target: number;
  maxCachedWorkflows: number;
  points: IdlePoint[];
  workerGrowthMB: number;
  workerPer1000MB: number;
  temporalPer1000MB: number;
  workerRatio: number;
  temporalRatio: number;
  activitiesRun: number;
  sampledStates: { checked: number; scheduled: number };
  startRatePerSecond: number;
  fromMB: number;
  toMB: number;
  fromOpen: number;
  toOpen: number;
}

const DAY = 86_400_000;

function ask(child: ChildProcess): Promise<IdleWorkerStatus> {
  return new Promise((resolve) => {
    const on = (m: { type: string; status?: IdleWorkerStatus }) => {
      if (m.type === 'status') {
        child.off('message', on);
        resolve(m.status!);
      }
    };
    child.on('message', on);
    child.send({ type: 'status' });
  });
}


export async function runIdle(stack: Stack, opts: { target: number; concurrency: number; tag: string; log: (s: string) => void }): Promise<IdleResult> {
  const queue = `${stack.taskQueue}-idle`;
  const maxCached = Number(process.env.REMIT_WORKER_MAX_CACHED_WORKFLOWS ?? 100);
  const child = fork(join(BENCH_DIR, 'idleWorker.ts'), [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: {
      ...process.env,
      BENCH_TEMPORAL_ADDRESS: stack.temporalAddress,
      BENCH_TASK_QUEUE: queue,
      BENCH_WORKFLOW_BUNDLE: stack.bundlePath,
      ...(stack.dbUrl ? { DATABASE_URL: stack.dbUrl } : { DATABASE_URL: '' }),
    },
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`idle worker exited with ${code}`)));
  });
  try {
    const points: IdlePoint[] = [];
    let prev = { worker: cpuSeconds(child.pid!), temporal: stack.temporalPid ? cpuSeconds(stack.temporalPid) : 0, self: process.cpuUsage(), busy: machineBusySeconds(), t: performance.now() };
    const measure = async (open: number, startRate?: number, added = 0) => {
      // Settled: nothing waiting on the queue and nothing in flight in the worker.
      let quiet = 0;
      let settled = true;
      await waitUntil(
        'idle worker to settle',
        async () => {
          const [b, s] = await Promise.all([backlog(stack.client, queue), ask(child)]);
          quiet = b === 0 && s.inFlightActivations === 0 ? quiet + 1 : 0;
          return quiet >= 3;
        },
        // The worker runs each new follow-up's first workflow task; on a busy machine that lags the starts.
        120_000 + added * 100,
        500,
      ).catch((err: Error) => {
        settled = false;
        opts.log(`  idle: ${err.message}; measuring anyway`);
      });
      const now = { worker: cpuSeconds(child.pid!), temporal: stack.temporalPid ? cpuSeconds(stack.temporalPid) : 0, self: process.cpuUsage(), busy: machineBusySeconds(), t: performance.now() };
      const cpu = {
        workerS: now.worker - prev.worker,
        temporalS: now.temporal - prev.temporal,
        thisProcessS: (now.self.user + now.self.system - prev.self.user - prev.self.system) / 1e6,
        machineBusyS: now.busy - prev.busy,
        wallS: (now.t - prev.t) / 1000,
      };
      prev = now;
      await sleep(1000);
      const s = await ask(child);
      const p: IdlePoint = {
        open,
        workerRssMB: s.rss / MB,
        workerHeapUsedMB: s.heapUsed / MB,
        workerExternalMB: s.external / MB,
        cachedWorkflows: s.cachedWorkflows,
        temporalRssMB: (stack.temporalPid ? rssBytes(stack.temporalPid) ?? 0 : 0) / MB,
        apiProcessRssMB: process.memoryUsage().rss / MB,
        ...(startRate !== undefined ? { startRate } : {}),
        cpu,
        settled,
      };
      points.push(p);
      opts.log(
        `  idle ${String(open).padStart(6)} open: worker RSS ${p.workerRssMB.toFixed(0)} MB (heap ${p.workerHeapUsedMB.toFixed(0)} MB, ${p.cachedWorkflows} cached), Temporal RSS ${p.temporalRssMB.toFixed(0)} MB${startRate ? ` | ${startRate.toFixed(0)} starts/s; CPU s worker ${cpu.workerS.toFixed(1)}, Temporal ${cpu.temporalS.toFixed(1)}, this process ${cpu.thisProcessS.toFixed(1)}, machine ${cpu.machineBusyS.toFixed(1)} in ${cpu.wallS.toFixed(0)} s` : ''}`,
      );
      return s;
    };
    await sleep(2000);
    await measure(0);

    const dueAt = Date.now() + 60 * DAY;
    const steps = scheduleSteps([...DEFAULT_SEQUENCE], dueAt, 'Europe/London');
    const checkpoints = [...new Set([1000, 2500, 5000, 10_000, 25_000, 50_000, 100_000].filter((c) => c < opts.target).concat(opts.target))];
    let started = 0;
    let startS = 0;
    const ids: string[] = [];
    for (const cp of checkpoints) {
      const t0 = performance.now();
      await pool(started, cp, opts.concurrency, async (i) => {
        const invoiceId = randomUUID();
        const customerId = randomUUID();
        const input: FollowUpInput = {
          invoiceId,
          customerId,
          currency: 'USD',
          currencyDigits: 2,
          amountDueMinor: '125000',
          dueAt,
          steps,
          maxMessages: 5,
          behaviour: { sequenceDefaultChannel: 'email', unopenedPivotAfterMs: 2 * DAY, openedUnpaidAfterMs: 2 * DAY, mergeWindowMs: DAY },
        };
        const workflowId = followUpWorkflowId(invoiceId);
        await stack.client.workflow.start('invoiceFollowUp', {
          workflowId,
          taskQueue: queue,
          args: [input],
          workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
          workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
          typedSearchAttributes: [
            { key: InvoiceId, value: invoiceId },
            { key: CustomerId, value: customerId },
            { key: FollowUpStatus, value: 'scheduled' },
            { key: AmountDue, value: 125000 },
            { key: DueDate, value: new Date(dueAt) },
          ],
        });
        ids.push(workflowId);
      });
      const s = (performance.now() - t0) / 1000;
      startS += s;
      const rate = (cp - started) / s;
      const added = cp - started;
      started = cp;
      await measure(cp, rate, added);
    }
    const last = await ask(child);

    // The follow-ups are alive and asleep: ask a sample for their state (evicted ones replay).
    const sample = ids.filter((_, i) => i % Math.max(1, Math.floor(ids.length / 25)) === 0).slice(0, 25);
    let scheduled = 0;
    await pool(0, sample.length, 5, async (k) => {
      const st = await stack.client.workflow.getHandle(sample[k]!).query(followUpState).catch(() => undefined);
      if (st?.status === 'scheduled' && st.nextStep) scheduled++;
    });

    const at = (n: number) => points.find((p) => p.open === n);
    const from = at(1000) ?? points[1] ?? points[0]!;
    const to = points[points.length - 1]!;
    const zero = points[0]!;
    const per = (a: number, b: number) => (to.open > from.open ? ((b - a) / (to.open - from.open)) * 1000 : NaN);
    return {
      target: opts.target,
      maxCachedWorkflows: maxCached,
      points,
      workerGrowthMB: to.workerRssMB - from.workerRssMB,
      workerPer1000MB: per(from.workerRssMB, to.workerRssMB),
      temporalPer1000MB: per(from.temporalRssMB, to.temporalRssMB),
      workerRatio: to.workerRssMB / from.workerRssMB,
      temporalRatio: to.temporalRssMB / zero.temporalRssMB,
      activitiesRun: last.activitiesRun,
      sampledStates: { checked: sample.length, scheduled },
      startRatePerSecond: started / startS,
      fromMB: from.workerRssMB,
      toMB: to.workerRssMB,
      fromOpen: from.open,
      toOpen: to.open,
    };
  } finally {
    child.send({ type: 'stop' });
    await new Promise<void>((r) => {
      const t = setTimeout(() => {
        child.kill('SIGKILL');
        r();
      }, 20_000);
      child.once('exit', () => {
        clearTimeout(t);
        r();
      });
    });
  }
}
