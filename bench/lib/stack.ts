// The embedded stack a bench run measures, all in this process except the Temporal server:
// a Temporal dev server persisted to a temporary SQLite file (startDevServer adds the same
// SQLite pragmas Remit uses), the embedded PostgreSQL server on disk, as `npm start` runs it
// (or a fresh database on the PostgreSQL server named by DATABASE_URL), Remit (API, reconciler, worker) on a free port with a recording
// channel, and a separate bench worker that runs the baseline workflows.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from '@temporalio/client';
import { bundleWorkflowCode, NativeConnection, Worker } from '@temporalio/worker';
import { signatureHeader } from '../../src/api/signature';
import type { ChannelAdapter, ChannelAdapters, OutgoingMessage } from '../../src/channels/types';
import { loadConfig } from '../../src/config';
import { migrate, openDatabase, type Database, type Db } from '../../src/db';
import { startEmbeddedPostgres } from '../../src/embeddedPostgres';
import { createLogger } from '../../src/logger';
import { startRemit, type Remit } from '../../src/remit';
import { startDevServer, type DevServer } from '../../src/temporal/devServer';
import { WORKFLOWS_PATH } from '../../src/temporal/worker';
import { createBenchActivities, type BenchTouch } from './benchActivities';
import { startDriver, type Driver } from './driver';
import { findChild } from './proc';
import { timedFetch, type HttpResult } from './http';
import { scratchDatabase } from '../../test/support/db';
import { freePort } from '../../test/support/net';
import { RULES_OFF } from '../../test/support/rules';

export { freePort };

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const API_KEY = 'bench-api-key-0123456789';
export const WEBHOOK_SECRET = 'bench-webhook-secret-0123456789';

export interface Sent {
  invoiceId: string;
  messageId: string;
  idempotencyKey: string;
  channel: string;
  at: number;
}

export interface DbOps {
  /** `model.operation` → count and summed wall time (ms; includes waiting for the connection). */
  byOp: Map<string, { count: number; ms: number }>;
  total(): { count: number; ms: number };
  snapshot(): Record<string, { count: number; ms: number }>;
}

export type ApiResponse = HttpResult;

export interface Stack {
  dir: string;
  url: string;
  taskQueue: string;
  remit: Remit;
  /** The database as Remit sees it (Prisma with a counting extension). */
  db: Db;
  database: Database;
  /** The embedded PostgreSQL server this run started, or the server DATABASE_URL names. */
  dbKind: 'embedded' | 'postgres';
  /** postgresql:// URL of this run's database (the idle worker process connects to it). */
  dbUrl: string;
  /** The embedded server's postmaster (its backends are its children); undefined with DATABASE_URL. */
  postgresPid: number | undefined;
  dbOps: DbOps;
  client: Client;
  temporalAddress: string;
  temporalPid: number | undefined;
  bundlePath: string;
  sent: Sent[];
  sentByInvoice: Map<string, Sent[]>;
  bench: { taskQueue: string; touches: BenchTouch[]; bundlePath: string; worker: Worker };
  /** A bench worker in its own process on `queue` (bench workflows, no recording). */
  startBenchWorkerProcess(queue: string): Promise<{ stop(): Promise<void> }>;
  /** The load driver process: requests and signals whose client-side timings count. */
  driver: Driver;
  api(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
  webhook(event: unknown): Promise<ApiResponse>;
  /** Stops the in-process follow-up worker (the idle scenario hands its task queue to a worker process). */
  stopRemitWorker(): Promise<void>;
  stop(): Promise<void>;
}

export interface StackOptions {
  databaseUrl?: string;
  keep: boolean;
  log: (line: string) => void;
}


function countingDb(prisma: Db): { db: Db; ops: DbOps } {
  const byOp = new Map<string, { count: number; ms: number }>();
  const db = prisma.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        const t0 = performance.now();
        try {
          return await query(args);
        } finally {
          const key = `${model ?? '$raw'}.${operation}`;
          const e = byOp.get(key) ?? { count: 0, ms: 0 };
          e.count++;
          e.ms += performance.now() - t0;
          byOp.set(key, e);
        }
      },
    },
  }) as unknown as Db;
  return {
    db,
    ops: {
      byOp,
      total() {
        let count = 0;
        let ms = 0;
        for (const v of byOp.values()) {
          count += v.count;
          ms += v.ms;
        }
        return { count, ms };
      },
      snapshot() {
        return Object.fromEntries([...byOp].map(([k, v]) => [k, { ...v }]));
      },
    },
  };
}


