// Stopping Remit answers the requests it is handling before the database and Temporal
// connections close under them: a client never sees a reset for a request that was accepted.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Database } from '../../src/db';
import type { heldPort } from '../support/net';
import { invoicePayload, sleep, startRemitWithTemporalDown, type TestRemit } from '../support/remit';

let port: Awaited<ReturnType<typeof heldPort>>;
let database: Database;
let api: TestRemit;

before(async () => {
  // Temporal unreachable, so creating an invoice takes its full 5 s delivery deadline.
  ({ temporalPort: port, database, api } = await startRemitWithTemporalDown('shutdown-test'));
});
after(async () => {
  await port.release();
  await database.close();
});

test('a request in flight when Remit stops is answered, and what it accepted is recorded', async () => {
  const seq = await api.api.post('/v1/sequences', { name: 'now', steps: [{ offset: 'PT0S', channel: 'email', template: 'due_date_notice' }] });
  assert.equal(seq.status, 201);

  const payload = invoicePayload({ sequence: 'now' });
  const creating = api.api.post('/v1/invoices', payload);
  await sleep(500); // the request is now waiting on Temporal
  const stopping = api.stop();
  const created = await creating.finally(() => stopping); // stopped before `after` closes the database
  assert.equal(created.status, 201);
  assert.equal(created.body.delivery, 'pending');

  const recorded = await database.prisma.invoice.findUniqueOrThrow({ where: { externalId: payload.externalId } });
  assert.equal(recorded.id, created.body.id);
  const commands = await database.prisma.workflowCommand.findMany({ where: { invoiceId: recorded.id } });
  assert.deepEqual(
    commands.map((c) => c.status),
    ['pending'],
    'the start stays pending for the next start of Remit',
  );
  const refused = await fetch(`${api.url}/healthz`).then(
    () => 'answered',
    () => 'refused',
  );
  assert.equal(refused, 'refused', 'a stopped Remit takes no new connection');
});
