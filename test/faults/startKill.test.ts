// `npm start` killed with SIGKILL — the whole process group: npm, Remit, the Temporal dev
// server; the embedded PostgreSQL, in a session of its own, survives as an orphan — in the
// middle of a burst of due sends, invoice creations and payment webhooks. Started again with
// the same data directory, it finds every invoice and event it had accepted, and every due
// message reaches the provider (a fake Resend on loopback, through the real SDK) exactly once.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { startFakeResend, type FakeResend } from '../support/fakeResend';
import { freePort } from '../support/net';
import { API_KEY, ApiClient, RULES_OFF, WEBHOOK_SECRET, invoicePayload, sleep, waitFor } from '../support/remit';

let resend: FakeResend;
let dir: string;
let env: NodeJS.ProcessEnv;
let api: ApiClient;
let running: ChildProcess | undefined;

before(async () => {
  resend = await startFakeResend();
  dir = mkdtempSync(join(tmpdir(), 'remit-start-kill-'));
  const port = await freePort();
  const { DATABASE_URL: _d, TEMPORAL_ADDRESS: _t, ...inherited } = process.env;
  env = {
    ...inherited,
    ...RULES_OFF,
    REMIT_DATA_DIR: dir,
    PORT: String(port),
    HOST: '127.0.0.1',
    TEMPORAL_DEV_SERVER_PORT: String(await freePort()),
    TEMPORAL_UI_PORT: String(await freePort()),
    REMIT_POSTGRES_PORT: String(await freePort()),
    ...(process.env.REMIT_TEST_TEMPORAL_CLI ? { TEMPORAL_CLI_PATH: process.env.REMIT_TEST_TEMPORAL_CLI } : {}),
    REMIT_API_KEY: API_KEY,
    REMIT_WEBHOOK_SECRET: WEBHOOK_SECRET,
    REMIT_RECONCILE_INTERVAL_MS: '500',
    REMIT_WORKER_STICKY_TIMEOUT_MS: '5000',
    REMIT_LOG_LEVEL: 'warn',
    RESEND_API_KEY: resend.apiKey,
    RESEND_BASE_URL: resend.url,
    REMIT_EMAIL_FROM: 'Acme Billing <billing@acme.test>',
    REMIT_SENDER_POSTAL_ADDRESS: 'Acme Ltd, 1 Market Street, London',
  };
  api = new ApiClient(`http://127.0.0.1:${port}`);
});
after(async () => {
  if (running && running.exitCode === null && running.signalCode === null) await stopGracefully(running);
  // A failed run may leave the first start's orphan: it stops when asked like any server.
  const owner = (() => {
    try {
      return JSON.parse(readFileSync(join(dir, 'postgres.owner'), 'utf8')) as { postgresPid: number };
    } catch {
      return undefined;
    }
  })();
  if (owner) process.kill(owner.postgresPid, 'SIGINT');
  await resend.close();
  rmSync(dir, { recursive: true, force: true });
});

