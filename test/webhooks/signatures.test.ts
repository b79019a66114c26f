import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import twilio from 'twilio';
import Stripe from 'stripe';
import {
  RESEND_WEBHOOK_HEADERS,
  STRIPE_SIGNATURE_HEADER,
  TWILIO_SIGNATURE_HEADER,
  WEBHOOK_TOLERANCE_SECONDS,
  WebhookSignatureError,
  assertTwilioRequest,
  twiml,
  verifyResendWebhook,
  verifyStripeEvent,
  verifyTwilioRequest,
  type WebhookProvider,
  type WebhookSignatureFailure,
} from '../../src/webhooks/signatures';
import {
  newSvixSecret,
  nowSeconds,
  stripeSignatureHeader,
  svixHeaders,
  svixSignature,
  twilioSignature,
} from '../support/providerSignatures';

function assertRejected(fn: () => unknown, provider: WebhookProvider, reason: WebhookSignatureFailure) {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof WebhookSignatureError, `expected WebhookSignatureError, got ${String(err)}`);
    assert.equal(err.provider, provider);
    assert.equal(err.reason, reason, err.message);
    return true;
  });
}

describe('constants and the error type', () => {
  test('header names and tolerance', () => {
    assert.equal(TWILIO_SIGNATURE_HEADER, 'x-twilio-signature');
    assert.deepEqual(RESEND_WEBHOOK_HEADERS, { id: 'svix-id', timestamp: 'svix-timestamp', signature: 'svix-signature' });
    assert.equal(STRIPE_SIGNATURE_HEADER, 'stripe-signature');
    assert.equal(WEBHOOK_TOLERANCE_SECONDS, 300);
  });

  test('WebhookSignatureError carries provider, reason and cause', () => {
    const cause = new Error('inner');
    const err = new WebhookSignatureError('stripe', 'stale', 'too old', { cause });
    assert.ok(err instanceof Error);
    assert.equal(err.name, 'WebhookSignatureError');
    assert.equal(err.provider, 'stripe');
    assert.equal(err.reason, 'stale');
    assert.equal(err.cause, cause);
    assert.match(err.message, /stripe.*stale.*too old/);
  });
});

