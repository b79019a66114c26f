// The Temporal server stopped and restarted (same persistent database file) while
// invoices are mid-sequence and payment webhooks keep arriving: nothing accepted is lost,
// the reconciler delivers what was accepted during the outage, nothing is sent twice.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createLogger } from '../../src/logger';
import { startDevServer, type DevServer } from '../../src/temporal/devServer';
import { freePort, heldPort } from '../support/net';
import { invoicePayload, sleep, startTestRemit, waitFor, type TestRemit } from '../support/remit';

const dir = mkdtempSync(join(tmpdir(), 'remit-temporal-'));
const dbFile = join(dir, 'temporal.sqlite');
let port: number;
let server: DevServer;
let t: TestRemit;

before(async () => {
  port = await freePort();
  server = await startDevServer({ port, dbFile, logger: createLogger('error') });
  t = await startTestRemit({ temporalAddress: server.address });
});
after(async () => {
  await t.stop();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('Temporal restarted mid-sequence with webhooks arriving: nothing lost, nothing twice', async () => {
  const steps = [
    { offset: 'PT0S', channel: 'email', template: 'due_date_notice' },
    { offset: 'PT10S', channel: 'email', template: 'follow_up' },
  ];
  assert.equal((await t.api.post('/v1/sequences', { name: 'restart', steps })).status, 201);
  const ids: string[] = [];
  for (let i = 0; i < 6; i++) {
    const r = await t.api.post('/v1/invoices', invoicePayload({ sequence: 'restart' }, 500));
    assert.equal(r.status, 201);
    ids.push(r.body.id);
  }
  await waitFor('first step of every invoice', () => ids.every((id) => t.sent.some((m) => m.invoiceId === id)), 30_000);

  await server.stop();
  // Kept ours while Temporal is down, so nothing else can take the port before the restart.
  const down = await heldPort(port);
  const health = await t.api.get('/healthz');
  assert.equal(health.status, 503);
  // Payments and new invoices keep arriving while Temporal is down.
  const paid = ids.slice(0, 3);
  for (const id of paid) {
    const r = await t.api.webhook({ id: `evt-${id}`, type: 'payment.succeeded', data: { invoiceId: id, amount: '1250.00', currency: 'USD' } });
    assert.equal(r.status, 202, JSON.stringify(r.body));
    assert.equal(r.body.delivery, 'pending');
  }
  const late: string[] = [];
  for (let i = 0; i < 2; i++) {
    const t0 = Date.now();
    const r = await t.api.post('/v1/invoices', invoicePayload({ sequence: 'restart' }, 0));
    assert.equal(r.status, 201);
    assert.equal(r.body.delivery, 'pending');
    // The delivery attempt gives up after its 5 s deadline; the reconciler takes over.
    assert.ok(Date.now() - t0 < 8_000, `an invoice accepted while Temporal is down answered in ${Date.now() - t0} ms`);
    late.push(r.body.id);
  }
  assert.ok((await t.database.prisma.workflowCommand.count({ where: { status: 'pending' } })) >= 5);
  await sleep(2_000);

  await down.release();
  server = await startDevServer({ port, dbFile, logger: createLogger('error') });
  await waitFor('pending commands delivered', async () => (await t.database.prisma.workflowCommand.count({ where: { status: 'pending' } })) === 0, 60_000, 250);
  for (const id of paid) await waitFor(`${id} closed as paid`, async () => (await t.api.get(`/v1/invoices/${id}`)).body.followUp?.status === 'paid', 30_000);
  for (const id of late) await waitFor(`${id} reminded`, () => t.sent.some((m) => m.invoiceId === id), 30_000);
  const unpaid = ids.slice(3);
  for (const id of unpaid) await waitFor(`${id} second step`, () => t.sent.filter((m) => m.invoiceId === id).length === 2, 40_000);

  const keys = t.sent.map((m) => m.idempotencyKey);
  assert.equal(new Set(keys).size, keys.length, 'no message handed to a channel twice');
  for (const id of paid) assert.equal(t.sent.filter((m) => m.invoiceId === id).length, 1, 'a paid invoice gets nothing more');
  // The outbox agrees once the last write-back lands (the channel has a message just before
  // its row is marked sent). The late invoices are left out of the exact count: their second
  // step falls due 10 s after the first, possibly before this point.
  const sentRows = (invoiceIds: string[]) => t.database.prisma.message.count({ where: { invoiceId: { in: invoiceIds }, status: 'sent' } });
  await waitFor('outbox: 1 row per paid invoice, 2 per unpaid one', async () => (await sentRows(ids)) === 3 + 3 * 2);
  for (const id of late) await waitFor(`${id} has its first step in the outbox`, async () => (await sentRows([id])) >= 1);
  await sleep(500);
  assert.equal(await sentRows(ids), 3 + 3 * 2, 'and no more');
  assert.equal((await t.api.get('/healthz')).status, 200);
});
