// 3. Due burst: B invoices whose single touchpoint falls due in the same second (the same
// instant D), on the recording channel. Lateness = when the channel was handed the message
// − D. Every invoice must get exactly one message (recording channel and outbox agree).
// Baseline: B bench workflows that sleep until their own D' and then run the same Temporal
// round trips as a touchpoint (one no-op activity, one recording activity). Both sides are
// metered from 1 s before their due time (CPU per touchpoint sent, per bare timer fired).
import { breakdown, type Breakdown } from '../lib/history';
import { createInvoices, createSequence, invoiceBody, settle } from '../lib/invoices';
import { cpuMsPerItem, startMeter, type CpuPerItem, type Usage } from '../lib/meter';
import { pool, sleep, summarize, waitUntil, type Summary } from '../lib/stats';
import type { Stack } from '../lib/stack';

export interface BurstResult {
  burst: number;
  createdBeforeDue: boolean;
  latenessMs: Summary;
  sendsPerSecond: number;
  lost: number;
  duplicated: number;
  outboxSentRows: number;
  outboxInvoicesWithOneSent: number;
  settledS: number;
  baseline: { latenessMs: Summary; perSecond: number; lost: number; usage: Usage; cpuMsPerTouch: CpuPerItem; timerToSend: Breakdown };
  /** From the workflow histories: timer fired → the sending activity completed, by bucket. */
  timerToSend: Breakdown;
  ratioP99: number;
  ratioRate: number;
  usage: Usage;
  /** CPU per touchpoint sent, by process. */
  cpuMsPerTouch: CpuPerItem;
  latencies: { remit: number[]; baseline: number[] };
}

export async function runBurst(stack: Stack, opts: { burst: number; concurrency: number; tag: string; msPerInvoice: number; log: (s: string) => void }): Promise<BurstResult> {
  const { burst, concurrency, tag } = opts;
  const sequence = `burst-${tag}`;
  await createSequence(stack, sequence, [{ offset: 'PT0S', channel: 'email', template: 'due_date_notice' }]);
  const due = Math.ceil((Date.now() + burst * opts.msPerInvoice * 1.25 + 2000) / 1000) * 1000; // on a second boundary
  const dueDate = new Date(due).toISOString();
  const created = await createInvoices(stack, tag, 0, burst, concurrency, (i) => invoiceBody(tag, i, dueDate, { sequence }));
  const createdBeforeDue = Date.now() < due;
  opts.log(`  burst: ${burst} invoices created, due at ${dueDate} (${((due - Date.now()) / 1000).toFixed(1)} s from now)`);
  const ids = new Set(created.map((c) => c.id));
  await sleep(Math.max(0, due - Date.now() - 1000));

  const meter = startMeter(stack);
  const count = () => created.reduce((s, c) => s + ((stack.sentByInvoice.get(c.id)?.length ?? 0) > 0 ? 1 : 0), 0);
  await waitUntil(`${burst} burst sends`, () => count() >= burst, 120_000 + burst * 200, 100).catch((err: Error) => opts.log(`  burst: ${err.message}`));
  // Settled: every follow-up has written back that its sequence finished.
  const s0 = Date.now();
  await waitUntil(
    'burst follow-ups to settle',
    async () => (await stack.db.invoiceEvent.count({ where: { kind: 'sequence_finished', invoiceId: { in: [...ids] } } })) >= burst,
    120_000,
    500,
  ).catch((err: Error) => opts.log(`  burst: ${err.message}`));
  const settledS = (Date.now() - s0) / 1000;
  const usage = meter.stop();

  const firsts: number[] = [];
  let lost = 0;
  let duplicated = 0;
  for (const c of created) {
    const sends = stack.sentByInvoice.get(c.id) ?? [];
    if (sends.length === 0) lost++;
    if (sends.length > 1) duplicated++;
    if (sends.length) firsts.push(Math.min(...sends.map((s) => s.at)));
  }
  const rows = await stack.db.message.groupBy({ by: ['invoiceId'], where: { status: 'sent', invoiceId: { in: [...ids] } }, _count: { _all: true } });
  const outboxSentRows = rows.reduce((s, r) => s + r._count._all, 0);
  const outboxInvoicesWithOneSent = rows.filter((r) => r._count._all === 1).length;
  const lateness = firsts.map((t) => t - due);
  const spread = firsts.length > 1 ? (Math.max(...firsts) - Math.min(...firsts)) / 1000 : NaN;

  const isTimer = (e: { type: string }) => e.type === 'timerFired';
  const isActivityDone = (e: { type: string }) => e.type === 'activityTaskCompleted';
  // The pre-send sync is a local activity (inside the workflow task): the send is the first activity after the timer.
  const timerToSend = await breakdown(stack.client, created.map((c) => c.workflowId), isTimer, isActivityDone, { nth: 1 });

  // Baseline.
  await settle(stack);
  const before = stack.bench.touches.length;
  const bIds = Array.from({ length: burst }, (_, i) => `bench-touch-${tag}-${i}`);
  const bDue = Math.ceil((Date.now() + burst * 20 + 3000) / 1000) * 1000; // every start lands before it (a start takes ~11 ms at c=16 here)
  await pool(0, burst, concurrency, async (i) => {
    await stack.client.workflow.start('benchTouchAt', { workflowId: bIds[i]!, taskQueue: stack.bench.taskQueue, args: [bIds[i]!, bDue] });
  });
  const bCreatedBeforeDue = Date.now() < bDue;
  await sleep(Math.max(0, bDue - Date.now() - 1000));
  const bMeter = startMeter(stack);
  await waitUntil(`${burst} baseline touches`, () => stack.bench.touches.length - before >= burst, 120_000 + burst * 200, 100).catch((err: Error) => opts.log(`  burst baseline: ${err.message}`));
  const touches = stack.bench.touches.slice(before).filter((t) => t.dueAt === bDue);
  const bLate = touches.map((t) => t.at - bDue);
  const bSpread = touches.length > 1 ? (Math.max(...touches.map((t) => t.at)) - Math.min(...touches.map((t) => t.at))) / 1000 : NaN;
  const bUsage = bMeter.stop();
  if (!bCreatedBeforeDue) opts.log('  burst baseline: some workflows started after their due time');

  const latenessMs = summarize(lateness);
  const baseLate = summarize(bLate);
  const rate = (firsts.length - 1) / spread;
  const bRate = (touches.length - 1) / bSpread;
  return {
    burst,
    createdBeforeDue,
    latenessMs,
    sendsPerSecond: rate,
    lost,
    duplicated,
    outboxSentRows,
    outboxInvoicesWithOneSent,
    settledS,
    baseline: { latenessMs: baseLate, perSecond: bRate, lost: burst - touches.length, usage: bUsage, cpuMsPerTouch: cpuMsPerItem(bUsage, touches.length), timerToSend: await breakdown(stack.client, bIds, isTimer, isActivityDone, { nth: 2 }) },
    timerToSend,
    ratioP99: latenessMs.p99 / baseLate.p99,
    ratioRate: rate / bRate,
    usage,
    cpuMsPerTouch: cpuMsPerItem(usage, firsts.length),
    latencies: { remit: lateness, baseline: bLate },
  };
}
