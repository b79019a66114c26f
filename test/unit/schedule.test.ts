import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DATE_ONLY_DUE_HOUR, resolveDueDate, stepInstant } from '../../src/domain/schedule';
import { addDays, instantOf, isValidTimeZone, wallTimeAt, zoneOffsetMs, type WallTime } from '../../src/domain/zonedTime';

const H = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const wall = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): WallTime => ({
  year,
  month,
  day,
  hour,
  minute,
  second,
  millisecond,
});

describe('resolveDueDate: date only means 10:00 local', () => {
  test('DATE_ONLY_DUE_HOUR is 10', () => assert.equal(DATE_ONLY_DUE_HOUR, 10));

  const cases: Array<[string, string, string]> = [
    ['2026-12-01', 'Europe/Paris', '2026-12-01T09:00:00.000Z'], // CET +1
    ['2026-07-01', 'Europe/Paris', '2026-07-01T08:00:00.000Z'], // CEST +2
    ['2026-12-01', 'America/New_York', '2026-12-01T15:00:00.000Z'], // EST -5
    ['2026-07-01', 'America/New_York', '2026-07-01T14:00:00.000Z'], // EDT -4
    ['2026-12-01', 'UTC', '2026-12-01T10:00:00.000Z'],
    ['2026-12-01', 'Asia/Kolkata', '2026-12-01T04:30:00.000Z'], // +5:30
    ['2026-12-01', 'Australia/Sydney', '2026-11-30T23:00:00.000Z'], // AEDT +11: previous UTC day
    ['2026-12-01', 'Pacific/Kiritimati', '2026-11-30T20:00:00.000Z'], // +14
    ['2026-12-01', 'Pacific/Apia', '2026-11-30T21:00:00.000Z'], // +13
    ['2026-12-01', 'Pacific/Pago_Pago', '2026-12-01T21:00:00.000Z'], // -11
    ['2026-03-08', 'America/New_York', '2026-03-08T14:00:00.000Z'], // DST starts at 02:00 that day
    ['2026-03-08', 'America/Anchorage', '2026-03-08T18:00:00.000Z'], // DST day; 10:00 AKDT (-8)
    ['2026-03-08', 'America/Los_Angeles', '2026-03-08T17:00:00.000Z'], // DST day; 10:00 PDT (-7)
    ['2026-11-01', 'America/New_York', '2026-11-01T15:00:00.000Z'], // DST ends at 02:00 that day
    ['2028-02-29', 'UTC', '2028-02-29T10:00:00.000Z'], // leap day
  ];
  for (const [input, zone, expected] of cases) {
    test(`${input} in ${zone} → ${expected}`, () => {
      assert.equal(iso(resolveDueDate(input, zone)), expected);
      assert.deepEqual(wallTimeAt(resolveDueDate(input, zone)!, zone), {
        ...wall(...(input.split('-').map(Number) as [number, number, number])),
        hour: 10,
      });
    });
  }
});

describe('resolveDueDate: local date-time is read in the zone', () => {
  const cases: Array<[string, string, string]> = [
    ['2026-12-01T09:00', 'Europe/Paris', '2026-12-01T08:00:00.000Z'],
    ['2026-12-01T09:00:30', 'Europe/Paris', '2026-12-01T08:00:30.000Z'],
    ['2026-12-01T09:00:30.5', 'Europe/Paris', '2026-12-01T08:00:30.500Z'],
    ['2026-12-01T09:00:30.25', 'Europe/Paris', '2026-12-01T08:00:30.250Z'],
    ['2026-12-01T09:00:30.123', 'Europe/Paris', '2026-12-01T08:00:30.123Z'],
    ['2026-12-01T00:00', 'UTC', '2026-12-01T00:00:00.000Z'],
    ['2026-12-01T23:59:59', 'UTC', '2026-12-01T23:59:59.000Z'],
    ['2026-07-01T23:30', 'America/New_York', '2026-07-02T03:30:00.000Z'],
    ['2026-12-01T08:00', 'Pacific/Kiritimati', '2026-11-30T18:00:00.000Z'],
    ['2026-03-29T02:30', 'Europe/Paris', '2026-03-29T01:30:00.000Z'], // DST gap → 03:30 CEST
    ['2026-10-25T02:30', 'Europe/Paris', '2026-10-25T00:30:00.000Z'], // overlap → first occurrence
    ['2026-03-08T03:30', 'America/New_York', '2026-03-08T07:30:00.000Z'], // just after the gap
  ];
  for (const [input, zone, expected] of cases) {
    test(`${input} in ${zone} → ${expected}`, () => assert.equal(iso(resolveDueDate(input, zone)), expected));
  }
});

