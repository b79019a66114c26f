// Money counted as a careful accountant would: overpayments kept as credit, refunds that reopen
// only what is really unpaid, client retries that never pay twice, and nothing accepted dropped
// without a word (conflicting re-posts and events, payments in another currency).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { invoicePayload, sleep, startTestRemit, waitFor, type TestRemit } from '../support/remit';

let t: TestRemit;
before(async () => {
  t = await startTestRemit();
});
after(() => t.stop());

const DAY = 86_400_000;

async function invoice(over: Record<string, unknown> = {}) {
  const body = invoicePayload({ amountDue: '100.00', ...over }, 10 * DAY);
  const r = await t.api.post('/v1/invoices', body);
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return { id: r.body.id as string, externalId: body.externalId, workflowId: r.body.workflowId as string, body };
}

const pay = (id: string, amount: string, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}) =>
  t.api.request('POST', `/v1/invoices/${id}/payments`, { amount, ...extra }, headers);
const workflowStatus = async (workflowId: string) => (await t.remit.client.workflow.getHandle(workflowId).describe()).status.name;
const timelineKinds = async (id: string) => ((await t.api.get(`/v1/invoices/${id}/timeline`)).body.events as { kind: string }[]).map((e) => e.kind);

describe('overpayments and refunds', () => {
  test('two 100.00 payments on a 100.00 invoice, then a 100.00 refund: still paid, no credit, the follow-up stays closed', async () => {
    const inv = await invoice();
    const first = await pay(inv.id, '100.00');
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual([first.body.status, first.body.recordedAs, first.body.amountDue, first.body.credit], ['paid', 'payment', '0.00', '0.00']);
    await waitFor('the follow-up to complete', async () => (await workflowStatus(inv.workflowId)) === 'COMPLETED');

    const second = await pay(inv.id, '100.00');
    assert.equal(second.status, 200, JSON.stringify(second.body));
    assert.deepEqual([second.body.status, second.body.recordedAs, second.body.amountPaid, second.body.credit], ['paid', 'credit', '200.00', '100.00']);

    const refund = await t.api.webhook({ id: `evt-refund-${inv.id}`, type: 'payment.refunded', data: { invoiceId: inv.id, amount: '100.00', currency: 'USD' } });
    assert.equal(refund.status, 200, JSON.stringify(refund.body));
    const view = (await t.api.get(`/v1/invoices/${inv.id}`)).body;
    assert.deepEqual([view.status, view.amountDue, view.amountPaid, view.credit], ['paid', '0.00', '100.00', '0.00']);
    assert.deepEqual(view.payments.map((p: { kind: string; amount: string; overpaid: string }) => [p.kind, p.amount, p.overpaid]), [
      ['payment', '100.00', '0.00'],
      ['payment', '100.00', '100.00'],
      ['refund', '100.00', '0.00'],
    ]);
    // Not reopened: no new run, nothing pending for it.
    await sleep(1_000);
    assert.equal(await workflowStatus(inv.workflowId), 'COMPLETED');
    assert.equal(await t.database.prisma.workflowCommand.count({ where: { invoiceId: inv.id, status: 'pending' } }), 0);
    assert.equal(await t.database.prisma.workflowCommand.count({ where: { invoiceId: inv.id, kind: 'signal' } }), 1, 'only the first payment was told to the follow-up');
  });

  test('an overpayment of an open invoice pays it and keeps the excess as credit', async () => {
    const inv = await invoice();
    const r = await pay(inv.id, '130.00');
    assert.deepEqual([r.body.status, r.body.recordedAs, r.body.amountDue, r.body.amountPaid, r.body.credit], ['paid', 'overpayment', '0.00', '130.00', '30.00']);
    await waitFor('paid', async () => (await workflowStatus(inv.workflowId)) === 'COMPLETED');
  });

  test('a refund reopens a paid invoice only when what remains paid is less than invoiced, for what is missing', async () => {
    const inv = await invoice();
    await pay(inv.id, '100.00');
    await waitFor('paid', async () => (await workflowStatus(inv.workflowId)) === 'COMPLETED');
    const r = await t.api.webhook({ id: `evt-partial-refund-${inv.id}`, type: 'payment.refunded', data: { invoiceId: inv.id, amount: '30.00', currency: 'USD' } });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const view = await waitFor('the follow-up to run again', async () => {
      const v = (await t.api.get(`/v1/invoices/${inv.id}`)).body;
      return v.followUp?.status === 'scheduled' ? v : undefined;
    });
    assert.deepEqual([view.status, view.amountDue, view.amountPaid, view.followUp.amountDue], ['open', '30.00', '70.00', '30.00']);
  });

  test('a refund of more than was paid is refused and records nothing', async () => {
    const inv = await invoice();
    await pay(inv.id, '40.00');
    const r = await t.api.webhook({ id: `evt-too-much-${inv.id}`, type: 'payment.refunded', data: { invoiceId: inv.id, amount: '50.00', currency: 'USD' } });
    assert.equal(r.status, 422, JSON.stringify(r.body));
    assert.equal(r.body.error.code, 'refund_exceeds_payments');
    assert.equal(await t.database.prisma.payment.count({ where: { invoiceId: inv.id } }), 1);
    assert.equal(await t.database.prisma.webhookEvent.count({ where: { eventId: `evt-too-much-${inv.id}` } }), 0);
  });
});

