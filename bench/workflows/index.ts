// Bench-only workflows, bundled into a separate bench worker on its own task queue. They do
// what Remit's follow-up does with Temporal and nothing else, so each Remit figure has the
// platform's own cost beside it as a baseline.
import { condition, defineSignal, proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import type { BenchActivities } from '../lib/benchActivities';

export const benchStop = defineSignal('benchStop');

/** Stop-race baseline: waits for one signal, then returns. */
export async function benchWaitForSignal(): Promise<void> {
  let stopped = false;
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
