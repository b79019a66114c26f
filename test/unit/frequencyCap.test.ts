import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_FREQUENCY_CAP, capViolations, earliestUnderCap, type FrequencyCap } from '../../src/domain/frequencyCap';

const MIN = 60_000;
const H = 3_600_000;
const DAY = 86_400_000;
const T0 = Date.parse('2026-03-02T10:00:00Z'); // a Monday
const CAP = DEFAULT_FREQUENCY_CAP;
const NO_GAP: FrequencyCap = { ...CAP, minGapMs: 0 };

describe('defaults', () => {
  test('3 messages per 7 days, 48 h apart', () => {
    assert.deepEqual({ ...CAP }, { maxMessages: 3, periodMs: 7 * DAY, minGapMs: 48 * H });
    assert.ok(Object.isFrozen(CAP));
  });
});

describe('earliestUnderCap', () => {
  test('no messages yet: now', () => {
    assert.deepEqual(earliestUnderCap([], T0, CAP), { at: T0 });
  });

  test('one message long ago: now, and no rule', () => {
    const r = earliestUnderCap([T0 - 30 * DAY], T0, CAP);
    assert.deepEqual(r, { at: T0 });
    assert.equal('rule' in r, false);
  });

  describe('minimum gap', () => {
    test('a message an hour ago: 48 h after it', () => {
      assert.deepEqual(earliestUnderCap([T0 - H], T0, CAP), { at: T0 + 47 * H, rule: 'minimum_gap' });
    });
    test('exactly 48 h after the latest is allowed; a millisecond less is not', () => {
      assert.deepEqual(earliestUnderCap([T0 - 48 * H], T0, CAP), { at: T0 });
      assert.deepEqual(earliestUnderCap([T0 - 48 * H + 1], T0, CAP), { at: T0 + 1, rule: 'minimum_gap' });
    });
    test('measured from the latest message, whatever the order given', () => {
      const sends = [T0 - 10 * DAY, T0 - 2 * H, T0 - 5 * DAY];
      assert.deepEqual(earliestUnderCap(sends, T0, CAP), { at: T0 + 46 * H, rule: 'minimum_gap' });
      assert.deepEqual(earliestUnderCap([...sends].reverse(), T0, CAP), { at: T0 + 46 * H, rule: 'minimum_gap' });
    });
    test('a message scheduled after `at` counts: the gap runs from it', () => {
      assert.deepEqual(earliestUnderCap([T0 + 5 * H], T0, CAP), { at: T0 + 53 * H, rule: 'minimum_gap' });
    });
    test('a message at the same instant', () => {
      assert.deepEqual(earliestUnderCap([T0], T0, CAP), { at: T0 + 48 * H, rule: 'minimum_gap' });
    });
    test('no gap configured', () => {
      assert.deepEqual(earliestUnderCap([T0 - MIN], T0, NO_GAP), { at: T0 });
    });
  });

  describe('frequency cap (rolling period)', () => {
    test('two in the period: a third is fine', () => {
      assert.deepEqual(earliestUnderCap([T0 - 6 * DAY, T0 - 3 * DAY], T0, CAP), { at: T0 });
    });
    test('three in the period: when the oldest leaves it', () => {
      const sends = [T0 - 6 * DAY, T0 - 4 * DAY, T0 - 2 * DAY];
      assert.deepEqual(earliestUnderCap(sends, T0, CAP), { at: T0 + DAY, rule: 'frequency_cap' });
    });
    test('the period is (t − 7 days, t]: a message exactly 7 days ago no longer counts', () => {
      assert.deepEqual(earliestUnderCap([T0 - 7 * DAY, T0 - 4 * DAY, T0 - 2 * DAY], T0, CAP), { at: T0 });
      assert.deepEqual(earliestUnderCap([T0 - 7 * DAY + 1, T0 - 4 * DAY, T0 - 2 * DAY], T0, CAP), { at: T0 + 1, rule: 'frequency_cap' });
    });
    test('across invoices and channels, the cap is per customer: timestamps are all that count', () => {
      // Invoice A by email on Monday, invoice B by SMS on Wednesday, invoice C by WhatsApp on Friday.
      const sends = [T0 - 7 * DAY + H, T0 - 5 * DAY, T0 - 3 * DAY];
      assert.deepEqual(earliestUnderCap(sends, T0, CAP), { at: T0 + H, rule: 'frequency_cap' });
    });
    test('far over the cap: enough of the oldest must leave the period', () => {
      const sends = [1, 2, 3, 4, 5].map((d) => T0 - d * DAY); // five in the last five days
      // Fewer than 3 once the three oldest (5, 4 and 3 days ago) have left: 4 days from now.
      assert.deepEqual(earliestUnderCap(sends, T0, NO_GAP), { at: T0 + 4 * DAY, rule: 'frequency_cap' });
    });
    test('moving later can bring scheduled messages into the period: keep going', () => {
      // Cap 2 per day, no gap: two sent in the last hour, one already scheduled for T0 + 23h.
      const cap: FrequencyCap = { maxMessages: 2, periodMs: DAY, minGapMs: 0 };
      const sends = [T0 - H, T0 - 30 * MIN, T0 + 23 * H];
      // T0 + 23h: the first has left the period, but the scheduled one has entered it; only when
      // the second leaves, at T0 + 23h30, is there room.
      assert.deepEqual(capViolations(sends, T0 + 23 * H, cap), ['frequency_cap']);
      assert.deepEqual(earliestUnderCap(sends, T0, cap), { at: T0 + 23 * H + 30 * MIN, rule: 'frequency_cap' });
    });
    test('a cap of one with no gap behaves like a gap of one period', () => {
      const cap: FrequencyCap = { maxMessages: 1, periodMs: 7 * DAY, minGapMs: 0 };
      assert.deepEqual(earliestUnderCap([T0 - DAY], T0, cap), { at: T0 + 6 * DAY, rule: 'frequency_cap' });
    });
    test('no cap: Infinity messages, or a zero period', () => {
      const many = Array.from({ length: 50 }, (_, i) => T0 - 50 * DAY + i * H);
      assert.deepEqual(earliestUnderCap(many, T0, { maxMessages: Infinity, periodMs: 7 * DAY, minGapMs: 0 }), { at: T0 });
      assert.deepEqual(earliestUnderCap([T0 - H, T0 - 2 * H, T0 - 3 * H], T0, { maxMessages: 1, periodMs: 0, minGapMs: 0 }), { at: T0 });
    });
  });

  describe('both rules', () => {
    test('the gap pushes first, then the cap pushes further', () => {
      // Three in six days, the latest 47 h ago: the gap allows T0 + 1h, the cap only T0 + 2 days.
      const sends = [T0 - 5 * DAY, T0 - 3 * DAY, T0 - 47 * H];
      assert.deepEqual(earliestUnderCap(sends, T0, CAP), { at: T0 + 2 * DAY, rule: 'frequency_cap' });
    });
    test('the cap pushes first, then the gap decides', () => {
      const cap: FrequencyCap = { maxMessages: 2, periodMs: 2 * DAY, minGapMs: 36 * H };
      // Two in the period; the older leaves at T0 + 1h, but the latest (T0 − 1h) needs 36 h.
      const sends = [T0 - 47 * H, T0 - H];
      assert.deepEqual(earliestUnderCap(sends, T0, cap), { at: T0 + 35 * H, rule: 'minimum_gap' });
    });
    test('duplicates count twice', () => {
      assert.deepEqual(earliestUnderCap([T0 - 3 * DAY, T0 - 3 * DAY, T0 - 3 * DAY], T0, CAP), { at: T0 + 4 * DAY, rule: 'frequency_cap' });
    });
    test('non-finite timestamps are ignored', () => {
      assert.deepEqual(earliestUnderCap([NaN, Infinity, -Infinity], T0, CAP), { at: T0 });
    });
    test('the input is not reordered', () => {
      const sends = [T0 - H, T0 - 3 * DAY, T0 - 2 * DAY];
      earliestUnderCap(sends, T0, CAP);
      assert.deepEqual(sends, [T0 - H, T0 - 3 * DAY, T0 - 2 * DAY]);
    });
  });

  test('an invalid cap is refused', () => {
    for (const cap of [
      { ...CAP, maxMessages: 0 },
      { ...CAP, maxMessages: -1 },
      { ...CAP, maxMessages: 2.5 },
      { ...CAP, maxMessages: NaN },
      { ...CAP, periodMs: -1 },
      { ...CAP, periodMs: Infinity },
      { ...CAP, minGapMs: -1 },
      { ...CAP, minGapMs: NaN },
    ]) {
      assert.throws(() => earliestUnderCap([], T0, cap), RangeError, JSON.stringify(cap));
    }
  });
});

