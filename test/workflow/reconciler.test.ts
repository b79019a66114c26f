// Nothing accepted is lost: with Temporal unreachable, invoices and payment events are
// still accepted and recorded; once Temporal is back, the reconciler delivers them.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createLogger } from '../../src/logger';
import { startDevServer, type DevServer } from '../../src/temporal/devServer';
import type { heldPort } from '../support/net';
import { invoicePayload, startRemitWithTemporalDown, startTestRemit, waitFor, type TestRemit } from '../support/remit';
import type { Database } from '../../src/db';

let port: Awaited<ReturnType<typeof heldPort>>;
let database: Database;
let api: TestRemit;
let worker: TestRemit | undefined;
let server: DevServer | undefined;

before(async () => {
  ({ temporalPort: port, database, api } = await startRemitWithTemporalDown('reconciler-test'));
});
after(async () => {
  await api.stop();
  await worker?.stop();
  await server?.stop();
  await port.release();
  await database.close();
});

test('invoices and payments accepted while Temporal is down are delivered once it is back', async () => {
  const seq = await api.api.post('/v1/sequences', { name: 'now', steps: [{ offset: 'PT0S', channel: 'email', template: 'due_date_notice' }] });
  assert.equal(seq.status, 201);

  const health = await api.api.get('/healthz');
  assert.equal(health.status, 503);
  assert.equal(health.body.temporal.ok, false);
  assert.equal(health.body.database.ok, true);

  const unpaid = await api.api.post('/v1/invoices', invoicePayload({ sequence: 'now' }, 0));
  assert.equal(unpaid.status, 201);
  assert.equal(unpaid.body.delivery, 'pending');
  const paid = await api.api.post('/v1/invoices', invoicePayload({ sequence: 'now' }, 0));
  assert.equal(paid.status, 201);
  const pay = await api.api.webhook({ id: `evt-outage-${Date.now()}`, type: 'payment.succeeded', data: { invoiceId: paid.body.id, amount: '1250.00', currency: 'USD' } });
  assert.equal(pay.status, 202, 'recorded, delivery queued');
  assert.equal(pay.body.delivery, 'pending');
  assert.equal(await database.prisma.workflowCommand.count({ where: { status: 'pending' } }), 3);

  // Temporal comes back, and a worker with it.
  await port.release();
  server = await startDevServer({ port: port.port, logger: createLogger('warn') });
  worker = await startTestRemit({ mode: 'worker', database, temporalAddress: server.address, taskQueue: 'reconciler-test' });

  await waitFor('every command delivered', async () => (await database.prisma.workflowCommand.count({ where: { status: 'pending' } })) === 0, 60_000);
  await waitFor('unpaid invoice reminded', () => worker!.sent.some((m) => m.invoiceId === unpaid.body.id), 30_000);
  const closed = await waitFor('paid follow-up closed', async () => {
    const d = await api.remit.client.workflow.getHandle(paid.body.workflowId).describe();
    return d.status.name === 'COMPLETED' && d;
  });
  assert.ok(closed);
  const paidView = (await api.api.get(`/v1/invoices/${paid.body.id}`)).body;
  assert.equal(paidView.followUp.status, 'paid');
  assert.equal(paidView.messages.length, 0, 'an invoice paid during the outage is never reminded');
  assert.equal(worker.sent.filter((m) => m.invoiceId === unpaid.body.id).length, 1);
  assert.equal((await api.api.get('/healthz')).status, 200);
});
