// The HTTP API over real HTTP: validation, authentication, webhook signatures, idempotency.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApiClient, invoicePayload, startTestRemit, waitFor, WEBHOOK_SECRET, type TestRemit } from '../support/remit';

let t: TestRemit;
before(async () => {
  t = await startTestRemit();
});
after(() => t.stop());

const countRows = async () => ({
  invoices: await t.database.prisma.invoice.count(),
  customers: await t.database.prisma.customer.count(),
  payments: await t.database.prisma.payment.count(),
  events: await t.database.prisma.webhookEvent.count(),
  sequences: await t.database.prisma.sequence.count(),
});

describe('validation', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['amount as a number', { amountDue: 1250 }, 'amountDue'],
    ['negative amount', { amountDue: '-5.00' }, 'amountDue'],
    ['too many decimals for the currency', { amountDue: '10.001' }, 'amountDue'],
    ['decimals on a zero-decimal currency', { currency: 'JPY', amountDue: '100.5' }, 'amountDue'],
    ['unknown currency', { currency: 'ABC' }, 'currency'],
    ['impossible date', { dueDate: '2026-02-30' }, 'dueDate'],
    ['missing number', { number: undefined }, 'number'],
    ['phone not E.164', { customer: { externalId: 'c', phone: '555-1234' } }, 'customer.phone'],
    ['phone no country assigns', { customer: { externalId: 'c', phone: '+10000000000' } }, 'customer.phone'],
    ['unknown time zone', { customer: { externalId: 'c', timezone: 'Mars/Olympus' } }, 'customer.timezone'],
    ['bad email', { customer: { externalId: 'c', email: 'not-an-email' } }, 'customer.email'],
    ['unknown field', { colour: 'red' }, '(body)'],
    ['non-http payment url', { paymentUrl: 'javascript:alert(1)' }, 'paymentUrl'],
  ];
  for (const [name, over, field] of cases) {
    test(`invoice with ${name} → 400 naming ${field}, nothing stored`, async () => {
      const before = await countRows();
      const body = { ...invoicePayload(), ...over };
      const r = await t.api.post('/v1/invoices', body);
      assert.equal(r.status, 400, JSON.stringify(r.body));
      assert.equal(r.body.error.code, 'validation_failed');
      assert.ok(
        r.body.error.details.some((d: { field: string }) => d.field === field),
        `details ${JSON.stringify(r.body.error.details)} name ${field}`,
      );
      assert.deepEqual(await countRows(), before);
    });
  }

  test('unknown sequence → 422, nothing stored', async () => {
    const before = await countRows();
    const r = await t.api.post('/v1/invoices', invoicePayload({ sequence: 'nope' }));
    assert.equal(r.status, 422);
    assert.equal(r.body.error.code, 'unknown_sequence');
    assert.deepEqual(await countRows(), before);
  });

  test('malformed JSON → 400 invalid_json; wrong content type → 415', async () => {
    const r = await t.api.request('POST', '/v1/invoices', '{"externalId": ', { 'content-type': 'application/json' });
    assert.equal(r.status, 400);
    assert.equal(r.body.error.code, 'invalid_json');
    const r2 = await t.api.request('POST', '/v1/invoices', 'externalId=1', { 'content-type': 'application/x-www-form-urlencoded' });
    assert.equal(r2.status, 415);
  });

  test('sequences: bad offset, unknown token, out of order, too many steps, reserved name', async () => {
    const step = { offset: 'P1D', channel: 'email', template: 'follow_up' };
    const bad: [unknown, string][] = [
      [{ name: 's1', steps: [{ ...step, offset: '1 day' }] }, 'steps.0.offset'],
      [{ name: 's2', steps: [{ ...step, template: { body: 'Hi {{firstName}}' } }] }, 'steps.0.template'],
      [{ name: 's3', steps: [{ ...step, template: 'no_such_template' }] }, 'steps.0.template'],
      [{ name: 's4', steps: [step, { ...step, offset: '-P1D' }] }, 'steps.1.offset'],
      [{ name: 's5', steps: Array(6).fill(step) }, 'steps'],
      [{ name: 's6', steps: [{ ...step, channel: 'fax' }] }, 'steps.0.channel'],
      [{ name: 'Bad Name', steps: [step] }, 'name'],
    ];
    for (const [body, field] of bad) {
      const r = await t.api.post('/v1/sequences', body);
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.ok(r.body.error.details.some((d: { field: string }) => d.field === field), `${JSON.stringify(r.body.error.details)} names ${field}`);
    }
    assert.equal((await t.api.post('/v1/sequences', { name: 'default', steps: [step] })).status, 409);
    assert.equal((await t.api.post('/v1/sequences', { name: 'ok-seq', steps: [step] })).status, 201);
    assert.equal((await t.api.post('/v1/sequences', { name: 'ok-seq', steps: [step] })).status, 409);
    const list = await t.api.get('/v1/sequences');
    assert.deepEqual(list.body.sequences.map((s: { name: string }) => s.name), ['default', 'ok-seq']);
    assert.equal(list.body.sequences[0].steps.length, 5);
  });
});