describe('payments on paid and void invoices', () => {
  test('a webhook payment for a paid invoice is recorded as credit, and the answer says so', async () => {
    const inv = await invoice();
    await pay(inv.id, '100.00');
    const r = await t.api.webhook({ id: `evt-late-${inv.id}`, type: 'payment.succeeded', data: { invoiceId: inv.id, amount: '100.00', currency: 'USD' } });
    assert.equal(r.status, 200);
    assert.deepEqual([r.body.status, r.body.detail], ['applied', 'recorded as credit: the invoice was already paid']);
    assert.equal((await t.api.get(`/v1/invoices/${inv.id}`)).body.credit, '100.00');
  });

  test('a payment for a void invoice is refused: 409 from the API, "refused" with the reason from a webhook, and not applied', async () => {
    const inv = await invoice();
    assert.equal((await t.api.post(`/v1/invoices/${inv.id}/void`, { actor: 'ar@example.com' })).status, 200);
    const api = await pay(inv.id, '100.00');
    assert.equal(api.status, 409);
    assert.equal(api.body.error.code, 'invoice_void');
    const hook = await t.api.webhook({ id: `evt-void-pay-${inv.id}`, type: 'payment.succeeded', data: { invoiceId: inv.id, amount: '100.00', currency: 'USD' } });
    assert.equal(hook.status, 200);
    assert.deepEqual([hook.body.status, hook.body.detail], ['refused', 'the invoice is void: the payment was not applied']);
    assert.equal(await t.database.prisma.payment.count({ where: { invoiceId: inv.id } }), 0);
    const view = (await t.api.get(`/v1/invoices/${inv.id}`)).body;
    assert.deepEqual([view.status, view.amountPaid], ['void', '0.00']);
  });
});

describe('client retries', () => {
  test('the same Idempotency-Key and body: the first answer again, one payment', async () => {
    const inv = await invoice();
    const key = `key-${inv.id}`;
    const first = await pay(inv.id, '25.00', { 'idempotency-key': key });
    const again = await pay(inv.id, '25.00', { 'idempotency-key': key });
    assert.equal(first.status, 200);
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(first.headers.get('idempotent-replayed'), null);
    const strip = ({ delivery: _d, replayed: _r, ...b }: Record<string, unknown>) => b;
    assert.deepEqual(strip(again.body), strip(first.body));
    assert.equal(again.body.replayed, true);
    assert.equal(await t.database.prisma.payment.count({ where: { invoiceId: inv.id } }), 1);
    assert.equal((await t.api.get(`/v1/invoices/${inv.id}`)).body.amountDue, '75.00');
  });

  test('retries at the same moment still record one payment', async () => {
    const inv = await invoice();
    const answers = await Promise.all(Array.from({ length: 6 }, () => pay(inv.id, '10.00', { 'idempotency-key': `burst-${inv.id}` })));
    assert.deepEqual(answers.map((a) => a.status), [200, 200, 200, 200, 200, 200]);
    assert.equal(await t.database.prisma.payment.count({ where: { invoiceId: inv.id } }), 1);
  });

  test('the same key with another body, or for another invoice, is refused and names the conflict', async () => {
    const inv = await invoice();
    const other = await invoice();
    const key = `key-conflict-${inv.id}`;
    assert.equal((await pay(inv.id, '25.00', { 'idempotency-key': key })).status, 200);
    const changed = await pay(inv.id, '26.00', { 'idempotency-key': key });
    assert.equal(changed.status, 422);
    assert.equal(changed.body.error.code, 'idempotency_key_reused');
    assert.match(changed.body.error.message, /different request body/);
    assert.deepEqual(changed.body.error.details.map((d: { field: string }) => d.field), ['Idempotency-Key']);
    const elsewhere = await pay(other.id, '25.00', { 'idempotency-key': key });
    assert.equal(elsewhere.status, 422);
    assert.match(elsewhere.body.error.message, /another invoice/);
    assert.equal(await t.database.prisma.payment.count({ where: { invoiceId: { in: [inv.id, other.id] } } }), 1);
  });

  test('a reference already recorded with another amount is a 409, not a silent duplicate', async () => {
    const inv = await invoice();
    assert.equal((await pay(inv.id, '25.00', {}, { reference: 'bank-123' })).status, 200);
    const same = await pay(inv.id, '25.00', {}, { reference: 'bank-123' });
    assert.deepEqual([same.status, same.body.duplicate], [200, true]);
    const different = await pay(inv.id, '30.00', {}, { reference: 'bank-123' });
    assert.equal(different.status, 409);
    assert.equal(different.body.error.code, 'payment_reference_conflict');
    assert.equal(await t.database.prisma.payment.count({ where: { invoiceId: inv.id } }), 1);
  });
});

