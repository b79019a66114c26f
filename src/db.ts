// The database: server PostgreSQL when DATABASE_URL is set, else PGlite (embedded
// PostgreSQL in Wasm) under the data directory. Both go through Prisma driver adapters.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from './generated/prisma/client';

export type Db = PrismaClient;

export interface Database {
  prisma: Db;
  kind: 'pglite' | 'postgres';
  /** Runs a multi-statement SQL script outside Prisma (migrations). */
  execScript(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgresql:// URL; when absent, PGlite at `pgliteDir` (or in memory with 'memory://'). */
  url?: string;
  pgliteDir?: string;
  poolSize?: number;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.url) {
    const pg = (await import('pg')).default;
    const { PrismaPg } = await import('@prisma/adapter-pg');
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10, connectionTimeoutMillis: 5000 });
    // An idle client losing its server (PostgreSQL restarting) must not crash the process.
    pool.on('error', () => {});
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
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
  const { PGlite } = await import('@electric-sql/pglite');
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  const dir = opts.pgliteDir ?? 'memory://';
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create(dir);
  // pglite-prisma-adapter 0.6 is typed against an older driver-adapter-utils; at run time it
  // speaks Prisma 6.19's protocol (covered by the whole test suite running on PGlite).
  const adapter = new PrismaPGlite(pglite) as unknown as SqlDriverAdapterFactory;
  const prisma = new PrismaClient({ adapter });
  return {
    prisma,
    kind: 'pglite',
    async execScript(sql) {
      await pglite.exec(sql);
    },
    async close() {
      await prisma.$disconnect();
      // PGlite must be closed cleanly, or its data directory may not open again.
      if (!pglite.closed) await pglite.close();
    },
  };
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
