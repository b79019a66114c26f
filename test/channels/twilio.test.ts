// Contract tests: the real `twilio` SDK, through our adapters, against a loopback fake that
// answers as api.twilio.com does; and unit tests of the SMS segment budget.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTwilioAdapters, type TwilioAdapterOptions } from '../../src/channels/twilio';
import { fitSms, smsSegments } from '../../src/domain/smsLength';
import { PermanentSendError, TransientSendError, type OutgoingMessage } from '../../src/channels/types';
import { startFakeTwilio, twilioError, type FakeTwilio } from '../support/fakeTwilio';
import { freePort } from '../support/net';
import { permanent, rejectsWith, transient } from '../support/sendErrors';

const SERVICE = `MG${'a'.repeat(32)}`;
const CONTENT = `HX${'b'.repeat(32)}`;
const SMS_FROM = '+14155550100';
const WA_FROM = '+14155550199';
const TO = '+14155550123';
const CALLBACK = 'https://remit.example/webhooks/twilio/status';

/** Whose making the PermanentSendError that `promise` rejects with is. */
async function blameOf(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => assert.fail('expected a PermanentSendError'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof PermanentSendError, String(err));
  return err.blame;
}

function message(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    messageId: 'msg-1',
    idempotencyKey: 'inv-1:step-2:sms',
    invoiceId: 'inv-1',
    channel: 'sms',
    to: TO,
    body: 'Acme: invoice INV-1001 for $120.00 is 3 days overdue. Pay: https://pay.example/i/abc',
    ...overrides,
  };
}

