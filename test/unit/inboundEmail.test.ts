import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { answeredMessageIds, outboundMessageId } from '../../src/domain/emailThreading';
import { visibleReply } from '../../src/domain/inboundEmail';

describe('visibleReply: what the customer wrote, without quoted history or signature', () => {
  const cases: [string, string, string][] = [
    ['Gmail quote header and > lines', 'I will pay on Friday.\n\nOn Wed, Dec 2, 2026 at 10:00 AM Acme Billing <billing@acme.com> wrote:\n> Invoice INV-1001 is due.\n> Pay here.\n', 'I will pay on Friday.'],
    ['a header folded over two lines', 'Paid.\n\nOn Wed, Dec 2, 2026 at 10:00 AM Acme Billing <billing@acme.com>\nwrote:\n> due', 'Paid.'],
    ['"--" signature', 'Paid yesterday\n--\nAda Lovelace\nCEO, Analytical Engines', 'Paid yesterday'],
    ['"Sent from my iPhone"', 'Will pay tomorrow\n\nSent from my iPhone', 'Will pay tomorrow'],
    ['Outlook Original Message', 'I paid it\r\n\r\n-----Original Message-----\r\nFrom: Acme\r\n\r\nold text', 'I paid it'],
    ['Outlook From/Sent block under a rule', 'Wrong person\n\n________________________________\nFrom: Acme Billing <b@a.com>\nSent: Wednesday, December 2, 2026 10:00\nTo: Bob\n\nPay now', 'Wrong person'],
    ['Outlook From/Sent block without a rule', 'Call me\n\nFrom: Acme Billing <b@a.com>\nSent: Wednesday, December 2, 2026 10:00\nSubject: Invoice\n\nPay now', 'Call me'],
    ['French header', 'Je paierai vendredi.\n\nLe mer. 2 déc. 2026 à 10:00, Acme <b@a.com> a écrit :\n> hi', 'Je paierai vendredi.'],
    ['Spanish header', 'Pagaré el lunes.\n\nEl mié, 2 dic 2026 a las 10:00, Acme (<b@a.com>) escribió:\n> hola', 'Pagaré el lunes.'],
    ['German header', 'Bezahlt.\n\nAm Mi., 2. Dez. 2026 um 10:00 Uhr schrieb Acme <b@a.com>:\n> hallo', 'Bezahlt.'],
    ['no history at all', 'Who is this?', 'Who is this?'],
    ['only quoted text: kept rather than lost', '> only quoted', '> only quoted'],
  ];
  for (const [name, input, want] of cases) test(name, () => assert.equal(visibleReply(input), want));

  test('never throws, never empty for text with words', () => {
    for (const s of ['', ' ', '\n\n', '-- \n', 'x'.repeat(20_000), '🙂'.repeat(50)]) assert.equal(typeof visibleReply(s), 'string');
    assert.equal(visibleReply('--\nAda'), '--\nAda');
  });
});

describe('email threading', () => {
  const id = '0c569e42-c57c-42d5-9d6c-47167c10f7a8';
  test('the Message-ID names the outbox row, on the sender domain', () => {
    assert.equal(outboundMessageId(id, 'Acme Billing <billing@Acme.com>'), `<remit-${id}@acme.com>`);
    assert.equal(outboundMessageId(id, 'billing@acme.com'), `<remit-${id}@acme.com>`);
    assert.equal(outboundMessageId(id, 'no address'), `<remit-${id}@remit.invalid>`);
  });
  test('a reply names the messages it answers: In-Reply-To first, then References newest first', () => {
    const other = '11111111-2222-4333-8444-555555555555';
    assert.deepEqual(answeredMessageIds({ 'In-Reply-To': `<remit-${id}@acme.com>`, References: `<remit-${other}@acme.com> <x@gmail.com> <remit-${id}@acme.com>` }), [id, other]);
    assert.deepEqual(answeredMessageIds({ 'in-reply-to': '<CAF=abc@mail.gmail.com>' }), []);
    assert.deepEqual(answeredMessageIds({ references: `<REMIT-${id.toUpperCase()}@acme.com>` }), [id]);
    assert.deepEqual(answeredMessageIds(undefined), []);
    assert.deepEqual(answeredMessageIds({ 'In-Reply-To': '<remit-not-a-uuid@acme.com>' }), []);
  });
});
