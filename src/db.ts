// The database: server PostgreSQL when DATABASE_URL is set, else PGlite (embedded
// PostgreSQL in Wasm, in a thread of its own) under the data directory. Both go through
// Prisma driver adapters.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DriverAdapterError, type SqlDriverAdapter, type SqlDriverAdapterFactory, type SqlQuery, type SqlResultSet, type TransactionOptions } from '@prisma/driver-adapter-utils';
import { PrismaClient } from './generated/prisma/client';

export type Db = PrismaClient;

export interface Database {
  prisma: Db;
  kind: 'pglite' | 'postgres';
  /** Runs a multi-statement SQL script outside Prisma (migrations). */
  execScript(sql: string): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: how busy its one connection has been since it opened (for the bench). */
  connectionStats?(): ConnectionStats;
}

export interface ConnectionStats {
  /** Time PGlite's thread spent running (not waiting for a request). */
  busyMs: number;
  /** Time the connection was held by a transaction (begin to commit or rollback): no other statement can run then. */
  heldMs: number;
  transactions: number;
}

export interface DatabaseOptions {
  /** postgresql:// URL; when absent, PGlite at `pgliteDir` (or in memory with 'memory://'). */
  url?: string;
  pgliteDir?: string;
  poolSize?: number;
}

/**
 * A transaction starts when a connection is free (PGlite has one, the pool ten), and a send's
 * may hold one up to its 8 s timeout (it keeps the row lock across the provider call). Waiting
 * for it is queueing, not failure, so the wait allowed (Prisma's default: 2 s) is longer than that.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000 };

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.url) {
    const pg = (await import('pg')).default;
    const { PrismaPg } = await import('@prisma/adapter-pg');
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10, connectionTimeoutMillis: 5000 });
    // An idle client losing its server (PostgreSQL restarting) must not crash the process.
    pool.on('error', () => {});
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: TRANSACTION_OPTIONS });
    return {
      prisma,
      kind: 'postgres',
      async execScript(sql) {
        await pool.query(sql);
      },
      async close() {
        await prisma.$disconnect();
        await pool.end().catch(() => {});
      },
    };
  }
  const dir = opts.pgliteDir ?? 'memory://';
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const thread = await PGliteThread.start(dir);
  const prisma = new PrismaClient({ adapter: thread.adapterFactory(), transactionOptions: TRANSACTION_OPTIONS });
  return {
    prisma,
    kind: 'pglite',
    async execScript(sql) {
      await thread.call('exec', { arg: sql });
    },
    async close() {
      await prisma.$disconnect();
      await thread.close();
    },
    connectionStats: () => thread.stats(),
  };
}

const ADAPTER_NAME = 'pglite-prisma-adapter';

/**
 * PGlite in a worker thread of its own (src/pgliteThread.mjs), seen by Prisma as a driver
 * adapter: the Wasm database gets its own core instead of blocking the API's and the
 * Temporal worker's event loop. The thread keeps the process alive only while a request is
 * waiting for its answer.
 */
class PGliteThread {
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private exited: Error | undefined;
  private held = { ms: 0, transactions: 0 };
  /** Settles when the thread has opened the database (or failed to). */
  private readonly ready: Promise<void>;

  private constructor(private readonly worker: Worker, dir: string) {
    this.ready = new Promise((resolve, reject) => {
      worker.on('message', (m: { ready?: boolean } & Answer) => (m.ready ? resolve() : this.answer(m)));
      worker.on('error', (err) => {
        this.exited = err;
      });
      worker.on('exit', (code) => {
        this.exited ??= new Error(`the PGlite thread exited (code ${code}) with ${dir}`);
        reject(this.exited);
        for (const p of this.pending.values()) p.reject(this.exited);
        this.pending.clear();
      });
    });
  }

  static async start(dir: string): Promise<PGliteThread> {
    const thread = new PGliteThread(new Worker(new URL('./pgliteThread.mjs', import.meta.url), { workerData: { dir } }), dir);
    await thread.ready;
    thread.worker.unref();
    return thread;
  }

  private answer(m: Answer) {
    const p = m.id === undefined ? undefined : this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id!);
    if (this.pending.size === 0) this.worker.unref();
    if (m.error) p.reject(deserialize(m.error));
    else p.resolve(m.result);
  }

  call<T = unknown>(op: string, msg: { tx?: number; arg?: unknown } = {}): Promise<T> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, op, ...msg });
    });
  }

  adapterFactory(): SqlDriverAdapterFactory {
    const queryable = (tx?: number) => ({
      provider: 'postgres' as const,
      adapterName: ADAPTER_NAME,
      queryRaw: (arg: SqlQuery) => this.call<SqlResultSet>('queryRaw', { tx, arg }),
      executeRaw: (arg: SqlQuery) => this.call<number>('executeRaw', { tx, arg }),
    });
    const adapter: SqlDriverAdapter = {
      ...queryable(),
      executeScript: (script) => this.call('exec', { arg: script }),
      startTransaction: async (isolationLevel) => {
        const { id, options } = await this.call<{ id: number; options: TransactionOptions }>('begin', { arg: isolationLevel });
        const began = performance.now();
        const end = (op: 'commit' | 'rollback') => () =>
          this.call<void>(op, { tx: id }).finally(() => {
            this.held.ms += performance.now() - began;
            this.held.transactions++;
          });
        return { ...queryable(id), options, commit: end('commit'), rollback: end('rollback') };
      },
      getConnectionInfo: () => ({ supportsRelationJoins: true }),
      dispose: async () => {},
    };
    return { provider: 'postgres', adapterName: ADAPTER_NAME, connect: async () => adapter };
  }

  stats(): ConnectionStats {
    return { busyMs: this.worker.performance.eventLoopUtilization().active, heldMs: this.held.ms, transactions: this.held.transactions };
  }

  async close(): Promise<void> {
    if (this.exited) return;
    await this.call('close');
    await this.worker.terminate();
  }
}

interface Answer {
  id?: number;
  result?: unknown;
  error?: SerializedError;
}

interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  cause?: DriverAdapterErrorCause;
}
type DriverAdapterErrorCause = ConstructorParameters<typeof DriverAdapterError>[0];

function deserialize(e: SerializedError): Error {
  const err = e.cause ? new DriverAdapterError(e.cause) : new Error(e.message);
  if (e.stack) err.stack = e.stack;
  return err;
}

const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'prisma', 'migrations');

/**
 * Applies the committed migrations in prisma/migrations, recording them in Prisma's own
 * `_prisma_migrations` table, so `prisma migrate deploy` and this agree on what is applied.
 * Runs in-process because PGlite has a single owner.
 */
export async function migrate(db: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  await db.execScript(`
    CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    );`);
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const applied: string[] = [];
  for (const name of names) {
    const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
    const checksum = createHash('sha256').update(sql).digest('hex');
    const id = randomUUID();
    // Takes a transaction-level advisory lock so two processes starting together (API and
    // worker) do not apply the same migration twice.
    await db.execScript(`
      BEGIN;
      SELECT pg_advisory_xact_lock(72057594037927936);
      DO $remit$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '${name}' AND finished_at IS NOT NULL) THEN
          EXECUTE ${dollarQuote(sql)};
          INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
            VALUES ('${id}', '${checksum}', now(), '${name}', 1);
        END IF;
      END $remit$;
      COMMIT;`);
    applied.push(name);
  }
  return applied;
}

function dollarQuote(sql: string): string {
  let tag = 'm';
  while (sql.includes(`$${tag}$`)) tag += 'x';
  return `$${tag}$${sql}$${tag}$`;
}
