// Real channels end to end: the Resend and Twilio SDKs talking to loopback fakes, provider
// webhooks signed the way the providers sign them, and the follow-up reacting on a real
// Temporal server.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { receivedEmail, startFakeResend, type FakeResend } from '../support/fakeResend';
import { startRemitWithProviders, type RemitWithProviders } from '../support/fakeProviders';
import type { FakeTwilio } from '../support/fakeTwilio';
import { stripeSignatureHeader } from '../support/providerSignatures';
import { invoicePayload, sleep, startTestRemit, waitFor, type TestRemit } from '../support/remit';

const STRIPE_SECRET = 'whsec_stripe_test_secret_0123456789';

let world: RemitWithProviders;
let resend: FakeResend;
let twilio: FakeTwilio;
let t: TestRemit;

before(async () => {
  world = await startRemitWithProviders({
    TWILIO_WHATSAPP_FROM: '+15005550007',
    TWILIO_WHATSAPP_CONTENT_SID: `HX${'ab'.repeat(16)}`,
    STRIPE_WEBHOOK_SECRET: STRIPE_SECRET,
    REMIT_SMS_RATE_PER_SECOND: '50',
    REMIT_UNOPENED_PIVOT_AFTER: 'PT3S',
    REMIT_OPENED_UNPAID_AFTER: 'PT3S',
    REMIT_BEHAVIOUR_MERGE_WINDOW: 'PT1S',
  });
  ({ t, resend, twilio } = world);
});
after(() => world?.stop());

async function sequence(steps: [string, string, string?][]) {
  const name = `s-${randomBytes(4).toString('hex')}`;
  const r = await t.api.post('/v1/sequences', { name, steps: steps.map(([offset, channel, template]) => ({ offset, channel, template: template ?? 'follow_up' })) });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return name;
}

/** A customer with their own phone number and email, so fakes' logs can be filtered per test. */
function customer() {
  const n = randomBytes(3).readUIntBE(0, 3) % 8_000_000; // a 415 exchange starts at 2: libphonenumber refuses 1xx
  const tag = randomBytes(4).toString('hex');
  return { externalId: `cus-${tag}`, name: 'Ada Lovelace', email: `ada-${tag}@example.com`, phone: `+1415${String(2_000_000 + n).padStart(7, '0')}`, timezone: 'Europe/London' };
}

async function invoice(seq: string, cust = customer(), over: Record<string, unknown> = {}) {
  const r = await t.api.post('/v1/invoices', invoicePayload({ sequence: seq, customer: cust, ...over }, 300));
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return { id: r.body.id as string, customer: cust };
}

const emailsTo = (to: string) => resend.received.filter((d) => JSON.stringify(d.body.to).includes(to));
const smsTo = (to: string) => twilio.received.filter((d) => d.params.To === to);
const messages = async (id: string) => (await t.api.get(`/v1/invoices/${id}`)).body.messages as { stepIndex: number; kind: string; channel: string; status: string; deliveryStatus?: string }[];
const view = async (id: string) => (await t.api.get(`/v1/invoices/${id}`)).body;
/** The invoice once its follow-up view (what the workflow last published) satisfies `ok`. */
const viewWhen = (id: string, ok: (followUp: any) => boolean) =>
  waitFor('the follow-up view', async () => {
    const v = await view(id);
    return v.followUp && ok(v.followUp) ? v : undefined;
  });

const twilioPost = (path: string, params: Record<string, string>, opts: { badSignature?: boolean } = {}) => world.twilioPost(path, params, opts);
const resendPost = (event: unknown, opts: { timestamp?: number; id?: string } = {}) => world.resendPost(event, opts);

async function stripePost(event: unknown, timestamp?: number) {
  const body = JSON.stringify(event);
  return t.api.request('POST', '/v1/webhooks/stripe', body, { 'stripe-signature': stripeSignatureHeader(STRIPE_SECRET, body, timestamp) });
}