describe('Twilio', () => {
  const TOKEN = '9f8e7d6c5b4a39281706f5e4d3c2b1a0';
  const URL_ = 'https://remit.example.com/webhooks/twilio/inbound?tenant=acme';
  const PARAMS: Record<string, string> = {
    AccountSid: 'AC00000000000000000000000000000001',
    MessageSid: 'SM00000000000000000000000000000001',
    From: '+15555550123',
    To: '+15555550100',
    Body: 'Stop texting me & thanks — 👍 <3',
    NumMedia: '0',
    ApiVersion: '2010-04-01',
  };
  const SIG = twilioSignature(TOKEN, URL_, PARAMS);
  const verify = (overrides: Partial<Parameters<typeof verifyTwilioRequest>[0]> = {}) =>
    verifyTwilioRequest({ authToken: TOKEN, signature: SIG, url: URL_, params: PARAMS, ...overrides });

  test('the helper reproduces the example in Twilio’s security docs', () => {
    const params = { CallSid: 'CA1234567890ABCDE', Caller: '+14158675309', Digits: '1234', From: '+14158675309', To: '+18005551212' };
    const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
    assert.equal(twilioSignature('12345', url, params), 'RSOYDt4T1cUTdK1PDd93/VVr8B8=');
    assert.ok(verifyTwilioRequest({ authToken: '12345', signature: 'RSOYDt4T1cUTdK1PDd93/VVr8B8=', url, params }));
  });

  test('the helper agrees with the SDK', () => {
    assert.equal(SIG, twilio.getExpectedTwilioSignature(TOKEN, URL_, PARAMS));
    const multi = { ...PARAMS, MediaUrl: ['https://b.example/2', 'https://a.example/1'] };
    assert.equal(twilioSignature(TOKEN, URL_, multi), twilio.getExpectedTwilioSignature(TOKEN, URL_, multi));
  });

  test('a correct signature passes', () => {
    assert.equal(verify(), true);
    assert.doesNotThrow(() => assertTwilioRequest({ authToken: TOKEN, signature: SIG, url: URL_, params: PARAMS }));
  });

  test('parameter order does not matter, repeated keys do', () => {
    const reversed = Object.fromEntries(Object.entries(PARAMS).reverse());
    assert.equal(verify({ params: reversed }), true);
    const multi = { ...PARAMS, MediaUrl: ['https://a.example/1', 'https://b.example/2'] };
    const sig = twilioSignature(TOKEN, URL_, multi);
    assert.equal(verify({ signature: sig, params: multi }), true);
    assert.equal(verify({ signature: sig, params: { ...PARAMS, MediaUrl: 'https://a.example/1' } }), false);
  });

  test('the port is not part of the check (the SDK also tries the URL with the port removed)', () => {
    assert.equal(verify({ url: 'https://remit.example.com:443/webhooks/twilio/inbound?tenant=acme' }), true);
    assert.equal(verify({ url: 'https://remit.example.com:8443/webhooks/twilio/inbound?tenant=acme' }), true);
  });

  test('a wrong auth token fails', () => {
    assert.equal(verify({ authToken: '0'.repeat(32) }), false);
    assert.equal(verify({ authToken: TOKEN.toUpperCase() }), false);
  });

  test('changed, added or removed parameters fail', () => {
    assert.equal(verify({ params: { ...PARAMS, Body: 'START' } }), false);
    assert.equal(verify({ params: { ...PARAMS, Body: PARAMS.Body + ' ' } }), false);
    assert.equal(verify({ params: { ...PARAMS, From: '+15555550999' } }), false);
    assert.equal(verify({ params: { ...PARAMS, Extra: '1' } }), false);
    const { NumMedia: _dropped, ...fewer } = PARAMS;
    assert.equal(verify({ params: fewer }), false);
    assert.equal(verify({ params: {} }), false);
  });

  test('Twilio signs the full public URL: any other URL fails', () => {
    for (const url of [
      'http://remit.example.com/webhooks/twilio/inbound?tenant=acme', // TLS terminated at a proxy
      'https://remit.example.com/webhooks/twilio/inbound', // query string dropped
      'https://remit.example.com/webhooks/twilio/inbound?tenant=other',
      'https://remit.example.com/webhooks/twilio/inbound?tenant=acme&x=1',
      'https://remit.example.com/webhooks/twilio/status?tenant=acme',
      'https://internal-host:3000/webhooks/twilio/inbound?tenant=acme', // the URL the app saw
    ]) {
      assert.equal(verify({ url }), false, url);
    }
  });

  test('a missing signature fails', () => {
    assert.equal(verify({ signature: undefined }), false);
    assert.equal(verify({ signature: '' }), false);
    for (const signature of [undefined, '']) {
      assertRejected(() => assertTwilioRequest({ authToken: TOKEN, signature, url: URL_, params: PARAMS }), 'twilio', 'missing');
    }
  });

  test('malformed and mismatched signatures fail with the reason', () => {
    for (const signature of ['not a signature', SIG.slice(0, -2), `${SIG} `, Buffer.from(SIG).toString('hex'), `sha1=${SIG}`]) {
      assert.equal(verify({ signature }), false, signature);
      assertRejected(() => assertTwilioRequest({ authToken: TOKEN, signature, url: URL_, params: PARAMS }), 'twilio', 'malformed');
    }
    const other = twilioSignature('another-token', URL_, PARAMS);
    assertRejected(() => assertTwilioRequest({ authToken: TOKEN, signature: other, url: URL_, params: PARAMS }), 'twilio', 'mismatch');
  });

  test('configuration errors are not signature errors', () => {
    assert.throws(() => verify({ authToken: '' }), TypeError);
    assert.throws(() => verify({ authToken: '   ' }), TypeError);
    // An empty token would let anyone sign: never accept it, even with a "valid" signature.
    assert.throws(() => verify({ authToken: '', signature: twilioSignature('', URL_, PARAMS) }), TypeError);
    assert.throws(() => verify({ url: '/webhooks/twilio/inbound' }), TypeError);
    assert.throws(() => verify({ url: 'ftp://remit.example.com/x' }), TypeError);
  });
});