describe('Twilio adapters against the fake Twilio API', () => {
  let fake: FakeTwilio;
  let base: TwilioAdapterOptions;
  let adapters: ReturnType<typeof createTwilioAdapters>;

  before(async () => {
    fake = await startFakeTwilio();
    base = {
      accountSid: fake.accountSid,
      authToken: fake.authToken,
      messagingServiceSid: SERVICE,
      whatsappFrom: WA_FROM,
      whatsappContentSid: CONTENT,
      statusCallbackUrl: CALLBACK,
      apiBaseUrl: fake.url,
      timeoutMs: 2_000,
    };
    adapters = createTwilioAdapters(base);
  });
  after(() => fake.close());
  beforeEach(() => fake.reset());

  describe('SMS', () => {
    test('sends To, Body, MessagingServiceSid and StatusCallback to the configured host', async () => {
      const receipt = await adapters.sms.send(message());

      assert.equal(fake.received.length, 1);
      const [sent] = fake.received;
      assert.deepEqual(receipt, { provider: 'twilio', providerMessageId: sent!.sid, status: 'accepted' });
      assert.match(sent!.sid, /^SM[0-9a-f]{32}$/);
      assert.equal(sent!.path, `/2010-04-01/Accounts/${fake.accountSid}/Messages.json`);
      assert.equal(sent!.headers.authorization, `Basic ${Buffer.from(`${fake.accountSid}:${fake.authToken}`).toString('base64')}`);
      assert.equal(sent!.headers['content-type'], 'application/x-www-form-urlencoded');
      assert.match(sent!.headers['user-agent']!, /^twilio-node\/6\.2\.0 /);
      assert.deepEqual(sent!.params, {
        To: TO,
        Body: 'Acme: invoice INV-1001 for $120.00 is 3 days overdue. Pay: https://pay.example/i/abc',
        MessagingServiceSid: SERVICE,
        StatusCallback: CALLBACK,
      });
    });

    test('without a messaging service, sends From; without a callback URL, no StatusCallback', async () => {
      const { sms } = createTwilioAdapters({ accountSid: fake.accountSid, authToken: fake.authToken, from: SMS_FROM, apiBaseUrl: `${fake.url}/` });
      const receipt = await sms.send(message({ body: 'Ça coûte 12 € — merci !' }));
      assert.equal(receipt.status, 'queued');
      assert.deepEqual(fake.received[0]!.params, { To: TO, Body: 'Ça coûte 12 € — merci !', From: SMS_FROM });
    });

    test('a body over the segment budget is cut at a word and ends with "..."', async () => {
      const { sms } = createTwilioAdapters({ ...base, maxSmsSegments: 1 });
      const body = `${'Your invoice is overdue. '.repeat(8)}Pay now.`; // 208 GSM-7 characters
      await sms.send(message({ body }));
      const sent = fake.received[0]!.params.Body!;
      assert.equal(sent, `${'Your invoice is overdue. '.repeat(6)}Your...`);
      assert.deepEqual(smsSegments(sent), { encoding: 'GSM-7', units: 157, segments: 1 });
    });

    test('the default budget is 3 segments', async () => {
      const body = 'word '.repeat(200).trim(); // 999 characters
      await adapters.sms.send(message({ body }));
      const sent = fake.received[0]!.params.Body!;
      assert.equal(sent, `${'word '.repeat(90)}word...`);
      assert.deepEqual(smsSegments(sent), { encoding: 'GSM-7', units: 457, segments: 3 });
    });

    test('an invalid number is invalid_recipient (21211, answered by the API itself)', async () => {
      await rejectsWith(adapters.sms.send(message({ to: '555-0123' })), permanent('21211', 'invalid_recipient'));
      assert.equal(fake.requests.length, 1);
      assert.equal(fake.received.length, 0);
    });

    test('a scripted 21211 is invalid_recipient', async () => {
      fake.failNext(1, twilioError(21211, { to: TO }));
      await rejectsWith(adapters.sms.send(message()), permanent('21211', 'invalid_recipient'));
    });

    test('a landline (21614) is invalid_recipient', async () => {
      fake.rejectNumber(TO, 21614);
      await rejectsWith(adapters.sms.send(message()), permanent('21614', 'invalid_recipient'));
    });

    test('a number that replied STOP (21610) is opted_out, and only that number', async () => {
      fake.rejectNumber(TO, 21610);
      await rejectsWith(adapters.sms.send(message()), permanent('21610', 'opted_out'));
      const other = await adapters.sms.send(message({ to: '+14155550124' }));
      assert.equal(other.providerMessageId, fake.received[0]!.sid);
    });

    test('another 400 (21408, region not enabled) is rejected', async () => {
      fake.rejectNumber(TO, 21408);
      await rejectsWith(adapters.sms.send(message()), permanent('21408', 'rejected'));
    });

    test('an empty body is invalid_message, refused before any request, and ours to blame', async () => {
      await rejectsWith(adapters.sms.send(message({ body: ' \n' })), permanent('invalid_message', 'invalid_message'));
      assert.equal(fake.requests.length, 0);
      assert.equal(await blameOf(adapters.sms.send(message({ body: '' }))), 'sender');
    });

    test("whose making a refusal is: the address's (21211, 21614, 21610) or ours (21408, 20003, 21602, 21617)", async () => {
      const expected: [number, PermanentSendError['reason'], PermanentSendError['blame']][] = [
        [21211, 'invalid_recipient', 'recipient'],
        [21614, 'invalid_recipient', 'recipient'],
        [21610, 'opted_out', 'recipient'],
        [21408, 'rejected', 'sender'],
        [20003, 'rejected', 'sender'],
        [21602, 'invalid_message', 'sender'],
        [21617, 'invalid_message', 'sender'],
      ];
      for (const [code, reason, blame] of expected) {
        fake.failNext(1, twilioError(code, { to: TO }));
        await assert.rejects(adapters.sms.send(message()), (err: unknown) => {
          assert.ok(err instanceof PermanentSendError, String(err));
          assert.deepEqual([err.code, err.reason, err.blame], [String(code), reason, blame]);
          return true;
        });
      }
    });

    test('wrong credentials (401, 20003) are rejected', async () => {
      const { sms } = createTwilioAdapters({ ...base, authToken: 'wrong' });
      await rejectsWith(sms.send(message()), permanent('20003', 'rejected'));
      assert.equal(fake.requests.length, 0);
    });

    test('429 (20429) is transient after the Retry-After seconds; the retry then goes through', async () => {
      fake.failNext(1, twilioError(20429, { retryAfterSeconds: 5 }));
      await rejectsWith(adapters.sms.send(message()), transient('20429', 5_000));
      const receipt = await adapters.sms.send(message());
      assert.equal(receipt.providerMessageId, fake.received[0]!.sid);
      assert.equal(fake.requests.length, 2);
    });

    test('429 without Retry-After waits a second', async () => {
      fake.failNext(1, twilioError(20429));
      await rejectsWith(adapters.sms.send(message()), transient('20429', 1_000));
    });

    test('concurrent sends each get their own Retry-After', async () => {
      fake.failNext(1, twilioError(20429, { retryAfterSeconds: 2 }));
      fake.failNext(1, twilioError(20429, { retryAfterSeconds: 9 }));
      const results = await Promise.allSettled([adapters.sms.send(message()), adapters.sms.send(message({ to: '+14155550124' }))]);
      const waits = results.map((r) => (r.status === 'rejected' && r.reason instanceof TransientSendError ? r.reason.retryAfterMs : r.status));
      assert.deepEqual(waits.sort(), [2_000, 9_000]);
    });

    test('500 and 503 are transient', async () => {
      fake.failNext(1, twilioError(20500));
      await rejectsWith(adapters.sms.send(message()), transient('20500'));
      fake.failNext(1, twilioError(20503));
      await rejectsWith(adapters.sms.send(message()), transient('20503'));
    });

    test('a 502 HTML page from a proxy is transient, coded by its status', async () => {
      fake.failNext(1, { status: 502, body: '<html><body>Bad Gateway</body></html>' });
      await rejectsWith(adapters.sms.send(message()), transient('502'));
    });

    test('no answer within timeoutMs is a transient timeout', async () => {
      const { sms } = createTwilioAdapters({ ...base, timeoutMs: 200 });
      fake.failNext(1, 'hang');
      const started = Date.now();
      await rejectsWith(sms.send(message()), transient('timeout'));
      const elapsed = Date.now() - started;
      assert.ok(elapsed >= 190 && elapsed < 2_000, `took ${elapsed} ms`);
      assert.equal(fake.requests.length, 1);
    });

    test('a slow answer inside the timeout is a success', async () => {
      fake.setLatency(150);
      const receipt = await adapters.sms.send(message());
      assert.equal(receipt.providerMessageId, fake.received[0]!.sid);
    });

    test('a path prefix in apiBaseUrl is kept', async () => {
      const { sms } = createTwilioAdapters({ ...base, apiBaseUrl: `${fake.url}/twilio-proxy/` });
      await assert.rejects(sms.send(message()), (err: unknown) => {
        assert.ok(err instanceof PermanentSendError);
        assert.equal(err.code, '20404');
        assert.equal(err.message, `Twilio 20404: The requested resource /twilio-proxy/2010-04-01/Accounts/${fake.accountSid}/Messages.json was not found`);
        return true;
      });
    });

    test('a refused connection is transient', async () => {
      const { sms } = createTwilioAdapters({ ...base, apiBaseUrl: `http://127.0.0.1:${await freePort()}` });
      await rejectsWith(sms.send(message()), transient('ECONNREFUSED'));
    });
  });

  describe('WhatsApp', () => {
    const wa = (overrides: Partial<OutgoingMessage> = {}) =>
      message({ channel: 'whatsapp', idempotencyKey: 'inv-1:step-2:whatsapp', ...overrides });

    test('inside the 24-hour window, sends free text between whatsapp: addresses', async () => {
      const long = `${'Your invoice is overdue. '.repeat(30)}`.trim(); // no SMS budget on WhatsApp
      const receipt = await adapters.whatsapp.send(wa({ whatsappSessionOpen: true, body: long }));
      const [sent] = fake.received;
      assert.deepEqual(receipt, { provider: 'twilio', providerMessageId: sent!.sid, status: 'queued' });
      assert.deepEqual(sent!.params, { To: `whatsapp:${TO}`, From: `whatsapp:${WA_FROM}`, Body: long, StatusCallback: CALLBACK });
    });

    test('outside the window, sends the approved template with its variables and no body', async () => {
      await adapters.whatsapp.send(wa({ templateVariables: { '1': 'Jane', '2': 'INV-1001', '3': '$120.00' } }));
      assert.deepEqual(fake.received[0]!.params, {
        To: `whatsapp:${TO}`,
        From: `whatsapp:${WA_FROM}`,
        ContentSid: CONTENT,
        ContentVariables: '{"1":"Jane","2":"INV-1001","3":"$120.00"}',
        StatusCallback: CALLBACK,
      });
    });

    test('outside the window without variables, sends {}', async () => {
      await adapters.whatsapp.send(wa({ whatsappSessionOpen: false }));
      assert.equal(fake.received[0]!.params.ContentVariables, '{}');
    });

    test('a whatsapp: prefix on the sender or recipient is not doubled', async () => {
      const { whatsapp } = createTwilioAdapters({ ...base, whatsappFrom: `whatsapp:${WA_FROM}` });
      await whatsapp.send(wa({ to: `whatsapp:${TO}`, whatsappSessionOpen: true }));
      assert.equal(fake.received[0]!.params.From, `whatsapp:${WA_FROM}`);
      assert.equal(fake.received[0]!.params.To, `whatsapp:${TO}`);
    });

    test('without a WhatsApp number, sends through the messaging service', async () => {
      const { whatsapp } = createTwilioAdapters({ ...base, whatsappFrom: undefined });
      await whatsapp.send(wa({ whatsappSessionOpen: true, body: 'Hi' }));
      assert.deepEqual(fake.received[0]!.params, { To: `whatsapp:${TO}`, MessagingServiceSid: SERVICE, Body: 'Hi', StatusCallback: CALLBACK });
    });

    test('outside the window with no template configured: template_required, nothing sent', async () => {
      const { whatsapp } = createTwilioAdapters({ ...base, whatsappContentSid: undefined });
      await rejectsWith(whatsapp.send(wa()), permanent('63016', 'template_required'));
      assert.equal(fake.requests.length, 0);
    });

    test('an empty body is refused before any request, inside or outside the window', async () => {
      for (const whatsappSessionOpen of [true, false]) {
        await rejectsWith(adapters.whatsapp.send(message({ channel: 'whatsapp', body: '', whatsappSessionOpen })), permanent('invalid_message', 'invalid_message'));
      }
      assert.equal(fake.requests.length, 0);
    });

    test('a missing template is ours to blame: WhatsApp stays usable for the customer', async () => {
      const { whatsapp } = createTwilioAdapters({ ...base, whatsappContentSid: undefined });
      assert.equal(await blameOf(whatsapp.send(message({ channel: 'whatsapp', whatsappSessionOpen: false }))), 'sender');
    });

    test("Twilio's 63016 (free text outside the window) is template_required", async () => {
      fake.rejectNumber(`whatsapp:${TO}`, 63016);
      await rejectsWith(adapters.whatsapp.send(wa({ whatsappSessionOpen: true })), permanent('63016', 'template_required'));
    });

    test('a scripted 63016 is template_required', async () => {
      fake.failNext(1, twilioError(63016));
      await rejectsWith(adapters.whatsapp.send(wa({ whatsappSessionOpen: true })), permanent('63016', 'template_required'));
    });
  });
});

