import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sendTime, type SendTimeFacts } from '../../src/domain/sendRules';
import { DEFAULT_FREQUENCY_CAP, capViolations } from '../../src/domain/frequencyCap';
import { DEFAULT_SEND_WINDOW, isInsideWindow, parseWindow, spreadMs, type SendWindow } from '../../src/domain/quietHours';
import { instantOf } from '../../src/domain/zonedTime';

const MIN = 60_000;
const H = 3_600_000;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
function local(zone: string, text: string): number {
  const [date, time] = text.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return instantOf({ year, month, day, hour, minute, second: 0, millisecond: 0 }, zone);
}
const win = (text: string, extra: Partial<SendWindow> = {}): SendWindow => ({ ...parseWindow(text)!, skipWeekends: false, holidays: [], ...extra });
const PARIS = 'Europe/Paris';
const facts = (over: Partial<SendTimeFacts> = {}): SendTimeFacts => ({
  zones: [PARIS],
  window: DEFAULT_SEND_WINDOW,
  cap: DEFAULT_FREQUENCY_CAP,
  sentAt: [],
  spreadKey: 'inv_1:2',
  spreadMaxMs: 30 * MIN,
  ...over,
});
const SPREAD = spreadMs('inv_1:2', 30 * MIN);

describe('send now', () => {
  test('inside the window with nothing sent: send at the input time', () => {
    const at = local(PARIS, '2026-06-10T14:00') + 1234;
    assert.deepEqual(sendTime(at, facts()), { decision: 'send', at });
  });
  test('exactly 08:00 is sent, not spread', () => {
    const at = local(PARIS, '2026-06-10T08:00');
    assert.deepEqual(sendTime(at, facts()), { decision: 'send', at });
  });
});

describe('quiet hours alone', () => {
  test('21:30 → next morning 08:00 plus the spread', () => {
    assert.ok(SPREAD > 0 && SPREAD < 30 * MIN);
    const r = sendTime(local(PARIS, '2026-06-10T21:30'), facts());
    assert.equal(r.decision, 'defer');
    assert.ok(r.decision === 'defer');
    assert.equal(r.at, local(PARIS, '2026-06-11T08:00') + SPREAD);
    assert.deepEqual(r.rules, ['quiet_hours']);
    assert.match(r.reason, /^Deferred by quiet hours \(sends only 08:00–21:00 local time in Europe\/Paris\); it will go at Thu 2026-06-11 08:\d\d Europe\/Paris\.$/);
  });
  test('without a spread: exactly 08:00', () => {
    const r = sendTime(local(PARIS, '2026-06-10T21:30'), facts({ spreadMaxMs: 0 }));
    assert.ok(r.decision === 'defer');
    assert.equal(r.at, local(PARIS, '2026-06-11T08:00'));
    assert.match(r.reason, /it will go at Thu 2026-06-11 08:00 Europe\/Paris\.$/);
  });
  test('the spread depends on the key, deterministically', () => {
    const a = sendTime(local(PARIS, '2026-06-10T21:30'), facts({ spreadKey: 'inv_1:2' }));
    const b = sendTime(local(PARIS, '2026-06-10T21:30'), facts({ spreadKey: 'inv_2:2' }));
    assert.ok(a.decision === 'defer' && b.decision === 'defer');
    assert.notEqual(a.at, b.at);
    assert.deepEqual(sendTime(local(PARIS, '2026-06-10T21:30'), facts({ spreadKey: 'inv_1:2' })), a);
  });
  test('the reason names every zone and its local time, and the weekend and holiday rules', () => {
    const r = sendTime(
      Date.parse('2026-03-06T22:00:00Z'), // Friday
      facts({ zones: ['Europe/London', 'America/New_York'], window: win('09:00-17:00', { skipWeekends: true, holidays: ['2026-03-09'] }), spreadMaxMs: 0 }),
    );
    assert.ok(r.decision === 'defer');
    assert.equal(iso(r.at), '2026-03-10T13:00:00.000Z'); // Tuesday 09:00 New York (EDT since Sunday), 13:00 London
    assert.equal(
      r.reason,
      'Deferred by quiet hours (sends only 09:00–17:00 local time in Europe/London, America/New_York, not on weekends or holidays); ' +
        'it will go at Tue 2026-03-10 13:00 Europe/London / Tue 2026-03-10 09:00 America/New_York.',
    );
  });
});

