// A worker killed with SIGKILL in the middle of a burst of sends, then restarted: every
// due message reaches the provider exactly once and none is skipped. The worker runs in a
// child process, sharing the database with the API in this one.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { bundleWorkflows } from '../../src/temporal/worker';
import { testDatabase } from '../support/db';
import { RULES_OFF, invoicePayload, sleep, startTestRemit, waitFor, API_KEY, WEBHOOK_SECRET, type TestRemit } from '../support/remit';
import { temporalAddress } from '../support/temporal';
import type { Database } from '../../src/db';


interface Received {
  key: string;
  invoiceId: string;
  id: string;
}
let database: (Database & { url: string }) | undefined;
let api: TestRemit | undefined;
let provider: Server | undefined;
let providerUrl = '';
const received: Received[] = [];
let replays = 0;
let worker: ChildProcess | undefined;
const taskQueue = `kill-test-${Date.now()}`;

before(async () => {
  database = await testDatabase();
  api = await startTestRemit({ mode: 'api', database, taskQueue });
  // The fake provider: like Resend, a repeated Idempotency-Key gets the original message back.
  provider = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const key = String(req.headers['idempotency-key']);
      let msg = received.find((r) => r.key === key);
      if (msg) replays++;
      else {
        msg = { key, invoiceId: JSON.parse(body).invoiceId, id: `msg_${received.length + 1}` };
        received.push(msg);
      }
      // A little latency widens the window the kill can land in.
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: msg!.id }));
      }, 150);
    });
  });
  await new Promise<void>((r) => provider!.listen(0, '127.0.0.1', () => r()));
  providerUrl = `http://127.0.0.1:${(provider.address() as { port: number }).port}`;
});
after(async () => {
  worker?.kill('SIGKILL');
  await api?.stop();
  await database?.close();
  provider?.close();
});

async function startWorker(): Promise<ChildProcess> {
  let bundlePath = process.env.REMIT_TEST_WORKFLOW_BUNDLE;
  if (!bundlePath) {
    bundlePath = join(tmpdir(), `remit-bundle-${process.pid}.js`);
    writeFileSync(bundlePath, ((await bundleWorkflows()) as { code: string }).code);
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/workerProcess.ts'], {
    env: {
      ...process.env,
      ...RULES_OFF,
      DATABASE_URL: database!.url,
      TEMPORAL_ADDRESS: await temporalAddress(),
      REMIT_TASK_QUEUE: taskQueue,
      REMIT_API_KEY: API_KEY,
      REMIT_WEBHOOK_SECRET: WEBHOOK_SECRET,
      REMIT_WORKER_MAX_CONCURRENT_ACTIVITIES: '4',
      // Workflow tasks queued for the killed worker move on after this; the steps below are
      // 20 s apart, so recovery must take less (the default, 60 s, would let catch-up collapse them).
      REMIT_WORKER_STICKY_TIMEOUT_MS: '8000',
      REMIT_TEST_WORKFLOW_BUNDLE: bundlePath,
      FAKE_PROVIDER_URL: providerUrl,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('worker ready') && resolve());
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
  return child;
}

test('SIGKILL mid-burst, restart: every message sent exactly once, none skipped', async () => {
  // Steps far enough apart that recovering from the kill (in-flight sends time out after
  // 10 s, workflow tasks queued for the dead worker after 8 s) never makes two steps due at
  // once, which catch-up would rightly collapse.
  const steps = [0, 20, 40].map((s) => ({ offset: `PT${s}S`, channel: 'email', template: 'follow_up' }));
  assert.equal((await api!.api.post('/v1/sequences', { name: 'burst', steps })).status, 201);
  worker = await startWorker();
  const invoices = 16;
  const ids: string[] = [];
  for (let i = 0; i < invoices; i++) {
    const r = await api!.api.post('/v1/invoices', invoicePayload({ sequence: 'burst' }, 1_000));
    assert.equal(r.status, 201);
    ids.push(r.body.id);
  }
  // Kill once the first sends are going out, in the middle of the burst.
  await waitFor('first sends', () => received.length >= 4, 30_000, 2);
  worker.kill('SIGKILL');
  const atKill = received.length;
  await sleep(1_500);
  worker = await startWorker();

  const expected = invoices * steps.length;
  let sentRows = 0;
  await waitFor(
    `every step sent (outbox so far: ${() => sentRows})`,
    async () => (sentRows = await database!.prisma.message.count({ where: { status: 'sent' } })) === expected,
    120_000,
    250,
  ).catch(async (err: Error) => {
    for (const id of ids) {
      const d = await api!.remit.client.workflow.getHandle(`invoice-${id}`).describe();
      const raw = d.raw.pendingActivities?.map((a) => [a.activityType?.name, a.state, a.attempt, a.lastFailure?.message]);
      const st = (await api!.api.get(`/v1/invoices/${id}`)).body;
      console.log('# state of', id, d.status.name, JSON.stringify(raw), st.followUp?.status, st.messages.map((m: { stepIndex: number; status: string }) => `${m.stepIndex}:${m.status}`).join(','), st.followUpError ?? '');
    }
    throw new Error(`${err.message}; outbox sent ${sentRows}/${expected}, provider received ${received.length}`);
  });
  await sleep(1_000); // would-be duplicates have time to show up
  assert.ok(atKill > 0 && atKill < expected, `killed mid-burst (${atKill} of ${expected} sent)`);
  assert.equal(received.length, expected, 'the provider accepted each message once');
  assert.equal(await database!.prisma.message.count({ where: { status: 'sent' } }), expected);
  assert.equal(await database!.prisma.message.count(), expected, 'no extra outbox rows');
  for (const id of ids) {
    const keys = received.filter((r) => r.invoiceId === id).map((r) => r.key).sort();
    assert.deepEqual(keys, [0, 1, 2].map((s) => `${id}:${s}:email`), `invoice ${id}: each step once`);
  }
  // Repeated calls with a key already accepted (a send cut off between the provider call and
  // the outbox write) are answered by the provider's idempotency, never re-delivered.
  console.log(`# worker killed after ${atKill}/${expected} sends; provider saw ${replays} idempotent replay(s)`);
});