describe('sending through Resend and Twilio', () => {
  test('a sequence across email and SMS reaches the providers with the right content, keys and callbacks', async () => {
    // 5 s apart: a first workflow task that runs more than the gap late (a loaded CI machine)
    // finds both steps due, and catch-up rightly sends only the second.
    const seq = await sequence([['PT0S', 'email', 'due_date_notice'], ['PT5S', 'sms', 'follow_up']]);
    const { id, customer: c } = await invoice(seq);
    // The file's first follow-up: on a loaded CI machine its worker's first workflow task can
    // take tens of seconds (no activity fails), so this wait is longer and says where it stood.
    const email = await waitFor('email at Resend', () => emailsTo(c.email)[0], 90_000).catch(async (err: Error) => {
      throw new Error(`${err.message}; follow-up: ${JSON.stringify((await view(id)).followUp)}; timeline: ${JSON.stringify((await t.api.get(`/v1/invoices/${id}/timeline`)).body)}`);
    });
    assert.equal(email.idempotencyKey, `${id}:0:email`);
    assert.equal(email.body.to, c.email);
    assert.equal(email.body.from, 'Acme Billing <billing@acme.test>');
    assert.match(String(email.body.subject), /^Invoice INV-.* is due today$/);
    assert.match(String(email.body.text), /\$1,250\.00/);
    // The payment link opens the invoice's own page (docs/self-service.md).
    assert.match(String(email.body.html), /<a href="http:\/\/[^"]+\/i\/[A-Za-z0-9_-]{40,}">/);
    const sms = await waitFor('SMS at Twilio', () => smsTo(c.phone)[0]);
    assert.equal(sms.params.From, '+15005550006');
    assert.equal(sms.params.StatusCallback, `${world.publicUrl}/v1/webhooks/twilio/status`);
    assert.match(sms.params.Body!, /days overdue|overdue/);
    await waitFor('outbox', async () => (await messages(id)).filter((m) => m.status === 'sent').length === 2);
    const rows = await t.database.prisma.message.findMany({ where: { invoiceId: id }, orderBy: { stepIndex: 'asc' } });
    assert.deepEqual(rows.map((r) => [r.channel, r.provider, r.providerMessageId]), [
      ['email', 'resend', email.id],
      ['sms', 'twilio', sms.sid],
    ]);
  });

  test('Twilio status callbacks move forward only, are deduplicated, and must be signed', async () => {
    const seq = await sequence([['PT0S', 'sms']]);
    const { id, customer: c } = await invoice(seq);
    const sms = await waitFor('SMS', () => smsTo(c.phone)[0]);
    await waitFor('sent', async () => (await messages(id))[0]?.status === 'sent');
    const cb = (status: string) => ({ MessageSid: sms.sid, MessageStatus: status, AccountSid: twilio.accountSid, To: c.phone });
    assert.equal((await twilioPost('/v1/webhooks/twilio/status', cb('delivered'))).status, 200);
    const late = await twilioPost('/v1/webhooks/twilio/status', cb('sent'));
    assert.equal(late.status, 200);
    const replay = await twilioPost('/v1/webhooks/twilio/status', cb('delivered'));
    assert.match(replay.text, /"duplicate"/);
    assert.equal((await t.database.prisma.message.findFirstOrThrow({ where: { invoiceId: id } })).deliveryStatus, 'delivered');
    const forged = await twilioPost('/v1/webhooks/twilio/status', cb('failed'), { badSignature: true });
    assert.equal(forged.status, 401);
    assert.equal((await t.database.prisma.message.findFirstOrThrow({ where: { invoiceId: id } })).deliveryStatus, 'delivered');
  });
});