describe('Resend (Svix)', () => {
  const SECRET = newSvixSecret();
  const OLD_SECRET = newSvixSecret();
  const EVENT = {
    type: 'email.bounced',
    created_at: '2026-03-01T10:00:00.000Z',
    data: { email_id: '4ef9a417-02e9-4d39-ad75-9611e0fcc33c', to: ['zoë@example.com'], subject: 'Invoice INV-1042 is overdue' },
  };
  const BODY = JSON.stringify(EVENT);
  const verify = (headers: { id?: string; timestamp?: string; signature?: string }, rawBody = BODY, secret = SECRET) =>
    verifyResendWebhook({ secret, rawBody, headers });

  test('the helper reproduces the example in Svix’s docs, which is long stale', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
    const body = '{"test": 2432232314}';
    const signature = svixSignature(secret, id, 1614265330, body);
    assert.equal(signature, 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    assertRejected(() => verifyResendWebhook({ secret, rawBody: body, headers: { id, timestamp: '1614265330', signature } }), 'resend', 'stale');
  });

  test('a correct signature passes and returns the parsed event', () => {
    assert.deepEqual(verify(svixHeaders(SECRET, BODY)), EVENT);
  });

  test('the secret works with or without its whsec_ prefix', () => {
    assert.deepEqual(verify(svixHeaders(SECRET, BODY), BODY, SECRET.slice('whsec_'.length)), EVENT);
  });

  test('a wrong secret fails', () => {
    assertRejected(() => verify(svixHeaders(OLD_SECRET, BODY)), 'resend', 'mismatch');
  });

  test('a changed body, id or timestamp fails', () => {
    const h = svixHeaders(SECRET, BODY);
    assertRejected(() => verify(h, BODY.replace('bounced', 'delivered')), 'resend', 'mismatch');
    assertRejected(() => verify(h, `${BODY}\n`), 'resend', 'mismatch');
    assertRejected(() => verify(h, JSON.stringify(JSON.parse(BODY), null, 2)), 'resend', 'mismatch'); // re-serialized
    assertRejected(() => verify({ ...h, id: `${h.id}x` }), 'resend', 'mismatch');
    assertRejected(() => verify({ ...h, timestamp: String(Number(h.timestamp) - 1) }), 'resend', 'mismatch');
  });

  test('timestamps beyond ±5 minutes are stale, inside pass', () => {
    const now = nowSeconds();
    for (const offset of [-WEBHOOK_TOLERANCE_SECONDS - 1, WEBHOOK_TOLERANCE_SECONDS + 1, -3600, 86_400]) {
      assertRejected(() => verify(svixHeaders(SECRET, BODY, { timestamp: now + offset })), 'resend', 'stale');
    }
    for (const offset of [-WEBHOOK_TOLERANCE_SECONDS + 5, WEBHOOK_TOLERANCE_SECONDS - 5, 0]) {
      assert.deepEqual(verify(svixHeaders(SECRET, BODY, { timestamp: now + offset })), EVENT, `offset ${offset}`);
    }
  });

  test('secret rotation: any one matching v1 signature in the header passes', () => {
    const both = svixHeaders([OLD_SECRET, SECRET], BODY);
    assert.equal(both.signature.split(' ').length, 2);
    assert.deepEqual(verify(both, BODY, SECRET), EVENT);
    assert.deepEqual(verify(both, BODY, OLD_SECRET), EVENT);
    assertRejected(() => verify(both, BODY, newSvixSecret()), 'resend', 'mismatch');

    const h = svixHeaders(SECRET, BODY);
    const unknownVersion = `v1a,${Buffer.alloc(64).toString('base64')}`;
    assert.deepEqual(verify({ ...h, signature: `${unknownVersion} ${h.signature}` }), EVENT);
    assert.deepEqual(verify({ ...h, signature: `${svixSignature(OLD_SECRET, h.id, h.timestamp, BODY)} ${h.signature}` }), EVENT);
  });

  test('missing headers fail and are named', () => {
    const h = svixHeaders(SECRET, BODY);
    for (const field of ['id', 'timestamp', 'signature'] as const) {
      for (const value of [undefined, '']) {
        const headers = { ...h, [field]: value };
        assertRejected(() => verify(headers), 'resend', 'missing');
        assert.throws(() => verify(headers), new RegExp(RESEND_WEBHOOK_HEADERS[field]));
      }
    }
    assertRejected(() => verify({}), 'resend', 'missing');
  });

  test('malformed headers fail', () => {
    const h = svixHeaders(SECRET, BODY);
    for (const timestamp of ['yesterday', `${h.timestamp}abc`, '-1', '1.5e9', ` ${h.timestamp}`]) {
      assertRejected(() => verify({ ...h, timestamp }), 'resend', 'malformed');
    }
    for (const signature of ['garbage', h.signature.slice(3), `v2,${h.signature.slice(3)}`, 'v1,', 'v1,!!!', `t=${h.timestamp},v1=abc`]) {
      assertRejected(() => verify({ ...h, signature }), 'resend', 'malformed');
    }
  });

  test('a correctly signed body that is not JSON, or empty, is malformed', () => {
    const text = 'not json';
    assertRejected(() => verify(svixHeaders(SECRET, text), text), 'resend', 'malformed');
    assertRejected(() => verify(svixHeaders(SECRET, ''), ''), 'resend', 'malformed');
  });

  test('a missing or unusable secret is a configuration error', () => {
    const h = svixHeaders(SECRET, BODY);
    for (const secret of ['', ' ', 'whsec_', 'whsec_!!!', 'whsec_abc']) {
      assert.throws(() => verify(h, BODY, secret), TypeError, JSON.stringify(secret));
    }
  });
});