describe('resolveDueDate: Z or an offset is taken as given', () => {
  const cases: Array<[string, string]> = [
    ['2026-12-01T09:00:00Z', '2026-12-01T09:00:00.000Z'],
    ['2026-12-01T09:00Z', '2026-12-01T09:00:00.000Z'],
    ['2026-12-01T09:00:00+02:00', '2026-12-01T07:00:00.000Z'],
    ['2026-12-01T09:00-05:00', '2026-12-01T14:00:00.000Z'],
    ['2026-12-01T09:00:00.250+00:00', '2026-12-01T09:00:00.250Z'],
    ['2026-12-01T09:00:00.123456789Z', '2026-12-01T09:00:00.123Z'],
    ['2026-12-01T01:00:00+14:00', '2026-11-30T11:00:00.000Z'],
  ];
  for (const [input, expected] of cases) {
    test(`${input} → ${expected} whatever the zone`, () => {
      for (const zone of ['UTC', 'Europe/Paris', 'America/New_York', 'Pacific/Kiritimati']) {
        assert.equal(iso(resolveDueDate(input, zone)), expected, zone);
      }
    });
  }
});

describe('resolveDueDate: invalid input → undefined', () => {
  const cases = [
    '2026-02-30',
    '2026-02-29', // 2026 is not a leap year
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-12-00',
    'garbage',
    '',
    '2026-12-1',
    '20261201',
    '2026/12/01',
    ' 2026-12-01',
    '2026-12-01 09:00',
    '2026-12-01T09',
    '2026-12-01T24:00',
    '2026-12-01T09:60',
    '2026-12-01T09:00:60',
    '2026-12-01T09:00:00.1234',
    '2026-02-30T09:00',
    '2026-02-30T09:00:00Z', // Date.parse alone would roll this over to March 2
    '2026-04-31T09:00:00+02:00',
    '2026-12-01T24:00Z', // Date.parse alone would read this as the next midnight
    '2026-12-01T09:60Z',
    '2026-12-01T09:00:00+14:60',
    '2026-12-01T09:00:00+0200',
    '2026-12-01T09:00:00z',
  ];
  for (const input of cases) {
    test(JSON.stringify(input), () => assert.equal(resolveDueDate(input, 'Europe/Paris'), undefined));
  }
});

