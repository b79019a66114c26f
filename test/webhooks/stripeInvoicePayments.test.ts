// Stripe since API version 2025-03-31: a charge, a payment intent and a dispute no longer name
// their invoice, and an invoice no longer names its payment intent; the InvoicePayment links
// them. Events are built from Stripe's published fixtures (test/fixtures/stripe), signed with the
// `stripe` SDK, and sent to a real Remit whose Stripe API lookups go to a loopback fake.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import Stripe from 'stripe';
import { startFakeStripe, stripeErrors, type FakeStripe } from '../support/fakeStripe';
import { invoicePayload, startTestRemit, waitFor, type TestRemit } from '../support/remit';

const STRIPE_SECRET = 'whsec_stripe_invoice_payments_0123456789';
const FIXTURES = JSON.parse(readFileSync(new URL('../fixtures/stripe/fixtures3.json', import.meta.url), 'utf8')) as Record<string, Obj>;

type Obj = Record<string, any>;

let stripeApi: FakeStripe;
let t: TestRemit;

before(async () => {
  stripeApi = await startFakeStripe();
  t = await startTestRemit({ env: { STRIPE_WEBHOOK_SECRET: STRIPE_SECRET, STRIPE_API_KEY: stripeApi.apiKey, STRIPE_API_BASE_URL: stripeApi.url } });
});
after(async () => {
  await t.stop();
  await stripeApi.close();
});

// ---- Stripe objects, from the fixtures, with ids that link them --------------------------

const fixture = (name: string): Obj => structuredClone(FIXTURES[name]!);

/** The ids of one Stripe invoice and its payment. */
function stripeIds() {
  const n = randomBytes(6).toString('hex');
  return { invoice: `in_${n}`, invoicePayment: `inpay_${n}`, intent: `pi_${n}`, charge: `ch_${n}`, refund: `re_${n}`, dispute: `dp_${n}`, customer: `cus_${n}` };
}
type Ids = ReturnType<typeof stripeIds>;

const nowSeconds = () => Math.floor(Date.now() / 1000);

function invoicePayment(ids: Ids, amount: number): Obj {
  return {
    ...fixture('invoice_payment'),
    id: ids.invoicePayment,
    invoice: ids.invoice,
    amount_paid: amount,
    amount_requested: amount,
    currency: 'usd',
    livemode: false,
    status: 'paid',
    payment: { type: 'payment_intent', payment_intent: ids.intent },
    status_transitions: { canceled_at: null, paid_at: nowSeconds() },
  };
}

/** A paid Stripe invoice of 1250.00 USD, with its `payments` expanded. */
function paidInvoice(ids: Ids): Obj {
  const inv = fixture('invoice');
  inv.lines.data[0].invoice = ids.invoice;
  return {
    ...inv,
    id: ids.invoice,
    customer: ids.customer,
    status: 'paid',
    amount_due: 125000,
    amount_paid: 125000,
    amount_remaining: 0,
    subtotal: 125000,
    total: 125000,
    lines: { ...inv.lines, url: `/v1/invoices/${ids.invoice}/lines` },
    payments: { object: 'list', data: [invoicePayment(ids, 125000)], has_more: false, url: `/v1/invoices/${ids.invoice}/payments` },
  };
}

function charge(ids: Ids, refunded = 0): Obj {
  const refund = { ...fixture('refund'), id: ids.refund, amount: refunded, charge: ids.charge, payment_intent: ids.intent };
  return {
    ...fixture('charge'),
    id: ids.charge,
    amount: 125000,
    amount_captured: 125000,
    captured: true,
    customer: ids.customer,
    payment_intent: ids.intent,
    amount_refunded: refunded,
    refunded: refunded === 125000,
    refunds: { object: 'list', data: refunded ? [refund] : [], has_more: false, url: `/v1/charges/${ids.charge}/refunds` },
  };
}

function paymentIntent(ids: Ids, metadata: Record<string, string> = {}): Obj {
  return { ...fixture('payment_intent'), id: ids.intent, amount: 125000, amount_received: 125000, status: 'succeeded', customer: ids.customer, latest_charge: ids.charge, metadata };
}

/** A dispute as the fixture has it: `payment_intent` is null, only the charge is named. */
function dispute(ids: Ids): Obj {
  return { ...fixture('dispute'), id: ids.dispute, charge: ids.charge, amount: 125000, reason: 'fraudulent', status: 'needs_response' };
}