describe('Stripe', () => {
  const SECRET = 'whsec_test_3c1a9f0e7d2b4c6a8e0f1a2b3c4d5e6f';
  const OLD_SECRET = 'whsec_test_0f1e2d3c4b5a69788796a5b4c3d2e1f0';
  const EVENT = {
    id: 'evt_1Pq2Rs3Tu4Vw5Xy6',
    object: 'event',
    type: 'invoice.paid',
    api_version: '2025-01-01',
    created: 1_780_000_000,
    data: { object: { id: 'in_1Abc', object: 'invoice', amount_paid: 125_000, currency: 'eur' } },
  };
  const BODY = JSON.stringify(EVENT);
  const verify = (signature: string | undefined, rawBody: string | Buffer = BODY, secret = SECRET, toleranceSeconds?: number) =>
    verifyStripeEvent({ secret, rawBody, signature, ...(toleranceSeconds === undefined ? {} : { toleranceSeconds }) });

  test('the helper agrees with the SDK’s test header', () => {
    const t = nowSeconds();
    assert.equal(stripeSignatureHeader(SECRET, BODY, t), Stripe.webhooks.generateTestHeaderString({ payload: BODY, secret: SECRET, timestamp: t }));
  });

  test('a correct signature passes and returns the event', () => {
    const event = verify(stripeSignatureHeader(SECRET, BODY));
    assert.equal(event.id, EVENT.id);
    assert.equal(event.type, 'invoice.paid');
    assert.deepEqual(event, EVENT);
  });

  test('a Buffer body passes, including non-ASCII bytes', () => {
    const body = Buffer.from(JSON.stringify({ ...EVENT, data: { object: { id: 'in_1', description: 'Zoë – 1.250,00 €' } } }));
    assert.equal(verify(stripeSignatureHeader(SECRET, body), body).id, EVENT.id);
  });

  test('a wrong secret fails', () => {
    assertRejected(() => verify(stripeSignatureHeader(OLD_SECRET, BODY)), 'stripe', 'mismatch');
  });

  test('a changed body or timestamp fails', () => {
    const t = nowSeconds();
    const header = stripeSignatureHeader(SECRET, BODY, t);
    assertRejected(() => verify(header, BODY.replace('125000', '1')), 'stripe', 'mismatch');
    assertRejected(() => verify(header, `${BODY} `), 'stripe', 'mismatch');
    assertRejected(() => verify(header.replace(`t=${t}`, `t=${t - 1}`)), 'stripe', 'mismatch');
  });

  test('timestamps older than the tolerance are stale', () => {
    const now = nowSeconds();
    assertRejected(() => verify(stripeSignatureHeader(SECRET, BODY, now - WEBHOOK_TOLERANCE_SECONDS - 1)), 'stripe', 'stale');
    assertRejected(() => verify(stripeSignatureHeader(SECRET, BODY, now - 86_400)), 'stripe', 'stale');
    assert.equal(verify(stripeSignatureHeader(SECRET, BODY, now - WEBHOOK_TOLERANCE_SECONDS + 5)).id, EVENT.id);
  });

  test('a custom tolerance applies', () => {
    const now = nowSeconds();
    assertRejected(() => verify(stripeSignatureHeader(SECRET, BODY, now - 61), BODY, SECRET, 60), 'stripe', 'stale');
    assert.equal(verify(stripeSignatureHeader(SECRET, BODY, now - 55), BODY, SECRET, 60).id, EVENT.id);
    assert.equal(verify(stripeSignatureHeader(SECRET, BODY, now - 3000), BODY, SECRET, 3600).id, EVENT.id);
  });

  test('only age is bounded: the SDK accepts a timestamp from the future', () => {
    assert.equal(verify(stripeSignatureHeader(SECRET, BODY, nowSeconds() + 3600)).id, EVENT.id);
  });

  test('a stale request with a bad signature reports the mismatch (signature is checked first)', () => {
    assertRejected(() => verify(stripeSignatureHeader(OLD_SECRET, BODY, nowSeconds() - 3600)), 'stripe', 'mismatch');
  });

  test('secret rotation: any one matching v1 signature passes', () => {
    const both = stripeSignatureHeader([OLD_SECRET, SECRET], BODY);
    assert.equal(both.match(/v1=/g)?.length, 2);
    assert.equal(verify(both).id, EVENT.id);
    assert.equal(verify(both, BODY, OLD_SECRET).id, EVENT.id);
    assertRejected(() => verify(both, BODY, 'whsec_some_other_secret'), 'stripe', 'mismatch');
  });

  test('a missing header fails', () => {
    assertRejected(() => verify(undefined), 'stripe', 'missing');
    assertRejected(() => verify(''), 'stripe', 'missing');
  });

  test('malformed headers fail', () => {
    const t = nowSeconds();
    const header = stripeSignatureHeader(SECRET, BODY, t);
    const hex = header.split('v1=')[1]!;
    for (const signature of [
      'garbage',
      `t=${t}`,
      `v1=${hex}`,
      `t=abc,v1=${hex}`,
      `t=${t},v0=${hex}`,
      `t=${t},v1=${hex.slice(0, 40)}`,
      `t=${t},v1=${hex.toUpperCase()}`,
      `t=${t}, v1=${hex}`,
      `t=${t};v1=${hex}`,
    ]) {
      assertRejected(() => verify(signature), 'stripe', 'malformed');
    }
  });

  test('a correctly signed body that is not JSON, or empty, is malformed', () => {
    assertRejected(() => verify(stripeSignatureHeader(SECRET, 'not json'), 'not json'), 'stripe', 'malformed');
    assertRejected(() => verify(stripeSignatureHeader(SECRET, ''), ''), 'stripe', 'malformed');
    assertRejected(() => verify(stripeSignatureHeader(SECRET, ''), Buffer.alloc(0)), 'stripe', 'malformed');
  });

  test('configuration errors are not signature errors', () => {
    const header = stripeSignatureHeader(SECRET, BODY);
    assert.throws(() => verify(header, BODY, ''), TypeError);
    assert.throws(() => verify(header, BODY, SECRET, 0), RangeError); // 0 would switch the SDK's age check off
    assert.throws(() => verify(header, BODY, SECRET, -1), RangeError);
    assert.throws(() => verify(header, BODY, SECRET, Number.NaN), RangeError);
  });
});

