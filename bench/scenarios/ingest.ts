// 1. Ingest: POST /v1/invoices at a fixed concurrency, each starting its follow-up workflow.
// Baseline: starting the same number of workflows straight through the Temporal client, at
// the same concurrency, from the same load-driver process, of a type no worker polls (starting does not need a worker), with
// the same input and search attributes as Remit's starts. The two run interleaved in four
// chunks, baseline / Remit / Remit / baseline, so drift on a noisy machine hits both alike.
import { randomUUID } from 'node:crypto';
import { sleepingFollowUpInput } from '../lib/followUpInput';
import { AmountDue, CustomerId, DueDate, FollowUpStatus, InvoiceId } from '../../workflows/searchAttributes';
import { createInvoices, settle, type Created } from '../lib/invoices';
import { addUsage, startMeter, type Usage } from '../lib/meter';
import { summarize, type Summary } from '../lib/stats';
import type { Stack } from '../lib/stack';

export interface IngestResult {
  n: number;
  concurrency: number;
  remit: { perSecond: number; latencyMs: Summary; chunkRates: number[]; usage: Usage; dbOpsPerInvoice: number; delivered: number; pendingCommands: number; workerCatchUpS: number[] };
  baseline: { perSecond: number; latencyMs: Summary; chunkRates: number[]; usage: Usage };
  ratio: number;
  latencies: { remit: number[]; baseline: number[] };
}

const DAY = 86_400_000;

export async function runIngest(stack: Stack, opts: { n: number; concurrency: number; tag: string; log: (s: string) => void }): Promise<IngestResult> {
  const { n, concurrency, tag } = opts;
  const dueAt = Date.now() + 60 * DAY; // every step far in the future: the workflows sleep
  const dueDate = new Date(dueAt).toISOString();
  const baselineQueue = `bench-unpolled-${tag}`;
  const steps = sleepingFollowUpInput('', '', dueAt).steps;

  // One baseline start: the same input and search attributes a Remit start carries.
  const baselineStart = (i: number) => ({
    workflowType: 'benchNeverRuns',
    workflowId: `bench-start-${tag}-${i}`,
    taskQueue: baselineQueue,
    args: [sleepingFollowUpInput(randomUUID(), randomUUID(), dueAt, steps)],
    searchAttributes: [
      { name: InvoiceId.name, type: 'keyword' as const, value: randomUUID() },
      { name: CustomerId.name, type: 'keyword' as const, value: randomUUID() },
      { name: FollowUpStatus.name, type: 'keyword' as const, value: 'scheduled' },
      { name: AmountDue.name, type: 'int' as const, value: 125000 },
      { name: DueDate.name, type: 'datetime' as const, value: new Date(dueAt).toISOString() },
    ],
  });
  const startBaselines = async (from: number, to: number) => {
    const r = await stack.driver.run<{ ms: number; error?: string }[]>({
      type: 'start',
      address: stack.temporalAddress,
      starts: Array.from({ length: to - from }, (_, k) => baselineStart(from + k)),
      concurrency,
    });
    const failed = r.filter((x) => x.error);
    if (failed.length) throw new Error(`${failed.length} baseline starts failed: ${failed[0]!.error}`);
    return r.map((x) => x.ms);
  };
  const body = (i: number) => ({
    externalId: `${tag}-${i}`,
    number: `B-${tag}-${i}`,
    amountDue: '1250.00',
    currency: 'USD',
    dueDate,
    paymentUrl: `https://pay.example.com/${tag}/${i}`,
    customer: { externalId: `${tag}-c${i}`, name: 'Bench Customer', email: `c${i}@${tag}.example.com`, phone: '+14155550123', timezone: 'Europe/London' },
  });

  // Warm-up (not counted): connections, JIT, the first workflow tasks.
  const warm = Math.min(32, Math.max(4, Math.floor(n / 50)));
  await createInvoices(stack, `${tag}w`, 0, warm, concurrency, (i) => ({ ...body(i), externalId: `${tag}w-${i}`, customer: { ...body(i).customer, externalId: `${tag}w-c${i}` } }));
  await startBaselines(1_000_000, 1_000_000 + warm);

  const chunk = Math.ceil(n / 2); // each side runs n in two halves
  const order: ('baseline' | 'remit')[] = ['baseline', 'remit', 'remit', 'baseline'];
  const lat = { remit: [] as number[], baseline: [] as number[] };
  const wall = { remit: 0, baseline: 0 };
  const count = { remit: 0, baseline: 0 };
  const rates = { remit: [] as number[], baseline: [] as number[] };
  let usage: { remit?: Usage; baseline?: Usage } = {};
  const created: Created[] = [];
  const catchUp: number[] = [];
  let bIndex = 0;
  let rIndex = 0;
  for (const side of order) {
    const size = Math.min(chunk, n - count[side]);
    if (size <= 0) continue;
    const meter = startMeter(stack);
    const t0 = performance.now();
    if (side === 'remit') {
      const from = rIndex;
      rIndex += size;
      const c = await createInvoices(stack, tag, from, from + size, concurrency, body);
      created.push(...c);
      lat.remit.push(...c.map((x) => x.response.ms));
    } else {
      const from = bIndex;
      bIndex += size;
      lat.baseline.push(...(await startBaselines(from, from + size)));
    }
    const s = (performance.now() - t0) / 1000;
    wall[side] += s;
    count[side] += size;
    rates[side].push(size / s);
    usage = { ...usage, [side]: addUsage(usage[side], meter.stop()) };
    // Remit's worker runs the new follow-ups' first workflow tasks after their requests were
    // answered; let it finish (not counted) so the next chunk starts on a quiet machine.
    const caught = side === 'remit' ? await settle(stack) : 0;
    if (side === 'remit') catchUp.push(caught);
    opts.log(`  ingest ${side.padEnd(8)} ${size} in ${s.toFixed(1)} s (${(size / s).toFixed(1)}/s)${side === 'remit' ? `; worker caught up ${caught.toFixed(1)} s later` : ''}`);
  }

  const delivered = created.filter((c) => c.response.body.delivery === 'delivered').length;
  const pendingCommands = await stack.db.workflowCommand.count({ where: { status: 'pending', invoiceId: { in: created.map((c) => c.id) } } });

  // The baseline workflows stay open (nothing polls their queue); they cost the server no
  // work, and terminating them would cost the run time, so they are left as they are.

  const remitRate = count.remit / wall.remit;
  const baseRate = count.baseline / wall.baseline;
  return {
    n,
    concurrency,
    remit: {
      perSecond: remitRate,
      latencyMs: summarize(lat.remit),
      chunkRates: rates.remit,
      usage: usage.remit!,
      dbOpsPerInvoice: usage.remit!.dbOps / count.remit,
      delivered,
      pendingCommands,
      workerCatchUpS: catchUp,
    },
    baseline: { perSecond: baseRate, latencyMs: summarize(lat.baseline), chunkRates: rates.baseline, usage: usage.baseline! },
    ratio: remitRate / baseRate,
    latencies: lat,
  };
}