function event(type: string, object: Obj): Obj {
  return { ...fixture('event'), id: `evt_${randomBytes(8).toString('hex')}`, api_version: '2025-03-31.basil', created: nowSeconds(), type, data: { object } };
}

async function stripePost(e: Obj) {
  const body = JSON.stringify(e);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: STRIPE_SECRET });
  return t.api.request('POST', '/v1/webhooks/stripe', body, { 'stripe-signature': signature });
}

async function applied(e: Obj) {
  const r = await stripePost(e);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal(r.body.status, 'applied', JSON.stringify(r.body));
  return r.body;
}

// ---- Remit side -------------------------------------------------------------------------

/** The Stripe invoice imported into Remit under its Stripe id, its customer under the Stripe customer id. */
async function remitInvoice(ids: Ids) {
  const payload = invoicePayload({ externalId: ids.invoice }, 600_000);
  const r = await t.api.post('/v1/invoices', { ...payload, customer: { ...payload.customer, externalId: ids.customer } });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body.id as string;
}

const view = async (id: string) => (await t.api.get(`/v1/invoices/${id}`)).body;
const disputed = async (id: string) => (await t.database.prisma.invoice.findUniqueOrThrow({ where: { id } })).disputed;
const lookupsOf = (ids: Ids) => stripeApi.requests.filter((r) => r.path.includes(ids.charge) || r.path.includes(ids.intent) || Object.values(r.query).includes(ids.intent));
const unmatchedCount = async () => {
  const h = await t.api.get('/healthz');
  assert.equal(typeof h.body.unmatchedProviderEvents, 'number', JSON.stringify(h.body));
  return h.body.unmatchedProviderEvents as number;
};

async function paid(id: string) {
  const v = await waitFor('paid', async () => {
    const v = await view(id);
    return v.status === 'paid' && v.followUp?.status === 'paid' && v;
  });
  assert.equal(v.amountDue, '0.00');
  return v;
}

async function reopened(id: string, amountDue: string) {
  const v = await waitFor('reopened', async () => {
    const v = await view(id);
    return v.followUp && v.followUp.status !== 'paid' && v;
  });
  assert.equal(v.status, 'open');
  assert.equal(v.amountDue, amountDue);
  assert.equal(v.followUp.amountDue, amountDue);
}

async function pausedAndDisputed(id: string) {
  await waitFor('follow-up paused', async () => (await view(id)).followUp?.status === 'paused');
  assert.equal((await view(id)).status, 'paused');
  assert.equal(await disputed(id), true, 'the invoice is flagged disputed');
  const timeline = (await t.api.get(`/v1/invoices/${id}/timeline`)).body.events as { kind: string; detail: { reason?: string; note?: string } }[];
  const opened = timeline.find((e) => e.kind === 'dispute_opened')?.detail;
  assert.equal(opened?.reason, 'payment_dispute');
  assert.match(opened?.note ?? '', /disputed \(fraudulent\)/);
}

