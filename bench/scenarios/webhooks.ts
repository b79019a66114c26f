// 5. Webhook load: signed payment webhooks from autocannon (in a child process) for a fixed
// time, against invoices created beforehand, each request a distinct event id for a
// partial payment of 0.01 so the invoices stay open. Afterwards every accepted (2xx) event
// must have been applied exactly once: one payment row per accepted event id, none twice,
// the invoice's amount due lowered by exactly that much, and the follow-up workflow agreeing.
// Baselines: (the target's) bare signals from the load-driver process at the same
// concurrency, round-robin to as many running bench workflows (benchCountSignals, run by the
// bench worker in this process) as there are invoices, each shaped like the payment signal a
// webhook delivers, a fresh payment id each; every acknowledged signal must be counted by its
// workflow. And the same HTTP load as Remit's against a bare Express endpoint in this process
// that parses the JSON, checks the signature and answers 200 (the HTTP + HMAC floor). Both for
// --webhook-baseline-seconds.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import express from 'express';
import type { Server } from 'node:http';
import { verifySignature } from '../../src/api/signature';
import { followUpState } from '../../workflows/definitions';
import { benchQueue, createInvoices, invoiceBody, settle } from '../lib/invoices';
import { startMeter, type Usage } from '../lib/meter';
import { pool, summarize, waitUntil, type Summary } from '../lib/stats';
import { BENCH_DIR, WEBHOOK_SECRET, type Stack } from '../lib/stack';
import type { LoadJob, LoadResult } from '../webhookLoad';
import type { SignalLoadResult } from '../driver';
import { benchPayment, benchSignalsReceived } from '../workflows';

export interface WebhookResult {
  seconds: number;
  connections: number;
  invoices: number;
  remit: Omit<LoadResult, 'responseTimes' | 'accepted' | 'unanswered'> & { accepted: number; unanswered: number; latencyMs: Summary; usage: Usage };
  baseline: Omit<LoadResult, 'responseTimes' | 'accepted' | 'unanswered'> & { accepted: number; unanswered: number; latencyMs: Summary };
  /** Bare signals from the driver to running workflows. */
  signalBaseline: {
    seconds: number;
    workflows: number;
    signalsPerSecond: number;
    acknowledged: number;
    errors: number;
    firstError?: string;
    latencyMs: Summary;
    /** Signals the workflows counted (must equal acknowledged). */
    applied: number;
    usage: Usage;
  };
  /** Remit req/s ÷ bare signals/s: the target's ratio. */
  ratioSignals: number;
  /** Remit req/s ÷ bare HTTP endpoint req/s. */
  ratioRps: number;
  exactlyOnce: {
    acceptedEvents: number;
    distinctAcceptedEvents: number;
    paymentRows: number;
    duplicatePaymentEventIds: number;
    acceptedWithoutPayment: number;
    /** Requests still in flight when the load stopped (never answered): each applied at most once. */
    unanswered: number;
    unansweredApplied: number;
    /** Payments whose event was neither accepted nor in flight (must be 0). */
    paymentsWithoutAccepted: number;
    webhookEventRows: number;
    amountMismatches: number;
    workflowMismatches: number;
    workflowsChecked: number;
    pendingCommands: number;
    ok: boolean;
  };
  latencies: { remit: number[]; baseline: number[]; signals: number[] };
}

function runLoad(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(join(BENCH_DIR, 'webhookLoad.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (m: { ok: boolean; result?: LoadResult; error?: string }) => (m.ok ? resolve(m.result!) : reject(new Error(m.error))));
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`webhook load process exited with ${code}`));
    });
    child.send(job);
  });
}

