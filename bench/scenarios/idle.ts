// 4. Idle capacity: M open follow-ups sleeping on timers (every step far in the future),
// served by Remit's worker in its own process. Resident memory (VmRSS) of that worker and of
// the Temporal server process at 0 (the baseline), 1,000, … and M open invoices.
//
// The follow-ups are started the way the dispatcher starts them (same workflow, input,
// search attributes and ID policy) but straight through the Temporal client (from the worker
// process), on a task queue of their own: going through POST /v1/invoices would add nothing
// to the worker's memory and would take minutes for 10,000 (see the ingest figures).
//
// Filling 10,000 follow-ups costs ~60 ms of CPU each (Temporal server ~33, worker ~20, client
// ~8) on this machine: minutes of CPU. So the scenario has a Temporal dev server of its own
// (SQLite file, like the main one) and runs beside the other scenarios from the start of the
// run, with its server and worker at idle CPU priority (SCHED_IDLE: they only get a core the
// other scenarios leave idle, and give it up at once), and at normal priority once the other
// scenarios are done (`foreground`). RSS does not depend on the priority.
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { startDevServer } from '../../src/temporal/devServer';
import { followUpState } from '../../workflows/definitions';
import { backlog } from '../lib/invoices';
import { setBackgroundPids } from '../lib/meter';
import { cpuSeconds, findChild, machineBusySeconds, MB, rssBytes } from '../lib/proc';
import { pool, sleep, waitUntil } from '../lib/stats';
import { BENCH_DIR, freePort, type Stack } from '../lib/stack';
import type { IdleWorkerStatus } from '../idleWorker';
import { createLogger } from '../../src/logger';

export interface IdlePoint {
  open: number;
  workerRssMB: number;
  workerHeapUsedMB: number;
  workerExternalMB: number;
  cachedWorkflows: number;
  /** Threads of the worker that collected garbage just before, of those it has (main, workflow, loader). */
  gcThreads: number;
  gcThreadsKnown: number;
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
  /** Seconds at idle priority beside the other scenarios, then at normal priority alone. */
  backgroundS: number;
  foregroundS: number;
  fromMB: number;
  toMB: number;
  fromOpen: number;
  toOpen: number;
}

const DAY = 86_400_000;

function request<T>(child: ChildProcess, msg: Record<string, unknown>, answer: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (m: { type: string }) => {
      if (m.type === answer) {
        child.off('message', on);
        resolve(m as T);
      }
    };
    child.on('message', on);
    child.send(msg);
  });
}
const ask = (child: ChildProcess, gc = false) => request<{ status: IdleWorkerStatus }>(child, { type: 'status', gc }, 'status').then((m) => m.status);

/** SCHED_IDLE (`idle`) or back to SCHED_OTHER (`normal`) for every thread of a process. */
function priority(pid: number | undefined, to: 'idle' | 'normal', log: (s: string) => void) {
  if (!pid) return;
  try {
    execFileSync('chrt', ['-a', to === 'idle' ? '-i' : '-o', '-p', '0', String(pid)], { stdio: 'ignore' });
  } catch (err) {
    log(`  idle: chrt ${to} ${pid} failed (${(err as Error).message.split('\n')[0]}); running at normal priority`);
  }
}


/** Stops what a running idle scenario started (its worker process and its dev server), for a bench interrupted by a signal. */
let abort: (() => Promise<void>) | undefined;
export const abortIdle = (): Promise<void> => abort?.() ?? Promise.resolve();

