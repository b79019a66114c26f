// The follow-up worker for the idle-capacity scenario, in its own process so that its
// resident memory is the worker's alone (not the API's). It is Remit's worker (startRemit in
// `worker` mode, Remit's workflow bundle, REMIT_WORKER_MAX_CACHED_WORKFLOWS from the
// environment) on the task queue the parent names, with the database client a production
// worker has (Prisma over a pg pool, on this run's database). The idle follow-ups run no
// activity (their first step is far in the future), and the parent checks that none did.
//
// It also starts the follow-ups it serves (`fill`), the way the dispatcher starts them (same
// workflow, input, search attributes and ID policy) through its own Temporal client, so that
// the whole scenario can run at idle CPU priority beside the other scenarios (see idle.ts).
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { BroadcastChannel } from 'node:worker_threads';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client, Connection, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/common';
import { DefaultLogger, makeTelemetryFilterString, Runtime } from '@temporalio/worker';
import type { ChannelAdapter } from '../src/channels/types';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db';
import { createLogger } from '../src/logger';
import { startRemit } from '../src/remit';
import { followUpWorkflowId } from '../workflows/definitions';
import { AmountDue, CustomerId, DueDate, FollowUpStatus, InvoiceId } from '../workflows/searchAttributes';
import { sleepingFollowUpInput } from './lib/followUpInput';
import { pool, sleep } from './lib/stats';
import { RULES_OFF } from '../test/support/rules';

export interface IdleWorkerStatus {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  cachedWorkflows: number;
  inFlightActivations: number;
  activitiesRun: number;
  /** Threads that collected garbage before this measurement, of the threads known (main, workflow, loader). */
  gcThreads: number;
  gcThreadsKnown: number;
}

// Errors only: at idle priority workflow tasks often take over 5 s, which the SDK's core warns about.
Runtime.install({ logger: new DefaultLogger('ERROR'), telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR', other: 'ERROR' }), forward: {} } } });
const dir = mkdtempSync(join(tmpdir(), 'remit-bench-idle-'));
const real = Boolean(process.env.DATABASE_URL);
const opened = await openDatabase({ url: process.env.DATABASE_URL || 'postgresql://bench@127.0.0.1:9/unused' });
const database = real ? opened : { ...opened, execScript: async () => {} };
let activitiesRun = 0;
const adapter: ChannelAdapter = {
  provider: 'bench-idle',
  async send(m) {
    activitiesRun++;
    return { provider: 'bench-idle', providerMessageId: m.messageId };
  },
};
const remit = await startRemit({
  config: loadConfig({
    // The bench measures the engine: compliance rules would defer a burst (quiet hours, the gap).
    ...RULES_OFF,
    REMIT_DATA_DIR: dir,
    TEMPORAL_ADDRESS: process.env.BENCH_TEMPORAL_ADDRESS!,
    REMIT_TASK_QUEUE: process.env.BENCH_TASK_QUEUE!,
    REMIT_API_KEY: 'bench-api-key-0123456789',
    REMIT_WEBHOOK_SECRET: 'bench-webhook-secret-0123456789',
    REMIT_LOG_LEVEL: 'error',
    ...Object.fromEntries(Object.entries(process.env).filter(([k, v]) => v !== undefined && k.startsWith('REMIT_WORKER_'))),
  }),
  mode: 'worker',
  database,
  channels: { email: adapter, sms: adapter, whatsapp: adapter },
  workflowBundle: { code: readFileSync(process.env.BENCH_WORKFLOW_BUNDLE!, 'utf8') },
  logger: createLogger('error'),
});

export interface FillRequest {
  type: 'fill';
  count: number;
  concurrency: number;
  dueAt: number;
}

const connection = await Connection.connect({ address: process.env.BENCH_TEMPORAL_ADDRESS! });
const client = new Client({ connection, namespace: 'default' });

/** Starts `count` sleeping follow-ups on this worker's task queue; answers their workflow ids. */
async function fill(req: FillRequest): Promise<string[]> {
  const ids: string[] = [];
  const steps = sleepingFollowUpInput('', '', req.dueAt).steps;
  await pool(0, req.count, req.concurrency, async () => {
    const invoiceId = randomUUID();
    const customerId = randomUUID();
    const workflowId = followUpWorkflowId(invoiceId);
    // At idle CPU priority the server can be slow to answer: retry, a start is idempotent by id.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.workflow.start('invoiceFollowUp', {
          workflowId,
          taskQueue: process.env.BENCH_TASK_QUEUE!,
          args: [sleepingFollowUpInput(invoiceId, customerId, req.dueAt, steps)],
          workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
          workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
          typedSearchAttributes: [
            { key: InvoiceId, value: invoiceId },
            { key: CustomerId, value: customerId },
            { key: FollowUpStatus, value: 'scheduled' },
            { key: AmountDue, value: 125000 },
            { key: DueDate, value: new Date(req.dueAt) },
          ],
        });
        break;
      } catch (err) {
        if (err instanceof WorkflowExecutionAlreadyStartedError) break;
        if (attempt >= 10) throw err;
        await sleep(1000);
      }
    }
    ids.push(workflowId);
  });
  return ids;
}