describe('stepInstant', () => {
  const paris = 'Europe/Paris';
  const ny = 'America/New_York';
  const sydney = 'Australia/Sydney';

  const cases: Array<[string, string, string, string, string]> = [
    // [zone, due date, offset, expected instant, why]
    [paris, '2026-03-30', 'PT0S', '2026-03-30T08:00:00.000Z', 'PT0S is the due instant itself'],
    [paris, '2026-03-30', '-PT0S', '2026-03-30T08:00:00.000Z', 'negative zero too'],
    [paris, '2026-03-30', 'P0D', '2026-03-30T08:00:00.000Z', 'zero days too'],
    [paris, '2026-03-30', '-P1D', '2026-03-29T08:00:00.000Z', '10:00 CEST on the day DST starts'],
    [paris, '2026-03-30', '-P2D', '2026-03-28T09:00:00.000Z', '10:00 CET before the change: 47 h earlier'],
    [paris, '2026-03-30', '-PT48H', '2026-03-28T08:00:00.000Z', 'hours are exact: 09:00 CET'],
    [paris, '2026-03-28', 'P1D', '2026-03-29T08:00:00.000Z', 'a 23-hour day'],
    [paris, '2026-03-28', 'P1DT2H', '2026-03-29T10:00:00.000Z', 'days then exact hours'],
    [paris, '2026-03-30', '-P1DT2H', '2026-03-29T06:00:00.000Z', 'both parts negative'],
    [paris, '2026-10-24', 'P1D', '2026-10-25T09:00:00.000Z', 'a 25-hour day'],
    [paris, '2026-10-24', 'PT24H', '2026-10-25T08:00:00.000Z', '24 h later is 09:00 CET'],
    [paris, '2026-12-01', 'PT30S', '2026-12-01T09:00:30.000Z', 'seconds'],
    [paris, '2026-12-01', 'PT1.5S', '2026-12-01T09:00:01.500Z', 'fractional seconds'],
    [paris, '2026-12-01', '-PT10S', '2026-12-01T08:59:50.000Z', 'negative seconds'],
    [paris, '2026-12-01', 'PT90M', '2026-12-01T10:30:00.000Z', 'minutes'],
    [ny, '2026-11-02', '-P1D', '2026-11-01T15:00:00.000Z', '10:00 EST on the day DST ends'],
    [ny, '2026-11-02', '-P2D', '2026-10-31T14:00:00.000Z', '10:00 EDT: 49 h earlier'],
    [ny, '2026-11-02', '-PT48H', '2026-10-31T15:00:00.000Z', 'hours are exact: 11:00 EDT'],
    [ny, '2026-10-28', 'P7D', '2026-11-04T15:00:00.000Z', 'a week across the change'],
    [ny, '2026-10-28', 'P1W', '2026-11-04T15:00:00.000Z', 'P1W equals P7D'],
    [ny, '2026-03-07', 'P1D', '2026-03-08T14:00:00.000Z', '10:00 EDT on the day DST starts'],
    [sydney, '2026-10-05', '-P1D', '2026-10-03T23:00:00.000Z', '10:00 AEDT on the day DST starts'],
    [sydney, '2026-10-05', '-P2D', '2026-10-03T00:00:00.000Z', '10:00 AEST the day before'],
    [sydney, '2026-04-05', '-P1D', '2026-04-03T23:00:00.000Z', '10:00 AEDT before DST ends: 25 h earlier'],
    [sydney, '2026-04-05', 'P3D', '2026-04-08T00:00:00.000Z', '10:00 AEST'],
    ['Pacific/Kiritimati', '2026-12-01', '-P1D', '2026-11-29T20:00:00.000Z', 'local calendar day, not the UTC one'],
    ['Pacific/Kiritimati', '2026-12-01', 'P3D', '2026-12-03T20:00:00.000Z', 'local calendar day, not the UTC one'],
    ['Pacific/Apia', '2026-01-01', '-P1D', '2025-12-30T21:00:00.000Z', 'across a year end at +13'],
    ['UTC', '2026-03-01', '-P1D', '2026-02-28T10:00:00.000Z', 'across a month end'],
    ['UTC', '2028-03-01', '-P1D', '2028-02-29T10:00:00.000Z', 'into a leap day'],
    ['UTC', '2026-12-31', 'P1D', '2027-01-01T10:00:00.000Z', 'across a year end'],
    ['UTC', '2026-12-01', 'P14D', '2026-12-15T10:00:00.000Z', 'two weeks'],
  ];
  for (const [zone, due, offset, expected, why] of cases) {
    test(`${zone} ${due} ${offset} → ${expected} (${why})`, () => {
      const dueAt = resolveDueDate(due, zone)!;
      assert.equal(iso(stepInstant(dueAt, offset, zone)), expected);
    });
  }

  test('keeps the milliseconds of the due instant across a day step', () => {
    const dueAt = resolveDueDate('2026-03-30T10:00:00.250', paris)!;
    assert.equal(iso(stepInstant(dueAt, '-P1D', paris)), '2026-03-29T08:00:00.250Z');
  });

  test('a day step that lands in a DST gap moves past the jump', () => {
    const dueAt = resolveDueDate('2026-03-30T02:30', paris)!; // 02:30 CEST
    assert.equal(iso(stepInstant(dueAt, '-P1D', paris)), '2026-03-29T01:30:00.000Z'); // 03:30 CEST
  });

  test('an invalid offset throws', () => {
    assert.throws(() => stepInstant(at('2026-12-01T09:00:00Z'), 'P1M', paris), { message: 'invalid offset P1M' });
    assert.throws(() => stepInstant(at('2026-12-01T09:00:00Z'), '', paris), { message: 'invalid offset ' });
  });
});

