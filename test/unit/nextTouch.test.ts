import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { nextAction, nextTouch, type BehaviourTouch, type NextTouch, type PlannedStep } from '../../src/domain/followUpPlan';

interface Step extends PlannedStep {
  channel: string;
}

const steps: readonly Step[] = Object.freeze([
  Object.freeze({ index: 0, at: 100, channel: 'email' }),
  Object.freeze({ index: 1, at: 200, channel: 'sms' }),
  Object.freeze({ index: 2, at: 300, channel: 'email' }),
]);
const [s0, s1, s2] = steps as [Step, Step, Step];
const CAP = 5;
const W = 10;

const opened = (at: number): BehaviourTouch => Object.freeze({ kind: 'opened_unpaid' as const, at });
const clicked = (at: number): BehaviourTouch => Object.freeze({ kind: 'clicked_unpaid' as const, at });

interface Case {
  name: string;
  cursor?: number;
  behaviour: BehaviourTouch | undefined;
  now: number;
  sentCount?: number;
  cap?: number;
  window?: number;
  steps?: readonly Step[];
  expected: NextTouch<Step>;
}

function run(c: Case): NextTouch<Step> {
  return nextTouch(c.steps ?? steps, c.cursor ?? 0, c.behaviour, c.now, c.sentCount ?? 0, c.cap ?? CAP, c.window ?? W);
}

function table(cases: Case[]) {
  for (const c of cases) {
    test(c.name, () => {
      const actual = run(c);
      assert.deepEqual(actual, c.expected);
      // No optional key present with an undefined value (deepEqual treats those as different anyway,
      // but make the contract explicit for the fields the workflow branches on).
      if (actual.kind === 'send_behaviour' && !('replaces' in c.expected)) assert.equal('replaces' in actual, false);
      if (actual.kind === 'wait' && !('touch' in c.expected)) assert.equal('touch' in actual, false);
      if (actual.kind === 'wait' && !('step' in c.expected)) assert.equal('step' in actual, false);
    });
  }
}

describe('nextTouch: no behaviour behaves like nextAction', () => {
  table([
    { name: 'waits for the first step, carrying its time and the step', behaviour: undefined, now: 50, expected: { kind: 'wait', at: 100, step: s0 } },
    { name: 'waits for the step at the cursor', cursor: 1, behaviour: undefined, now: 150, sentCount: 1, expected: { kind: 'wait', at: 200, step: s1 } },
    { name: 'one before a step is still a wait', cursor: 2, behaviour: undefined, now: 299, expected: { kind: 'wait', at: 300, step: s2 } },
    { name: 'a step exactly at now is sent', behaviour: undefined, now: 100, expected: { kind: 'send', step: s0, skipped: [] } },
    { name: 'catch-up sends the latest due step and skips the older', behaviour: undefined, now: 250, expected: { kind: 'send', step: s1, skipped: [s0] } },
    { name: 'catch-up past the end', behaviour: undefined, now: 1_000, expected: { kind: 'send', step: s2, skipped: [s0, s1] } },
    { name: 'sequence complete', cursor: 3, behaviour: undefined, now: 1_000, expected: { kind: 'done', reason: 'sequence_complete' } },
    { name: 'empty sequence is complete', steps: [], behaviour: undefined, now: 0, expected: { kind: 'done', reason: 'sequence_complete' } },
    { name: 'cap reached', behaviour: undefined, now: 50, sentCount: CAP, expected: { kind: 'done', reason: 'message_cap_reached' } },
    { name: 'cap exceeded', behaviour: undefined, now: 250, sentCount: CAP + 1, expected: { kind: 'done', reason: 'message_cap_reached' } },
  ]);

  test('agrees with nextAction over a grid (wait mapped to { at, step })', () => {
    for (let cursor = 0; cursor <= 4; cursor++)
      for (let now = 0; now <= 400; now += 5)
        for (const sentCount of [0, 2, CAP - 1, CAP, CAP + 3]) {
          const base = nextAction(steps, cursor, now, sentCount, CAP);
          const t = nextTouch(steps, cursor, undefined, now, sentCount, CAP, W);
          const label = `cursor=${cursor} now=${now} sent=${sentCount}`;
          if (base.kind === 'wait') assert.deepEqual(t, { kind: 'wait', at: base.step.at, step: base.step }, label);
          else assert.deepEqual(t, base, label);
        }
  });

  test('returns the caller’s own step objects', () => {
    const t = nextTouch(steps, 0, undefined, 50, 0, CAP, W);
    assert.equal(t.kind === 'wait' && t.step, s0);
  });
});