/** `npm start`, in a process group of its own (as a terminal runs it); resolves once it prints its banner. */
async function npmStart(): Promise<{ child: ChildProcess; banner: string; output(): string }> {
  const child = spawn('npm', ['start'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const banner = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start printed no banner in 60 s:\n${out}\n${err}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${out}\n${err}`)));
  });
  running = child;
  return { child, banner, output: () => out };
}

async function stopGracefully(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));
  process.kill(-child.pid!, 'SIGTERM');
  return exited;
}

/** The embedded database, as the banner names it (its password is in the data directory). */
function databaseUrl(banner: string): string {
  const port = /\(embedded\) in .*, 127\.0\.0\.1:(\d+)/.exec(banner)?.[1];
  assert.ok(port, `the banner names the embedded database: ${banner}`);
  const { databasePassword } = JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')) as { databasePassword: string };
  return `postgresql://remit:${encodeURIComponent(databasePassword)}@127.0.0.1:${port}/remit`;
}

test('npm start killed with SIGKILL mid-burst, started again: nothing accepted is lost, every due message is sent once', async () => {
  const first = await npmStart();
  assert.match(first.banner, /PostgreSQL \d+ \(embedded\)/);
  assert.equal((await api.post('/v1/sequences', { name: 'kill-burst', steps: [{ offset: 'PT0S', channel: 'email', template: 'follow_up' }] })).status, 201);
  // Invoices that webhooks pay during the burst (due in 30 days: they send nothing yet).
  const toPay: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = await api.post('/v1/invoices', invoicePayload({}, 30 * 86_400_000));
    assert.equal(r.status, 201);
    toPay.push(r.body.id);
  }

  // The load: invoices due 2 s after creation, and a payment webhook after each, until the kill.
  const accepted = new Set<string>(); // externalIds answered 200/201
  const events = new Set<string>(); // webhook event ids answered 200/202
  let killed = false;
  let n = 0;
  const load = (async () => {
    while (!killed) {
      const body = invoicePayload({ sequence: 'kill-burst' }, 2_000);
      const r = await api.post('/v1/invoices', body).catch(() => undefined);
      if (r && (r.status === 201 || r.status === 200)) accepted.add(body.externalId);
      const id = `evt-kill-${n++}`;
      const w = await api.webhook({ id, type: 'payment.succeeded', data: { invoiceId: toPay[n % toPay.length], amount: '1.00', currency: 'USD' } }).catch(() => undefined);
      if (w && (w.status === 200 || w.status === 202)) events.add(id);
    }
  })();
  await waitFor('the burst to be sending', () => resend.received.length >= 8, 30_000, 5);
  killed = true;
  process.kill(-first.child.pid!, 'SIGKILL');
  await new Promise((r) => first.child.once('exit', r));
  await load;
  const sentAtKill = resend.received.length;
  assert.ok(sentAtKill < accepted.size, `killed mid-burst: ${sentAtKill} of ${accepted.size} sent`);

  const second = await npmStart();
  const db = new pg.Client({ connectionString: databaseUrl(second.banner) });
  await db.connect();
  try {
    // Every accepted invoice is there, and each one's due message is sent exactly once.
    const ids = [...accepted];
    const { rows: invoices } = await db.query<{ id: string }>('SELECT id FROM "Invoice" WHERE "externalId" = ANY($1)', [ids]);
    assert.equal(invoices.length, accepted.size, 'every accepted invoice is in the database');
    const sentRows = async () => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Message" WHERE status = 'sent' AND "invoiceId" = ANY($1)`, [invoices.map((i) => i.id)])).rows[0]!.n;
    await waitFor('every due message sent', async () => (await sentRows()) >= accepted.size, 90_000, 250);
    await sleep(1_500); // would-be duplicates have time to show up
    assert.equal(await sentRows(), accepted.size, 'one sent outbox row per accepted invoice');
    const { rows: outbox } = await db.query<{ id: string }>(`SELECT "idempotencyKey" AS id FROM "Message" WHERE status = 'sent'`);
    const keys = resend.received.map((r) => r.idempotencyKey).sort();
    assert.equal(new Set(keys).size, keys.length, 'the provider delivered no key twice');
    assert.deepEqual(keys, outbox.map((o) => o.id).sort(), 'the provider and the outbox agree message for message');

    // Every accepted webhook event is recorded and applied, once.
    const { rows: applied } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "WebhookEvent" WHERE "eventId" = ANY($1) AND status = 'applied'`, [[...events]]);
    assert.equal(applied[0]!.n, events.size, 'every accepted webhook event applied');
    const { rows: payments } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Payment" WHERE "eventId" = ANY($1)`, [[...events]]);
    assert.equal(payments[0]!.n, events.size, 'each once');
    console.log(`# killed after ${sentAtKill} of ${accepted.size} sends and ${events.size} webhooks; after the restart ${keys.length} delivered, ${resend.requests.length - keys.length} idempotent replays`);
  } finally {
    await db.end();
  }
  // SIGTERM to the group (as a terminal's Ctrl-C sends SIGINT): Remit stops everything, the database last.
  // npm itself dies of the signal; Remit, its grandchild, says when it is done.
  await stopGracefully(second.child);
  await waitFor('Remit to stop cleanly', () => second.output().includes('stopped cleanly'), 30_000);
  await waitFor('PostgreSQL to shut down (no postmaster.pid)', () => !existsSync(join(dir, 'postgres', 'postmaster.pid')), 30_000);
  assert.ok(!existsSync(join(dir, 'postgres.owner')));
});