describe('zonedTime: wallTimeAt', () => {
  const cases: Array<[string, string, WallTime]> = [
    ['2026-12-01T09:00:00.000Z', 'Europe/Paris', wall(2026, 12, 1, 10)],
    ['2026-07-01T08:00:00.000Z', 'Europe/Paris', wall(2026, 7, 1, 10)],
    ['2026-01-01T00:00:00.000Z', 'UTC', wall(2026, 1, 1, 0)], // midnight is hour 0, never 24
    ['2026-01-01T04:59:59.999Z', 'America/New_York', wall(2025, 12, 31, 23, 59, 59, 999)],
    ['2026-12-01T04:30:00.123Z', 'Asia/Kolkata', wall(2026, 12, 1, 10, 0, 0, 123)],
    ['2026-11-30T20:00:00.000Z', 'Pacific/Kiritimati', wall(2026, 12, 1, 10)],
    ['2026-03-29T01:00:00.000Z', 'Europe/Paris', wall(2026, 3, 29, 3)], // first instant of CEST
    ['2026-03-29T00:59:59.999Z', 'Europe/Paris', wall(2026, 3, 29, 1, 59, 59, 999)],
    ['1969-12-31T23:59:59.999Z', 'UTC', wall(1969, 12, 31, 23, 59, 59, 999)], // negative epoch
  ];
  for (const [instant, zone, expected] of cases) {
    test(`${instant} in ${zone}`, () => assert.deepEqual(wallTimeAt(at(instant), zone), expected));
  }
});

describe('zonedTime: instantOf', () => {
  const cases: Array<[string, WallTime, string, string]> = [
    ['Europe/Paris', wall(2026, 12, 1, 10), '2026-12-01T09:00:00.000Z', 'winter'],
    ['Europe/Paris', wall(2026, 3, 29, 2, 30), '2026-03-29T01:30:00.000Z', 'DST gap → 03:30 local'],
    ['Europe/Paris', wall(2026, 3, 29, 2, 0), '2026-03-29T01:00:00.000Z', 'start of the gap → 03:00 local'],
    ['Europe/Paris', wall(2026, 3, 29, 1, 59), '2026-03-29T00:59:00.000Z', 'just before the gap'],
    ['Europe/Paris', wall(2026, 3, 29, 3, 0), '2026-03-29T01:00:00.000Z', 'just after the gap'],
    ['Europe/Paris', wall(2026, 10, 25, 2, 30), '2026-10-25T00:30:00.000Z', 'overlap → first occurrence'],
    ['Europe/Paris', wall(2026, 10, 25, 1, 30), '2026-10-24T23:30:00.000Z', 'before the overlap, CEST'],
    ['Europe/Paris', wall(2026, 10, 25, 3, 0), '2026-10-25T02:00:00.000Z', 'after the overlap, CET'],
    ['America/New_York', wall(2026, 3, 8, 2, 30), '2026-03-08T07:30:00.000Z', 'DST gap → 03:30 EDT'],
    ['America/New_York', wall(2026, 3, 8, 3, 30), '2026-03-08T07:30:00.000Z', 'just after the gap'],
    ['America/New_York', wall(2026, 3, 8, 6, 0), '2026-03-08T10:00:00.000Z', 'hours after the gap'],
    ['America/New_York', wall(2026, 3, 8, 1, 59), '2026-03-08T06:59:00.000Z', 'just before the gap'],
    ['America/New_York', wall(2026, 11, 1, 1, 30), '2026-11-01T05:30:00.000Z', 'overlap → first occurrence (EDT)'],
    ['America/New_York', wall(2026, 11, 1, 0, 30), '2026-11-01T04:30:00.000Z', 'before the overlap'],
    ['America/New_York', wall(2026, 11, 1, 2, 30), '2026-11-01T07:30:00.000Z', 'after the overlap'],
    ['Australia/Sydney', wall(2026, 10, 4, 2, 30), '2026-10-03T16:30:00.000Z', 'DST gap → 03:30 AEDT'],
    ['Australia/Sydney', wall(2026, 4, 5, 2, 30), '2026-04-04T15:30:00.000Z', 'overlap → first occurrence (AEDT)'],
    ['Australia/Sydney', wall(2026, 4, 4, 20, 0), '2026-04-04T09:00:00.000Z', 'evening before DST ends'],
    ['Australia/Lord_Howe', wall(2026, 4, 5, 1, 45), '2026-04-04T14:45:00.000Z', '30-minute overlap → first occurrence'],
    ['Pacific/Apia', wall(2011, 12, 30, 10), '2011-12-30T20:00:00.000Z', 'the skipped day → 2011-12-31 10:00'],
    ['Pacific/Apia', wall(2011, 12, 29, 10), '2011-12-29T20:00:00.000Z', 'the day before the skip, at -10'],
    ['Pacific/Kiritimati', wall(2026, 1, 1, 0), '2025-12-31T10:00:00.000Z', 'new year at +14'],
  ];
  for (const [zone, w, expected, why] of cases) {
    test(`${zone} ${JSON.stringify(w)} → ${expected} (${why})`, () => assert.equal(iso(instantOf(w, zone)), expected));
  }

  test('the overlap really has two occurrences; the first is returned', () => {
    assert.deepEqual(wallTimeAt(at('2026-10-25T00:30:00Z'), 'Europe/Paris'), wall(2026, 10, 25, 2, 30));
    assert.deepEqual(wallTimeAt(at('2026-10-25T01:30:00Z'), 'Europe/Paris'), wall(2026, 10, 25, 2, 30));
  });

  test('keeps milliseconds', () => {
    assert.equal(iso(instantOf(wall(2026, 12, 1, 10, 0, 0, 999), 'Europe/Paris')), '2026-12-01T09:00:00.999Z');
  });

  test('round-trips every quarter hour around the 2026 DST changes', () => {
    const windows: Array<[string, string[]]> = [
      ['Europe/Paris', ['2026-03-27', '2026-10-23']],
      ['America/New_York', ['2026-03-06', '2026-10-30']],
      ['America/Anchorage', ['2026-03-06', '2026-10-30']],
      ['Australia/Sydney', ['2026-04-02', '2026-10-01']],
      ['America/Santiago', ['2026-04-03', '2026-09-04']],
    ];
    for (const [zone, starts] of windows) {
      for (const start of starts) {
        const from = at(`${start}T00:00:00Z`);
        for (let t = from; t < from + 5 * 24 * H; t += H / 4) {
          const w = wallTimeAt(t, zone);
          const back = instantOf(w, zone);
          const where = `${zone} ${new Date(t).toISOString()}`;
          assert.deepEqual(wallTimeAt(back, zone), w, where);
          // Exact, or the first occurrence of a repeated wall time (one hour earlier).
          assert.ok(back === t || back === t - H, where);
        }
      }
    }
  });
});

