// Bench-only workflows, bundled into a separate bench worker on its own task queue. They do
// what Remit's follow-up does with Temporal and nothing else, so each Remit figure has the
// platform's own cost beside it as a baseline.
import { condition, defineQuery, defineSignal, proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import type { BenchActivities } from '../lib/benchActivities';

export const benchStop = defineSignal('benchStop');
/** Shaped like Remit's paymentReceived signal. */
export const benchPayment = defineSignal<[{ paymentId: string; amount: string }]>('benchPayment');
export const benchSignalsReceived = defineQuery<number>('benchSignalsReceived');

/** Stop-race baseline: waits for one signal, then returns. */
export async function benchWaitForSignal(): Promise<void> {
  let stopped = false;
  setHandler(benchStop, () => {
    stopped = true;
  });
  await condition(() => stopped);
}

/**
 * Ingest baseline: what a follow-up's first workflow task does with Temporal. It takes the
 * follow-up's input and waits on a durable timer until its first step (a signal could cut
 * it short), as invoiceFollowUp does; nothing else.
 */
export async function benchSleepToFirstStep(input: { dueAt: number; steps: { at: number }[] }): Promise<void> {
  let stopped = false;
  setHandler(benchStop, () => {
    stopped = true;
  });
  const first = input.steps[0]?.at ?? input.dueAt;
  await condition(() => stopped, Math.max(first - Date.now(), 1));
}

/** Webhook baseline: counts payment-shaped signals (a query reads the count) until stopped. */
export async function benchCountSignals(): Promise<void> {
  let received = 0;
  let stopped = false;
  setHandler(benchPayment, () => {
    received++;
  });
  setHandler(benchSignalsReceived, () => received);
  setHandler(benchStop, () => {
    stopped = true;
  });
  await condition(() => stopped);
}

const { benchNoop, benchRecord } = proxyActivities<BenchActivities>({ startToCloseTimeout: '10 seconds' });

/**
 * Due-burst baseline: the same Temporal round trips as one touchpoint of invoiceFollowUp
 * (a durable timer, then one activity like syncInvoice, then one like sendMessage, which
 * records when it ran), with no database and no rendering.
 */
export async function benchTouchAt(id: string, dueAt: number): Promise<void> {
  const wait = dueAt - Date.now();
  if (wait > 0) await sleep(wait);
  await benchNoop(id);
  await benchRecord(id, dueAt);
}
