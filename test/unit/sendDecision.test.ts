import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeSend, type SendFacts } from '../../src/domain/sendDecision';
import { DEFAULT_FREQUENCY_CAP } from '../../src/domain/frequencyCap';
import { DEFAULT_SEND_WINDOW } from '../../src/domain/quietHours';

const H = 3_600_000;
// 2026-06-10 12:00 in London (BST): inside the default 08:00–21:00 window.
const NOON = Date.UTC(2026, 5, 10, 11, 0);
const facts = (over: Partial<SendFacts> = {}): SendFacts => ({
  invoice: { status: 'open' },
  to: 'ada@example.com',
  refusal: undefined,
  timing: { zones: ['Europe/London'], window: DEFAULT_SEND_WINDOW, cap: DEFAULT_FREQUENCY_CAP, sentAt: [], spreadKey: 'k', spreadMaxMs: 0 },
  ...over,
});

describe('judgeSend', () => {
  test('an open invoice, an address, permission and an open window: it goes now, to that address', () => {
    assert.deepEqual(judgeSend(facts(), NOON), { decision: 'send', to: 'ada@example.com' });
  });

  test('the invoice decides first: paid and void are suppressed, a pause holds (nothing kept), whatever else is wrong', () => {
    const worst = { to: undefined, refusal: 'opted out by STOP', timing: { ...facts().timing, zones: ['Pacific/Kiritimati', 'Pacific/Niue'] } };
    assert.deepEqual(judgeSend(facts({ ...worst, invoice: { status: 'paid' } }), NOON), { decision: 'suppress', reason: 'invoice_paid' });
    assert.deepEqual(judgeSend(facts({ ...worst, invoice: { status: 'void' } }), NOON), { decision: 'suppress', reason: 'invoice_void' });
    assert.deepEqual(judgeSend(facts({ ...worst, invoice: { status: 'paused' } }), NOON), { decision: 'hold', reason: 'invoice_paused' });
  });

  test('a pause whose until has passed no longer holds, even before anyone wrote that back', () => {
    const lapsed = { status: 'paused', pausedUntil: new Date(NOON - 1) };
    assert.equal(judgeSend(facts({ invoice: lapsed }), NOON).decision, 'send');
    assert.equal(judgeSend(facts({ invoice: { status: 'paused', pausedUntil: new Date(NOON + 1) } }), NOON).decision, 'hold');
  });

  test('no address, then no permission: suppressed with the rule the refusal names', () => {
    assert.deepEqual(judgeSend(facts({ to: undefined, refusal: 'opted out' }), NOON), { decision: 'suppress', reason: 'no_recipient' });
    assert.deepEqual(judgeSend(facts({ refusal: 'opted out by STOP on 2026-06-01' }), NOON), { decision: 'suppress', reason: 'opted_out', why: 'opted out by STOP on 2026-06-01' });
    assert.deepEqual(judgeSend(facts({ refusal: 'no consent recorded for sms' }), NOON), { decision: 'suppress', reason: 'no_consent', why: 'no consent recorded for sms' });
    assert.deepEqual(judgeSend(facts({ refusal: 'carrier: unreachable' }), NOON), { decision: 'suppress', reason: 'channel_unusable', why: 'carrier: unreachable' });
  });

  test('the clock last: at night it defers to the window, over the gap it defers past it', () => {
    const night = Date.UTC(2026, 5, 10, 23, 0); // 00:00 in London
    const d = judgeSend(facts(), night);
    assert.equal(d.decision, 'defer');
    assert.ok(d.decision === 'defer' && d.rules.includes('quiet_hours') && d.at === Date.UTC(2026, 5, 11, 7, 0));
    const gap = judgeSend(facts({ timing: { ...facts().timing, sentAt: [NOON - H] } }), NOON);
    assert.ok(gap.decision === 'defer' && gap.rules.includes('minimum_gap') && gap.at >= NOON - H + DEFAULT_FREQUENCY_CAP.minGapMs);
  });

  test('zones that never share a window: suppressed, with the reason', () => {
    const d = judgeSend(facts({ timing: { ...facts().timing, zones: ['Pacific/Kiritimati', 'Pacific/Pago_Pago'], window: { ...DEFAULT_SEND_WINDOW, startSec: 9 * 3600, endSec: 10 * 3600 } } }), NOON);
    assert.equal(d.decision, 'suppress');
    assert.ok(d.decision === 'suppress' && d.reason === 'no_common_window' && typeof d.why === 'string');
  });
});