export async function startStack(opts: StackOptions): Promise<Stack> {
  const dir = mkdtempSync(join(tmpdir(), 'remit-bench-'));
  const logger = createLogger('error');
  const cleanups: (() => Promise<unknown>)[] = [];

  // Temporal: a dev server persisted to a SQLite file, like `npm start`.
  const temporalPort = await freePort();
  const devServer: DevServer = await startDevServer({ port: temporalPort, dbFile: join(dir, 'temporal.sqlite'), logFile: join(dir, 'temporal.log'), logger });
  cleanups.push(() => devServer.stop());
  const temporalPid = findChild(process.pid, (argv) => argv.includes('start-dev') && argv.includes(String(temporalPort)));
  opts.log(`temporal dev server ${devServer.address} (pid ${temporalPid ?? '?'}, SQLite ${join(dir, 'temporal.sqlite')})`);

  // Database.
  let dbUrl: string;
  let postgresPid: number | undefined;
  if (opts.databaseUrl) {
    const fresh = await scratchDatabase(opts.databaseUrl, 'remit_bench');
    dbUrl = fresh.url;
    if (!opts.keep) cleanups.push(() => fresh.drop());
    opts.log(`database: PostgreSQL, fresh database ${new URL(fresh.url).pathname.slice(1)}`);
  } else {
    // The same server and settings as `npm start` (durable: fsync on).
    const embedded = await startEmbeddedPostgres({ dataDir: join(dir, 'postgres'), port: 0, password: 'bench', logFile: join(dir, 'postgres.log'), logger });
    cleanups.push(() => embedded.stop());
    dbUrl = embedded.url;
    postgresPid = embedded.pid;
    opts.log(`database: embedded PostgreSQL ${embedded.version} in ${join(dir, 'postgres')} (pid ${embedded.pid})`);
  }
  const database: Database = await openDatabase({ url: dbUrl });
  cleanups.push(() => database.close());
  await migrate(database);
  const { db, ops } = countingDb(database.prisma);

  // Remit's workflows, bundled once (the idle scenario's worker process loads the same file).
  const quiet = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} };
  const bundle = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quiet as never });
  const bundlePath = join(dir, 'remit-workflows.js');
  writeFileSync(bundlePath, bundle.code);

  // The recording channel: every send, with the time the adapter was handed it.
  const sent: Sent[] = [];
  const sentByInvoice = new Map<string, Sent[]>();
  const recorder: ChannelAdapter = {
    provider: 'bench',
    async send(m: OutgoingMessage) {
      const s: Sent = { invoiceId: m.invoiceId, messageId: m.messageId, idempotencyKey: m.idempotencyKey, channel: m.channel, at: Date.now() };
      sent.push(s);
      const list = sentByInvoice.get(m.invoiceId);
      if (list) list.push(s);
      else sentByInvoice.set(m.invoiceId, [s]);
      return { provider: 'bench', providerMessageId: `bench-${m.messageId}` };
    },
  };
  const channels: ChannelAdapters = { email: recorder, sms: recorder, whatsapp: recorder };

  const taskQueue = `remit-bench-${randomBytes(3).toString('hex')}`;
  const passThrough = Object.fromEntries(
    Object.entries(process.env).filter(([k, v]) => v !== undefined && /^REMIT_(WORKER_|RECONCILE_INTERVAL_MS|MAX_MESSAGES_PER_INVOICE)/.test(k)),
  ) as Record<string, string>;
  const remit = await startRemit({
    config: loadConfig({
      // The bench measures the engine: compliance rules would defer a burst (quiet hours, the gap).
      ...RULES_OFF,
      PORT: '0',
      HOST: '127.0.0.1',
      REMIT_DATA_DIR: dir,
      TEMPORAL_ADDRESS: devServer.address,
      REMIT_TASK_QUEUE: taskQueue,
      REMIT_API_KEY: API_KEY,
      REMIT_WEBHOOK_SECRET: WEBHOOK_SECRET,
      REMIT_LOG_LEVEL: 'error',
      ...passThrough,
    }),
    database: { ...database, prisma: db },
    channels,
    workflowBundle: { code: bundle.code },
    logger,
  });
  cleanups.push(() => remit.stop());
  const url = `http://127.0.0.1:${remit.port}`;

  // The bench worker: baseline workflows on their own task queue, in this process like Remit's.
  const benchQueue = `bench-baseline-${randomBytes(3).toString('hex')}`;
  const touches: BenchTouch[] = [];
  const nativeConnection = await NativeConnection.connect({ address: devServer.address });
  cleanups.push(() => nativeConnection.close());
  const benchBundle = await bundleWorkflowCode({ workflowsPath: join(BENCH_DIR, 'workflows', 'index.ts'), logger: quiet as never });
  const benchBundlePath = join(dir, 'bench-workflows.js');
  writeFileSync(benchBundlePath, benchBundle.code);
  const benchWorker = await Worker.create({
    connection: nativeConnection,
    namespace: 'default',
    taskQueue: benchQueue,
    workflowBundle: { code: benchBundle.code },
    activities: createBenchActivities(touches),
  });
  const benchRunning = benchWorker.run().catch((err: Error) => opts.log(`bench worker stopped: ${err.message}`));
  cleanups.push(async () => {
    if (benchWorker.getState() === 'RUNNING') benchWorker.shutdown();
    await benchRunning;
  });

  const driver = await startDriver(BENCH_DIR);
  cleanups.push(() => driver.stop());

  const api = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse> =>
    timedFetch(url + path, {
      method,
      headers: { authorization: `Bearer ${API_KEY}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });


  let workerStopped = false;
  return {
    dir,
    url,
    taskQueue,
    remit,
    db,
    database,
    dbKind: opts.databaseUrl ? 'postgres' : 'embedded',
    dbUrl,
    postgresPid,
    dbOps: ops,
    driver,
    client: remit.client,
    temporalAddress: devServer.address,
    temporalPid,
    bundlePath,
    sent,
    sentByInvoice,
    bench: { taskQueue: benchQueue, touches, bundlePath: benchBundlePath, worker: benchWorker },
    async startBenchWorkerProcess(queue: string) {
      const child = fork(join(BENCH_DIR, 'benchWorker.ts'), [], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        env: { ...process.env, BENCH_TEMPORAL_ADDRESS: devServer.address, BENCH_TASK_QUEUE: queue, BENCH_WORKFLOW_BUNDLE: benchBundlePath },
      });
      await new Promise<void>((resolve, reject) => {
        child.once('message', () => resolve());
        child.once('exit', (code) => reject(new Error(`bench worker process exited with ${code}`)));
      });
      return {
        stop: () =>
          new Promise<void>((resolve) => {
            const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
            child.once('exit', () => {
              clearTimeout(t);
              resolve();
            });
            child.send({ type: 'stop' });
          }),
      };
    },
    api,
    webhook(event: unknown) {
      const raw = JSON.stringify(event);
      return api('POST', '/v1/webhooks/payments', raw, { 'remit-signature': signatureHeader(WEBHOOK_SECRET, raw) });
    },
    async stopRemitWorker() {
      if (workerStopped || !remit.worker) return;
      workerStopped = true;
      if (remit.worker.getState() === 'RUNNING') remit.worker.shutdown();
      const deadline = Date.now() + 30_000;
      while (remit.worker.getState() !== 'STOPPED' && remit.worker.getState() !== 'FAILED' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    },
    async stop() {
      for (const fn of cleanups.reverse()) await fn().catch((err: Error) => opts.log(`shutdown step failed: ${err.message}`));
      if (!opts.keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}