describe('authentication', () => {
  test('every /v1 route needs the API key; webhooks and health do not', async () => {
    const anon = new ApiClient(t.url, '');
    const wrong = new ApiClient(t.url, 'wrong-key-0123456789');
    const routes: [string, string][] = [
      ['GET', '/v1/sequences'],
      ['POST', '/v1/sequences'],
      ['POST', '/v1/invoices'],
      ['GET', '/v1/invoices/x'],
      ['POST', '/v1/invoices/x/payments'],
      ['POST', '/v1/invoices/x/replies'],
      ['POST', '/v1/invoices/x/pause'],
      ['POST', '/v1/invoices/x/resume'],
      ['POST', '/v1/invoices/x/void'],
      ['POST', '/v1/customers/x/pause'],
      ['POST', '/v1/customers/x/resume'],
    ];
    for (const [method, path] of routes) {
      for (const c of [anon, wrong]) {
        const r = await c.request(method, path, method === 'POST' ? {} : undefined);
        assert.equal(r.status, 401, `${method} ${path}`);
        assert.equal(r.body.error.code, 'unauthorized');
      }
    }
    assert.equal((await anon.get('/healthz')).status, 200);
    assert.equal((await anon.get('/openapi.json')).status, 200);
    // A webhook is judged by its signature, not the key.
    assert.equal((await anon.webhook({ id: 'e', type: 'invoice.voided', data: { invoiceExternalId: 'none' } })).status, 202);
  });
});

describe('invoices', () => {
  test('creating the same externalId twice returns the first invoice and starts one workflow', async () => {
    const body = invoicePayload({}, 3 * 86_400_000);
    const [a, b] = await Promise.all([t.api.post('/v1/invoices', body), t.api.post('/v1/invoices', body)]);
    assert.deepEqual([a.status, b.status].sort(), [200, 201]);
    assert.equal(a.body.id, b.body.id);
    // The same externalId with other terms is a conflict, never the old invoice with a 200.
    const c = await t.api.post('/v1/invoices', { ...body, amountDue: '1.00' });
    assert.equal(c.status, 409);
    assert.equal(c.body.error.code, 'invoice_exists_different');
    assert.equal(await t.database.prisma.invoice.count({ where: { externalId: body.externalId } }), 1);
    assert.equal(await t.database.prisma.workflowCommand.count({ where: { invoiceId: a.body.id, kind: 'start' } }), 1);
    const runs = [];
    for await (const w of t.remit.client.workflow.list({ query: `WorkflowId="invoice-${a.body.id}"` })) runs.push(w.runId);
    assert.equal(runs.length, 1);
    const got = await t.api.get(`/v1/invoices/${body.externalId}`);
    assert.equal(got.status, 200);
    assert.equal(got.body.id, a.body.id);
    assert.equal(got.body.amountDue, '1250.00');
    assert.equal(got.body.followUp.status, 'scheduled');
    assert.equal(got.body.followUp.nextStep.template, 'pre_due_reminder');
  });

  test('a date-only due date means 10:00 in the customer time zone', async () => {
    const r = await t.api.post('/v1/invoices', invoicePayload({ dueDate: '2027-07-01', customer: { externalId: `tz-${Date.now()}`, timezone: 'America/Los_Angeles' } }));
    assert.equal(r.status, 201);
    const inv = (await t.api.get(`/v1/invoices/${r.body.id}`)).body;
    assert.equal(inv.dueAt, '2027-07-01T17:00:00.000Z');
    assert.equal(inv.followUp.nextStep.at, '2027-06-30T17:00:00.000Z');
  });

  test('unknown invoice → 404; payment with wrong currency decimals → 422 and nothing recorded', async () => {
    assert.equal((await t.api.get('/v1/invoices/does-not-exist')).status, 404);
    assert.equal((await t.api.post('/v1/invoices/does-not-exist/payments', { amount: '1.00' })).status, 404);
    const r = await t.api.post('/v1/invoices', invoicePayload({ currency: 'JPY', amountDue: '5000' }, 3_600_000));
    const before = await t.database.prisma.payment.count();
    const p = await t.api.post(`/v1/invoices/${r.body.id}/payments`, { amount: '10.50' });
    assert.equal(p.status, 422);
    assert.equal(await t.database.prisma.payment.count(), before);
    const past = await t.api.post(`/v1/invoices/${r.body.id}/pause`, { actor: 'a', until: '2020-01-01T00:00:00Z' });
    assert.equal(past.status, 422);
  });
});