describe('spread never leaves the window', () => {
  test('a window shorter than the spread: scaled into it', () => {
    const window = win('08:00-08:10');
    for (let i = 0; i < 300; i++) {
      const r = sendTime(local(PARIS, '2026-06-10T21:30'), facts({ window, spreadKey: `inv_${i}:1`, spreadMaxMs: H }));
      assert.ok(r.decision === 'defer');
      assert.ok(r.at >= local(PARIS, '2026-06-11T08:00') && r.at < local(PARIS, '2026-06-11T08:10'), iso(r.at));
      assert.ok(isInsideWindow(r.at, [PARIS], window));
    }
  });
  test('a narrow overlap of several zones', () => {
    // Los Angeles opens at 08:00 PST = 16:00Z; London closes at 17:00Z: an hour of overlap.
    const zones = ['Europe/London', 'America/Los_Angeles'];
    const window = win('08:00-17:00');
    const starts = new Set<number>();
    for (let i = 0; i < 300; i++) {
      const r = sendTime(Date.parse('2026-01-14T18:00:00Z'), facts({ zones, window, spreadKey: `k${i}`, spreadMaxMs: 3 * H }));
      assert.ok(r.decision === 'defer');
      assert.ok(r.at >= Date.parse('2026-01-15T16:00:00Z') && r.at < Date.parse('2026-01-15T17:00:00Z'), iso(r.at));
      starts.add(Math.floor((r.at - Date.parse('2026-01-15T16:00:00Z')) / (10 * MIN)));
    }
    assert.equal(starts.size, 6, 'spread over the whole hour');
  });
  test('a spread that is short enough is kept as is', () => {
    const r = sendTime(local(PARIS, '2026-06-10T06:00'), facts());
    assert.ok(r.decision === 'defer');
    assert.equal(r.at, local(PARIS, '2026-06-10T08:00') + SPREAD);
  });
});

describe('frequency cap and minimum gap', () => {
  test('the gap alone, inside the window: no spread', () => {
    const at = local(PARIS, '2026-06-10T14:00');
    const r = sendTime(at, facts({ sentAt: [at - 47 * H] }));
    assert.ok(r.decision === 'defer');
    assert.equal(r.at, at + H);
    assert.deepEqual(r.rules, ['minimum_gap']);
    assert.equal(r.reason, 'Deferred by the minimum gap (2 days after the previous message); it will go at Wed 2026-06-10 15:00 Europe/Paris.');
  });
  test('the cap alone, inside the window', () => {
    const at = local(PARIS, '2026-06-10T14:00');
    const r = sendTime(at, facts({ sentAt: [at - 7 * DAY + 30 * MIN, at - 5 * DAY, at - 3 * DAY] }));
    assert.ok(r.decision === 'defer');
    assert.equal(r.at, at + 30 * MIN);
    assert.deepEqual(r.rules, ['frequency_cap']);
    assert.match(r.reason, /^Deferred by the frequency cap \(at most 3 automated messages per 7 days\); it will go at Wed 2026-06-10 14:30 Europe\/Paris\.$/);
  });
  test('the gap pushes into quiet hours: on to the next morning', () => {
    // Last message Monday 21:30 (sent by hand); the gap ends Wednesday 21:30, after the window.
    const monday = local(PARIS, '2026-06-08T21:30');
    const r = sendTime(local(PARIS, '2026-06-10T10:00'), facts({ sentAt: [monday] }));
    assert.ok(r.decision === 'defer');
    assert.equal(r.at, local(PARIS, '2026-06-11T08:00') + SPREAD);
    assert.deepEqual(r.rules, ['quiet_hours', 'minimum_gap']);
    assert.match(r.reason, /^Deferred by quiet hours \(.*\) and the minimum gap \(2 days after the previous message\); it will go at Thu 2026-06-11 08:\d\d Europe\/Paris\.$/);
  });
  test('quiet hours push to a morning still under the cap: on to when the cap allows', () => {
    // 22:00 Tuesday; the oldest of three messages leaves the 7-day period Wednesday 09:00.
    const wed9 = local(PARIS, '2026-06-10T09:00');
    const sentAt = [wed9 - 7 * DAY, wed9 - 6 * DAY, wed9 - 5 * DAY];
    const r = sendTime(local(PARIS, '2026-06-09T22:00'), facts({ sentAt, spreadMaxMs: 0 }));
    assert.ok(r.decision === 'defer');
    assert.equal(r.at, wed9);
    assert.deepEqual(r.rules, ['quiet_hours', 'frequency_cap']);
    assert.match(r.reason, /quiet hours .* and the frequency cap/);
  });
  test('all three rules, named in a fixed order', () => {
    const at = local(PARIS, '2026-06-10T20:00');
    // Three in the period (the oldest leaves at 20:30) and the latest 47h ago (gap ends 21:00): tomorrow.
    const sentAt = [at - 7 * DAY + 30 * MIN, at - 4 * DAY, at - 47 * H];
    const r = sendTime(at, facts({ sentAt, spreadMaxMs: 0 }));
    assert.ok(r.decision === 'defer');
    assert.equal(r.at, local(PARIS, '2026-06-11T08:00'));
    assert.deepEqual(r.rules, ['quiet_hours', 'frequency_cap', 'minimum_gap']);
    assert.match(r.reason, /^Deferred by quiet hours \(.*\), the frequency cap \(.*\) and the minimum gap \(.*\); it will go at /);
  });
  test('a scheduled message later today pushes past it, then past quiet hours', () => {
    const at = local(PARIS, '2026-06-10T10:00');
    const r = sendTime(at, facts({ sentAt: [local(PARIS, '2026-06-10T20:00')], spreadMaxMs: 0 }));
    assert.ok(r.decision === 'defer');
    assert.equal(r.at, local(PARIS, '2026-06-12T20:00')); // 48 h after it, still inside the window
  });
});

