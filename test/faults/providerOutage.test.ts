// A provider that fails for 30 seconds (5xx, 429, hanging requests): messages are delayed,
// then delivered once each.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { resendErrors, startFakeResend, type FakeResend } from '../support/fakeResend';
import { startFakeTwilio, twilioError, type FakeTwilio } from '../support/fakeTwilio';
import { invoicePayload, startTestRemit, waitFor, type TestRemit } from '../support/remit';

let resend: FakeResend;
let twilio: FakeTwilio;
let t: TestRemit;

before(async () => {
  resend = await startFakeResend();
  twilio = await startFakeTwilio();
  t = await startTestRemit({
    configuredChannels: true,
    env: {
      RESEND_API_KEY: resend.apiKey,
      RESEND_BASE_URL: resend.url,
      REMIT_EMAIL_FROM: 'Acme <billing@acme.test>',
      REMIT_SENDER_POSTAL_ADDRESS: 'Acme Ltd, 1 Market Street, Springfield',
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_FROM: '+15005550006',
      TWILIO_API_BASE_URL: twilio.url,
      REMIT_SMS_RATE_PER_SECOND: '20',
    },
  });
});
after(async () => {
  await t.stop();
  await resend.close();
  await twilio.close();
});

test('30 s of provider failures delay messages, then each is delivered exactly once', async () => {
  const outageMs = 30_000;
  // Every kind of failure, in turn, for as long as the outage lasts.
  // Half the invoices start with email, half with SMS, so both providers' outages are hit.
  const name = `outage-${randomBytes(3).toString('hex')}`;
  const email = { channel: 'email', template: 'due_date_notice' };
  const sms = { channel: 'sms', template: 'follow_up' };
  assert.equal((await t.api.post('/v1/sequences', { name: `${name}-e`, steps: [{ offset: 'PT0S', ...email }, { offset: 'PT5S', ...sms }] })).status, 201);
  assert.equal((await t.api.post('/v1/sequences', { name: `${name}-s`, steps: [{ offset: 'PT0S', ...sms }, { offset: 'PT5S', ...email }] })).status, 201);
  const n = 6;
  const ids: string[] = [];
  const due = new Date(Date.now() + 4_000).toISOString();
  for (let i = 0; i < n; i++) {
    const tag = randomBytes(4).toString('hex');
    const r = await t.api.post('/v1/invoices', invoicePayload({ sequence: `${name}-${i % 2 ? 's' : 'e'}`, dueDate: due, customer: { externalId: `c-${tag}`, email: `o-${tag}@example.com`, phone: `+1415${String(3_000_000 + i).padStart(7, '0')}` } }));
    assert.equal(r.status, 201);
    ids.push(r.body.id);
  }
  // The outage starts before the first touchpoint falls due: every kind of failure, in turn.
  const resendFailures = [resendErrors.internalServerError(), resendErrors.rateLimited(1), 'hang' as const];
  const twilioFailures = [{ status: 503, body: { code: 20503, message: 'Service unavailable', status: 503 } }, twilioError(20429, { retryAfterSeconds: 1 }), 'hang' as const];
  for (let i = 0; i < 300; i++) {
    resend.failNext(1, resendFailures[i % resendFailures.length] as never);
    twilio.failNext(1, twilioFailures[i % twilioFailures.length] as never);
  }
  const started = Date.now();
  const outageEnds = setTimeout(() => {
    resend.clearFailures();
    twilio.clearFailures();
  }, outageMs);
  try {
    await waitFor('every message delivered', async () => (await t.database.prisma.message.count({ where: { invoiceId: { in: ids }, status: 'sent' } })) === 2 * n, 150_000, 500).catch(async (err) => {
      for (const id of ids) console.log('# state', JSON.stringify((await t.api.get(`/v1/invoices/${id}`)).body.followUp));
      console.log('# rows', JSON.stringify(await t.database.prisma.message.findMany({ where: { invoiceId: { in: ids } }, select: { stepIndex: true, channel: true, status: true, statusReason: true } })));
      throw err;
    });
  } finally {
    clearTimeout(outageEnds);
  }
  assert.ok(Date.now() - started >= outageMs, 'nothing got through during the outage');
  assert.deepEqual(
    (await t.database.prisma.message.findMany({ where: { invoiceId: { in: ids } }, select: { stepIndex: true } })).map((m) => m.stepIndex).sort(),
    [...Array(n).fill(0), ...Array(n).fill(1)],
    'no step skipped',
  );
  const emailKeys = resend.received.filter((d) => ids.some((id) => d.idempotencyKey?.startsWith(`${id}:`))).map((d) => d.idempotencyKey);
  assert.equal(emailKeys.length, n, 'each email accepted once by the provider');
  assert.equal(new Set(emailKeys).size, n);
  const smsTo = twilio.received.filter((d) => d.params.To!.startsWith('+14153'));
  assert.equal(smsTo.length, n, 'each SMS accepted once');
  assert.equal(new Set(smsTo.map((d) => d.params.To)).size, n);
  const failedAttempts = resend.requests.length - resend.received.length;
  console.log(`# outage of ${outageMs / 1000} s: ${failedAttempts} failed email attempts and ${twilio.requests.length - twilio.received.length} failed SMS attempts before delivery; done after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  assert.ok(failedAttempts >= n / 2 && twilio.requests.length - twilio.received.length >= n / 2, 'both outages were really hit');
});