describe('payment webhooks', () => {
  const event = (data: Record<string, unknown>, type = 'payment.succeeded') => ({
    id: `evt_${Date.now()}_${Math.random().toString(36).slice(2)}`,
    type,
    data: { amount: '1250.00', currency: 'USD', ...data },
  });

  test('bad signature, stale timestamp, missing header → 401 and nothing recorded', async () => {
    const inv = await t.api.post('/v1/invoices', invoicePayload({}, 3_600_000));
    const e = event({ invoiceId: inv.body.id });
    const before = await countRows();
    const wrongSecret = await t.api.webhook(e, { secret: 'another-secret-0123456789' });
    assert.equal(wrongSecret.status, 401);
    assert.equal(wrongSecret.body.error.code, 'signature_mismatch');
    const stale = await t.api.webhook(e, { timestamp: Math.floor(Date.now() / 1000) - 301 });
    assert.equal(stale.status, 401);
    assert.equal(stale.body.error.code, 'signature_stale_timestamp');
    const future = await t.api.webhook(e, { timestamp: Math.floor(Date.now() / 1000) + 301 });
    assert.equal(future.status, 401);
    const none = await t.api.request('POST', '/v1/webhooks/payments', JSON.stringify(e), { 'content-type': 'application/json' });
    assert.equal(none.status, 401);
    assert.equal(none.body.error.code, 'signature_missing');
    // Signed for one body, sent with another.
    const { signatureHeader } = await import('../../src/api/signature');
    const tampered = await t.api.request('POST', '/v1/webhooks/payments', JSON.stringify({ ...e, data: { ...e.data, amount: '1.00' } }), {
      'content-type': 'application/json',
      'remit-signature': signatureHeader(WEBHOOK_SECRET, JSON.stringify(e)),
    });
    assert.equal(tampered.status, 401);
    assert.deepEqual(await countRows(), before);
  });

  test('a replayed event is answered 2xx and applied once', async () => {
    const inv = await t.api.post('/v1/invoices', invoicePayload({}, 3_600_000));
    const e = event({ invoiceExternalId: (await t.api.get(`/v1/invoices/${inv.body.id}`)).body.externalId, amount: '200.00' });
    const first = await t.api.webhook(e);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual([first.body.status, first.body.duplicate, first.body.delivery], ['applied', false, 'delivered']);
    const again = await Promise.all([t.api.webhook(e), t.api.webhook(e)]);
    for (const r of again) {
      assert.equal(r.status, 200);
      assert.equal(r.body.duplicate, true);
    }
    const got = (await t.api.get(`/v1/invoices/${inv.body.id}`)).body;
    assert.equal(got.amountDue, '1050.00');
    assert.equal(got.payments.length, 1);
    await waitFor('workflow amount', async () => (await t.api.get(`/v1/invoices/${inv.body.id}`)).body.followUp.amountDue === '1050.00');
  });

  test('two deliveries of a new refund at once refund once; an event refused as a 4xx is not kept, so its retry is judged afresh', async () => {
    const inv = await t.api.post('/v1/invoices', invoicePayload({}, 3_600_000));
    assert.equal((await t.api.webhook(event({ invoiceId: inv.body.id, amount: '500.00' }))).status, 200);
    // A refund has no reference to deduplicate it by: only the event's record stops a second one.
    const refund = event({ invoiceId: inv.body.id, amount: '100.00' }, 'payment.refunded');
    const both = await Promise.all([t.api.webhook(refund), t.api.webhook(refund)]);
    assert.deepEqual(both.map((r) => r.status), [200, 200]);
    assert.deepEqual(both.map((r) => r.body.duplicate).sort(), [false, true]);
    const refunds = await t.database.prisma.payment.findMany({ where: { invoiceId: inv.body.id, kind: 'refund' } });
    assert.deepEqual(refunds.map((r) => r.amount.toFixed(2)), ['100.00']);
    assert.equal((await t.api.get(`/v1/invoices/${inv.body.id}`)).body.amountDue, '850.00');

    const wrong = event({ invoiceId: inv.body.id, amount: '5.00', currency: 'EUR' });
    assert.equal((await t.api.webhook(wrong)).status, 422);
    assert.equal(await t.database.prisma.webhookEvent.count({ where: { eventId: wrong.id } }), 0);
    assert.equal((await t.api.webhook(wrong)).status, 422, 'the retry is refused for the same reason, not answered as a duplicate');
  });

  test('a payment before the invoice is recorded (202); the invoice then arrives paid and sends nothing', async () => {
    const body = invoicePayload({}, 0);
    const e = event({ invoiceExternalId: body.externalId });
    const early = await t.api.webhook(e);
    assert.equal(early.status, 202);
    assert.equal(early.body.status, 'pending_invoice');
    const created = await t.api.post('/v1/invoices', body);
    assert.equal(created.status, 201);
    assert.equal(created.body.status, 'paid');
    await waitFor('closed', async () => (await t.remit.client.workflow.getHandle(created.body.workflowId).describe()).status.name === 'COMPLETED');
    const got = (await t.api.get(`/v1/invoices/${created.body.id}`)).body;
    assert.equal(got.followUp.status, 'paid');
    assert.equal(got.messages.length, 0);
    assert.equal(t.sent.filter((m) => m.invoiceId === created.body.id).length, 0);
    assert.equal(got.payments[0].amount, '1250.00');
    const stored = await t.database.prisma.webhookEvent.findFirstOrThrow({ where: { eventId: e.id } });
    assert.equal(stored.status, 'applied');
    assert.equal(stored.invoiceId, created.body.id);
  });

  test('a void before the invoice arrives: it is created void and its follow-up closes at once', async () => {
    const body = invoicePayload({}, 0);
    const early = await t.api.webhook(event({ invoiceExternalId: body.externalId }, 'invoice.voided'));
    assert.equal(early.status, 202);
    const created = await t.api.post('/v1/invoices', body);
    assert.equal(created.status, 201);
    assert.equal(created.body.status, 'void');
    await waitFor('closed', async () => (await t.remit.client.workflow.getHandle(created.body.workflowId).describe()).status.name === 'COMPLETED');
    const got = (await t.api.get(`/v1/invoices/${created.body.id}`)).body;
    assert.equal(got.followUp.status, 'voided');
    assert.equal(got.amountDue, '1250.00');
    assert.equal(got.messages.length, 0);
  });

  test('a void event cancels; a refund of a paid invoice reopens its follow-up', async () => {
    const inv = await t.api.post('/v1/invoices', invoicePayload({}, 3_600_000));
    const id = inv.body.id as string;
    assert.equal((await t.api.webhook(event({ invoiceId: id }))).status, 200);
    await waitFor('paid', async () => (await t.remit.client.workflow.getHandle(`invoice-${id}`).describe()).status.name === 'COMPLETED');
    const refund = await t.api.webhook(event({ invoiceId: id, amount: '100.00' }, 'payment.refunded'));
    assert.equal(refund.status, 200, JSON.stringify(refund.body));
    const reopened = await waitFor('reopened', async () => {
      const got = (await t.api.get(`/v1/invoices/${id}`)).body;
      return got.followUp?.status === 'scheduled' && got;
    });
    assert.equal(reopened.status, 'open');
    assert.equal(reopened.amountDue, '100.00');
    assert.equal(reopened.followUp.amountDue, '100.00');
    const v = await t.api.webhook(event({ invoiceId: id }, 'invoice.voided'));
    assert.equal(v.status, 200);
    await waitFor('voided', async () => (await t.api.get(`/v1/invoices/${id}`)).body.followUp?.status === 'voided');
  });

  test('invalid events are rejected with the field named', async () => {
    const r = await t.api.webhook({ id: 'x', type: 'payment.succeeded', data: { invoiceExternalId: 'a' } });
    assert.equal(r.status, 400);
    assert.ok(r.body.error.details.some((d: { field: string }) => d.field === 'data.amount'));
    const r2 = await t.api.webhook({ id: 'y', type: 'payment.exploded', data: { invoiceExternalId: 'a' } });
    assert.equal(r2.status, 400);
  });
});

describe('operations', () => {
  test('healthz reports database and Temporal; openapi.json documents every route', async () => {
    const h = await t.api.get('/healthz');
    assert.equal(h.status, 200);
    assert.equal(h.body.database.ok, true);
    assert.equal(h.body.temporal.ok, true);
    const doc = (await t.api.get('/openapi.json')).body;
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/v1/invoices', '/v1/invoices/{id}', '/v1/invoices/{id}/payments', '/v1/webhooks/payments', '/v1/customers/{id}/pause', '/healthz']) {
      assert.ok(doc.paths[p], `documents ${p}`);
    }
    const create = doc.paths['/v1/invoices'].post.requestBody.content['application/json'].schema;
    assert.ok(create.required.includes('externalId'));
    assert.equal(create.properties.amountDue.type, 'string');
    const unknown = await t.api.get('/v1/nothing-here');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'not_found');
  });
});
