// Invoices and payment events as a bench run sends them, and the Temporal-side helpers the
// scenarios share (when did a workflow close).
import type { Client } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import { pool, sleep, type Summary } from './stats';
import { API_KEY, type ApiResponse, type Stack } from './stack';
import type { HttpResult } from '../driver';

export function invoiceBody(tag: string, i: number, dueDate: string, opts: { sequence?: string; amount?: string } = {}) {
  return {
    externalId: `${tag}-${i}`,
    number: `B-${tag}-${i}`,
    amountDue: opts.amount ?? '1250.00',
    currency: 'USD',
    dueDate,
    ...(opts.sequence ? { sequence: opts.sequence } : {}),
    paymentUrl: `https://pay.example.com/${tag}/${i}`,
    customer: { externalId: `${tag}-c${i}`, name: 'Bench Customer', email: `c${i}@${tag}.example.com`, phone: '+14155550123', timezone: 'Europe/London' },
  };
}

export function paymentEvent(id: string, invoiceExternalId: string, amount: string) {
  return { id, type: 'payment.succeeded', data: { invoiceExternalId, amount, currency: 'USD' } };
}

export interface Created {
  index: number;
  externalId: string;
  id: string;
  workflowId: string;
  response: ApiResponse;
}

/** Creates invoices [from, to) through the API with `concurrency` requests in flight. */
export async function createInvoices(
  stack: Stack,
  tag: string,
  from: number,
  to: number,
  concurrency: number,
  body: (i: number) => unknown,
): Promise<Created[]> {
  // Sent by the driver process, so that the latencies are the client's, not this event loop's.
  const results = await stack.driver.run<HttpResult[]>({
    type: 'post',
    url: stack.url,
    apiKey: API_KEY,
    requests: Array.from({ length: to - from }, (_, k) => ({ path: '/v1/invoices', body: body(from + k) })),
    concurrency,
  });
  return results.map((r, k) => {
    const i = from + k;
    const b = r.body as { id: string; workflowId: string };
    if (r.status !== 201) throw new Error(`POST /v1/invoices #${i}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    return { index: i, externalId: `${tag}-${i}`, id: b.id, workflowId: b.workflowId, response: r as ApiResponse };
  });
}

export async function createSequence(stack: Stack, name: string, steps: unknown[]): Promise<void> {
  const r = await stack.api('POST', '/v1/sequences', { name, steps });
  if (r.status !== 201) throw new Error(`POST /v1/sequences: ${r.status} ${JSON.stringify(r.body)}`);
}

/**
 * Close time (server clock, same machine) of each workflow, polling describe() until every
 * one has closed or the deadline passes. Missing entries did not close in time.
 */
export async function closeTimes(client: Client, workflowIds: string[], timeoutMs: number, concurrency = 16): Promise<Map<string, { closedAt: number; status: string }>> {
  const closed = new Map<string, { closedAt: number; status: string }>();
  const deadline = Date.now() + timeoutMs;
  while (closed.size < workflowIds.length && Date.now() < deadline) {
    const open = workflowIds.filter((id) => !closed.has(id));
    await pool(0, open.length, concurrency, async (k) => {
      const id = open[k]!;
      try {
        const d = await client.workflow.getHandle(id).describe();
        if (d.closeTime) closed.set(id, { closedAt: d.closeTime.getTime(), status: d.status.name });
      } catch {
        /* not visible yet */
      }
    });
    if (closed.size < workflowIds.length) await sleep(300);
  }
  return closed;
}

export const fmtSummary = (s: Summary, unit = 'ms') => `p50 ${s.p50.toFixed(0)} / p99 ${s.p99.toFixed(0)} ${unit}`;

/** Approximate number of tasks waiting on a task queue (workflow or activity tasks). */
export async function backlog(client: Client, queue: string, kind: 'workflow' | 'activity' = 'workflow'): Promise<number> {
  const r = await client.workflowService.describeTaskQueue({
    namespace: 'default',
    taskQueue: { name: queue, kind: 1 /* TASK_QUEUE_KIND_NORMAL */ },
    taskQueueType: kind === 'workflow' ? 1 /* TASK_QUEUE_TYPE_WORKFLOW */ : 2 /* TASK_QUEUE_TYPE_ACTIVITY */,
    reportStats: true,
  });
  return Number(r.stats?.approximateBacklogCount ?? 0);
}

/** A task queue and the worker in this process that serves it. */
export interface ServedQueue {
  queue: string;
  worker: Pick<Worker, 'getStatus'> | undefined;
}
export const remitQueue = (stack: Stack): ServedQueue => ({ queue: stack.taskQueue, worker: stack.remit.worker });
export const benchQueue = (stack: Stack): ServedQueue => ({ queue: stack.bench.taskQueue, worker: stack.bench.worker });

/** Waits until nothing is queued for a worker (Remit's by default) nor running in it, so the next measurement starts clean. Returns seconds waited. */
export async function settle(stack: Stack, on: ServedQueue = remitQueue(stack), timeoutMs = 120_000): Promise<number> {
  const t0 = Date.now();
  let quiet = 0;
  while (Date.now() - t0 < timeoutMs) {
    const [w, a] = await Promise.all([backlog(stack.client, on.queue, 'workflow'), backlog(stack.client, on.queue, 'activity')]);
    const s = on.worker?.getStatus();
    quiet = w === 0 && a === 0 && (s?.numInFlightWorkflowActivations ?? 0) === 0 && (s?.numInFlightActivities ?? 0) === 0 ? quiet + 1 : 0;
    if (quiet >= 2) break;
    await sleep(250);
  }
  return (Date.now() - t0) / 1000;
}
