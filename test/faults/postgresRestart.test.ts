// PostgreSQL restarted under load: the API answers 503 while it is down (not 500), recovers
// by itself, and no request it accepted is lost. Runs against a private server so the rest
// of the suite is not disturbed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { migrate, openDatabase, type Database } from '../../src/db';
import { startPgServer, type PgServer } from '../support/pgServer';
import { invoicePayload, sleep, startTestRemit, type TestRemit } from '../support/remit';

let pg: PgServer | undefined;
let database: Database | undefined;
let t: TestRemit | undefined;

before(async () => {
  pg = await startPgServer();
  database = await openDatabase({ url: pg.url, poolSize: 5 });
  await migrate(database);
  t = await startTestRemit({ database });
});
after(async () => {
  // Each step says how long it took: a stop that hangs under load shows where.
  const step = async (what: string, fn: () => Promise<unknown> | undefined) => {
    const t0 = Date.now();
    await fn();
    console.log(`# after: ${what} in ${Date.now() - t0} ms`);
  };
  try {
    await step('Remit stopped', () => t?.stop());
    await step('database closed', () => database?.close());
  } finally {
    await step('PostgreSQL closed', () => pg?.close());
  }
});

test('PostgreSQL restart under load: 503 while down, recovery without help, nothing accepted lost', async () => {
  const accepted = new Map<string, string>(); // externalId → invoice id
  const webhooksAccepted: string[] = [];
  const statuses = new Map<number, number>();
  let stop = false;
  let n = 0;
  const load = (async () => {
    while (!stop) {
      const body = invoicePayload({}, 3_600_000);
      const r = await t!.api.post('/v1/invoices', body).catch(() => ({ status: 0, body: undefined as never }));
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      if (r.status === 201 || r.status === 200) {
        accepted.set(body.externalId, r.body.id);
        // A partial payment for every accepted invoice, by signed webhook.
        const ev = `evt-pg-${n++}`;
        const w = await t!.api.webhook({ id: ev, type: 'payment.succeeded', data: { invoiceId: r.body.id, amount: '0.01', currency: 'USD' } }).catch(() => ({ status: 0 }));
        statuses.set(w.status, (statuses.get(w.status) ?? 0) + 1);
        if (w.status === 200 || w.status === 202) webhooksAccepted.push(ev);
      } else if (r.status !== 503 && r.status !== 0) {
        assert.fail(`unexpected ${r.status}: ${JSON.stringify(r.body)}`);
      }
      await sleep(20);
    }
  })();

  await sleep(2_000);
  await pg!.stop();
  let downAnswer: { status: number; body: { error?: { code: string } } } | undefined;
  for (let i = 0; i < 20 && downAnswer?.status !== 503; i++) {
    downAnswer = await t!.api.post('/v1/invoices', invoicePayload({}, 3_600_000));
    await sleep(100);
  }
  assert.equal(downAnswer?.status, 503, JSON.stringify(downAnswer?.body));
  assert.equal(downAnswer?.body.error?.code, 'database_unavailable');
  assert.equal((await t!.api.get('/healthz')).status, 503);
  await sleep(2_000);
  await pg!.start();
  // Recovery needs no restart of Remit: wait for the API to accept again, then keep loading.
  for (let i = 0; i < 100 && (await t!.api.get('/healthz')).status !== 200; i++) await sleep(200);
  assert.equal((await t!.api.get('/healthz')).status, 200);
  const before = accepted.size;
  await sleep(2_000);
  stop = true;
  await load;
  assert.ok(accepted.size > before, 'accepting again after the restart');
  console.log(`# answers during the run: ${JSON.stringify(Object.fromEntries(statuses))}`);
  assert.ok(!statuses.has(500), 'never a 500');

  // Every accepted invoice and webhook is in the database, and its follow-up exists.
  const rows = await database!.prisma.invoice.findMany({ where: { externalId: { in: [...accepted.keys()] } }, select: { id: true, externalId: true } });
  assert.equal(rows.length, accepted.size, 'every accepted invoice stored');
  const events = await database!.prisma.webhookEvent.count({ where: { eventId: { in: webhooksAccepted }, status: 'applied' } });
  assert.equal(events, webhooksAccepted.length, 'every accepted webhook applied');
  assert.equal(await database!.prisma.payment.count({ where: { eventId: { in: webhooksAccepted } } }), webhooksAccepted.length, 'each applied once');
  for (const { id } of rows) {
    const d = await t!.remit.client.workflow.getHandle(`invoice-${id}`).describe();
    assert.equal(d.status.name, 'RUNNING');
  }
});