describe('smsSegments', () => {
  const cases: Array<[string, string, ReturnType<typeof smsSegments>]> = [
    ['empty', '', { encoding: 'GSM-7', units: 0, segments: 1 }],
    ['160 GSM-7 characters', 'a'.repeat(160), { encoding: 'GSM-7', units: 160, segments: 1 }],
    ['161 GSM-7 characters', 'a'.repeat(161), { encoding: 'GSM-7', units: 161, segments: 2 }],
    ['306 GSM-7 characters', 'a'.repeat(306), { encoding: 'GSM-7', units: 306, segments: 2 }],
    ['307 GSM-7 characters', 'a'.repeat(307), { encoding: 'GSM-7', units: 307, segments: 3 }],
    ['GSM-7 accents and Greek capitals', 'éèùìòÇØÅÆßÑÜäöñüà ΔΦΓΛΩΠΨΣΘΞ £¥§¿¡', { encoding: 'GSM-7', units: 34, segments: 1 }],
    ['80 euro signs (extended: 2 septets each)', '€'.repeat(80), { encoding: 'GSM-7', units: 160, segments: 1 }],
    ['81 euro signs', '€'.repeat(81), { encoding: 'GSM-7', units: 162, segments: 2 }],
    ['all extended characters', '^{}\\[~]|€', { encoding: 'GSM-7', units: 18, segments: 1 }],
    ['an extended character is not split across segments', `${'a'.repeat(152)}€${'a'.repeat(152)}`, { encoding: 'GSM-7', units: 306, segments: 3 }],
    ['a curly apostrophe makes it UCS-2', 'It’s due', { encoding: 'UCS-2', units: 8, segments: 1 }],
    ['a lowercase Greek letter makes it UCS-2', 'ω', { encoding: 'UCS-2', units: 1, segments: 1 }],
    ['70 UCS-2 characters', 'ą'.repeat(70), { encoding: 'UCS-2', units: 70, segments: 1 }],
    ['71 UCS-2 characters', 'ą'.repeat(71), { encoding: 'UCS-2', units: 71, segments: 2 }],
    ['134 UCS-2 characters', 'ą'.repeat(134), { encoding: 'UCS-2', units: 134, segments: 2 }],
    ['135 UCS-2 characters', 'ą'.repeat(135), { encoding: 'UCS-2', units: 135, segments: 3 }],
    ['an emoji is two UTF-16 units', 'Hi 👋', { encoding: 'UCS-2', units: 5, segments: 1 }],
    ['35 emoji fill one segment', '👋'.repeat(35), { encoding: 'UCS-2', units: 70, segments: 1 }],
    ['36 emoji', '👋'.repeat(36), { encoding: 'UCS-2', units: 72, segments: 2 }],
    ['a surrogate pair is not split across segments', `${'a'.repeat(66)}👋${'a'.repeat(66)}`, { encoding: 'UCS-2', units: 134, segments: 3 }],
  ];
  for (const [name, text, expected] of cases) {
    test(name, () => assert.deepEqual(smsSegments(text), expected));
  }
});

