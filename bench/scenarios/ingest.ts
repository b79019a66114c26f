// 1. Ingest: POST /v1/invoices at a fixed concurrency, each starting its follow-up workflow,
// whose first workflow task Remit's worker then runs (the follow-up's timer until its first
// step). A chunk counts until the last of its first workflow tasks has completed.
// Baseline (the target's): the same number of bare workflows (bench/workflows
// benchSleepToFirstStep) started from the load-driver process through the Temporal client at
// the same concurrency, with the same input, search attributes and ID reuse policy as Remit's
// starts, and run by the bench worker in this process to their first timer; counted the same way.
// Old baseline, kept beside it: the same starts of a type no worker polls (counted when the
// start is answered, and against Remit's rate at its last 201, as before).
// The three run interleaved in six chunks, bare / unpolled / Remit / Remit / unpolled / bare,
// so drift on a noisy machine hits them alike.
import { randomUUID } from 'node:crypto';
import { sleepingFollowUpInput } from '../lib/followUpInput';
import { AmountDue, CustomerId, DueDate, FollowUpStatus, InvoiceId } from '../../workflows/searchAttributes';
import { lastFirstTaskCompleted } from '../lib/history';
import { benchQueue, createInvoices, invoiceBody, remitQueue, settle, type Created, type ServedQueue } from '../lib/invoices';
import { addUsage, cpuMsPerItem, startMeter, type CpuPerItem, type Usage } from '../lib/meter';
import { summarize, type Summary } from '../lib/stats';
import type { Stack } from '../lib/stack';

type Side = 'remit' | 'bare' | 'unpolled';
// A palindrome: each side's chunks sit, on average, at the same point of the phase.
const ORDER: Side[] = ['bare', 'unpolled', 'remit', 'remit', 'unpolled', 'bare'];

export interface IngestSide {
  /** Items ÷ wall time of the side's chunks, each until its last first workflow task (the unpolled baseline: its last answer). */
  perSecond: number;
  latencyMs: Summary;
  chunkRates: number[];
  usage: Usage;
  cpuMsPerItem: CpuPerItem;
  /** Per chunk: seconds from the last answer to the last first workflow task completed. */
  firstTaskLagS: number[];
}

export interface IngestResult {
  n: number;
  concurrency: number;
  remit: IngestSide & { answeredPerSecond: number; dbOpsPerInvoice: number; delivered: number; pendingCommands: number };
  /** Bare workflows run by the bench worker to their first timer. */
  baseline: IngestSide;
  /** Starts no worker runs (the baseline before). */
  unpolled: IngestSide;
  /** Remit ÷ bare baseline: the target's ratio. */
  ratio: number;
  /** Remit at its last 201 ÷ unpolled starts: the ratio as measured before. */
  oldRatio: number;
  latencies: { remit: number[]; baseline: number[]; unpolled: number[] };
}

const DAY = 86_400_000;

/** What a side's chunks add up to. */
interface Tally {
  count: number;
  wallS: number;
  answeredS: number;
  latencies: number[];
  rates: number[];
  lags: number[];
  usage?: Usage;
}
const tally = (): Tally => ({ count: 0, wallS: 0, answeredS: 0, latencies: [], rates: [], lags: [] });

/** One chunk's sends: the workflows it started, client-side latencies, and the worker that runs them (none: unpolled). */
interface Sent {
  workflowIds: string[];
  latencies: number[];
  served?: ServedQueue;
}