/** Every thread that loaded lib/gcEveryThread.cjs, as its main-thread copy records them. */
const benchThreads = (): Set<number> => (globalThis as { benchThreads?: Set<number> }).benchThreads ?? new Set<number>();

/**
 * Collects garbage in every thread of this process that loaded lib/gcEveryThread.cjs (the
 * main thread, the SDK's workflow thread, a module loader's), waiting for each of them: at
 * idle CPU priority a thread can take seconds to get a core. Answers how many collected.
 */
function gcEveryThread(): Promise<number> {
  const known = benchThreads();
  const channel = new BroadcastChannel('remit-bench-gc');
  const threads = new Set<number>();
  return new Promise<number>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      channel.close();
      resolve(threads.size);
    };
    const timer = setTimeout(done, 15_000);
    channel.onmessage = (event) => {
      const data = (event as MessageEvent).data as { type?: string; threadId?: number };
      if (data?.type !== 'gc-done') return;
      threads.add(data.threadId!);
      if ([...known].every((id) => threads.has(id))) done();
    };
    channel.postMessage({ type: 'gc' });
  });
}

process.on('message', (msg: { type: string; gc?: boolean } & Partial<FillRequest>) => {
  if (msg.type === 'fill') {
    fill(msg as FillRequest).then(
      (ids) => process.send!({ type: 'filled', ids }),
      (err: Error) => process.send!({ type: 'filled', error: err.message }),
    );
  } else if (msg.type === 'status') {
    // For a measurement, collect garbage first, in every thread, so that the figures are what
    // is live (not on every settle poll: two full collections twice a second cost the worker
    // ~10 ms per follow-up).
    void (msg.gc ? gcEveryThread() : Promise.resolve(0)).then((gcThreads) => {
      const m = process.memoryUsage();
      const s = remit.worker!.getStatus();
      const status: IdleWorkerStatus = {
        rss: m.rss,
        heapUsed: m.heapUsed,
        heapTotal: m.heapTotal,
        external: m.external,
        arrayBuffers: m.arrayBuffers,
        cachedWorkflows: s.numCachedWorkflows,
        inFlightActivations: s.numInFlightWorkflowActivations,
        activitiesRun: activitiesRun + s.numInFlightActivities,
        gcThreads,
        gcThreadsKnown: benchThreads().size,
      };
      process.send!({ type: 'status', status });
    });
  } else if (msg.type === 'stop') {
    void remit
      .stop()
      .then(() => connection.close())
      .then(() => database.close())
      .finally(() => {
        rmSync(dir, { recursive: true, force: true });
        process.exit(0);
      });
  }
});
process.send!({ type: 'ready' });
