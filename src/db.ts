// The database: PostgreSQL through Prisma's driver adapter for `pg`, with a pool. The
// server is the one DATABASE_URL names, or the embedded one (src/embeddedPostgres.ts).
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client';

export type Db = PrismaClient;

export interface Database {
  prisma: Db;
  /** Runs a multi-statement SQL script outside Prisma (migrations). */
  execScript(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgresql:// URL. */
  url: string;
  poolSize?: number;
}

/**
 * A transaction starts when one of the pool's connections is free, and a send's may hold one
 * up to its 8 s timeout (it keeps the row lock across the provider call). Waiting for it is
 * queueing, not failure, so the wait allowed (Prisma's default: 2 s) is longer than that.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000 };

/** How long a close waits for connections still in use before it cuts them. */
const CLOSE_WAIT_MS = 5_000;

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10, connectionTimeoutMillis: 5000 });
  // An idle client losing its server (PostgreSQL restarting) must not crash the process.
  pool.on('error', () => {});
  const clients = new Set<pg.PoolClient>();
  const inUse = new Set<pg.PoolClient>();
  pool.on('acquire', (c) => inUse.add(c));
  pool.on('release', (_err, c) => inUse.delete(c));
  pool.on('remove', (c) => clients.delete(c));
  pool.on('connect', (c) => {
    clients.add(c);
    // A connection that dies under a transaction (PostgreSQL restarting) is never handed back
    // by Prisma's adapter: measured, 3 of a pool of 5 stayed checked out for good after one
    // restart under load. Handed back here, broken, the pool replaces it.
    c.on('end', () => {
      if (!inUse.has(c)) return;
      const release = c.release;
      c.release = () => {};
      try {
        release(new Error('the connection ended while in use'));
      } catch {
        /* already released */
      }
    });
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: TRANSACTION_OPTIONS });
  return {
    prisma,
    async execScript(sql) {
      await pool.query(sql);
    },
    // pool.end() waits for every connection in use to be released, which a statement stuck
    // on a server that went away may never do (seen in the PostgreSQL-restart test): after a
    // bound, the remaining connections are cut, so a stop always ends.
    async close() {
      // Prisma's disconnect, too, waits for the transactions in flight.
      const ended = (async () => {
        await prisma.$disconnect();
        await pool.end().catch(() => {});
      })();
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), CLOSE_WAIT_MS)));
      if ((await Promise.race([ended, bound])) === 'late') {
        for (const c of clients) (c as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
        // Cut, the statements fail at once and their transactions end: give that a moment.
        await Promise.race([ended.catch(() => {}), new Promise((r) => setTimeout(r, 1_000).unref())]);
      }
      clearTimeout(timer);
    },
  };
}

const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'prisma', 'migrations');

/**
 * Applies the committed migrations in prisma/migrations, recording them in Prisma's own
 * `_prisma_migrations` table, so `prisma migrate deploy` and this agree on what is applied.
 * Runs in-process, so a fresh install needs no Prisma CLI (nor its engines) to migrate.
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