describe('nextTouch: behaviour due before the next step, outside the merge window', () => {
  table([
    {
      name: 'already due → sent first, not replacing the step',
      behaviour: opened(40),
      now: 50,
      expected: { kind: 'send_behaviour', touch: opened(40), skipped: [] },
    },
    {
      name: 'due exactly now → sent',
      behaviour: clicked(50),
      now: 50,
      expected: { kind: 'send_behaviour', touch: clicked(50), skipped: [] },
    },
    {
      name: 'in the future → wait for the behaviour (at = behaviour time, touch, no step)',
      behaviour: opened(60),
      now: 50,
      expected: { kind: 'wait', at: 60, touch: opened(60) },
    },
    {
      name: 'just outside the window (Δ = window + 1) → wait for the behaviour alone',
      behaviour: opened(89),
      now: 50,
      expected: { kind: 'wait', at: 89, touch: opened(89) },
    },
    {
      name: 'before a later step at the cursor',
      cursor: 1,
      sentCount: 1,
      behaviour: clicked(150),
      now: 120,
      expected: { kind: 'wait', at: 150, touch: clicked(150) },
    },
    {
      name: 'due before a due step (both due) → one message: the behaviour replaces the step',
      behaviour: opened(80),
      now: 100,
      expected: { kind: 'send_behaviour', touch: opened(80), replaces: s0, skipped: [] },
    },
  ]);
});

