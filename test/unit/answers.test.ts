// The pure rules of a person's answer (src/domain/customerAnswer.ts): when quiet hours hold it,
// and how an email answer threads.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgeAnswer, replyHeaders, replySubject } from '../../src/domain/customerAnswer';

const HOUR = 3_600_000;
// 2026-12-02 02:00 UTC: night in Europe/London.
const NIGHT = Date.UTC(2026, 11, 2, 2, 0);
const facts = (over: Partial<Parameters<typeof judgeAnswer>[0]> = {}) => ({
  to: '+14155550123',
  refusal: undefined,
  timing: { zones: ['Europe/London'], window: { startSec: 8 * 3600, endSec: 21 * 3600, skipWeekends: false, holidays: [] }, spreadKey: 'k' },
  acceptedAt: NIGHT,
  customerWroteAt: NIGHT - 2 * HOUR,
  ...over,
});

describe('judgeAnswer', () => {
  test('at night, an answer to a message of two hours ago waits for 08:00; one to a message of the last hour goes now', () => {
    const later = judgeAnswer(facts(), NIGHT);
    assert.equal(later.decision, 'defer');
    assert.equal(later.decision === 'defer' && new Date(later.at).toISOString(), '2026-12-02T08:00:00.000Z');
    assert.deepEqual(judgeAnswer(facts({ customerWroteAt: NIGHT - HOUR }), NIGHT), { decision: 'send', to: '+14155550123' });
    assert.equal(judgeAnswer(facts({ customerWroteAt: undefined }), NIGHT).decision, 'defer', 'a customer who never wrote');
  });

  test('no address, then the customer\'s permission, come before the clock', () => {
    assert.deepEqual(judgeAnswer(facts({ to: undefined }), NIGHT), { decision: 'suppress', reason: 'no_recipient' });
    const refused = judgeAnswer(facts({ refusal: 'opted out (STOP by sms)' }), NIGHT);
    assert.deepEqual([refused.decision, refused.decision === 'suppress' && refused.reason], ['suppress', 'opted_out']);
  });
});

describe('threading', () => {
  test('In-Reply-To names their email; References keeps theirs (ours among them) and adds it, once', () => {
    assert.deepEqual(replyHeaders({ messageId: '<b@them>', headers: { references: '<remit-1@acme.test>  <a@them>', 'In-Reply-To': '<a@them>' } }), {
      'In-Reply-To': '<b@them>',
      References: '<remit-1@acme.test> <a@them> <b@them>',
    });
    assert.deepEqual(replyHeaders({ messageId: '<b@them>', headers: { 'In-Reply-To': '<remit-1@acme.test>' } }).References, '<remit-1@acme.test> <b@them>', 'no References: their In-Reply-To');
    assert.equal(replyHeaders({ messageId: '<b@them>', headers: null }).References, '<b@them>');
  });

  test('"Re:" once, and a fallback without a subject', () => {
    assert.equal(replySubject('Invoice INV-1 is overdue', 'x'), 'Re: Invoice INV-1 is overdue');
    assert.equal(replySubject('RE: Invoice INV-1', 'x'), 'RE: Invoice INV-1');
    assert.equal(replySubject('  ', 'Invoice INV-1'), 'Invoice INV-1');
    assert.equal(replySubject(null, 'Invoice INV-1'), 'Invoice INV-1');
  });
});