describe('suppress', () => {
  test('zones whose windows never overlap', () => {
    const r = sendTime(Date.parse('2026-01-14T12:00:00Z'), facts({ zones: ['Pacific/Kiritimati', 'America/Los_Angeles'], window: win('09:00-10:00') }));
    assert.deepEqual(r, {
      decision: 'suppress',
      rule: 'no_common_window',
      reason: 'No time in the next 14 days is inside the send window (09:00–10:00) in all of Pacific/Kiritimati, America/Los_Angeles at once, so the message is not sent.',
    });
  });
  test('many zones are summarised', () => {
    const zones = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Paris', 'Asia/Tokyo', 'Africa/Lagos'];
    const r = sendTime(Date.parse('2026-01-14T12:00:00Z'), facts({ zones, window: win('09:00-10:00') }));
    assert.ok(r.decision === 'suppress');
    assert.match(r.reason, /in all of Pacific\/Kiritimati, America\/Los_Angeles, Europe\/Paris and 2 more at once/);
  });
});

// ---- property ---------------------------------------------------------------------------------
// Without a spread the answer is the earliest instant that is inside the window and under the
// cap. That instant is `at`, a window start, or where a send leaves the period or its gap ends;
// none of those before the answer may qualify.

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('property: earliest instant inside the window and under the cap', () => {
  const setups: Array<[string, string, SendWindow]> = [
    ['Europe/Paris', PARIS, DEFAULT_SEND_WINDOW],
    ['America/New_York, weekdays 09–17', 'America/New_York', win('09:00-17:00', { skipWeekends: true })],
    ['Asia/Kathmandu', 'Asia/Kathmandu', win('08:30-20:00')],
  ];
  for (const [name, zone, window] of setups) {
    test(name, () => {
      const next = random(name.length);
      const base = Date.parse('2026-03-01T00:00:00Z');
      for (let run = 0; run < 300; run++) {
        const at = base + Math.round((next() * 250 * DAY) / MIN) * MIN;
        const sentAt = Array.from({ length: Math.floor(next() * 5) }, () => at + Math.round(((next() * 10 - 8) * DAY) / MIN) * MIN);
        const f = facts({ zones: [zone], window, sentAt, spreadMaxMs: 0 });
        const r = sendTime(at, f);
        assert.notEqual(r.decision, 'suppress');
        if (r.decision === 'suppress') continue;
        const ok = (t: number) => isInsideWindow(t, [zone], window) && capViolations(sentAt, t, f.cap).length === 0;
        const where = `${iso(at)} with ${sentAt.map(iso).join(', ')} → ${iso(r.at)}`;
        assert.ok(ok(r.at), where);
        assert.equal(r.decision === 'send', r.at === at, where);
        const windowStarts = Array.from({ length: 30 }, (_, d) => {
          const day = new Date(at + (d - 1) * DAY).toISOString().slice(0, 10);
          return local(zone, `${day}T${String(Math.floor(window.startSec / 3600)).padStart(2, '0')}:${String((window.startSec % 3600) / 60).padStart(2, '0')}`);
        });
        const candidates = [at, ...windowStarts, ...sentAt.flatMap((s) => [s + f.cap.periodMs, s + f.cap.minGapMs])];
        for (const c of candidates.filter((c) => c >= at && c < r.at)) assert.equal(ok(c), false, `${where}: ${iso(c)} qualified`);

        // With a spread: the same instant or later, but still inside the window and under the cap.
        const spread = sendTime(at, { ...f, spreadMaxMs: 45 * MIN, spreadKey: `run${run}` });
        assert.ok(spread.decision !== 'suppress' && spread.at >= r.at && spread.at < r.at + 45 * MIN && ok(spread.at), where);
        if (r.decision === 'defer' && !r.rules.includes('quiet_hours')) assert.equal(spread.at, r.at, `${where}: spread without quiet hours`);
      }
    });
  }
});