describe('nextTouch: behaviour within the merge window replaces the next step', () => {
  table([
    // In the future: wait until the earlier of the two, carrying both.
    { name: 'earlier, future → wait at behaviour time with step and touch', behaviour: opened(95), now: 50, expected: { kind: 'wait', at: 95, step: s0, touch: opened(95) } },
    { name: 'later, future → wait at step time with step and touch', behaviour: opened(105), now: 50, expected: { kind: 'wait', at: 100, step: s0, touch: opened(105) } },
    { name: 'same time, future → wait at that time', behaviour: clicked(100), now: 50, expected: { kind: 'wait', at: 100, step: s0, touch: clicked(100) } },
    // Due now.
    { name: 'earlier, behaviour due, step not yet → one touch replacing the step', behaviour: opened(95), now: 97, expected: { kind: 'send_behaviour', touch: opened(95), replaces: s0, skipped: [] } },
    { name: 'earlier, due exactly now', behaviour: opened(95), now: 95, expected: { kind: 'send_behaviour', touch: opened(95), replaces: s0, skipped: [] } },
    { name: 'one before the earlier time is still a wait', behaviour: opened(95), now: 94, expected: { kind: 'wait', at: 95, step: s0, touch: opened(95) } },
    { name: 'later, step due, behaviour not yet → sent now (the earlier time) replacing the step', behaviour: opened(105), now: 100, expected: { kind: 'send_behaviour', touch: opened(105), replaces: s0, skipped: [] } },
    { name: 'later, both due', behaviour: clicked(105), now: 150, expected: { kind: 'send_behaviour', touch: clicked(105), replaces: s0, skipped: [] } },
    { name: 'same time, due', behaviour: clicked(100), now: 100, expected: { kind: 'send_behaviour', touch: clicked(100), replaces: s0, skipped: [] } },
    // Merge targets the step at the cursor, not the first step.
    { name: 'merges with the step at the cursor', cursor: 1, sentCount: 1, behaviour: opened(192), now: 150, expected: { kind: 'wait', at: 192, step: s1, touch: opened(192) } },
    { name: 'merges with the last step', cursor: 2, sentCount: 2, behaviour: opened(310), now: 305, expected: { kind: 'send_behaviour', touch: opened(310), replaces: s2, skipped: [] } },
  ]);

  describe('exact boundary: |Δ| == window merges, window + 1 does not', () => {
    table([
      { name: 'Δ = −window, future → merged wait at behaviour time', behaviour: opened(90), now: 50, expected: { kind: 'wait', at: 90, step: s0, touch: opened(90) } },
      { name: 'Δ = +window, future → merged wait at step time', behaviour: opened(110), now: 50, expected: { kind: 'wait', at: 100, step: s0, touch: opened(110) } },
      { name: 'Δ = −window, due → replaces', behaviour: opened(90), now: 90, expected: { kind: 'send_behaviour', touch: opened(90), replaces: s0, skipped: [] } },
      { name: 'Δ = +window, step due → replaces', behaviour: opened(110), now: 100, expected: { kind: 'send_behaviour', touch: opened(110), replaces: s0, skipped: [] } },
      { name: 'Δ = −(window + 1), future → behaviour alone', behaviour: opened(89), now: 50, expected: { kind: 'wait', at: 89, touch: opened(89) } },
      { name: 'Δ = −(window + 1), due → behaviour alone, not replacing', behaviour: opened(89), now: 89, expected: { kind: 'send_behaviour', touch: opened(89), skipped: [] } },
      { name: 'Δ = +(window + 1), future → step alone', behaviour: opened(111), now: 50, expected: { kind: 'wait', at: 100, step: s0 } },
      { name: 'Δ = +(window + 1), step due → step alone', behaviour: opened(111), now: 100, expected: { kind: 'send', step: s0, skipped: [] } },
      { name: 'window 0: same time merges', window: 0, behaviour: opened(100), now: 50, expected: { kind: 'wait', at: 100, step: s0, touch: opened(100) } },
      { name: 'window 0: one earlier does not merge', window: 0, behaviour: opened(99), now: 50, expected: { kind: 'wait', at: 99, touch: opened(99) } },
      { name: 'window 0: one later does not merge', window: 0, behaviour: opened(101), now: 100, expected: { kind: 'send', step: s0, skipped: [] } },
    ]);
  });
});

describe('nextTouch: behaviour after the next step, beyond the window → the step goes first', () => {
  table([
    { name: 'both in the future → wait for the step only', behaviour: opened(150), now: 50, expected: { kind: 'wait', at: 100, step: s0 } },
    { name: 'step due, behaviour not → send the step', behaviour: opened(150), now: 100, expected: { kind: 'send', step: s0, skipped: [] } },
    { name: 'both due, step earlier → one message: the behaviour replaces the step', behaviour: opened(150), now: 160, expected: { kind: 'send_behaviour', touch: opened(150), replaces: s0, skipped: [] } },
    { name: 'behaviour beyond the last step → wait for the last step', cursor: 2, sentCount: 2, behaviour: clicked(400), now: 250, expected: { kind: 'wait', at: 300, step: s2 } },
  ]);
});

describe('nextTouch: sequence finished, behaviour pending', () => {
  table([
    { name: 'future behaviour → wait for it', cursor: 3, sentCount: 3, behaviour: opened(400), now: 350, expected: { kind: 'wait', at: 400, touch: opened(400) } },
    { name: 'due behaviour → sent, replacing nothing', cursor: 3, sentCount: 3, behaviour: opened(400), now: 400, expected: { kind: 'send_behaviour', touch: opened(400), skipped: [] } },
    { name: 'behaviour overdue → sent', cursor: 3, sentCount: 3, behaviour: clicked(100), now: 1_000, expected: { kind: 'send_behaviour', touch: clicked(100), skipped: [] } },
    { name: 'empty sequence, future behaviour → wait', steps: [], behaviour: opened(10), now: 0, expected: { kind: 'wait', at: 10, touch: opened(10) } },
    { name: 'empty sequence, due behaviour → sent', steps: [], behaviour: opened(10), now: 10, expected: { kind: 'send_behaviour', touch: opened(10), skipped: [] } },
  ]);
});

