// The follow-up worker for the idle-capacity scenario, in its own process so that its
// resident memory is the worker's alone (not the API's, not PGlite's). It is Remit's worker
// (startRemit in `worker` mode, Remit's workflow bundle, REMIT_WORKER_MAX_CACHED_WORKFLOWS
// from the environment) on the task queue the parent names, with the database client a
// production worker has (Prisma over a pg pool). On PGlite runs that pool points nowhere
// and never connects: the idle follow-ups run no activity (their first step is far in the
// future), and the parent checks that none did; PGlite itself is not a worker's memory.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import type { ChannelAdapter } from '../src/channels/types';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db';
import { createLogger } from '../src/logger';
import { startRemit } from '../src/remit';

export interface IdleWorkerStatus {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  cachedWorkflows: number;
  inFlightActivations: number;
  activitiesRun: number;
}

Runtime.install({ logger: new DefaultLogger('ERROR') });
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

const gc = (globalThis as { gc?: () => void }).gc;
process.on('message', (msg: { type: string }) => {
  if (msg.type === 'status') {
    // Collect garbage first so that the heap figures are what is live.
    gc?.();
    gc?.();
    setTimeout(() => {
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
      };
      process.send!({ type: 'status', status });
    }, 300);
  } else if (msg.type === 'stop') {
    void remit
      .stop()
      .then(() => database.close())
      .finally(() => {
        rmSync(dir, { recursive: true, force: true });
        process.exit(0);
      });
  }
});
process.send!({ type: 'ready' });
