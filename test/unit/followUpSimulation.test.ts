// The follow-up's decision path, walked without sending (src/domain/followUpSimulation): a few
// worked examples. The property test (decisionPath.property.test.ts) checks the rules over
// random customers; test/workflow/decisionPath.test.ts checks it against the real workflow.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { idempotencyKey } from '../../activities/index';
import { simulateFollowUp, spreadKeyOf, type SimulatedDecision, type SimulatedStep, type SimulationPlan, type SimulationWorld } from '../../src/domain/followUpSimulation';
import { DEFAULT_SEND_WINDOW, type SendWindow } from '../../src/domain/quietHours';

const H = 3_600_000;
const DAY = 24 * H;
const ALWAYS: SendWindow = { startSec: 0, endSec: 86_400, skipWeekends: false, holidays: [] };
const NO_CAP = { maxMessages: Infinity, periodMs: 0, minGapMs: 0 };
// Monday 2027-03-01 12:00 UTC.
const T0 = Date.UTC(2027, 2, 1, 12);
const iso = (t: number) => new Date(t).toISOString();

const steps = (...spec: [number, SimulatedStep['channel']][]): SimulatedStep[] => spec.map(([at, channel], index) => ({ index, at, channel }));

function walk(s: SimulatedStep[], over: Partial<SimulationWorld> = {}, plan: Partial<SimulationPlan<SimulatedStep>> = {}) {
  const world: SimulationWorld = { invoiceKey: 'inv-1', contact: { email: 'ada@example.com', phone: '+447400123456' }, zones: ['UTC'], window: ALWAYS, cap: NO_CAP, spreadMaxMs: 0, ...over };
  return [...simulateFollowUp({ steps: s, maxMessages: 5, from: T0, sequenceDefault: 'email', ...plan }, world)];
}

/** Each decision as [kind, step, channel, time]: what the assertions compare. */
const brief = (ds: SimulatedDecision<SimulatedStep>[]) =>
  ds.map((d) => [d.kind, 'step' in d ? d.step.index : null, 'channel' in d ? d.channel : null, iso(d.at)]);