describe('fitSms', () => {
  test('a text that fits is returned as it is', () => {
    const text = 'a'.repeat(459);
    assert.equal(fitSms(text, 3), text);
    assert.equal(fitSms('👋', 1), '👋');
  });

  test('GSM-7 text is cut at the last word that fits and ends with "..."', () => {
    const expected = `${Array(31).fill('word').join(' ')}...`;
    assert.equal(fitSms('word '.repeat(100), 1), expected);
    assert.equal(expected.length, 157);
  });

  test('the opt-out wording at the end survives the cut (a consolidated list of many invoices)', () => {
    const stop = 'Reply STOP to opt out.';
    const text = `${'- INV-1001: $1,250.00, due December 1, 2026\n'.repeat(20)}Thank you! ${stop}`;
    const fitted = fitSms(text, 2, stop);
    assert.ok(fitted.endsWith(`... ${stop}`), fitted.slice(-60));
    assert.ok(smsSegments(fitted).segments <= 2);
    assert.ok(fitted.startsWith('- INV-1001'));
    // Without the wording at the end, the text is cut as usual.
    assert.ok(fitSms('word '.repeat(100), 1, stop).endsWith('word...'));
  });

  test('punctuation before the cut is dropped', () => {
    assert.equal(fitSms(`${'a'.repeat(150)}, please pay now`, 1), `${'a'.repeat(150)}...`);
  });

  test('UCS-2 text ends with "…" and stays within 70 units', () => {
    const fitted = fitSms(`👋 ${'word '.repeat(100)}`, 1);
    assert.equal(fitted, `👋 ${Array(13).fill('word').join(' ')}…`);
    assert.deepEqual(smsSegments(fitted), { encoding: 'UCS-2', units: 68, segments: 1 });
  });

  test('dropping a late emoji turns the text back into GSM-7, with "..."', () => {
    assert.equal(fitSms(`${'a'.repeat(200)} 👋`, 2), `${'a'.repeat(200)}...`);
  });

  test('a very long customer name is cut mid-word rather than losing the message to a word boundary', () => {
    const name = 'Maximilian-Alexander'.repeat(30);
    const fitted = fitSms(`Hi ${name}, invoice INV-1001 for $120.00 is overdue.`, 1);
    assert.equal(fitted, `Hi ${name.slice(0, 154)}...`);
    assert.deepEqual(smsSegments(fitted), { encoding: 'GSM-7', units: 160, segments: 1 });
  });

  test('a long name after an emoji is cut at a word within the UCS-2 budget', () => {
    const fitted = fitSms(`Hi 🎉 ${'Zoé-Ångström '.repeat(20)}your invoice is overdue.`, 2);
    assert.equal(fitted, `Hi 🎉 ${'Zoé-Ångström '.repeat(9).trimEnd()}…`);
    assert.deepEqual(smsSegments(fitted), { encoding: 'UCS-2', units: 123, segments: 2 });
  });

  test('every cut fits its budget', () => {
    const text = `Hello Ana 👋 — ${'your invoice INV-1001 for €120,00 is overdue; pay at https://pay.example/i/abc '.repeat(10)}`;
    for (const max of [1, 2, 3, 4, 5]) {
      const fitted = fitSms(text, max);
      assert.ok(smsSegments(fitted).segments <= max, `max ${max}: ${smsSegments(fitted).segments} segments`);
      assert.ok(fitted.endsWith('…'), `max ${max}: ${fitted.slice(-5)}`);
      assert.ok(text.startsWith(fitted.slice(0, -1)), `max ${max}: not a prefix`);
    }
  });

  test('a budget below one segment is a RangeError', () => {
    assert.throws(() => fitSms('hi', 0), RangeError);
  });
});
