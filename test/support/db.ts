// A fresh, migrated database per test file: a new database on the PostgreSQL server
// REMIT_TEST_DATABASE_URL names (the embedded one `npm test` starts), dropped again on close.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, openDatabase, type Database } from '../../src/db';

export function testServerUrl(): string {
  const url = process.env.REMIT_TEST_DATABASE_URL;
  if (!url) throw new Error('REMIT_TEST_DATABASE_URL is not set: run the tests with `npm test` (it starts a PostgreSQL server for them)');
  return url;
}

export async function testDatabase(opts: { poolSize?: number } = {}): Promise<Database & { url: string }> {
  const scratch = await scratchDatabase(testServerUrl(), 'remit_test');
  const db = await openDatabase({ url: scratch.url, ...opts });
  await migrate(db);
  return {
    ...db,
    url: scratch.url,
    async close() {
      await db.close();
      await scratch.drop();
    },
  };
}

/** A new, empty database on the server `adminUrl` points at; `drop()` removes it. */
export async function scratchDatabase(adminUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
