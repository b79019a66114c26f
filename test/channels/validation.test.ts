// What every adapter refuses before a provider sees it (the `log` adapter included, so a
// message Remit built wrongly cannot pass for sent there), and what a permanent failure makes
// Remit remember about the customer's address.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogAdapter } from '../../src/channels/log';
import { createResendAdapter } from '../../src/channels/resend';
import { PermanentSendError, addressVerdict, type OutgoingMessage, type PermanentReason } from '../../src/channels/types';
import { createLogger } from '../../src/logger';
import { startFakeResend, type FakeResend } from '../support/fakeResend';

function message(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    messageId: 'msg-1',
    idempotencyKey: 'inv-1:0:email',
    invoiceId: 'inv-1',
    channel: 'email',
    to: 'jane@customer.example',
    subject: 'Invoice INV-1001 is due today',
    body: 'Hi Jane, invoice INV-1001 is due today.',
    ...overrides,
  };
}

/** The error `promise` rejects with, for comparing two adapters' refusals. */
async function refusal(promise: Promise<unknown>): Promise<Pick<PermanentSendError, 'name' | 'message' | 'code' | 'reason' | 'blame'>> {
  const err = await promise.then(
    () => assert.fail('expected the message to be refused'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof PermanentSendError, String(err));
  return { name: err.name, message: err.message, code: err.code, reason: err.reason, blame: err.blame };
}

describe('the log adapter refuses what a real adapter refuses', () => {
  let fake: FakeResend;
  const logged: OutgoingMessage[] = [];
  const log = createLogAdapter(createLogger('error'), (m) => logged.push(m));
  before(async () => {
    fake = await startFakeResend();
  });
  after(() => fake.close());

  const invalid: [string, Partial<OutgoingMessage>, string][] = [
    ['an email without a subject', { subject: undefined }, 'an email needs a subject'],
    ['an email with a blank subject', { subject: ' ' }, 'an email needs a subject'],
    ['an email without a body', { body: '' }, 'a message needs a body'],
    ['an SMS without a body', { channel: 'sms', to: '+14155550123', subject: undefined, body: '\n' }, 'a message needs a body'],
  ];
  for (const [name, overrides, why] of invalid) {
    test(`${name}: the same refusal as Resend's adapter, Remit's fault, nothing logged as sent`, async () => {
      const resend = createResendAdapter({ apiKey: fake.apiKey, from: 'Acme <billing@acme.example>', baseUrl: fake.url });
      const fromLog = await refusal(log.send(message(overrides)));
      assert.deepEqual(fromLog, { name: 'PermanentSendError', message: why, code: 'invalid_message', reason: 'invalid_message', blame: 'sender' });
      if (overrides.channel !== 'sms') assert.deepEqual(await refusal(resend.send(message(overrides))), fromLog);
      assert.equal(logged.length, 0);
      assert.equal(fake.requests.length, 0);
    });
  }

  test('a valid message is logged as sent', async () => {
    const receipt = await log.send(message());
    assert.deepEqual(receipt, { provider: 'log', providerMessageId: 'log-msg-1' });
    assert.equal(logged.length, 1);
    assert.equal((await log.send(message({ channel: 'sms', to: '+14155550123', subject: undefined }))).provider, 'log');
  });
});

describe('whose making a permanent failure is, and what Remit remembers', () => {
  const cases: [PermanentReason, PermanentSendError['blame'], ReturnType<typeof addressVerdict>][] = [
    ['invalid_recipient', 'recipient', 'unusable'],
    ['suppressed', 'recipient', 'unusable'],
    ['opted_out', 'recipient', 'opted_out'],
    ['invalid_message', 'sender', undefined],
    ['rejected', 'sender', undefined],
    ['template_required', 'sender', undefined],
  ];
  for (const [reason, blame, verdict] of cases) {
    test(`${reason}: ${blame}, ${verdict ?? 'nothing remembered: the channel stays usable'}`, () => {
      const err = new PermanentSendError('refused', 'x', reason);
      assert.equal(err.blame, blame);
      assert.equal(addressVerdict(err), verdict);
    });
  }

  test('a sender-blamed failure never marks the channel unusable, whatever its reason', () => {
    for (const [reason] of cases) assert.equal(addressVerdict(new PermanentSendError('refused', 'x', reason, 'sender')), undefined, reason);
  });

  test('an explicit blame wins over the reason’s', () => {
    assert.equal(addressVerdict(new PermanentSendError('refused', 'x', 'rejected', 'recipient')), 'unusable');
  });
});