describe('nextTouch: the cap wins over a pending behaviour', () => {
  table([
    { name: 'cap reached, behaviour due', behaviour: opened(40), now: 50, sentCount: CAP, expected: { kind: 'done', reason: 'message_cap_reached' } },
    { name: 'cap reached, behaviour in the merge window', behaviour: opened(95), now: 100, sentCount: CAP, expected: { kind: 'done', reason: 'message_cap_reached' } },
    { name: 'cap reached, sequence finished, behaviour due', cursor: 3, behaviour: opened(400), now: 500, sentCount: CAP, expected: { kind: 'done', reason: 'message_cap_reached' } },
    { name: 'cap exceeded, behaviour in the future', behaviour: opened(60), now: 50, sentCount: CAP + 2, expected: { kind: 'done', reason: 'message_cap_reached' } },
    { name: 'cap of 0', behaviour: opened(0), now: 0, cap: 0, expected: { kind: 'done', reason: 'message_cap_reached' } },
    { name: 'one below the cap still sends the behaviour', behaviour: opened(40), now: 50, sentCount: CAP - 1, expected: { kind: 'send_behaviour', touch: opened(40), skipped: [] } },
  ]);
});

describe('nextTouch: catch-up (skipped older steps) with a behaviour', () => {
  table([
    { name: 'behaviour merges with the latest due step → skipped carried along', behaviour: opened(205), now: 250, expected: { kind: 'send_behaviour', touch: opened(205), replaces: s1, skipped: [s0] } },
    { name: 'behaviour earlier within the window of the latest due step', behaviour: opened(195), now: 250, expected: { kind: 'send_behaviour', touch: opened(195), replaces: s1, skipped: [s0] } },
    { name: 'all steps due, behaviour merges with the last', behaviour: clicked(300), now: 1_000, expected: { kind: 'send_behaviour', touch: clicked(300), replaces: s2, skipped: [s0, s1] } },
    { name: 'behaviour merges with the latest due step while not yet due itself', behaviour: opened(210), now: 200, expected: { kind: 'send_behaviour', touch: opened(210), replaces: s1, skipped: [s0] } },
    { name: 'behaviour due after the latest due step beyond the window → one message replacing it, skipped kept', behaviour: opened(240), now: 250, expected: { kind: 'send_behaviour', touch: opened(240), replaces: s1, skipped: [s0] } },
    { name: 'behaviour in the future beyond the window → step sent, skipped kept', behaviour: opened(500), now: 250, expected: { kind: 'send', step: s1, skipped: [s0] } },
    // Behaviour earlier than the latest due step and outside its window: it goes first; the skipped
    // steps are reported on the following turn, together with the step (see the next test).
    { name: 'behaviour due before the latest due step, outside the window → one message replacing it, skipped kept', behaviour: opened(150), now: 250, expected: { kind: 'send_behaviour', touch: opened(150), replaces: s1, skipped: [s0] } },
  ]);

  test('after that behaviour is sent, the next turn sends the step with the skipped ones', () => {
    assert.deepEqual(nextTouch(steps, 0, undefined, 250, 1, CAP, W), { kind: 'send', step: s1, skipped: [s0] });
  });
});

