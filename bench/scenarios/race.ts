// 2. Stop race: R invoices whose single touchpoint falls due at its own instant T_k (one
// every `gap` ms, on a continuous schedule), each paid in full by a signed payment webhook
// fired at T_k + d + an offset spread evenly over [-jitter, +jitter] ms.
//
// d is how late touchpoints actually fire at that moment: every 11th invoice is an unpaid
// probe, and d is the median delay (due → message handed to the channel) of the last three
// probes that went out (0 until one has). So payments land around the moment the send
// happens, and many really race it. `--race-center due` fires at T_k ± jitter instead.
//   - post-payment sends: messages the recording channel was handed after the webhook's
//     2xx arrived (must be zero);
//   - stop latency: webhook 2xx → workflow closed (the server's close time, same clock).
// Baseline, paired: R bench workflows that wait for one signal and return, run by a bench
// worker in its own process; workflow k is signalled at the same instant as webhook k, so
// both see the same machine and the same Temporal server. Signal acknowledged → closed.
// Webhooks and signals are sent, and their answers timed, by the load-driver process.
import { breakdown, type Breakdown } from '../lib/history';
import { closeTimes, createInvoices, createSequence, invoiceBody } from '../lib/invoices';
import { addUsage, startMeter, type Usage } from '../lib/meter';
import { summarize, type Summary } from '../lib/stats';
import { WEBHOOK_SECRET, type Stack } from '../lib/stack';
import type { RaceItemResult } from '../driver';

export interface RaceResult {
  races: number;
  probes: number;
  batch: number;
  gapMs: number;
  jitterMs: number;
  center: 'fire' | 'due';
  createSeconds: number;
  windowSeconds: number;
  postPaymentSends: number;
  /** Payment accepted first: nothing was sent. */
  paymentFirst: number;
  /** A send that happened while the webhook was in flight (the webhook waited for it). */
  sentWhileWebhookInFlight: number;
  sentBeforeWebhook: number;
  /** Sent messages: how long before the webhook's 2xx (ms). */
  sendBefore2xxMs: Summary;
  /** d used when firing (ms). */
  centerMs: Summary;
  probeDelayMs: Summary;
  webhookStatus: Record<string, number>;
  webhookLatencyMs: Summary;
  lateFires: number;
  notClosed: number;
  closedStatus: Record<string, number>;
  dbSentRows: number;
  stopLatencyMs: Summary;
  /** From the workflow histories: payment signal recorded → workflow completed, by bucket. */
  signalToClose: Breakdown;
  baseline: { stopLatencyMs: Summary; notClosed: number; signalToClose: Breakdown };
  ratioP99: number;
  usage: Usage;
  latencies: { remit: number[]; baseline: number[] };
}

interface Race {
  k: number;
  externalId: string;
  id: string;
  workflowId: string;
  dueAt: number;
  offset: number;
  baselineId: string;
  firedAt?: number;
  t2xx?: number;
  status?: number;
  ms?: number;
  baseAck?: number;
}