describe('behaviour', () => {
  test('an email not opened within the window makes the next touchpoint an SMS', async () => {
    // The pivot window is 3 s; the second step comes 8 s after the first, whatever the load.
    const seq = await sequence([['PT0S', 'email', 'due_date_notice'], ['PT8S', 'email', 'follow_up']]);
    const { id, customer: c } = await invoice(seq);
    await waitFor('first email', () => emailsTo(c.email).length === 1);
    const sms = await waitFor('pivot to SMS', () => smsTo(c.phone)[0], 20_000);
    assert.match(sms.params.Body!, /overdue/);
    assert.equal(emailsTo(c.email).length, 1);
    const v = await viewWhen(id, (f) => f.messagesSent.length === 2);
    assert.equal(v.followUp.messagesSent[1].channel, 'sms');
    assert.equal(v.followUp.messagesSent[1].channelReason, 'pivot: previous email not opened');
  });

  test('an opened, unpaid email gets a behaviour follow-up; a click gets "trouble paying?"', async () => {
    const seq = await sequence([['PT0S', 'email', 'due_date_notice'], ['PT120S', 'email', 'follow_up']]);
    const { id, customer: c } = await invoice(seq);
    const first = await waitFor('first email', () => emailsTo(c.email)[0]);
    await waitFor('outbox has the Resend id', async () => (await t.database.prisma.message.count({ where: { providerMessageId: first.id } })) === 1);
    const opened = await resendPost({ type: 'email.opened', created_at: new Date().toISOString(), data: { email_id: first.id } });
    assert.equal(opened.status, 200, JSON.stringify(opened.body));
    assert.equal(opened.body.status, 'applied');
    const followUp = await waitFor('opened follow-up', () => emailsTo(c.email)[1], 15_000);
    assert.match(String(followUp.body.subject), /^About invoice/);
    const clicked = await resendPost({ type: 'email.clicked', created_at: new Date().toISOString(), data: { email_id: first.id } });
    assert.equal(clicked.status, 200);
    const trouble = await waitFor('clicked follow-up', () => emailsTo(c.email)[2], 15_000);
    assert.match(String(trouble.body.subject), /^Trouble paying/);
    assert.match(String(trouble.body.text), /\/i\/[A-Za-z0-9_-]{40,}/, 'the invoice page link again');
    const v = await viewWhen(id, (f) => f.messagesSent.length === 3);
    assert.deepEqual(v.followUp.messagesSent.map((m: { kind: string }) => m.kind), ['step', 'opened_unpaid', 'clicked_unpaid']);
    const row = await t.database.prisma.message.findFirstOrThrow({ where: { providerMessageId: first.id } });
    assert.ok(row.openedAt && row.clickedAt);
    assert.equal(row.deliveryStatus, 'clicked');
  });

  test('STOP mid-sequence: no more SMS, email carries on', async () => {
    const seq = await sequence([['PT0S', 'sms', 'due_date_notice'], ['PT6S', 'sms', 'follow_up'], ['PT9S', 'email', 'escalation_notice']]);
    const { id, customer: c } = await invoice(seq);
    await waitFor('first SMS', () => smsTo(c.phone).length === 1);
    const stop = await twilioPost('/v1/webhooks/twilio/inbound', { MessageSid: `SM${randomBytes(16).toString('hex')}`, From: c.phone, To: '+15005550006', Body: 'Stop!' });
    assert.equal(stop.status, 200);
    assert.match(stop.type ?? '', /xml/);
    assert.match(stop.text, /<Message>You are unsubscribed/);
    await waitFor('two emails', () => emailsTo(c.email).length === 2, 20_000);
    assert.equal(smsTo(c.phone).length, 1, 'no SMS after STOP');
    const v = await viewWhen(id, (f) => f.messagesSent.length === 3);
    assert.equal(v.followUp.status, 'awaiting_payment', 'an opt-out is not a reply: the follow-up was not paused');
    assert.match(v.followUp.messagesSent[1].channelReason, /^pivot: sms unusable \(opted out/);
    assert.equal(await t.database.prisma.optOut.count({ where: { address: c.phone } }), 2);
  });

  test('a WhatsApp reply pauses the follow-up; WhatsApp outside the 24 h window uses the approved template', async () => {
    const seq = await sequence([['PT0S', 'whatsapp', 'due_date_notice'], ['PT6S', 'email', 'follow_up']]);
    const { id, customer: c } = await invoice(seq);
    const wa = await waitFor('WhatsApp', () => twilio.received.find((d) => d.params.To === `whatsapp:${c.phone}`));
    assert.equal(wa.params.From, 'whatsapp:+15005550007');
    assert.equal(wa.params.ContentSid, `HX${'ab'.repeat(16)}`);
    assert.equal(JSON.parse(wa.params.ContentVariables!)['1'], 'Ada Lovelace');
    const reply = await twilioPost('/v1/webhooks/twilio/inbound', { MessageSid: `SM${randomBytes(16).toString('hex')}`, From: `whatsapp:${c.phone}`, To: 'whatsapp:+15005550007', Body: 'Please call me about this invoice' });
    assert.equal(reply.status, 200);
    assert.equal(reply.text.replace(/\s/g, ''), '<?xmlversion="1.0"encoding="UTF-8"?><Response/>'.replace(/\s/g, ''));
    await waitFor('paused', async () => (await view(id)).followUp?.status === 'paused');
    const v = await view(id);
    assert.equal(v.followUp.pause.kind, 'reply');
    await sleep(Math.max(0, Date.parse(v.dueAt) + 6_500 - Date.now()));
    assert.equal(emailsTo(c.email).length, 0, 'nothing sent while paused');
    const stored = await t.database.prisma.inboundMessage.findFirstOrThrow({ where: { invoiceIds: { has: id } } });
    assert.deepEqual([stored.channel, stored.text], ['whatsapp', 'Please call me about this invoice']);
  });

  test('Twilio 21610 marks the number opted out and the next step uses email', async () => {
    const seq = await sequence([['PT0S', 'sms', 'due_date_notice'], ['PT5S', 'sms', 'follow_up']]);
    const c = customer();
    twilio.rejectNumber(c.phone, 21610);
    const { id } = await invoice(seq, c);
    await waitFor('email instead', () => emailsTo(c.email).length === 1, 15_000);
    // The provider has the email before the outbox row is marked sent: wait for the write-back.
    await waitFor('outbox settled', async () => (await messages(id)).every((m) => m.status !== 'pending'));
    const rows = await t.database.prisma.message.findMany({ where: { invoiceId: id }, orderBy: { stepIndex: 'asc' } });
    assert.deepEqual(rows.map((r) => [r.stepIndex, r.channel, r.status, r.errorCode]), [
      [0, 'sms', 'failed', '21610'],
      [1, 'email', 'sent', null],
    ]);
    assert.equal(await t.database.prisma.optOut.count({ where: { address: c.phone, channel: 'sms' } }), 1);
  });

  test('an inbound email (Resend email.received) is fetched and pauses the follow-up', async () => {
    const seq = await sequence([['PT0S', 'email', 'due_date_notice'], ['PT30S', 'email']]);
    const { id, customer: c } = await invoice(seq);
    await waitFor('first email', () => emailsTo(c.email).length === 1);
    const emailId = randomBytes(8).toString('hex');
    resend.receivedEmails.set(emailId, receivedEmail({ id: emailId, from: `Ada <${c.email.toUpperCase()}>`, text: 'Paid yesterday, check again' }));
    const r = await resendPost({ type: 'email.received', created_at: new Date().toISOString(), data: { email_id: emailId, from: c.email } });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    await waitFor('paused', async () => (await view(id)).followUp?.status === 'paused');
    assert.equal((await t.database.prisma.inboundMessage.findFirstOrThrow({ where: { invoiceIds: { has: id } } })).text, 'Paid yesterday, check again');
    const stale = await resendPost({ type: 'email.opened', data: { email_id: 'x' } }, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    assert.equal(stale.status, 401);
  });
});

describe('channel choice and provider errors', () => {
  test('`auto` uses the channel the customer last answered on, across invoices', async () => {
    const c = customer();
    const first = await invoice(await sequence([['PT60S', 'email']]), c);
    assert.equal((await t.api.post(`/v1/invoices/${first.id}/replies`, { channel: 'sms', body: 'text me instead' })).status, 200);
    const { id } = await invoice(await sequence([['PT0S', 'auto', 'due_date_notice']]), c);
    await waitFor('SMS', () => smsTo(c.phone).length === 1);
    // The view is what the workflow published once the send came back.
    const v = await viewWhen(id, (f) => f.messagesSent.length === 1);
    assert.equal(v.followUp.messagesSent[0].channel, 'sms');
    assert.equal(v.followUp.messagesSent[0].channelReason, 'auto: customer last responded on sms');
    const fresh = customer();
    const { id: other } = await invoice(await sequence([['PT0S', 'auto', 'due_date_notice']]), fresh);
    await waitFor('email for a customer without history', () => emailsTo(fresh.email).length === 1);
    const o = await viewWhen(other, (f) => f.messagesSent.length === 1);
    assert.equal(o.followUp.messagesSent[0].channelReason, 'auto: no history, sequence default email');
  });

  test('Resend 429 with Retry-After and a 500: the email is delayed, then sent once', async () => {
    const c = customer();
    resend.failNext(1, { status: 429, headers: { 'retry-after': '2' }, body: { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests' } });
    resend.failNext(1, { status: 500, body: { statusCode: 500, name: 'internal_server_error', message: 'Unexpected error' } });
    const started = Date.now();
    const { id } = await invoice(await sequence([['PT0S', 'email', 'due_date_notice']]), c);
    await waitFor('email after retries', () => emailsTo(c.email).length === 1, 30_000);
    const attempts = resend.requests.filter((r) => r.idempotencyKey === `${id}:0:email`).length;
    assert.ok(attempts >= 3, `${attempts} attempts`);
    assert.ok(Date.now() - started >= 2_000, 'waited for Retry-After');
    await waitFor('sent once', async () => (await messages(id)).filter((m) => m.status === 'sent').length === 1);
    assert.equal(emailsTo(c.email).length, 1);
  });

  test('Resend accepted the email but its answer was lost: the retry, with the same key and the same body, is answered with the first id', async () => {
    const c = customer();
    // Resend takes the email and never answers: the send times out and Temporal retries it.
    const release = resend.holdAnswers();
    let id: string;
    try {
      ({ id } = await invoice(await sequence([['PT0S', 'email', 'due_date_notice']]), c));
      await waitFor('retried with the same key', () => resend.requests.filter((r) => r.idempotencyKey === `${id}:0:email`).length >= 2, 40_000);
    } finally {
      release();
    }
    await waitFor('outbox settled', async () => (await messages(id)).every((m) => m.status !== 'pending'), 20_000);
    const [first, ...others] = resend.requests.filter((r) => r.idempotencyKey === `${id}:0:email`);
    for (const retry of others) assert.deepEqual(retry.body, first!.body, 'a retry renders exactly what the first attempt sent');
    assert.equal(emailsTo(c.email).length, 1, 'delivered once');
    const row = await t.database.prisma.message.findFirstOrThrow({ where: { invoiceId: id } });
    assert.deepEqual([row.status, row.providerMessageId], ['sent', emailsTo(c.email)[0]!.id]);
    const customerId = (await t.database.prisma.invoice.findUniqueOrThrow({ where: { id } })).customerId;
    assert.equal(await t.database.prisma.channelBlock.count({ where: { customerId } }), 0, 'email is still usable for this customer');
  });
});

describe('Stripe', () => {
  test('invoice.paid stops everything; a replay is a no-op; a bad or stale signature is refused', async () => {
    const seq = await sequence([['PT0S', 'email', 'due_date_notice'], ['PT3S', 'sms']]);
    const stripeId = `in_${randomBytes(8).toString('hex')}`;
    const { id, customer: c } = await invoice(seq, customer(), { externalId: stripeId });
    await waitFor('first email', () => emailsTo(c.email).length === 1);
    const event = { id: `evt_${randomBytes(8).toString('hex')}`, object: 'event', type: 'invoice.paid', data: { object: { id: stripeId, object: 'invoice', status: 'paid', payment_intent: 'pi_123', currency: 'usd', amount_paid: 125000 } } };
    const stale = await stripePost(event, Math.floor(Date.now() / 1000) - 400);
    assert.equal(stale.status, 401);
    const paid = await stripePost(event);
    assert.equal(paid.status, 200, JSON.stringify(paid.body));
    assert.equal(paid.body.status, 'applied');
    await waitFor('closed', async () => (await view(id)).followUp?.status === 'paid');
    assert.equal((await stripePost(event)).body.status, 'duplicate');
    await sleep(3_500);
    assert.equal(smsTo(c.phone).length, 0);
    const v = await view(id);
    assert.equal(v.amountDue, '0.00');
    assert.deepEqual(v.payments.map((p: { reference: string }) => p.reference), ['pi_123']);
    // The same payment reported again as payment_intent.succeeded is not counted twice.
    const pi = { id: `evt_${randomBytes(8).toString('hex')}`, object: 'event', type: 'payment_intent.succeeded', data: { object: { id: 'pi_123', object: 'payment_intent', amount_received: 125000, currency: 'usd', metadata: { remit_invoice_id: id } } } };
    assert.equal((await stripePost(pi)).status, 200);
    assert.equal((await view(id)).payments.length, 1);
  });
});

describe('pacing', () => {
  test('a burst of due SMS is paced by the rate limit and none is lost', async () => {
    const rate = 20;
    const burst = await startTestRemit({
      configuredChannels: true,
      env: {
        TWILIO_ACCOUNT_SID: twilio.accountSid,
        TWILIO_AUTH_TOKEN: twilio.authToken,
        TWILIO_FROM: '+15005550006',
        TWILIO_API_BASE_URL: twilio.url,
        REMIT_SMS_RATE_PER_SECOND: String(rate),
        REMIT_WORKER_MAX_CONCURRENT_ACTIVITIES: '200',
      },
    });
    try {
      const seq = `burst-${randomBytes(3).toString('hex')}`;
      assert.equal((await burst.api.post('/v1/sequences', { name: seq, steps: [{ offset: 'PT0S', channel: 'sms', template: 'due_date_notice' }] })).status, 201);
      const n = 200;
      const due = new Date(Date.now() + 8_000).toISOString();
      const phones: string[] = [];
      for (let i = 0; i < n; i++) {
        const c = customer();
        phones.push(c.phone);
        const r = await burst.api.post('/v1/invoices', invoicePayload({ sequence: seq, customer: c, dueDate: due }));
        assert.equal(r.status, 201);
      }
      const mine = () => twilio.received.filter((d) => phones.includes(d.params.To!));
      await waitFor('all SMS', () => mine().length >= n, 120_000, 200);
      const sentRows = () => burst.database.prisma.message.findMany({ where: { status: 'sent', channel: 'sms' }, select: { sentAt: true } });
      // Twilio has every SMS before the last outbox rows are marked sent.
      await waitFor('every outbox row sent', async () => (await sentRows()).length >= n, 30_000, 200);
      const sent = await sentRows();
      assert.equal(sent.length, n, 'every touchpoint sent once');
      assert.equal(new Set(mine().map((d) => d.params.To)).size, n, 'one SMS per invoice');
      const ms = sent.map((s) => s.sentAt!.getTime());
      const spread = Math.max(...ms) - Math.min(...ms);
      console.log(`# ${n} SMS at ${rate}/s: first to last ${spread} ms (${((n - 1) / (spread / 1000)).toFixed(1)}/s)`);
      assert.ok(spread >= ((n - 1) / rate) * 1000 * 0.8, `paced: ${spread} ms for ${n} at ${rate}/s`);
    } finally {
      await burst.stop();
    }
  });
});

describe('a pivot sends a valid message; a failure of our making leaves the channel usable', () => {
  // Its own Remit, with consent required for SMS as in production, and its own fake Resend, so
  // a scripted refusal cannot reach another test's email.
  let mail: FakeResend;
  let r: TestRemit;
  const POSTAL = 'Acme Ltd, 1 Market Street, Springfield';
  // The README's demo SMS template: no subject, no unsubscribe link.
  const DEMO_SMS = { body: 'Hi {{customerName}}, {{amountDue}} for {{invoiceNumber}} is due today: {{paymentLink}} {{optOutText}}' };
  before(async () => {
    mail = await startFakeResend();
    r = await startTestRemit({
      configuredChannels: true,
      env: {
        RESEND_API_KEY: mail.apiKey,
        RESEND_BASE_URL: mail.url,
        REMIT_EMAIL_FROM: 'Acme Billing <billing@acme.test>',
        REMIT_SENDER_POSTAL_ADDRESS: POSTAL,
        TWILIO_ACCOUNT_SID: twilio.accountSid,
        TWILIO_AUTH_TOKEN: twilio.authToken,
        TWILIO_FROM: '+15005550006',
        TWILIO_API_BASE_URL: twilio.url,
        REMIT_SMS_RATE_PER_SECOND: '50',
        REMIT_CONSENT_REQUIRED: 'sms,whatsapp',
        REMIT_UNOPENED_PIVOT_AFTER: 'PT3S',
      },
    });
  });
  after(async () => {
    await r.stop();
    await mail.close();
  });

  const mailTo = (to: string) => mail.received.filter((d) => d.body.to === to);
  async function start(steps: { offset: string; channel: string; template: unknown }[], cust: Record<string, unknown> = customer()) {
    const name = `p-${randomBytes(4).toString('hex')}`;
    const s = await r.api.post('/v1/sequences', { name, steps });
    assert.equal(s.status, 201, JSON.stringify(s.body));
    const inv = await r.api.post('/v1/invoices', invoicePayload({ sequence: name, customer: cust }, 300));
    assert.equal(inv.status, 201, JSON.stringify(inv.body));
    return inv.body.id as string;
  }
  /** The outbox rows of the invoice once there are `n` and none is pending (the provider has a message before its row is marked). */
  const settled = (id: string, n: number) =>
    waitFor(`${n} outbox rows settled`, async () => {
      const rows = await r.database.prisma.message.findMany({ where: { invoiceId: id }, orderBy: { stepIndex: 'asc' } });
      return rows.length === n && rows.every((m) => m.status !== 'pending') && rows;
    });
  const followUp = async (id: string) => (await r.api.get(`/v1/invoices/${id}`)).body.followUp;
  const blocks = async (id: string) => {
    const { customerId } = await r.database.prisma.invoice.findUniqueOrThrow({ where: { id } });
    return r.database.prisma.channelBlock.count({ where: { customerId } });
  };

  test('an SMS step without consent goes by email with a subject and the email footer; the later email step is sent too', async () => {
    const c = customer();
    const id = await start([
      { offset: 'PT0S', channel: 'sms', template: DEMO_SMS },
      { offset: 'PT5S', channel: 'email', template: 'follow_up' },
    ], c);
    const [pivoted, later] = await waitFor('both emails at Resend', () => mailTo(c.email).length >= 2 && mailTo(c.email), 90_000).catch(async (err: Error) => {
      throw new Error(`${err.message}; follow-up: ${JSON.stringify(await followUp(id))}`);
    });
    assert.match(String(pivoted!.body.subject), /^Invoice INV-\S+ is due today$/, 'the step’s built-in subject');
    const text = String(pivoted!.body.text);
    assert.match(text, /^Hi Ada Lovelace, \$1,250\.00 for INV-\S+ is due today: \S+\n\nUnsubscribe: http\S+\/u\/\S+\n\nAcme Ltd, 1 Market Street, Springfield$/);
    assert.match(String((pivoted!.body.headers as Record<string, string>)['List-Unsubscribe']), /^<http\S+\/u\/\S+>$/);
    assert.match(String(later!.body.subject), /^Invoice INV-\S+ is overdue$/);
    assert.equal(smsTo(c.phone).length, 0, 'no SMS without consent');

    const rows = await settled(id, 2);
    assert.deepEqual(rows.map((m) => [m.stepIndex, m.channel, m.status]), [
      [0, 'email', 'sent'],
      [1, 'email', 'sent'],
    ]);
    assert.equal(await blocks(id), 0, 'email is still usable for this customer');
    const state = await waitFor('awaiting payment, not paused for attention', async () => {
      const f = await followUp(id);
      return f?.status === 'awaiting_payment' && f;
    });
    assert.match(state.messagesSent[0].channelReason, /^pivot: sms unusable \(no consent recorded for sms/);
    const events = (await r.api.get(`/v1/invoices/${id}/timeline`)).body.events as { kind: string; detail: Record<string, unknown> }[];
    const sent = events.find((e) => e.kind === 'message_sent' && e.detail.stepIndex === 0);
    assert.deepEqual(sent?.detail.adapted, ['subject of the built-in due_date_notice template', 'unsubscribe link added']);
  });

  test('a step that could pivot into a message the provider refuses is refused when the sequence is saved', async () => {
    const res = await r.api.post('/v1/sequences', {
      name: `p-${randomBytes(4).toString('hex')}`,
      steps: [
        { offset: 'PT0S', channel: 'email', template: 'due_date_notice' },
        { offset: 'PT5S', channel: 'sms', template: { ...DEMO_SMS, subject: '{{optOutText}}' } },
      ],
    });
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.ok(
      JSON.stringify(res.body).includes('inline template of step 2 (sms) may pivot to email (when sms cannot be used), where it would be refused: an email needs a subject'),
      JSON.stringify(res.body),
    );
  });

  test('an email template that pivots to SMS (email not opened) carries the opt-out wording', async () => {
    const c = customer();
    const id = await start(
      [
        { offset: 'PT0S', channel: 'email', template: 'due_date_notice' },
        { offset: 'PT8S', channel: 'email', template: { subject: 'Invoice {{invoiceNumber}}', body: 'Hi {{customerName}}, please pay {{amountDue}} at {{paymentLink}}.\n\n{{unsubscribeLink}}' } },
      ],
      { ...c, consents: [{ channel: 'sms', source: 'checkout form', consentedAt: new Date(Date.now() - 60_000).toISOString() }] },
    );
    await waitFor('first email', () => mailTo(c.email).length === 1, 60_000);
    const sms = await waitFor('pivot to SMS', () => smsTo(c.phone)[0], 30_000);
    assert.match(sms.params.Body!, /^Hi Ada Lovelace, please pay \$1,250\.00 at \S+\. Reply STOP to opt out\.$/);
    await settled(id, 2);
    const state = await waitFor('awaiting payment', async () => {
      const f = await followUp(id);
      return f?.status === 'awaiting_payment' && f;
    });
    assert.deepEqual([state.messagesSent[1].channel, state.messagesSent[1].channelReason], ['sms', 'pivot: previous email not opened']);
  });

  test('Resend refusing our payload fails that message, on the timeline with its reason, and the next email still goes', async () => {
    const c = customer();
    mail.failNext(1, { status: 422, body: { statusCode: 422, name: 'missing_required_field', message: 'Missing `subject` field.' } });
    const id = await start([
      { offset: 'PT0S', channel: 'email', template: 'due_date_notice' },
      { offset: 'PT5S', channel: 'email', template: 'follow_up' },
    ], c);
    const email = await waitFor('the next step’s email', () => mailTo(c.email)[0], 60_000);
    assert.match(String(email.body.subject), /is overdue$/);
    const rows = await settled(id, 2);
    assert.deepEqual(rows.map((m) => [m.stepIndex, m.channel, m.status, m.errorCode]), [
      [0, 'email', 'failed', 'missing_required_field'],
      [1, 'email', 'sent', null],
    ]);
    assert.equal(await blocks(id), 0, 'a failure of our making does not mark email unusable');
    const events = (await r.api.get(`/v1/invoices/${id}/timeline`)).body.events as { kind: string; decision: string; reason: string; detail: Record<string, unknown> }[];
    const failed = events.find((e) => e.kind === 'message_failed');
    assert.equal(failed?.detail.blame, 'sender');
    assert.match(failed?.reason ?? '', /^invalid_message: Resend: Missing `subject` field\.; email stays usable/);
    await waitFor('awaiting payment', async () => (await followUp(id))?.status === 'awaiting_payment');
  });
});
