// Contract tests: the real `resend` SDK, through our adapter, against a loopback fake that
// answers as api.resend.com does.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Resend } from 'resend';
import { createResendAdapter } from '../../src/channels/resend';
import { TransientSendError, type OutgoingMessage } from '../../src/channels/types';
import { receivedEmail, resendErrors, startFakeResend, type FakeResend, type ScriptedResponse } from '../support/fakeResend';
import { freePort } from '../support/net';
import { permanent, rejectsWith, transient } from '../support/sendErrors';

const FROM = 'Acme Billing <billing@acme.example>';
const REPLY_TO = 'replies@acme.example';

function email(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    messageId: 'msg-1',
    idempotencyKey: 'inv-1:step-1:email',
    invoiceId: 'inv-1',
    channel: 'email',
    to: 'jane@customer.example',
    subject: 'Invoice INV-1001 is overdue',
    body: 'Hi Jane,\n\nInvoice INV-1001 for $120.00 is 3 days overdue.',
    html: '<p>Hi Jane,</p><p>Invoice INV-1001 for $120.00 is 3 days overdue.</p>',
    headers: { 'X-Remit-Message-Id': 'msg-1' },
    ...overrides,
  };
}

describe('Resend adapter against the fake Resend API', () => {
  let fake: FakeResend;
  let adapter: ReturnType<typeof createResendAdapter>;

  before(async () => {
    fake = await startFakeResend();
    adapter = createResendAdapter({ apiKey: fake.apiKey, from: FROM, replyTo: REPLY_TO, baseUrl: fake.url, timeoutMs: 2_000 });
  });
  after(() => fake.close());
  beforeEach(() => fake.reset());

  test('sends to, from, reply_to, subject, html, text, headers with the outbox key as Idempotency-Key', async () => {
    const receipt = await adapter.send(email());

    assert.equal(fake.received.length, 1);
    const [delivery] = fake.received;
    assert.deepEqual(receipt, { provider: 'resend', providerMessageId: delivery!.id });
    assert.match(delivery!.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal(delivery!.method, 'POST');
    assert.equal(delivery!.path, '/emails');
    assert.equal(delivery!.idempotencyKey, 'inv-1:step-1:email');
    assert.equal(delivery!.headers.authorization, `Bearer ${fake.apiKey}`);
    assert.equal(delivery!.headers['content-type'], 'application/json');
    assert.match(delivery!.headers['user-agent']!, /^resend-node:6\.38\.0$/);
    assert.deepEqual(delivery!.body, {
      from: FROM,
      to: 'jane@customer.example',
      reply_to: REPLY_TO,
      subject: 'Invoice INV-1001 is overdue',
      html: '<p>Hi Jane,</p><p>Invoice INV-1001 for $120.00 is 3 days overdue.</p>',
      text: 'Hi Jane,\n\nInvoice INV-1001 for $120.00 is 3 days overdue.',
      // The Message-ID names the outbox row, so a reply threads back to it (emailThreading.ts).
      headers: { 'Message-ID': '<remit-msg-1@acme.example>', 'X-Remit-Message-Id': 'msg-1' },
    });
  });

  test('without html, sends the text as escaped paragraphs', async () => {
    await adapter.send(email({ html: undefined, body: 'Hi <Jane> & "co",\nline two\n\nIt\'s due.' }));
    assert.equal(fake.received[0]!.body.html, '<p>Hi &lt;Jane&gt; &amp; &quot;co&quot;,<br>line two</p>\n<p>It&#39;s due.</p>');
    assert.equal(fake.received[0]!.body.text, 'Hi <Jane> & "co",\nline two\n\nIt\'s due.');
  });

  test('without a reply-to or headers, sends no reply_to and only the Message-ID header', async () => {
    const plain = createResendAdapter({ apiKey: fake.apiKey, from: FROM, baseUrl: fake.url });
    await plain.send(email({ headers: undefined }));
    assert.deepEqual(Object.keys(fake.received[0]!.body).sort(), ['from', 'headers', 'html', 'subject', 'text', 'to']);
    assert.deepEqual(fake.received[0]!.body.headers, { 'Message-ID': '<remit-msg-1@acme.example>' });
  });

  test('a repeated send with the same key returns the first id and delivers once', async () => {
    const first = await adapter.send(email());
    const second = await adapter.send(email());
    assert.equal(second.providerMessageId, first.providerMessageId);
    assert.equal(fake.requests.length, 2);
    assert.equal(fake.received.length, 1);

    const other = await adapter.send(email({ idempotencyKey: 'inv-1:step-2:email' }));
    assert.notEqual(other.providerMessageId, first.providerMessageId);
    assert.equal(fake.received.length, 2);
  });

  test('the same key with a different payload is rejected (409 invalid_idempotent_request)', async () => {
    await adapter.send(email());
    await rejectsWith(adapter.send(email({ subject: 'Changed' })), permanent('invalid_idempotent_request', 'rejected'));
    assert.equal(fake.received.length, 1);
  });

  test('a malformed recipient is invalid_recipient (422 validation_error from the API itself)', async () => {
    await rejectsWith(adapter.send(email({ to: 'jane.customer.example' })), permanent('validation_error', 'invalid_recipient'));
    assert.equal(fake.requests.length, 1);
    assert.equal(fake.received.length, 0);
  });

  test('a scripted 422 about `to` is invalid_recipient; one about `from` is rejected', async () => {
    fake.failNext(1, resendErrors.invalidTo());
    await rejectsWith(adapter.send(email()), permanent('validation_error', 'invalid_recipient'));
    fake.failNext(1, resendErrors.invalidFrom());
    await rejectsWith(adapter.send(email()), permanent('validation_error', 'rejected'));
  });

  test('a suppressed address is suppressed', async () => {
    fake.failNext(1, resendErrors.suppressed('jane@customer.example'));
    await rejectsWith(adapter.send(email()), permanent('validation_error', 'suppressed'));
  });

  test('an unverified sending domain (403) is rejected', async () => {
    fake.failNext(1, resendErrors.domainNotVerified('acme.example'));
    await rejectsWith(adapter.send(email()), permanent('validation_error', 'rejected'));
  });

  test('a wrong API key (403 invalid_api_key) is rejected', async () => {
    const wrongKey = createResendAdapter({ apiKey: 're_wrong', from: FROM, baseUrl: fake.url });
    await rejectsWith(wrongKey.send(email()), permanent('invalid_api_key', 'rejected'));
    assert.equal(fake.requests.length, 0);
  });

  test('429 rate_limit_exceeded is transient after the Retry-After seconds; the retry then goes through', async () => {
    fake.failNext(1, resendErrors.rateLimited(7));
    await rejectsWith(adapter.send(email()), transient('rate_limit_exceeded', 7_000));
    const receipt = await adapter.send(email());
    assert.equal(receipt.providerMessageId, fake.received[0]!.id);
    assert.equal(fake.requests.length, 2);
  });

  test('429 given as an HTTP date waits until then', async () => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    fake.failNext(1, { ...resendErrors.rateLimited(1), headers: { 'retry-after': at } });
    await assert.rejects(adapter.send(email()), (err: unknown) => {
      assert.ok(err instanceof TransientSendError);
      assert.ok(err.retryAfterMs! > 55_000 && err.retryAfterMs! <= 60_000, `retryAfterMs ${err.retryAfterMs}`);
      return true;
    });
  });

  test('429 without Retry-After waits a second; a spent daily quota waits an hour', async () => {
    fake.failNext(1, { status: 429, body: resendErrors.rateLimited(1).body });
    await rejectsWith(adapter.send(email()), transient('rate_limit_exceeded', 1_000));
    fake.failNext(1, resendErrors.dailyQuotaExceeded());
    await rejectsWith(adapter.send(email()), transient('daily_quota_exceeded', 3_600_000));
  });

  test('500 internal_server_error is transient', async () => {
    fake.failNext(1, resendErrors.internalServerError());
    await rejectsWith(adapter.send(email()), transient('internal_server_error'));
  });

  test('a 502 HTML page from a proxy is transient (the SDK calls it application_error)', async () => {
    fake.failNext(1, { status: 502, body: '<html><body>Bad Gateway</body></html>' });
    await rejectsWith(adapter.send(email()), transient('application_error'));
  });

  test('409 concurrent_idempotent_requests is transient', async () => {
    fake.failNext(1, resendErrors.concurrentIdempotentRequests());
    await rejectsWith(adapter.send(email()), transient('concurrent_idempotent_requests'));
  });

  test('no answer within timeoutMs is a transient timeout', async () => {
    const quick = createResendAdapter({ apiKey: fake.apiKey, from: FROM, baseUrl: fake.url, timeoutMs: 200 });
    fake.failNext(1, 'hang');
    const started = Date.now();
    await rejectsWith(quick.send(email()), transient('timeout'));
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 190 && elapsed < 2_000, `took ${elapsed} ms`);
    assert.equal(fake.requests.length, 1);
  });

  test('a refused connection is transient', async () => {
    const nowhere = createResendAdapter({ apiKey: fake.apiKey, from: FROM, baseUrl: `http://127.0.0.1:${await freePort()}` });
    await rejectsWith(nowhere.send(email()), transient('application_error'));
  });

  test('a message without a subject is refused before any request, as Remit’s own fault', async () => {
    await rejectsWith(adapter.send(email({ subject: undefined })), permanent('invalid_message', 'invalid_message'));
    await rejectsWith(adapter.send(email({ subject: '  ', body: '' })), permanent('invalid_message', 'invalid_message'));
    assert.equal(fake.requests.length, 0);
    await assert.rejects(adapter.send(email({ subject: undefined })), { message: 'an email needs a subject', blame: 'sender' });
  });

  test('Resend’s own 422 for a missing field is invalid_message, ours to blame', async () => {
    fake.failNext(1, { status: 422, body: { statusCode: 422, name: 'missing_required_field', message: 'Missing `subject` field.' } });
    await rejectsWith(adapter.send(email()), permanent('missing_required_field', 'invalid_message'));
  });

  test("whose making a refusal is: the address's (invalid `to`, suppressed) or ours (from, domain, key, payload)", async () => {
    const cases: [ScriptedResponse, string][] = [
      [resendErrors.invalidTo(), 'recipient'],
      [resendErrors.suppressed('jane@customer.example'), 'recipient'],
      [resendErrors.invalidFrom(), 'sender'],
      [resendErrors.domainNotVerified('acme.example'), 'sender'],
      [{ status: 403, body: { statusCode: 403, name: 'invalid_api_key', message: 'API key is invalid' } }, 'sender'],
    ];
    for (const [response, blame] of cases) {
      fake.failNext(1, response);
      await assert.rejects(adapter.send(email()), { name: 'PermanentSendError', blame }, JSON.stringify(response.body));
    }
  });

  test('baseUrl wins over RESEND_BASE_URL, and a trailing slash is dropped', async () => {
    const saved = process.env.RESEND_BASE_URL;
    process.env.RESEND_BASE_URL = `http://127.0.0.1:${await freePort()}`;
    try {
      const slashed = createResendAdapter({ apiKey: fake.apiKey, from: FROM, baseUrl: `${fake.url}/` });
      await slashed.send(email());
    } finally {
      if (saved === undefined) delete process.env.RESEND_BASE_URL;
      else process.env.RESEND_BASE_URL = saved;
    }
    assert.equal(fake.received.length, 1);
    assert.equal(fake.received[0]!.path, '/emails');
  });

  test('GET /emails/receiving/:id answers in the shape resend.emails.receiving.get expects', async () => {
    const stored = receivedEmail({ id: '4ef9a417-02e9-4d39-ad75-9611e0fcc33c', text: 'I paid yesterday.' });
    fake.receivedEmails.set(stored.id, stored);
    const resend = new Resend(fake.apiKey, { baseUrl: fake.url });

    const found = await resend.emails.receiving.get(stored.id);
    assert.equal(found.error, null);
    assert.deepEqual(found.data, stored);

    const missing = await resend.emails.receiving.get('00000000-0000-0000-0000-000000000000');
    assert.equal(missing.data, null);
    assert.deepEqual(missing.error, { statusCode: 404, name: 'not_found', message: 'Email not found' });
  });
});