export async function runRace(
  stack: Stack,
  opts: { races: number; batch: number; gapMs: number; jitterMs: number; center: 'fire' | 'due'; concurrency: number; tag: string; msPerInvoice: number; log: (s: string) => void },
): Promise<RaceResult> {
  const { races, gapMs, jitterMs, concurrency, tag } = opts;
  const sequence = `race-${tag}`;
  await createSequence(stack, sequence, [{ offset: 'PT0S', channel: 'email', template: 'due_date_notice' }]);
  const isProbe = (k: number) => k % 11 === 10;

  // The paired baseline's workflows wait for their signal in a worker process of their own.
  const baseQueue = `bench-race-${tag}`;
  const baseWorker = await stack.startBenchWorkerProcess(baseQueue);
  const baseIds = Array.from({ length: races }, (_, i) => `bench-signal-${tag}-${i}`);
  try {
    const list: Race[] = [];
    const probes: { id: string; dueAt: number }[] = [];
    const probeDelay = (p: { id: string; dueAt: number }) => {
      const s = stack.sentByInvoice.get(p.id);
      return s?.length ? s[0]!.at - p.dueAt : undefined;
    };
    const centers: number[] = [];
    const closed = new Map<string, { closedAt: number; status: string }>();
    const baseClosed = new Map<string, { closedAt: number; status: string }>();
    let createSeconds = 0;
    let windowSeconds = 0;
    let lateFires = 0;
    let usage: Usage | undefined;
    let msPerInvoice = opts.msPerInvoice;
    let index = 0;
    let r = 0;
    // In batches: a batch's follow-ups all close before the next batch starts, so queues stay bounded.
    for (let done = 0; done < races; ) {
      const n = Math.min(opts.batch, races - done);
      const total = n + Math.floor(n / 10); // every 11th invoice is a probe
      const from = index;
      index += total;
      const bIds = baseIds.slice(r, r + n);
      await stack.driver.run({
        type: 'start',
        address: stack.temporalAddress,
        starts: bIds.map((id) => ({ workflowType: 'benchWaitForSignal', workflowId: id, taskQueue: baseQueue, args: [] })),
        concurrency,
      });
      // Every invoice of the batch exists before its first touchpoint falls due.
      const c0 = Date.now();
      const start = c0 + Math.ceil(total * msPerInvoice * 1.15) + 1000;
      const dueAt = (k: number) => start + (k - from) * gapMs;
      const created = await createInvoices(stack, tag, from, from + total, concurrency, (k) => invoiceBody(tag, k, new Date(dueAt(k)).toISOString(), { sequence }));
      createSeconds += (Date.now() - c0) / 1000;
      msPerInvoice = (Date.now() - c0) / total;
      const batchProbes = created.filter((c) => isProbe(c.index - from)).map((c) => ({ id: c.id, dueAt: dueAt(c.index) }));
      probes.push(...batchProbes);
      const center = () => {
        if (opts.center === 'due') return 0;
        const seen = batchProbes.map(probeDelay).filter((d): d is number => d !== undefined);
        const last = seen.slice(-3).sort((x, y) => x - y);
        return last.length ? last[Math.floor(last.length / 2)]! : 0;
      };
      const batchList: Race[] = [];
      for (const c of created) {
        if (isProbe(c.index - from)) continue;
        // Evenly spread over [-jitter, +jitter] but not in time order (golden-ratio sequence).
        const offset = -jitterMs + 2 * jitterMs * ((r * 0.6180339887) % 1);
        batchList.push({ k: c.index, externalId: c.externalId, id: c.id, workflowId: c.workflowId, dueAt: dueAt(c.index), offset, baselineId: baseIds[r]! });
        r++;
      }

      const meter = startMeter(stack);
      const w0 = Date.now();
      // The driver process fires the webhooks and the paired signals; it is told d as it changes.
      stack.driver.setCenter(0);
      const tick = setInterval(() => {
        const d = center();
        centers.push(d);
        stack.driver.setCenter(d);
      }, 100);
      let results: RaceItemResult[];
      try {
        results = await stack.driver.run<RaceItemResult[]>({
          type: 'race',
          url: stack.url,
          address: stack.temporalAddress,
          secret: WEBHOOK_SECRET,
          center: opts.center,
          items: batchList.map((x) => ({ externalId: x.externalId, dueAt: x.dueAt, offset: x.offset, baselineId: x.baselineId })),
        });
      } finally {
        clearInterval(tick);
      }
      windowSeconds += (Date.now() - w0) / 1000;
      results.forEach((res, i) => {
        const x = batchList[i]!;
        x.firedAt = res.firedAt;
        x.t2xx = res.t2xx;
        x.status = res.status;
        x.ms = res.ms;
        x.baseAck = res.baseAck;
        if (res.firedAt - Math.round(x.dueAt + res.d + x.offset) > 5) lateFires++;
      });
      for (const [k, v] of await closeTimes(stack.client, batchList.map((x) => x.workflowId), 300_000)) closed.set(k, v);
      for (const [k, v] of await closeTimes(stack.client, bIds, 60_000)) baseClosed.set(k, v);
      usage = addUsage(usage, meter.stop());
      list.push(...batchList);
      done += n;
      const sentFirst = batchList.filter((x) => (stack.sentByInvoice.get(x.id)?.length ?? 0) > 0).length;
      opts.log(`  race batch ${Math.ceil(done / opts.batch)}: ${n} races (+${total - n} probes, touchpoints every ${gapMs} ms), ${sentFirst} sent before their payment was accepted, d ≈ ${center()} ms, ${((Date.now() - c0) / 1000).toFixed(0)} s`);
    }

    let postPaymentSends = 0;
    let sentWhileWebhookInFlight = 0;
    let sentBeforeWebhook = 0;
    let paymentFirst = 0;
    const sendBefore: number[] = [];
    const webhookStatus: Record<string, number> = {};
    const closedStatus: Record<string, number> = {};
    const stop: number[] = [];
    const base: number[] = [];
    let notClosed = 0;
    let baseNotClosed = 0;
    for (const x of list) {
      webhookStatus[String(x.status)] = (webhookStatus[String(x.status)] ?? 0) + 1;
      const sends = stack.sentByInvoice.get(x.id) ?? [];
      if (sends.length === 0) paymentFirst++;
      for (const s of sends) {
        if (x.status !== undefined && x.status < 300 && s.at > x.t2xx!) postPaymentSends++;
        else {
          sendBefore.push(x.t2xx! - s.at);
          if (s.at >= x.firedAt!) sentWhileWebhookInFlight++;
          else sentBeforeWebhook++;
        }
      }
      const c = closed.get(x.workflowId);
      if (!c) notClosed++;
      else {
        closedStatus[c.status] = (closedStatus[c.status] ?? 0) + 1;
        stop.push(c.closedAt - x.t2xx!);
      }
      const b = baseClosed.get(x.baselineId);
      if (b && x.baseAck) base.push(b.closedAt - x.baseAck);
      else baseNotClosed++;
    }
    opts.log(`  race: ${paymentFirst} payment first, ${sentWhileWebhookInFlight} sent while the webhook was in flight, ${sentBeforeWebhook} sent before it; ${postPaymentSends} sent after a 2xx`);
    const dbSentRows = await stack.db.message.count({ where: { status: 'sent', invoiceId: { in: list.map((x) => x.id) } } });
    const isSignal = (e: { type: string }) => e.type === 'workflowExecutionSignaled';
    const isClosed = (e: { type: string }) => e.type === 'workflowExecutionCompleted';
    const stopLatencyMs = summarize(stop);
    const baseLatency = summarize(base);
    return {
      races,
      probes: probes.length,
      batch: opts.batch,
      gapMs,
      jitterMs,
      center: opts.center,
      createSeconds,
      windowSeconds,
      postPaymentSends,
      paymentFirst,
      sentWhileWebhookInFlight,
      sentBeforeWebhook,
      sendBefore2xxMs: summarize(sendBefore),
      centerMs: summarize(centers),
      probeDelayMs: summarize(probes.map(probeDelay).filter((d): d is number => d !== undefined)),
      webhookStatus,
      webhookLatencyMs: summarize(list.map((x) => x.ms ?? NaN).filter(Number.isFinite)),
      lateFires,
      notClosed,
      closedStatus,
      dbSentRows,
      stopLatencyMs,
      signalToClose: await breakdown(stack.client, list.map((x) => x.workflowId), isSignal, isClosed),
      baseline: { stopLatencyMs: baseLatency, notClosed: baseNotClosed, signalToClose: await breakdown(stack.client, baseIds, isSignal, isClosed) },
      ratioP99: stopLatencyMs.p99 / baseLatency.p99,
      usage: usage!,
      latencies: { remit: stop, baseline: base },
    };
  } finally {
    await baseWorker.stop();
  }
}
