// Where the time goes during a phase: wall time, CPU of this process (API, worker), of the
// Temporal server process and of PostgreSQL (the embedded server's processes, or every local
// one with DATABASE_URL), the machine's busy time, database operations (count and summed
// time, per Prisma operation) and this process's event-loop delay.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { cpuSeconds, machineBusySeconds, postgresPids, treeCpuSeconds } from './proc';
import type { Stack } from './stack';

export interface Usage {
  wallS: number;
  /** CPU seconds of this process (API + worker). */
  nodeCpuS: number;
  temporalCpuS: number;
  postgresCpuS: number;
  /** The idle scenario's processes (its worker and Temporal server), at idle priority beside this phase. */
  backgroundCpuS: number;
  /** Busy CPU seconds of the whole machine (2 cores: at most 2 per wall second). */
  machineBusyS: number;
  dbOps: number;
  /** Summed wall time of database operations as Prisma sees them (overlapping calls add up). */
  dbMs: number;
  topDbOps: { op: string; count: number; ms: number }[];
  eventLoopDelayP99Ms: number;
}

export interface Meter {
  stop(): Usage;
}

let background: number[] = [];
/** The processes of a scenario running at idle priority beside the measured phases. */
export function setBackgroundPids(pids: number[]) {
  background = pids;
}
const backgroundCpu = () => background.reduce((s, p) => s + cpuSeconds(p), 0);

// The embedded server's own processes: other PostgreSQL servers on a shared machine (other
// people's tests) are not this run's. A server DATABASE_URL names has no known pid: every
// local `postgres` process then counts (nothing, when the server is on another machine).
function postgresCpu(stack: Stack): number {
  if (stack.postgresPid) return treeCpuSeconds(stack.postgresPid);
  return postgresPids().reduce((s, p) => s + cpuSeconds(p), 0);
}

/** CPU milliseconds per item of a phase (invoice created, touchpoint sent, baseline start), by process. */
export interface CpuPerItem {
  items: number;
  thisProcessMs: number;
  temporalMs: number;
  postgresMs: number;
}

export function cpuMsPerItem(u: Usage, items: number): CpuPerItem {
  const per = (s: number) => (items > 0 ? (s * 1000) / items : NaN);
  return { items, thisProcessMs: per(u.nodeCpuS), temporalMs: per(u.temporalCpuS), postgresMs: per(u.postgresCpuS) };
}

export function startMeter(stack: Stack): Meter {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const temporal0 = stack.temporalPid ? cpuSeconds(stack.temporalPid) : 0;
  const pg0 = postgresCpu(stack);
  const busy0 = machineBusySeconds();
  const bg0 = backgroundCpu();
  const ops0 = stack.dbOps.snapshot();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  return {
    stop(): Usage {
      loop.disable();
      const cpu = process.cpuUsage(cpu0);
      const ops1 = stack.dbOps.snapshot();
      const delta = Object.entries(ops1).map(([op, v]) => ({ op, count: v.count - (ops0[op]?.count ?? 0), ms: v.ms - (ops0[op]?.ms ?? 0) })).filter((d) => d.count > 0);
      return {
        wallS: (performance.now() - t0) / 1000,
        nodeCpuS: (cpu.user + cpu.system) / 1e6,
        temporalCpuS: stack.temporalPid ? cpuSeconds(stack.temporalPid) - temporal0 : 0,
        // With DATABASE_URL, backends that exit take their CPU time with them: never below 0.
        postgresCpuS: Math.max(0, postgresCpu(stack) - pg0),
        backgroundCpuS: Math.max(0, backgroundCpu() - bg0),
        machineBusyS: machineBusySeconds() - busy0,
        dbOps: delta.reduce((s, d) => s + d.count, 0),
        dbMs: delta.reduce((s, d) => s + d.ms, 0),
        topDbOps: delta.sort((a, b) => b.ms - a.ms).slice(0, 8).map((d) => ({ ...d, ms: Math.round(d.ms) })),
        eventLoopDelayP99Ms: loop.percentile(99) / 1e6,
      };
    },
  };
}

export function addUsage(a: Usage | undefined, b: Usage): Usage {
  if (!a) return b;
  const ops = new Map<string, { count: number; ms: number }>();
  for (const d of [...a.topDbOps, ...b.topDbOps]) {
    const e = ops.get(d.op) ?? { count: 0, ms: 0 };
    e.count += d.count;
    e.ms += d.ms;
    ops.set(d.op, e);
  }
  return {
    wallS: a.wallS + b.wallS,
    nodeCpuS: a.nodeCpuS + b.nodeCpuS,
    temporalCpuS: a.temporalCpuS + b.temporalCpuS,
    postgresCpuS: a.postgresCpuS + b.postgresCpuS,
    backgroundCpuS: a.backgroundCpuS + b.backgroundCpuS,
    machineBusyS: a.machineBusyS + b.machineBusyS,
    dbOps: a.dbOps + b.dbOps,
    dbMs: a.dbMs + b.dbMs,
    topDbOps: [...ops].map(([op, v]) => ({ op, ...v })).sort((x, y) => y.ms - x.ms).slice(0, 8),
    eventLoopDelayP99Ms: Math.max(a.eventLoopDelayP99Ms, b.eventLoopDelayP99Ms),
  };
}

export async function metered<T>(stack: Stack, fn: () => Promise<T>): Promise<{ value: T; usage: Usage }> {
  const m = startMeter(stack);
  const value = await fn();
  return { value, usage: m.stop() };
}