describe('payments linked when they are applied', () => {
  test('invoice_payment.paid pays the invoice; a charge.refunded of its payment reopens it, matched by the link', async () => {
    const ids = stripeIds();
    const id = await remitInvoice(ids);
    await applied(event('invoice_payment.paid', invoicePayment(ids, 125000)));
    const v = await paid(id);
    assert.deepEqual(v.payments.map((p: { reference: string }) => p.reference), [ids.intent]);

    const refund = await applied(event('charge.refunded', charge(ids, 125000)));
    assert.equal(refund.detail, undefined);
    await reopened(id, '1250.00');
    assert.deepEqual(lookupsOf(ids), [], 'matched by the recorded link, without asking Stripe');
  });

  test('invoice.paid with its payments expanded links them; a partial refund reopens the invoice for the refunded amount', async () => {
    const ids = stripeIds();
    const id = await remitInvoice(ids);
    await applied(event('invoice.paid', paidInvoice(ids)));
    const v = await paid(id);
    assert.deepEqual(v.payments.map((p: { reference: string }) => p.reference), [ids.intent], 'the payment is its payment intent, as payment_intent.succeeded reports it');

    await applied(event('charge.refunded', charge(ids, 25000)));
    await reopened(id, '250.00');
    assert.deepEqual(lookupsOf(ids), []);
  });

  test('two partial refunds of one charge: each applies what is new in the running amount_refunded, not the total again', async () => {
    const ids = stripeIds();
    const id = await remitInvoice(ids);
    await applied(event('invoice_payment.paid', invoicePayment(ids, 125000)));
    await paid(id);
    await applied(event('charge.refunded', charge(ids, 10000)));
    await reopened(id, '100.00');
    await applied(event('charge.refunded', charge(ids, 30000)));
    await waitFor('the second refund', async () => (await view(id)).followUp?.amountDue === '300.00');
    const v = await view(id);
    assert.deepEqual(
      v.payments.filter((p: { kind: string }) => p.kind === 'refund').map((p: { amount: string }) => p.amount),
      ['100.00', '200.00'],
    );
    assert.deepEqual([v.amountDue, v.amountPaid], ['300.00', '950.00']);
  });

  test('the same Stripe event id again: a duplicate with the same body, a 409 with another, and the first is kept', async () => {
    const ids = stripeIds();
    const id = await remitInvoice(ids);
    const first = event('invoice_payment.paid', invoicePayment(ids, 50000));
    await applied(first);
    const again = await stripePost(first);
    assert.deepEqual([again.status, again.body.status], [200, 'duplicate']);
    const changed = await stripePost({ ...first, data: { object: invoicePayment(ids, 125000) } });
    assert.equal(changed.status, 409, JSON.stringify(changed.body));
    assert.equal(changed.body.error.code, 'webhook_event_conflict');
    await waitFor('the first applied', async () => (await view(id)).followUp?.amountDue === '750.00');
    assert.equal((await view(id)).amountPaid, '500.00');
  });

  test('a partial invoice payment lowers what is due; a dispute of it pauses the follow-up and flags the invoice', async () => {
    const ids = stripeIds();
    const id = await remitInvoice(ids);
    await applied(event('invoice_payment.paid', invoicePayment(ids, 50000)));
    await waitFor('amount lowered', async () => (await view(id)).followUp?.amountDue === '750.00');
    assert.equal((await view(id)).status, 'open');

    // Stripe's disputes carry the payment intent when the charge has one.
    await applied(event('charge.dispute.created', { ...dispute(ids), payment_intent: ids.intent }));
    await pausedAndDisputed(id);
    assert.deepEqual(lookupsOf(ids), []);
  });
});

describe('payments Remit has no link for, looked up on the Stripe API', () => {
  test('a dispute naming only its charge: the charge gives the payment intent, its invoice payment the invoice', async () => {
    const ids = stripeIds();
    const id = await remitInvoice(ids);
    stripeApi.charges.set(ids.charge, charge(ids));
    stripeApi.invoicePayments.push(invoicePayment(ids, 125000));

    await applied(event('charge.dispute.created', dispute(ids)));
    await pausedAndDisputed(id);
    assert.deepEqual(
      lookupsOf(ids).map((r) => r.path),
      [`/v1/charges/${ids.charge}`, '/v1/invoice_payments'],
    );
    const list = lookupsOf(ids)[1]!;
    assert.equal(list.query['payment[type]'], 'payment_intent');
    assert.equal(list.query['payment[payment_intent]'], ids.intent);
    const link = await t.database.prisma.stripePaymentLink.findFirstOrThrow({ where: { invoiceId: id, source: 'lookup' } });
    assert.deepEqual([link.paymentIntentId, link.chargeId, link.invoicePaymentId, link.stripeInvoiceId], [ids.intent, ids.charge, ids.invoicePayment, ids.invoice]);
  });

  test("a refund of a payment taken outside Stripe Invoicing: the payment intent's metadata names the Remit invoice", async () => {
    const ids = stripeIds();
    const id = await remitInvoice(ids);
    assert.equal((await t.api.post(`/v1/invoices/${id}/payments`, { amount: '1250.00', reference: 'bank transfer' })).status, 200);
    await paid(id);
    stripeApi.paymentIntents.set(ids.intent, paymentIntent(ids, { remit_invoice_id: id }));

    await applied(event('charge.refunded', charge(ids, 125000)));
    await reopened(id, '1250.00');
    assert.deepEqual(
      lookupsOf(ids).map((r) => r.path),
      ['/v1/invoice_payments', `/v1/payment_intents/${ids.intent}`],
    );
  });

  test('while the Stripe API fails the event fails too (Stripe sends it again), and is matched once it answers', async () => {
    const ids = stripeIds();
    const id = await remitInvoice(ids);
    stripeApi.charges.set(ids.charge, charge(ids));
    stripeApi.invoicePayments.push(invoicePayment(ids, 125000));
    stripeApi.failNext(10, stripeErrors.apiError());
    const e = event('charge.dispute.created', dispute(ids));

    const failed = await stripePost(e);
    stripeApi.clearFailures();
    assert.equal(failed.status, 500, JSON.stringify(failed.body));
    const row = await t.database.prisma.webhookEvent.findUniqueOrThrow({ where: { source_eventId: { source: 'stripe', eventId: e.id } } });
    assert.equal(row.status, 'received', 'recorded, not acted on, not unmatched');

    await applied(e); // Stripe's retry of the same event
    await pausedAndDisputed(id);
  });
});

