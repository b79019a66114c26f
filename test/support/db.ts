// A fresh, migrated database per test file: in-memory PGlite, or a new database on the
// server PostgreSQL named by REMIT_TEST_DATABASE_URL (dropped again on close).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, openDatabase, type Database } from '../../src/db';

export const onPostgres = Boolean(process.env.REMIT_TEST_DATABASE_URL);

export async function testDatabase(): Promise<Database & { url?: string }> {
  const adminUrl = process.env.REMIT_TEST_DATABASE_URL;
  if (!adminUrl) {
    const db = await openDatabase({});
    await migrate(db);
    return db;
  }
  const scratch = await scratchDatabase(adminUrl, 'remit_test');
  const db = await openDatabase({ url: scratch.url });
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