export async function runIdle(
  stack: Stack,
  opts: { target: number; concurrency: number; tag: string; log: (s: string) => void; profileDir?: string; foreground: Promise<void> },
): Promise<IdleResult> {
  const t0 = performance.now();
  const queue = `${stack.taskQueue}-idle`;
  const maxCached = Number(process.env.REMIT_WORKER_MAX_CACHED_WORKFLOWS ?? 100);
  const port = await freePort();
  const server = await startDevServer({ port, dbFile: join(stack.dir, 'temporal-idle.sqlite'), logFile: join(stack.dir, 'temporal-idle.log'), logger: createLogger('error') });
  const temporalPid = findChild(process.pid, (argv) => argv.includes('start-dev') && argv.includes(String(port)));
  let foreground = false;
  priority(temporalPid, 'idle', opts.log);
  const connection = await Connection.connect({ address: server.address });
  const client = new Client({ connection, namespace: 'default' });
  const child = fork(join(BENCH_DIR, 'idleWorker.ts'), [], {
    execArgv: ['--import', 'tsx', '--expose-gc', '--require', join(BENCH_DIR, 'lib', 'gcEveryThread.cjs'), ...(opts.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.profileDir}`] : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: {
      ...process.env,
      BENCH_TEMPORAL_ADDRESS: server.address,
      BENCH_TASK_QUEUE: queue,
      BENCH_WORKFLOW_BUNDLE: stack.bundlePath,
      ...(stack.dbUrl ? { DATABASE_URL: stack.dbUrl } : { DATABASE_URL: '' }),
    },
  });
  priority(child.pid, 'idle', opts.log);
  abort = async () => {
    child.on('error', () => {}); // the scenario's next status request finds the channel closed
    child.kill('SIGKILL');
    await server.stop();
  };
  setBackgroundPids([child.pid!, ...(temporalPid ? [temporalPid] : [])]);
  let backgroundS = NaN;
  void opts.foreground.then(() => {
    foreground = true;
    backgroundS = (performance.now() - t0) / 1000;
    priority(temporalPid, 'normal', opts.log);
    priority(child.pid, 'normal', opts.log);
    opts.log(`  idle: the other scenarios are done; idle carries on at normal priority (${backgroundS.toFixed(0)} s in the background)`);
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`idle worker exited with ${code}`)));
  });
  try {
    const points: IdlePoint[] = [];
    let prev = { worker: cpuSeconds(child.pid!), temporal: temporalPid ? cpuSeconds(temporalPid) : 0, self: process.cpuUsage(), busy: machineBusySeconds(), t: performance.now() };
    const measure = async (open: number, startRate?: number, added = 0) => {
      // Settled: nothing waiting on the queue and nothing in flight in the worker.
      let quiet = 0;
      let settled = true;
      await waitUntil(
        'idle worker to settle',
        async () => {
          const [b, s] = await Promise.all([backlog(client, queue), ask(child)]);
          quiet = b === 0 && s.inFlightActivations === 0 ? quiet + 1 : 0;
          return quiet >= 3;
        },
        // The worker runs each new follow-up's first workflow task; on a busy machine (or at
        // idle priority beside the other scenarios) that lags the starts.
        foreground ? 120_000 + added * 100 : 1_800_000,
        500,
      ).catch((err: Error) => {
        settled = false;
        opts.log(`  idle: ${err.message}; measuring anyway`);
      });
      const now = { worker: cpuSeconds(child.pid!), temporal: temporalPid ? cpuSeconds(temporalPid) : 0, self: process.cpuUsage(), busy: machineBusySeconds(), t: performance.now() };
      const cpu = {
        workerS: now.worker - prev.worker,
        temporalS: now.temporal - prev.temporal,
        thisProcessS: (now.self.user + now.self.system - prev.self.user - prev.self.system) / 1e6,
        machineBusyS: now.busy - prev.busy,
        wallS: (now.t - prev.t) / 1000,
      };
      prev = now;
      await sleep(1000);
      const s = await ask(child, true);
      const p: IdlePoint = {
        open,
        workerRssMB: s.rss / MB,
        workerHeapUsedMB: s.heapUsed / MB,
        workerExternalMB: s.external / MB,
        cachedWorkflows: s.cachedWorkflows,
        gcThreads: s.gcThreads,
        gcThreadsKnown: s.gcThreadsKnown,
        temporalRssMB: (temporalPid ? rssBytes(temporalPid) ?? 0 : 0) / MB,
        apiProcessRssMB: process.memoryUsage().rss / MB,
        ...(startRate !== undefined ? { startRate } : {}),
        cpu,
        settled,
      };
      points.push(p);
      opts.log(
        `  idle ${String(open).padStart(6)} open${foreground ? '' : ' (background)'}: worker RSS ${p.workerRssMB.toFixed(0)} MB (heap ${p.workerHeapUsedMB.toFixed(0)} MB, ${p.cachedWorkflows} cached, GC in ${p.gcThreads} of ${p.gcThreadsKnown} threads), Temporal RSS ${p.temporalRssMB.toFixed(0)} MB${startRate ? ` | ${startRate.toFixed(0)} starts/s; CPU s worker ${cpu.workerS.toFixed(1)}, Temporal ${cpu.temporalS.toFixed(1)}, this process ${cpu.thisProcessS.toFixed(1)}, machine ${cpu.machineBusyS.toFixed(1)} in ${cpu.wallS.toFixed(0)} s` : ''}`,
      );
      return s;
    };
    await sleep(2000);
    await measure(0);

    const dueAt = Date.now() + 60 * DAY;
    const checkpoints = [...new Set([1000, 2500, 5000, 10_000, 25_000, 50_000, 100_000].filter((c) => c < opts.target).concat(opts.target))];
    let started = 0;
    let startS = 0;
    const ids: string[] = [];
    for (const cp of checkpoints) {
      const s0 = performance.now();
      const filled = await request<{ ids?: string[]; error?: string }>(child, { type: 'fill', count: cp - started, concurrency: opts.concurrency, dueAt }, 'filled');
      if (!filled.ids) throw new Error(`idle: starting follow-ups failed: ${filled.error}`);
      ids.push(...filled.ids);
      const s = (performance.now() - s0) / 1000;
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
      const st = await client.workflow.getHandle(sample[k]!).query(followUpState).catch(() => undefined);
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
      backgroundS: Number.isFinite(backgroundS) ? backgroundS : (performance.now() - t0) / 1000,
      foregroundS: Number.isFinite(backgroundS) ? (performance.now() - t0) / 1000 - backgroundS : 0,
      fromMB: from.workerRssMB,
      toMB: to.workerRssMB,
      fromOpen: from.open,
      toOpen: to.open,
    };
  } finally {
    setBackgroundPids([]);
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
    await connection.close();
    await server.stop();
    abort = undefined;
  }
}