describe('zonedTime: zoneOffsetMs and isValidTimeZone', () => {
  test('offsets', () => {
    assert.equal(zoneOffsetMs(at('2026-12-01T00:00:00Z'), 'Europe/Paris'), H);
    assert.equal(zoneOffsetMs(at('2026-07-01T00:00:00Z'), 'Europe/Paris'), 2 * H);
    assert.equal(zoneOffsetMs(at('2026-12-01T00:00:00Z'), 'America/New_York'), -5 * H);
    assert.equal(zoneOffsetMs(at('2026-12-01T00:00:00Z'), 'Asia/Kolkata'), 5.5 * H);
    assert.equal(zoneOffsetMs(at('2026-12-01T00:00:00Z'), 'Pacific/Kiritimati'), 14 * H);
    assert.equal(zoneOffsetMs(at('2026-12-01T00:00:00.500Z'), 'UTC'), 0);
  });

  test('isValidTimeZone', () => {
    for (const tz of ['UTC', 'Europe/Paris', 'America/New_York', 'Pacific/Apia']) assert.equal(isValidTimeZone(tz), true, tz);
    for (const tz of ['Mars/Olympus', '', 'Europe/Pariss', 'GMT+25']) assert.equal(isValidTimeZone(tz), false, tz);
  });
});

describe('zonedTime: addDays', () => {
  const cases: Array<[WallTime, number, WallTime]> = [
    [wall(2026, 1, 31, 10), 1, wall(2026, 2, 1, 10)],
    [wall(2026, 2, 28, 10), 1, wall(2026, 3, 1, 10)],
    [wall(2028, 2, 28, 10), 1, wall(2028, 2, 29, 10)],
    [wall(2026, 3, 1, 10), -1, wall(2026, 2, 28, 10)],
    [wall(2026, 12, 31, 23, 59, 59, 999), 1, wall(2027, 1, 1, 23, 59, 59, 999)],
    [wall(2026, 1, 1, 0, 0, 0, 1), -1, wall(2025, 12, 31, 0, 0, 0, 1)],
    [wall(2026, 12, 1, 10), 14, wall(2026, 12, 15, 10)],
    [wall(2026, 12, 25, 10), 14, wall(2027, 1, 8, 10)],
    [wall(2026, 1, 1, 10), 365, wall(2027, 1, 1, 10)],
    [wall(2026, 6, 15, 8, 30, 15, 250), 0, wall(2026, 6, 15, 8, 30, 15, 250)],
  ];
  for (const [from, days, expected] of cases) {
    test(`${from.year}-${from.month}-${from.day} ${days >= 0 ? '+' : ''}${days} days`, () => {
      const before = { ...from };
      assert.deepEqual(addDays(from, days), expected);
      assert.deepEqual(from, before, 'input not modified');
    });
  }
});