async function baselineServer(): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.use(express.json({ verify: (req, _res, buf) => ((req as unknown as { rawBody: Buffer }).rawBody = buf) }));
  app.post('/v1/webhooks/payments', (req, res) => {
    const check = verifySignature(req.get('remit-signature'), WEBHOOK_SECRET, (req as unknown as { rawBody: Buffer }).rawBody);
    if (!check.ok) return void res.status(401).json({ error: check.reason });
    res.json({ eventId: (req.body as { id: string }).id, status: 'applied', duplicate: false, invoiceId: null, delivery: 'none' });
  });
  const server: Server = await new Promise((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/** The signal baseline: `workflows` bare workflows, signalled from the driver for `seconds`, then every workflow's count read back. */
async function signalBaseline(
  stack: Stack,
  opts: { workflows: number; seconds: number; concurrency: number; tag: string },
): Promise<{ result: WebhookResult['signalBaseline']; latencies: number[] }> {
  const ids = Array.from({ length: opts.workflows }, (_, i) => `bench-signals-${opts.tag}-${i}`);
  await stack.driver.run({
    type: 'start',
    address: stack.temporalAddress,
    starts: ids.map((id) => ({ workflowType: 'benchCountSignals', workflowId: id, taskQueue: stack.bench.taskQueue, args: [] })),
    concurrency: opts.concurrency,
  });
  await settle(stack, benchQueue(stack));
  const meter = startMeter(stack);
  const r = await stack.driver.run<SignalLoadResult>({
    type: 'signal',
    address: stack.temporalAddress,
    workflowIds: ids,
    signal: benchPayment.name,
    seconds: opts.seconds,
    concurrency: opts.concurrency,
    eventPrefix: `sig-${opts.tag}`,
  });
  const usage = meter.stop();
  // Applied once each: the workflows' own counts (after the worker has caught up, uncounted).
  await settle(stack, benchQueue(stack));
  let applied = 0;
  await pool(0, ids.length, 8, async (k) => {
    const counted = await stack.client.workflow.getHandle(ids[k]!).query(benchSignalsReceived);
    applied += counted;
  });
  const result = {
    seconds: opts.seconds,
    workflows: ids.length,
    signalsPerSecond: r.acknowledged / r.durationS,
    acknowledged: r.acknowledged,
    errors: r.errors,
    ...(r.firstError ? { firstError: r.firstError } : {}),
    latencyMs: summarize(r.latencies),
    applied,
    usage,
  };
  return { result, latencies: r.latencies };
}

const strip = (r: LoadResult) => {
  const { responseTimes: _t, accepted, unanswered, ...rest } = r;
  return { ...rest, accepted: accepted.length, unanswered: unanswered.length };
};

export async function runWebhooks(
  stack: Stack,
  opts: { seconds: number; baselineSeconds: number; connections: number; invoices: number; tag: string; log: (s: string) => void },
): Promise<WebhookResult> {
  const { tag } = opts;
  const AMOUNT = '1000000.00';
  const created = await createInvoices(stack, tag, 0, opts.invoices, opts.connections, (i) =>
    invoiceBody(tag, i, new Date(Date.now() + 60 * 86_400_000).toISOString(), { amount: AMOUNT }),
  );
  const externalIds = created.map((c) => c.externalId);
  await settle(stack);

  const base = await baselineServer();
  const baseline = await runLoad({
    url: base.url,
    path: '/v1/webhooks/payments',
    secret: WEBHOOK_SECRET,
    invoices: externalIds,
    amount: '0.01',
    seconds: opts.baselineSeconds,
    connections: opts.connections,
    eventPrefix: `base-${tag}`,
  });
  await base.close();
  opts.log(`  webhooks HTTP baseline: ${baseline.requestsPerSecond.toFixed(0)} req/s, p99 ${baseline.latency.p99} ms`);
  const { result: signals, latencies: signalLatencies } = await signalBaseline(stack, { workflows: opts.invoices, seconds: opts.baselineSeconds, concurrency: opts.connections, tag });
  opts.log(`  webhooks signal baseline: ${signals.signalsPerSecond.toFixed(0)} signals/s, p99 ${signals.latencyMs.p99.toFixed(0)} ms, ${signals.acknowledged} acknowledged, ${signals.applied} applied, ${signals.errors} errors`);

  const meter = startMeter(stack);
  const load = await runLoad({
    url: stack.url,
    path: '/v1/webhooks/payments',
    secret: WEBHOOK_SECRET,
    invoices: externalIds,
    amount: '0.01',
    seconds: opts.seconds,
    connections: opts.connections,
    eventPrefix: `evt-${tag}`,
  });
  const usage = meter.stop();
  opts.log(`  webhooks remit: ${load.requestsPerSecond.toFixed(1)} req/s, p99 ${load.latency.p99} ms, ${load.accepted.length} accepted, ${load.errors} errors, non-2xx ${load.non2xx}`);

  // Exactly once.
  const ids = created.map((c) => c.id);
  await waitUntil('webhook commands delivered', async () => (await stack.db.workflowCommand.count({ where: { status: 'pending', invoiceId: { in: ids } } })) === 0, 60_000, 500).catch(() => {});
  const pendingCommands = await stack.db.workflowCommand.count({ where: { status: 'pending', invoiceId: { in: ids } } });
  // A command still pending here is a miss to explain: what the reconciler did, and every
  // command still pending in the database (any scenario's), with its attempts and last error.
  const pendingDetail = pendingCommands
    ? {
        reconciler: { ...stack.remit.dispatcher?.reconcilerStats },
        commands: (
          await stack.db.workflowCommand.findMany({ where: { status: 'pending' }, orderBy: { id: 'asc' }, take: 50, select: { id: true, invoiceId: true, kind: true, attempts: true, lastError: true, createdAt: true, payload: true } })
        ).map((c) => ({ ...c, id: String(c.id), ofThisLoad: ids.includes(c.invoiceId) })),
        totalPending: await stack.db.workflowCommand.count({ where: { status: 'pending' } }),
      }
    : undefined;
  if (pendingDetail) opts.log(`  webhooks: ${pendingCommands} command(s) still pending; reconciler ${JSON.stringify(pendingDetail.reconciler)}; ${pendingDetail.totalPending} pending in all:\n${pendingDetail.commands.map((c) => `    ${JSON.stringify(c)}`).join('\n')}`);
  const accepted = load.accepted.filter((a) => !a.duplicate).map((a) => a.eventId);
  const acceptedSet = new Set(accepted);
  const payments = await stack.db.payment.findMany({ where: { invoiceId: { in: ids }, source: 'webhook' }, select: { eventId: true, invoiceId: true } });
  const byEvent = new Map<string, number>();
  for (const p of payments) byEvent.set(p.eventId ?? '', (byEvent.get(p.eventId ?? '') ?? 0) + 1);
  const duplicatePaymentEventIds = [...byEvent.values()].filter((c) => c > 1).length;
  const acceptedWithoutPayment = [...acceptedSet].filter((e) => !byEvent.has(e)).length;
  const inFlight = new Set(load.unanswered);
  const unansweredApplied = [...byEvent.keys()].filter((e) => inFlight.has(e)).length;
  const paymentsWithoutAccepted = [...byEvent.keys()].filter((e) => !acceptedSet.has(e) && !inFlight.has(e)).length;
  const webhookEventRows = await stack.db.webhookEvent.count({ where: { source: 'payments', eventId: { startsWith: `evt-${tag}-` } } });
  const perInvoice = new Map<string, number>();
  for (const p of payments) perInvoice.set(p.invoiceId, (perInvoice.get(p.invoiceId) ?? 0) + 1);
  const rows = await stack.db.invoice.findMany({ where: { id: { in: ids } }, select: { id: true, amountDue: true, workflowId: true } });
  let amountMismatches = 0;
  let workflowMismatches = 0;
  const expected = (id: string) => (100_000_000 - (perInvoice.get(id) ?? 0)) / 100; // amount due in dollars after 0.01 each
  for (const r of rows) if (Number(r.amountDue.toFixed(2)) !== expected(r.id)) amountMismatches++;
  await pool(0, rows.length, 8, async (k) => {
    const r = rows[k]!;
    try {
      const state = await stack.client.workflow.getHandle(r.workflowId).query(followUpState);
      if (Number(state.amountDue) !== expected(r.id)) workflowMismatches++;
    } catch {
      workflowMismatches++;
    }
  });
  const exactlyOnce = {
    acceptedEvents: load.accepted.length,
    distinctAcceptedEvents: acceptedSet.size,
    paymentRows: payments.length,
    duplicatePaymentEventIds,
    acceptedWithoutPayment,
    unanswered: inFlight.size,
    unansweredApplied,
    paymentsWithoutAccepted,
    webhookEventRows,
    amountMismatches,
    workflowMismatches,
    workflowsChecked: rows.length,
    pendingCommands,
    ...(pendingDetail ? { pendingDetail } : {}),
    ok: false,
  };
  exactlyOnce.ok =
    payments.length === acceptedSet.size + unansweredApplied &&
    acceptedSet.size === load.accepted.length &&
    duplicatePaymentEventIds === 0 &&
    acceptedWithoutPayment === 0 &&
    paymentsWithoutAccepted === 0 &&
    webhookEventRows === acceptedSet.size + unansweredApplied &&
    amountMismatches === 0 &&
    workflowMismatches === 0;

  return {
    seconds: opts.seconds,
    connections: opts.connections,
    invoices: opts.invoices,
    remit: { ...strip(load), latencyMs: summarize(load.responseTimes), usage },
    baseline: { ...strip(baseline), latencyMs: summarize(baseline.responseTimes) },
    signalBaseline: signals,
    ratioSignals: load.requestsPerSecond / signals.signalsPerSecond,
    ratioRps: load.requestsPerSecond / baseline.requestsPerSecond,
    exactlyOnce,
    latencies: { remit: load.responseTimes, baseline: baseline.responseTimes, signals: signalLatencies },
  };
}