describe('simulateFollowUp', () => {
  test('every step at its time, then done (the sequence is complete)', () => {
    const ds = walk(steps([T0 + H, 'email'], [T0 + DAY, 'sms'], [T0 + 3 * DAY, 'auto']));
    assert.deepEqual(brief(ds), [
      ['sent', 0, 'email', iso(T0 + H)],
      ['sent', 1, 'sms', iso(T0 + DAY)],
      ['sent', 2, 'email', iso(T0 + 3 * DAY)],
      ['done', null, null, iso(T0 + 3 * DAY)],
    ]);
    assert.equal((ds[2] as { channelReason: string }).channelReason, 'auto: no history, sequence default email');
  });

  test('started late: catch-up skips the older due steps and sends the latest', () => {
    const ds = walk(steps([T0 - 2 * DAY, 'email'], [T0 - DAY, 'email'], [T0 + DAY, 'email']));
    assert.deepEqual(brief(ds).slice(0, 3), [
      ['skipped', 0, null, iso(T0)],
      ['sent', 1, 'email', iso(T0)],
      ['sent', 2, 'email', iso(T0 + DAY)],
    ]);
  });

  test('quiet hours defer a step and keep the cursor: a later step due by then goes instead, the deferred one is skipped', () => {
    // 22:00 UTC is quiet (08:00–21:00); step 1 falls due at 07:00, before the window opens at 08:00.
    const night = Date.UTC(2027, 2, 1, 22);
    const ds = walk(steps([night, 'email'], [night + 9 * H, 'email']), { window: DEFAULT_SEND_WINDOW });
    const eight = Date.UTC(2027, 2, 2, 8);
    assert.deepEqual(brief(ds), [
      ['deferred', 0, 'email', iso(night)],
      ['skipped', 0, null, iso(eight)],
      ['sent', 1, 'email', iso(eight)],
      ['done', null, null, iso(eight)],
    ]);
    assert.equal((ds[0] as { until: number }).until, eight);
    assert.deepEqual((ds[0] as { rules: string[] }).rules, ['quiet_hours']);
  });

  test('the gap and the frequency cap, counting the customer\'s earlier sends (other invoices) too', () => {
    const cap = { maxMessages: 2, periodMs: 7 * DAY, minGapMs: 48 * H };
    const ds = walk(steps([T0 + H, 'email'], [T0 + DAY, 'email'], [T0 + 4 * DAY, 'email']), { cap, history: [T0 - 6 * DAY] });
    // Step 1 waits out the gap after step 0; step 2 the gap after step 1, by when two sends
    // (steps 0 and 1) are in the last 7 days: it goes when step 0 leaves the period.
    assert.deepEqual(
      ds.filter((d) => d.kind === 'sent').map((d) => [d.step.index, iso(d.at)]),
      [
        [0, iso(T0 + H)],
        [1, iso(T0 + 49 * H)],
        [2, iso(T0 + 7 * DAY + H)],
      ],
    );
    assert.deepEqual(
      ds.filter((d) => d.kind === 'deferred').map((d) => [d.step.index, d.rules, iso(d.until)]),
      [
        [1, ['minimum_gap'], iso(T0 + 49 * H)],
        [2, ['frequency_cap', 'minimum_gap'], iso(T0 + 7 * DAY + H)],
      ],
    );
  });

  test('an opt-out arriving mid-sequence: email falls back to SMS; with no channel left the follow-up stops for a person', () => {
    const optOut = T0 + 2 * DAY;
    const s = steps([T0 + H, 'email'], [T0 + 3 * DAY, 'email'], [T0 + 5 * DAY, 'sms']);
    const refusals = [{ channel: 'email' as const, reason: 'opted out (one-click unsubscribe, via unsubscribe_link)', from: optOut }];
    assert.deepEqual(brief(walk(s, { refusals })).slice(0, 3), [
      ['sent', 0, 'email', iso(T0 + H)],
      ['sent', 1, 'sms', iso(T0 + 3 * DAY)],
      ['sent', 2, 'sms', iso(T0 + 5 * DAY)],
    ]);
    const emailOnly = walk(s, { refusals, contact: { email: 'ada@example.com' } });
    assert.deepEqual(brief(emailOnly), [
      ['sent', 0, 'email', iso(T0 + H)],
      ['no_channel', 1, null, iso(T0 + 3 * DAY)],
    ]);
    assert.match((emailOnly[1] as { reason: string }).reason, /^no usable channel \(email: opted out/);
  });

  test('a consent recorded mid-sequence lifts the refusal from then on', () => {
    const consent = T0 + 2 * DAY;
    const ds = walk(steps([T0 + H, 'sms'], [T0 + 3 * DAY, 'sms']), { refusals: [{ channel: 'sms', reason: 'no consent recorded for sms to +447400123456', until: consent }] });
    assert.deepEqual(brief(ds).slice(0, 2), [
      ['sent', 0, 'email', iso(T0 + H)],
      ['sent', 1, 'sms', iso(T0 + 3 * DAY)],
    ]);
  });

  test('a payment ends it at once, even during a wait; after the sequence it closes the wait for payment', () => {
    const s = steps([T0 + H, 'email'], [T0 + 3 * DAY, 'email'], [T0 + 5 * DAY, 'email']);
    const paid = T0 + 2 * DAY + 30_000;
    assert.deepEqual(brief(walk(s, { closes: { at: paid, status: 'paid' } })), [
      ['sent', 0, 'email', iso(T0 + H)],
      ['closed', null, null, iso(paid)],
    ]);
    const late = T0 + 9 * DAY;
    assert.deepEqual(brief(walk(s, { closes: { at: late, status: 'void' } })).slice(-2), [
      ['done', null, null, iso(T0 + 5 * DAY)],
      ['closed', null, null, iso(late)],
    ]);
  });

  test('the per-invoice cap: done when it is reached, naming the steps it leaves out; only sends count', () => {
    const s = steps([T0 + H, 'email'], [T0 + DAY, 'email'], [T0 + 2 * DAY, 'email'], [T0 + 3 * DAY, 'email']);
    const ds = walk(s, {}, { maxMessages: 2 });
    assert.deepEqual(brief(ds).map((b) => b[0]), ['sent', 'sent', 'done']);
    const done = ds.at(-1) as Extract<SimulatedDecision<SimulatedStep>, { kind: 'done' }>;
    assert.equal(done.reason, 'message_cap_reached');
    assert.deepEqual(done.unsent.map((x) => x.index), [2, 3]);

    // Two zones whose 08:00–09:00 windows never overlap: nothing is sent, and nothing counts.
    const apart = walk(s, { zones: ['Europe/London', 'Asia/Tokyo'], window: { startSec: 8 * 3600, endSec: 9 * 3600, skipWeekends: false, holidays: [] } }, { maxMessages: 2 });
    assert.deepEqual(brief(apart).map((b) => b[0]), ['not_sent', 'not_sent', 'not_sent', 'not_sent', 'done']);
    assert.equal((apart[0] as { reason: string }).reason, 'no_common_window');
    assert.equal((apart.at(-1) as { reason: string }).reason, 'sequence_complete');
  });

  test('unopened emails pivot to SMS only when asked to model them (the workflow with no provider events); the preview assumes opened', () => {
    const s = steps([T0 + H, 'email'], [T0 + 3 * DAY, 'email'], [T0 + 3 * DAY + H, 'email']);
    const opened = walk(s);
    assert.deepEqual(opened.filter((d) => d.kind === 'sent').map((d) => d.channel), ['email', 'email', 'email']);
    const unopened = walk(s, {}, { unopenedPivotAfterMs: 48 * H });
    const sent = unopened.filter((d) => d.kind === 'sent');
    assert.deepEqual(sent.map((d) => [d.channel, d.channelReason]), [
      ['email', 'step channel'],
      ['sms', 'pivot: previous email not opened'],
      // The last email (step 0) is still the last email, unopened for longer still.
      ['sms', 'pivot: previous email not opened'],
    ]);
  });

  test('a deferred send is spread by the key the send activity spreads it by (its idempotency key)', () => {
    assert.equal(spreadKeyOf('inv-1', 2, 'sms'), idempotencyKey({ invoiceId: 'inv-1', stepIndex: 2, kind: 'step', channel: 'sms' }));
  });
});
