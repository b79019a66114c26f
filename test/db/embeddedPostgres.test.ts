// The embedded PostgreSQL's start-up in the situations a laptop meets: the server orphaned by
// a killed Remit, a postmaster.pid that outlived a reboot, its port taken, a data directory
// of another major version, and a second Remit on the same data directory.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresOptions } from '../../src/embeddedPostgres';
import type { Logger } from '../../src/logger';
import { freePort } from '../support/net';

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (m: string, f?: Record<string, unknown>) => void lines.push(`${m} ${JSON.stringify(f ?? {})}`);
  return { lines, debug: log, info: log, warn: log, error: log, child: () => recordingLogger() };
}

async function options(over: Partial<EmbeddedPostgresOptions> = {}): Promise<EmbeddedPostgresOptions> {
  const dir = mkdtempSync(join(tmpdir(), 'remit-embedded-pg-'));
  dirs.push(dir);
  return { dataDir: join(dir, 'postgres'), port: await freePort(), password: 'p@ss word', logFile: join(dir, 'postgres.log'), logger: recordingLogger(), ...over };
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

/** Running, and not a zombie (an exited orphan this sandbox's init has not reaped yet). */
const alive = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
};

/** A process that starts the embedded server on `opts` and then stays (stands for `npm start`). */
async function holder(opts: EmbeddedPostgresOptions): Promise<{ child: ChildProcess; postgresPid: number; url: string }> {
  const script = `
    const { startEmbeddedPostgres } = await import(${JSON.stringify(new URL('../../src/embeddedPostgres.ts', import.meta.url).href)});
    const quiet = { debug() {}, info() {}, warn() {}, error() {}, child() { return quiet; } };
    const s = await startEmbeddedPostgres({ ...${JSON.stringify({ ...opts, logger: undefined })}, logger: quiet });
    console.log(JSON.stringify({ pid: s.pid, url: s.url }));
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => resolve(d.toString()));
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
  const { pid, url } = JSON.parse(line) as { pid: number; url: string };
  return { child, postgresPid: pid, url };
}

test('a server orphaned by a Remit killed with SIGKILL is stopped and started again, with everything committed', async () => {
  const opts = await options();
  const first = await holder(opts);
  await query(first.url, 'CREATE TABLE kept (v text); INSERT INTO kept VALUES (\'committed before the kill\')');
  // While its Remit lives, a second one is refused and changes nothing.
  await assert.rejects(startEmbeddedPostgres(opts), /in use by another Remit \(pid \d+\)/);
  assert.ok(alive(first.postgresPid), 'the refused start left the server running');

  first.child.kill('SIGKILL');
  await new Promise((r) => first.child.once('exit', r));
  assert.ok(alive(first.postgresPid), 'the server outlived its Remit (an orphan)');

  const again = await startEmbeddedPostgres(opts);
  try {
    assert.ok(!alive(first.postgresPid), 'the orphan was stopped');
    assert.notEqual(again.pid, first.postgresPid);
    assert.deepEqual(await query(again.url, 'SELECT v FROM kept'), [{ v: 'committed before the kill' }]);
    assert.ok((opts.logger as ReturnType<typeof recordingLogger>).lines.some((l) => l.includes('still running after Remit was killed')));
  } finally {
    await again.stop();
  }
});

test('a postmaster.pid naming an unrelated live process (a reboot reused the pid) is removed', async () => {
  const opts = await options();
  const s = await startEmbeddedPostgres(opts);
  await s.stop();
  const unrelated = spawn('sleep', ['30']);
  try {
    // PostgreSQL itself would refuse: "lock file postmaster.pid already exists".
    writeFileSync(join(opts.dataDir, 'postmaster.pid'), `${unrelated.pid}\n${opts.dataDir}\n1700000000\n${opts.port}\n\n127.0.0.1\n  1234   5678\nready\n`);
    const again = await startEmbeddedPostgres(opts);
    assert.equal((await query<{ one: number }>(again.url, 'SELECT 1 AS one'))[0]!.one, 1);
    await again.stop();
    assert.ok(alive(unrelated.pid!), 'the unrelated process was left alone');
  } finally {
    unrelated.kill();
  }
});

test('a stale postmaster.pid whose process is gone is no obstacle', async () => {
  const opts = await options();
  await (await startEmbeddedPostgres(opts)).stop();
  writeFileSync(join(opts.dataDir, 'postmaster.pid'), `999999\n${opts.dataDir}\n1700000000\n${opts.port}\n`);
  const again = await startEmbeddedPostgres(opts);
  await again.stop();
});

test('the port taken by another process: the server listens on a free one, on loopback only', async () => {
  const opts = await options();
  const squatter: Server = createServer();
  await new Promise<void>((r) => squatter.listen(opts.port, '127.0.0.1', r));
  try {
    const s = await startEmbeddedPostgres(opts);
    try {
      assert.notEqual(s.port, opts.port);
      assert.match(s.url, /@127\.0\.0\.1:\d+\/remit$/);
      const [row] = await query<{ listen_addresses: string }>(s.adminUrl, 'SHOW listen_addresses');
      assert.equal(row!.listen_addresses, '127.0.0.1');
    } finally {
      await s.stop();
    }
  } finally {
    squatter.close();
  }
});

test('a data directory of another major version is refused with a clear message, and not touched', async () => {
  const opts = await options();
  await (await startEmbeddedPostgres(opts)).stop();
  writeFileSync(join(opts.dataDir, 'PG_VERSION'), '15\n');
  await assert.rejects(startEmbeddedPostgres(opts), /holds a PostgreSQL 15 database, and this Remit runs PostgreSQL \d+; nothing was changed/);
  assert.equal(readFileSync(join(opts.dataDir, 'PG_VERSION'), 'utf8'), '15\n');
  assert.throws(() => readFileSync(join(opts.dataDir, 'postmaster.pid')), /ENOENT/, 'no server was started on it');
});

test('the password is required: a connection without it is refused', async () => {
  const opts = await options();
  const s = await startEmbeddedPostgres(opts);
  try {
    await assert.rejects(query(s.url.replace(encodeURIComponent(opts.password), 'wrong'), 'SELECT 1'), /password authentication failed/);
  } finally {
    await s.stop();
  }
});
