// Where a workflow's time went, from its event history (server timestamps): after a given
// event (a signal, a timer firing), how long was spent waiting for a worker to pick up a
// workflow or activity task, in the worker's workflow code, in activities (Remit's database
// work and channel call), and in the server between them.
import type { Client } from '@temporalio/client';
import { pool, summarize, type Summary } from './stats';

export interface HistoryEvent {
  type: string;
  at: number;
  name?: string;
}

function eventsOf(history: { events?: unknown[] | null }): HistoryEvent[] {
  return (history.events ?? []).map((raw) => {
    const e = raw as Record<string, unknown> & { eventTime?: { seconds?: unknown; nanos?: number } | null };
    const key = Object.keys(e).find((k) => k.endsWith('EventAttributes') && e[k]);
    const type = key ? key.replace(/EventAttributes$/, '') : 'unknown';
    const at = Number(e.eventTime?.seconds ?? 0) * 1000 + (e.eventTime?.nanos ?? 0) / 1e6;
    const attrs = key ? (e[key] as { activityType?: { name?: string } }) : undefined;
    return { type, at, ...(attrs?.activityType?.name ? { name: attrs.activityType.name } : {}) };
  });
}

/** Which bucket the time between two consecutive events belongs to. */
function bucket(prev: HistoryEvent, next: HistoryEvent): string {
  if (prev.type === 'workflowTaskScheduled' && next.type === 'workflowTaskStarted') return 'waiting for a worker (workflow task)';
  // Local activities (the pre-send sync and the final write-back) run inside the workflow task.
  if (prev.type === 'workflowTaskStarted' && next.type === 'workflowTaskCompleted') return 'workflow task in the worker';
  if (prev.type === 'workflowTaskStarted' && next.type === 'workflowTaskTimedOut') return 'workflow task timed out in the worker (retried)';
  // The worker did not poll its sticky queue in time (TS SDK default 10 s): rescheduled.
  if (prev.type === 'workflowTaskScheduled' && next.type === 'workflowTaskTimedOut') return 'sticky workflow task not picked up (timed out)';
  if (prev.type === 'activityTaskScheduled' && next.type === 'activityTaskStarted') return 'waiting for a worker (activity task)';
  if (next.type === 'activityTaskCompleted' || next.type === 'activityTaskFailed' || next.type === 'activityTaskTimedOut') return 'activity running (database, channel)';
  return 'server and in between';
}

/**
 * When the last of these workflows completed its first workflow task (server clock, this
 * machine's), and how many have not: a start is served once a worker has run that task.
 */
export async function lastFirstTaskCompleted(client: Client, workflowIds: string[]): Promise<{ at: number; missing: number }> {
  let at = 0;
  let missing = 0;
  await pool(0, workflowIds.length, 16, async (k) => {
    try {
      const first = eventsOf(await client.workflow.getHandle(workflowIds[k]!).fetchHistory()).find((e) => e.type === 'workflowTaskCompleted');
      if (first) at = Math.max(at, first.at);
      else missing++;
    } catch {
      missing++;
    }
  });
  return { at, missing };
}

export interface Breakdown {
  samples: number;
  /** Median and p99 per bucket, over the sampled workflows (ms). */
  buckets: Record<string, Summary>;
  total: Summary;
  activities: Record<string, Summary>;
}

/**
 * For each sampled workflow: from the first event matching `from` to the nth event matching
 * `to` after it, the time spent in each bucket.
 */
export async function breakdown(
  client: Client,
  workflowIds: string[],
  from: (e: HistoryEvent) => boolean,
  to: (e: HistoryEvent) => boolean,
  opts: { sample?: number; nth?: number } = {},
): Promise<Breakdown> {
  const sample = opts.sample ?? 100;
  const nth = opts.nth ?? 1;
  const step = Math.max(1, Math.floor(workflowIds.length / sample));
  const ids = workflowIds.filter((_, i) => i % step === 0).slice(0, sample);
  const per: Record<string, number[]> = {};
  const acts: Record<string, number[]> = {};
  const totals: number[] = [];
  await pool(0, ids.length, 8, async (k) => {
    let events: HistoryEvent[];
    try {
      events = eventsOf(await client.workflow.getHandle(ids[k]!).fetchHistory());
    } catch {
      return;
    }
    const i0 = events.findIndex(from);
    if (i0 < 0) return;
    let seen = 0;
    const i1 = events.findIndex((e, i) => i > i0 && to(e) && ++seen === nth);
    if (i1 < 0) return;
    const mine: Record<string, number> = {};
    const scheduled = new Map<number, HistoryEvent>();
    for (let i = i0 + 1; i <= i1; i++) {
      const b = bucket(events[i - 1]!, events[i]!);
      mine[b] = (mine[b] ?? 0) + (events[i]!.at - events[i - 1]!.at);
      if (events[i]!.type === 'activityTaskScheduled') scheduled.set(i, events[i]!);
      if (events[i]!.type === 'activityTaskCompleted') {
        const s = [...scheduled.values()].pop();
        if (s) {
          (acts[s.name ?? '?'] ??= []).push(events[i]!.at - s.at);
          scheduled.clear();
        }
      }
    }
    for (const [b, ms] of Object.entries(mine)) (per[b] ??= []).push(ms);
    totals.push(events[i1]!.at - events[i0]!.at);
  });
  return {
    samples: totals.length,
    buckets: Object.fromEntries(Object.entries(per).map(([b, xs]) => [b, summarize(xs.concat(Array(Math.max(0, totals.length - xs.length)).fill(0)))])),
    total: summarize(totals),
    activities: Object.fromEntries(Object.entries(acts).map(([a, xs]) => [a, summarize(xs)])),
  };
}

export function formatBreakdown(title: string, b: Breakdown): string {
  const lines = [`${title} (${b.samples} sampled histories; p50 / p99 ms): total ${b.total.p50.toFixed(0)} / ${b.total.p99.toFixed(0)}`];
  for (const [k, s] of Object.entries(b.buckets).sort((x, y) => y[1].p50 - x[1].p50)) lines.push(`    ${k.padEnd(40)} ${s.p50.toFixed(0).padStart(6)} / ${s.p99.toFixed(0).padStart(6)}`);
  for (const [k, s] of Object.entries(b.activities)) lines.push(`    activity ${k} scheduled → completed`.padEnd(44) + ` ${s.p50.toFixed(0).padStart(6)} / ${s.p99.toFixed(0).padStart(6)}`);
  return lines.join('\n');
}
