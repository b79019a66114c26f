import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { nextAction, type PlannedStep } from '../../src/domain/followUpPlan';

interface Step extends PlannedStep {
  channel: string;
}

const steps: readonly Step[] = [
  { index: 0, at: 1_000, channel: 'email' },
  { index: 1, at: 2_000, channel: 'sms' },
  { index: 2, at: 3_000, channel: 'email' },
];
const [s0, s1, s2] = steps as [Step, Step, Step];
const CAP = 5;

describe('nextAction', () => {
  test('waits for the first step when none is due yet', () => {
    const action = nextAction(steps, 0, 999, 0, CAP);
    assert.deepEqual(action, { kind: 'wait', step: s0 });
    assert.equal(action.kind === 'wait' && action.step, s0, 'returns the caller’s own step object');
  });

  test('a step exactly at `now` is due', () => {
    assert.deepEqual(nextAction(steps, 0, 1_000, 0, CAP), { kind: 'send', step: s0, skipped: [] });
  });

  test('one millisecond before a step it is still a wait', () => {
    assert.deepEqual(nextAction(steps, 1, 1_999, 1, CAP), { kind: 'wait', step: s1 });
  });

  test('sends the only due step', () => {
    assert.deepEqual(nextAction(steps, 0, 1_500, 0, CAP), { kind: 'send', step: s0, skipped: [] });
  });

  test('catch-up sends only the most recent due step and reports the older ones as skipped', () => {
    assert.deepEqual(nextAction(steps, 0, 2_500, 0, CAP), { kind: 'send', step: s1, skipped: [s0] });
    assert.deepEqual(nextAction(steps, 0, 10_000, 0, CAP), { kind: 'send', step: s2, skipped: [s0, s1] });
  });

  test('the cursor skips already-handled steps', () => {
    assert.deepEqual(nextAction(steps, 1, 2_500, 1, CAP), { kind: 'send', step: s1, skipped: [] });
    assert.deepEqual(nextAction(steps, 1, 10_000, 1, CAP), { kind: 'send', step: s2, skipped: [s1] });
    assert.deepEqual(nextAction(steps, 2, 10_000, 2, CAP), { kind: 'send', step: s2, skipped: [] });
    assert.deepEqual(nextAction(steps, 2, 2_500, 2, CAP), { kind: 'wait', step: s2 });
  });

  test('the cursor compares step indexes, not array positions', () => {
    const sparse: Step[] = [
      { index: 0, at: 100, channel: 'email' },
      { index: 4, at: 200, channel: 'email' },
      { index: 9, at: 300, channel: 'email' },
    ];
    assert.deepEqual(nextAction(sparse, 1, 50, 0, CAP), { kind: 'wait', step: sparse[1] });
    assert.deepEqual(nextAction(sparse, 5, 1_000, 0, CAP), { kind: 'send', step: sparse[2], skipped: [] });
    assert.deepEqual(nextAction(sparse, 10, 1_000, 0, CAP), { kind: 'done', reason: 'sequence_complete' });
  });

  test('no steps left → done / sequence_complete', () => {
    assert.deepEqual(nextAction(steps, 3, 10_000, 3, CAP), { kind: 'done', reason: 'sequence_complete' });
    assert.deepEqual(nextAction(steps, 3, 0, 3, CAP), { kind: 'done', reason: 'sequence_complete' });
    assert.deepEqual(nextAction([], 0, 0, 0, CAP), { kind: 'done', reason: 'sequence_complete' });
  });

  test('per-invoice cap → done / message_cap_reached, even with a step due', () => {
    assert.deepEqual(nextAction(steps, 0, 10_000, 5, 5), { kind: 'done', reason: 'message_cap_reached' });
    assert.deepEqual(nextAction(steps, 0, 10_000, 6, 5), { kind: 'done', reason: 'message_cap_reached' });
    assert.deepEqual(nextAction(steps, 0, 0, 0, 0), { kind: 'done', reason: 'message_cap_reached' });
    // The cap wins over a finished sequence too.
    assert.deepEqual(nextAction(steps, 3, 10_000, 2, 2), { kind: 'done', reason: 'message_cap_reached' });
  });

  test('one message below the cap still sends', () => {
    assert.deepEqual(nextAction(steps, 0, 10_000, 4, 5), { kind: 'send', step: s2, skipped: [s0, s1] });
    assert.deepEqual(nextAction(steps, 0, 0, 4, 5), { kind: 'wait', step: s0 });
  });

  test('does not modify the steps it is given', () => {
    const copy = structuredClone(steps);
    nextAction(steps, 0, 10_000, 0, CAP);
    assert.deepEqual(steps, copy);
  });
});