describe('twiml', () => {
  const DECL = '<?xml version="1.0" encoding="UTF-8"?>';

  test('no message is an empty Response, as the SDK renders it', () => {
    assert.equal(twiml(), `${DECL}<Response/>`);
    assert.equal(twiml(''), `${DECL}<Response/>`);
    assert.equal(twiml(), new twilio.twiml.MessagingResponse().toString());
  });

  test('one Message, as the SDK renders it', () => {
    const text = 'You have been unsubscribed. Reply START to resubscribe.';
    const sdk = new twilio.twiml.MessagingResponse();
    sdk.message(text);
    assert.equal(twiml(text), `${DECL}<Response><Message>${text}</Message></Response>`);
    assert.equal(twiml(text), sdk.toString());
  });

  test('text is XML-escaped (quotes need no escaping in element content)', () => {
    assert.equal(
      twiml(`Tom & Jerry's <b>"bill"</b> > 5 €`),
      `${DECL}<Response><Message>Tom &amp; Jerry's &lt;b&gt;"bill"&lt;/b&gt; &gt; 5 €</Message></Response>`,
    );
    assert.equal(twiml('&amp;'), `${DECL}<Response><Message>&amp;amp;</Message></Response>`);
  });

  test('text cannot inject TwiML verbs', () => {
    const xml = twiml('</Message><Redirect>https://evil.example/</Redirect><Message>hi');
    assert.equal(xml.match(/<Message>/g)?.length, 1);
    assert.equal(xml.match(/<Redirect>/g), null);
    assert.ok(xml.endsWith('</Message></Response>'));
  });

  test('characters XML cannot carry are dropped; newlines, tabs and emoji stay (a CR as &#xD;, which XML parsing keeps)', () => {
    assert.equal(
      twiml('line 1\nline 2\r\n\tindent \u0000\u0007\u001b\uFFFE\uD800 done 👋'),
      `${DECL}<Response><Message>line 1\nline 2&#xD;\n\tindent  done 👋</Message></Response>`,
    );
    assert.equal(twiml('\u0000\u0007'), `${DECL}<Response/>`, 'nothing left to say is no reply');
  });
});