describe('capViolations', () => {
  test('names every rule broken', () => {
    assert.deepEqual(capViolations([], T0, CAP), []);
    assert.deepEqual(capViolations([T0 - H], T0, CAP), ['minimum_gap']);
    assert.deepEqual(capViolations([T0 - 6 * DAY, T0 - 5 * DAY, T0 - 4 * DAY], T0, CAP), ['frequency_cap']);
    assert.deepEqual(capViolations([T0 - 6 * DAY, T0 - 5 * DAY, T0 - H], T0, CAP), ['frequency_cap', 'minimum_gap']);
  });
});

// ---- property ---------------------------------------------------------------------------------
// Whether a send at t is allowed changes only at a send (it enters the period, or starts a gap),
// at a send + period (it leaves the period) or at a send + gap. Checking `at`, every such point
// between `at` and the answer, and the instant just before the answer proves it is the earliest.

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('property: the answer is allowed and nothing earlier is', () => {
  const caps: FrequencyCap[] = [
    CAP,
    NO_GAP,
    { maxMessages: 1, periodMs: DAY, minGapMs: 0 },
    { maxMessages: 5, periodMs: 30 * DAY, minGapMs: 12 * H },
    { maxMessages: 2, periodMs: 3 * DAY, minGapMs: 4 * DAY }, // the gap longer than the period
    { maxMessages: Infinity, periodMs: DAY, minGapMs: 6 * H },
  ];
  for (const [i, cap] of caps.entries()) {
    test(`cap ${i}: ${JSON.stringify(cap)}`, () => {
      const next = random(1000 + i);
      for (let run = 0; run < 2000; run++) {
        const count = Math.floor(next() * 8);
        // Mostly in the past, some scheduled after `at`; whole minutes, so ties happen.
        const sends = Array.from({ length: count }, () => T0 + Math.round((next() * 24 - 20) * DAY / MIN) * MIN);
        const { at, rule } = earliestUnderCap(sends, T0, cap);
        const where = `sends ${JSON.stringify(sends.map((s) => (s - T0) / H))} h → ${(at - T0) / H} h`;
        assert.ok(at >= T0, where);
        assert.deepEqual(capViolations(sends, at, cap), [], where);
        assert.equal(rule === undefined, at === T0, where);
        if (at > T0) {
          const points = [T0, at - 1, ...sends.flatMap((s) => [s, s + cap.periodMs, s + cap.minGapMs, s + cap.periodMs - 1, s + cap.minGapMs - 1])];
          for (const p of points.filter((p) => p >= T0 && p < at)) {
            assert.notDeepEqual(capViolations(sends, p, cap), [], `${where}: ${(p - T0) / H} h was allowed`);
          }
          // The rule named is one that is broken just before the answer.
          assert.ok(capViolations(sends, at - 1, cap).includes(rule!), `${where}: ${rule}`);
        }
      }
    });
  }
});