describe('nextTouch: invariants over a grid', () => {
  test('every result is consistent with its inputs', () => {
    const counts: Record<string, number> = {};
    for (let cursor = 0; cursor <= 3; cursor++)
      for (let now = 0; now <= 400; now += 5)
        for (let bAt = 0; bAt <= 420; bAt += 3)
          for (const sentCount of [cursor, CAP]) {
            const b = opened(bAt);
            const label = `cursor=${cursor} now=${now} b=${bAt} sent=${sentCount}`;
            const r = nextTouch(steps, cursor, b, now, sentCount, CAP, W);
            const remaining = steps.filter((s) => s.index >= cursor);
            const due = remaining.filter((s) => s.at <= now);
            const next = due.length ? due[due.length - 1]! : remaining[0];
            const key = r.kind + (r.kind === 'send_behaviour' && r.replaces ? '+replaces' : '') + (r.kind === 'wait' ? `(${r.step ? 'step' : ''}${r.touch ? 'touch' : ''})` : '');
            counts[key] = (counts[key] ?? 0) + 1;

            if (sentCount >= CAP) {
              assert.deepEqual(r, { kind: 'done', reason: 'message_cap_reached' }, label);
              continue;
            }
            // With a behaviour pending and room under the cap, a follow-up is never "done".
            assert.notEqual(r.kind, 'done', label);
            // Within the window, or both overdue: one message, never two in a row.
            const merges = next !== undefined && (Math.abs(next.at - bAt) <= W || (next.at <= now && bAt <= now));
            switch (r.kind) {
              case 'wait':
                assert.ok(r.at > now, `${label}: wait must be in the future`);
                assert.ok(r.step || r.touch, label);
                if (r.step && r.touch) {
                  assert.ok(merges, label);
                  assert.equal(r.step, next, label);
                  assert.equal(r.at, Math.min(r.step.at, bAt), label);
                } else if (r.touch) {
                  assert.ok(!merges, label);
                  assert.equal(r.at, bAt, label);
                  if (next) assert.ok(bAt < next.at, label);
                } else {
                  assert.ok(!merges, label);
                  assert.equal(r.step, next, label);
                  assert.equal(r.at, r.step!.at, label);
                  assert.ok(bAt > r.step!.at, `${label}: a behaviour waiting behind a step must be later than it`);
                }
                break;
              case 'send_behaviour':
                assert.equal(r.touch, b, label);
                if (r.replaces) {
                  assert.ok(merges, label);
                  assert.equal(r.replaces, next, label);
                  assert.ok(Math.min(r.replaces.at, bAt) <= now, label);
                  assert.deepEqual(r.skipped, due.slice(0, -1), label);
                } else {
                  assert.ok(!merges, label);
                  assert.ok(bAt <= now, `${label}: an unmerged behaviour is only sent when due`);
                  if (next) assert.ok(bAt < next.at, label);
                  assert.deepEqual(r.skipped, [], label);
                }
                break;
              case 'send':
                assert.ok(!merges, label);
                assert.equal(r.step, next, label);
                assert.ok(r.step.at <= now, label);
                assert.ok(bAt > r.step.at, `${label}: a step only goes before a behaviour due later`);
                assert.deepEqual(r.skipped, due.slice(0, -1), label);
                break;
            }
          }
    for (const k of ['wait(step)', 'wait(touch)', 'wait(steptouch)', 'send', 'send_behaviour', 'send_behaviour+replaces', 'done']) {
      assert.ok((counts[k] ?? 0) > 0, `branch ${k} not exercised: ${JSON.stringify(counts)}`);
    }
  });

  test('a simulated follow-up: step, merged behaviour, step', () => {
    // Drive nextTouch the way the workflow does, jumping to each wait.
    let cursor = 0;
    let now = 0;
    let sent = 0;
    let behaviour: BehaviourTouch | undefined = opened(195);
    const log: string[] = [];
    for (let turn = 0; turn < 20; turn++) {
      const r = nextTouch(steps, cursor, behaviour, now, sent, CAP, W);
      if (r.kind === 'done') {
        log.push(`done:${r.reason}`);
        break;
      }
      if (r.kind === 'wait') {
        assert.ok(r.at > now);
        now = r.at;
        continue;
      }
      sent++;
      if (r.kind === 'send') {
        log.push(`${now}:step${r.step.index}`);
        cursor = r.step.index + 1;
      } else {
        log.push(`${now}:${r.touch.kind}${r.replaces ? `(replaces step${r.replaces.index})` : ''}`);
        behaviour = undefined;
        if (r.replaces) cursor = r.replaces.index + 1;
      }
    }
    assert.deepEqual(log, ['100:step0', '195:opened_unpaid(replaces step1)', '300:step2', 'done:sequence_complete']);
  });
});