export async function runIngest(stack: Stack, opts: { n: number; concurrency: number; tag: string; log: (s: string) => void }): Promise<IngestResult> {
  const { n, concurrency, tag } = opts;
  const dueAt = Date.now() + 60 * DAY; // every step far in the future: the workflows sleep
  const dueDate = new Date(dueAt).toISOString();
  const steps = sleepingFollowUpInput('', '', dueAt).steps;

  // One baseline start: the same input and search attributes a Remit start carries.
  const baselineStart = (workflowType: string, taskQueue: string, workflowId: string) => ({
    workflowType,
    workflowId,
    taskQueue,
    args: [sleepingFollowUpInput(randomUUID(), randomUUID(), dueAt, steps)],
    searchAttributes: [
      { name: InvoiceId.name, type: 'keyword' as const, value: randomUUID() },
      { name: CustomerId.name, type: 'keyword' as const, value: randomUUID() },
      { name: FollowUpStatus.name, type: 'keyword' as const, value: 'scheduled' },
      { name: AmountDue.name, type: 'int' as const, value: 125000 },
      { name: DueDate.name, type: 'datetime' as const, value: new Date(dueAt).toISOString() },
    ],
  });
  const startBaselines = async (side: 'bare' | 'unpolled', from: number, to: number): Promise<Sent> => {
    const [type, queue] = side === 'bare' ? ['benchSleepToFirstStep', stack.bench.taskQueue] : ['benchNeverRuns', `bench-unpolled-${tag}`];
    const workflowIds = Array.from({ length: to - from }, (_, k) => `bench-${side}-${tag}-${from + k}`);
    const r = await stack.driver.run<{ ms: number; error?: string }[]>({
      type: 'start',
      address: stack.temporalAddress,
      starts: workflowIds.map((id) => baselineStart(type, queue, id)),
      concurrency,
    });
    const failed = r.filter((x) => x.error);
    if (failed.length) throw new Error(`${failed.length} ${side} baseline starts failed: ${failed[0]!.error}`);
    return { workflowIds, latencies: r.map((x) => x.ms), ...(side === 'bare' ? { served: benchQueue(stack) } : {}) };
  };
  const body = (i: number) => invoiceBody(tag, i, dueDate);
  const created: Created[] = [];
  const createRemit = async (from: number, to: number): Promise<Sent> => {
    const c = await createInvoices(stack, tag, from, to, concurrency, body);
    created.push(...c);
    return { workflowIds: c.map((x) => x.workflowId), latencies: c.map((x) => x.response.ms), served: remitQueue(stack) };
  };
  const send = (side: Side, from: number, to: number) => (side === 'remit' ? createRemit(from, to) : startBaselines(side, from, to));

  // Warm-up (not counted): connections, JIT, the first workflow tasks.
  const warm = Math.min(32, Math.max(4, Math.floor(n / 50)));
  await createInvoices(stack, `${tag}w`, 0, warm, concurrency, (i) => invoiceBody(`${tag}w`, i, dueDate));
  for (const side of ['bare', 'unpolled'] as const) await startBaselines(side, 1_000_000, 1_000_000 + warm);
  await settle(stack);
  await settle(stack, benchQueue(stack));

  const chunk = Math.ceil(n / 2); // each side runs n in two halves
  const acc: Record<Side, Tally> = { remit: tally(), bare: tally(), unpolled: tally() };
  for (const side of ORDER) {
    const a = acc[side];
    const size = Math.min(chunk, n - a.count);
    if (size <= 0) continue;
    const meter = startMeter(stack);
    const t0 = Date.now();
    const sent = await send(side, a.count, a.count + size);
    const answeredAt = Date.now();
    // The worker runs the last first workflow tasks after their starts were answered.
    let servedAt = answeredAt;
    if (sent.served) await settle(stack, sent.served);
    a.usage = addUsage(a.usage, meter.stop());
    if (sent.served) {
      const last = await lastFirstTaskCompleted(stack.client, sent.workflowIds);
      if (last.missing) opts.log(`  ingest ${side}: ${last.missing} of ${size} workflows without a completed first workflow task`);
      servedAt = Math.max(answeredAt, last.at);
    }
    const s = (servedAt - t0) / 1000;
    a.count += size;
    a.wallS += s;
    a.answeredS += (answeredAt - t0) / 1000;
    a.latencies.push(...sent.latencies);
    a.rates.push(size / s);
    if (sent.served) a.lags.push((servedAt - answeredAt) / 1000);
    opts.log(`  ingest ${side.padEnd(8)} ${size} in ${s.toFixed(1)} s (${(size / s).toFixed(1)}/s)${sent.served ? `; last first workflow task ${((servedAt - answeredAt) / 1000).toFixed(2)} s after the last answer` : ''}`);
  }

  const delivered = created.filter((c) => c.response.body.delivery === 'delivered').length;
  const pendingCommands = await stack.db.workflowCommand.count({ where: { status: 'pending', invoiceId: { in: created.map((c) => c.id) } } });

  // The baseline workflows stay open (asleep for 60 days, or never run); terminating them
  // would cost the run time, and open ones cost the server nothing meanwhile.
  const sideResult = (side: Side): IngestSide => {
    const a = acc[side];
    return { perSecond: a.count / a.wallS, latencyMs: summarize(a.latencies), chunkRates: a.rates, usage: a.usage!, cpuMsPerItem: cpuMsPerItem(a.usage!, a.count), firstTaskLagS: a.lags };
  };
  const remit = sideResult('remit');
  const baseline = sideResult('bare');
  const unpolled = sideResult('unpolled');
  const answeredPerSecond = acc.remit.count / acc.remit.answeredS;
  return {
    n,
    concurrency,
    remit: { ...remit, answeredPerSecond, dbOpsPerInvoice: remit.usage.dbOps / acc.remit.count, delivered, pendingCommands },
    baseline,
    unpolled,
    ratio: remit.perSecond / baseline.perSecond,
    oldRatio: answeredPerSecond / unpolled.perSecond,
    latencies: { remit: acc.remit.latencies, baseline: acc.bare.latencies, unpolled: acc.unpolled.latencies },
  };
}