describe('refunds and disputes that match no invoice', () => {
  test('a dispute of a charge Stripe does not know is answered unmatched, kept, and counted by /healthz', async () => {
    const ids = stripeIds();
    const before = await unmatchedCount();
    const e = event('charge.dispute.created', dispute(ids));
    const r = await stripePost(e);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.status, 'unmatched');
    assert.match(r.body.detail, new RegExp(ids.charge));
    assert.deepEqual(lookupsOf(ids).map((q) => q.path), [`/v1/charges/${ids.charge}`], 'asked Stripe, which answered 404');
    assert.equal(await unmatchedCount(), before + 1);

    const row = await t.database.prisma.webhookEvent.findUniqueOrThrow({ where: { source_eventId: { source: 'stripe', eventId: e.id } } });
    assert.deepEqual([row.status, row.statusReason], ['unmatched', r.body.detail]);
    const kept = await t.database.prisma.unmatchedProviderEvent.findUniqueOrThrow({ where: { source_eventId: { source: 'stripe', eventId: e.id } } });
    assert.deepEqual(kept.detail, { chargeId: ids.charge, amount: '1250.00', currency: 'USD' });

    const replay = await stripePost(e);
    assert.equal(replay.body.status, 'duplicate');
    assert.equal(await unmatchedCount(), before + 1, 'a replay is not counted twice');
  });

  test("a refund for a known customer's unknown payment is shown on the customer's open invoices' timelines", async () => {
    const ids = stripeIds();
    const openId = await remitInvoice(ids); // another invoice of the same customer, still open
    const before = await unmatchedCount();
    const other = { ...stripeIds(), customer: ids.customer };

    const r = await stripePost(event('charge.refunded', charge(other, 125000)));
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.status, 'unmatched');
    assert.match(r.body.detail, /Stripe/);
    assert.equal(await unmatchedCount(), before + 1);

    const timeline = (await t.api.get(`/v1/invoices/${openId}/timeline`)).body.events as { kind: string; actor: string; detail: Record<string, unknown> }[];
    const shown = timeline.find((e) => e.kind === 'stripe_payment_unmatched');
    assert.ok(shown, JSON.stringify(timeline.map((e) => e.kind)));
    assert.equal(shown.actor, 'stripe');
    assert.deepEqual(
      [shown.detail.type, shown.detail.chargeId, shown.detail.paymentIntentId, shown.detail.amount, shown.detail.stripeCustomerId],
      ['charge.refunded', other.charge, other.intent, '1250.00', ids.customer],
    );
    const inv = await view(openId);
    assert.deepEqual([inv.status, inv.amountDue], ['open', '1250.00'], 'nothing applied to an invoice it was not matched to');
  });

  test('without STRIPE_API_KEY a payment with no recorded link is unmatched, and the answer says what is missing', async () => {
    const keyless = await startTestRemit({ env: { STRIPE_WEBHOOK_SECRET: STRIPE_SECRET } });
    try {
      const ids = stripeIds();
      const body = JSON.stringify(event('charge.dispute.created', { ...dispute(ids), payment_intent: ids.intent }));
      const r = await keyless.api.request('POST', '/v1/webhooks/stripe', body, { 'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload: body, secret: STRIPE_SECRET }) });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.status, 'unmatched');
      assert.match(r.body.detail, /STRIPE_API_KEY is not set/);
      assert.equal((await keyless.api.get('/healthz')).body.unmatchedProviderEvents, 1);
      assert.deepEqual(lookupsOf(ids), []);
    } finally {
      await keyless.stop();
    }
  });
});