describe('nothing accepted is dropped without a word', () => {
  test('the same webhook event id with a different body is a 409; the first is kept', async () => {
    const inv = await invoice();
    const id = `evt-twice-${inv.id}`;
    assert.equal((await t.api.webhook({ id, type: 'payment.succeeded', data: { invoiceId: inv.id, amount: '10.00', currency: 'USD' } })).status, 200);
    const same = await t.api.webhook({ id, type: 'payment.succeeded', data: { invoiceId: inv.id, amount: '10.00', currency: 'USD' } });
    assert.deepEqual([same.status, same.body.duplicate], [200, true]);
    const changed = await t.api.webhook({ id, type: 'payment.succeeded', data: { invoiceId: inv.id, amount: '60.00', currency: 'USD' } });
    assert.equal(changed.status, 409);
    assert.equal(changed.body.error.code, 'webhook_event_conflict');
    assert.equal((await t.api.get(`/v1/invoices/${inv.id}`)).body.amountDue, '90.00');
  });

  test('an early payment in another currency is kept as unapplied: on the creation answer, the invoice and its timeline', async () => {
    const body = invoicePayload({ amountDue: '100.00', currency: 'USD' }, 10 * DAY);
    const early = await t.api.webhook({ id: `evt-eur-${body.externalId}`, type: 'payment.succeeded', data: { invoiceExternalId: body.externalId, amount: '100.00', currency: 'EUR' } });
    assert.equal(early.status, 202);
    const created = await t.api.post('/v1/invoices', body);
    assert.equal(created.status, 201);
    assert.equal(created.body.status, 'open', 'not paid by a payment in another currency');
    assert.deepEqual(created.body.unappliedPayments, [
      { eventId: `evt-eur-${body.externalId}`, type: 'payment.succeeded', amount: '100.00', currency: 'EUR', reason: 'in EUR, and the invoice is in USD' },
    ]);
    const view = (await t.api.get(`/v1/invoices/${created.body.id}`)).body;
    assert.deepEqual([view.amountDue, view.unappliedPayments.length], ['100.00', 1]);
    assert.ok((await timelineKinds(created.body.id)).includes('payment_unapplied'));
  });

  test('re-posting an externalId with another amount, currency or due date is a 409 naming the fields; the same invoice is a 200', async () => {
    const inv = await invoice();
    assert.equal((await t.api.post('/v1/invoices', inv.body)).status, 200);
    const changed = await t.api.post('/v1/invoices', { ...inv.body, amountDue: '120.00', dueDate: new Date(Date.now() + 20 * DAY).toISOString() });
    assert.equal(changed.status, 409);
    assert.equal(changed.body.error.code, 'invoice_exists_different');
    assert.deepEqual(changed.body.error.details.map((d: { field: string }) => d.field), ['amountDue', 'dueDate']);
    const currency = await t.api.post('/v1/invoices', { ...inv.body, currency: 'EUR' });
    assert.deepEqual([currency.status, currency.body.error.details.map((d: { field: string }) => d.field)], [409, ['currency']]);
    const view = (await t.api.get(`/v1/invoices/${inv.id}`)).body;
    assert.deepEqual([view.amountOriginal, view.currency], ['100.00', 'USD']);
  });
});

describe('sanity limits', () => {
  for (const [name, dueDate] of [
    ['in 1970', '1970-01-01'],
    ['in 2100', '2100-01-01'],
  ] as const) {
    test(`a due date ${name} is a 400 naming dueDate, and nothing is stored`, async () => {
      const body = invoicePayload({ dueDate });
      const r = await t.api.post('/v1/invoices', body);
      assert.equal(r.status, 400, JSON.stringify(r.body));
      assert.deepEqual(r.body.error.details.map((d: { field: string }) => d.field), ['dueDate']);
      assert.equal(await t.database.prisma.invoice.count({ where: { externalId: body.externalId } }), 0);
      assert.equal(await t.database.prisma.customer.count({ where: { externalId: body.customer.externalId } }), 0);
    });
  }

  test('an amount the AmountDue search attribute cannot hold exactly is a 400 naming amountDue', async () => {
    const r = await t.api.post('/v1/invoices', invoicePayload({ amountDue: '999999999999999.99' }));
    assert.equal(r.status, 400);
    assert.deepEqual(r.body.error.details.map((d: { field: string; message: string }) => [d.field, d.message]), [['amountDue', 'at most 90071992547409.91 for USD']]);
    const largest = await invoice({ amountDue: '90071992547409.91' });
    const search = await waitFor('the search attribute', async () => {
      const d = await t.remit.client.workflow.getHandle(largest.workflowId).describe();
      return d.searchAttributes.AmountDue?.[0] as number | undefined;
    });
    assert.equal(search, 9007199254740991);
  });
});
