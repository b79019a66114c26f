import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_SEND_WINDOW,
  SEARCH_HORIZON_MS,
  allowedUntil,
  customerZones,
  isInsideWindow,
  nextAllowedInstant,
  parseWindow,
  spreadMs,
  type SendWindow,
} from '../../src/domain/quietHours';
import { PHONE_ZONE_TABLE, zonesForPhone } from '../../src/domain/phoneZones';
import { instantOf, isValidTimeZone, wallTimeAt, zoneOffsetMs } from '../../src/domain/zonedTime';

const MIN = 60_000;
const H = 3_600_000;
const DAY = 86_400_000;
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const Z = (text: string) => Date.parse(text);
/** The instant a zone shows local "YYYY-MM-DDTHH:MM[:SS]" (first occurrence). */
function local(zone: string, text: string): number {
  const [date, time] = text.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute, second = 0] = time.split(':').map(Number) as [number, number, number?];
  return instantOf({ year, month, day, hour, minute, second, millisecond: 0 }, zone);
}
/** "YYYY-MM-DD HH:MM" as the zone shows `at`. */
function shown(at: number | undefined, zone: string): string | undefined {
  if (at === undefined) return undefined;
  const w = wallTimeAt(at, zone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${p(w.month)}-${p(w.day)} ${p(w.hour)}:${p(w.minute)}${w.second ? `:${p(w.second)}` : ''}`;
}
const win = (start: string, end: string, extra: Partial<SendWindow> = {}): SendWindow => ({
  ...parseWindow(`${start}-${end}`)!,
  skipWeekends: false,
  holidays: [],
  ...extra,
});
const W = DEFAULT_SEND_WINDOW;

const NANP_ALL = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Halifax',
  'America/St_Johns',
];

describe('parseWindow', () => {
  const ok: Array<[string, number, number]> = [
    ['08:00-21:00', 8 * 3600, 21 * 3600],
    ['08:00:00-21:00:00', 8 * 3600, 21 * 3600],
    ['8:00-21:00', 8 * 3600, 21 * 3600],
    [' 08:30 - 20:45:15 ', 8.5 * 3600, 20.75 * 3600 + 15],
    ['08:00–21:00', 8 * 3600, 21 * 3600], // en dash
    ['00:00-24:00', 0, 86_400],
    ['00:00:00-24:00:00', 0, 86_400],
    ['23:59:58-23:59:59', 86_398, 86_399],
  ];
  for (const [text, startSec, endSec] of ok) test(JSON.stringify(text), () => assert.deepEqual(parseWindow(text), { startSec, endSec }));
  for (const text of ['', '08:00', '08:00-', '-21:00', '21:00-08:00', '08:00-08:00', '08:60-21:00', '08:00-21:00:60', '24:01-24:02', '25:00-26:00', '08-21', '8am-9pm', '08:00-21:00-22:00', '08.00-21.00', '008:00-21:00']) {
    test(`malformed or empty: ${JSON.stringify(text)}`, () => assert.equal(parseWindow(text), undefined));
  }
  test('the default window is 08:00–21:00, every day', () => {
    assert.deepEqual({ ...W, holidays: [...W.holidays] }, { startSec: 28_800, endSec: 75_600, skipWeekends: false, holidays: [] });
    assert.ok(Object.isFrozen(W));
  });
});

describe('zonesForPhone', () => {
  const cases: Array<[string, string[]]> = [
    ['+12125550100', ['America/New_York']],
    ['+16465550100', ['America/New_York']],
    ['+19175550100', ['America/New_York']],
    ['+14155550100', ['America/Los_Angeles']],
    ['+16505550100', ['America/Los_Angeles']],
    ['+13105550100', ['America/Los_Angeles']],
    ['+12135550100', ['America/Los_Angeles']],
    ['+13125550100', ['America/Chicago']],
    ['+17735550100', ['America/Chicago']],
    ['+13035550100', ['America/Denver']],
    ['+16025550100', ['America/Phoenix']],
    ['+18085550100', ['Pacific/Honolulu']],
    ['+19075550100', ['America/Anchorage']],
    ['+14165550100', ['America/Toronto']],
    ['+16475550100', ['America/Toronto']],
    ['+16045550100', ['America/Vancouver']],
    ['+17095550100', ['America/St_Johns']],
    ['+16845550100', ['Pacific/Pago_Pago']],
    ['+18505550100', ['America/New_York', 'America/Chicago']], // Florida panhandle spans two zones
    ['+18005550100', NANP_ALL], // toll-free: anywhere
    ['+19995550100', NANP_ALL], // unassigned area code
    ['+1', NANP_ALL],
    ['+442071234567', ['Europe/London']],
    ['+33123456789', ['Europe/Paris']],
    ['+4930123456', ['Europe/Berlin']],
    ['+34612345678', ['Europe/Madrid', 'Atlantic/Canary']], // a mobile: mainland or islands
    ['+34928123456', ['Atlantic/Canary']], // Las Palmas landline
    ['+34912345678', ['Europe/Madrid']], // Madrid landline
    ['+39061234567', ['Europe/Rome']],
    ['+31201234567', ['Europe/Amsterdam']],
    ['+3221234567', ['Europe/Brussels']],
    ['+41441234567', ['Europe/Zurich']],
    ['+351912345678', ['Europe/Lisbon', 'Atlantic/Azores']],
    ['+351296123456', ['Atlantic/Azores']],
    ['+351213456789', ['Europe/Lisbon']],
    ['+35312345678', ['Europe/Dublin']],
    ['+46812345678', ['Europe/Stockholm']],
    ['+4721234567', ['Europe/Oslo']],
    ['+4532123456', ['Europe/Copenhagen']],
    ['+358912345678', ['Europe/Helsinki']],
    ['+48221234567', ['Europe/Warsaw']],
    ['+81312345678', ['Asia/Tokyo']],
    ['+82212345678', ['Asia/Seoul']],
    ['+861012345678', ['Asia/Shanghai']],
    ['+919812345678', ['Asia/Kolkata']],
    ['+6561234567', ['Asia/Singapore']],
    ['+85221234567', ['Asia/Hong_Kong']],
    ['+97141234567', ['Asia/Dubai']],
    ['+27111234567', ['Africa/Johannesburg']],
    ['+2341234567', ['Africa/Lagos']],
    ['+254712345678', ['Africa/Nairobi']],
    ['+20212345678', ['Africa/Cairo']],
    ['+902121234567', ['Europe/Istanbul']],
    ['+6321234567', ['Asia/Manila']],
    ['+6621234567', ['Asia/Bangkok']],
    ['+842812345678', ['Asia/Ho_Chi_Minh']],
    ['+97221234567', ['Asia/Jerusalem']],
    ['+966112345678', ['Asia/Riyadh']],
    ['+6857212345', ['Pacific/Apia']],
    ['+68675012345', ['Pacific/Tarawa', 'Pacific/Kanton', 'Pacific/Kiritimati']],
    ['+6421123456', ['Pacific/Auckland', 'Pacific/Chatham']],
    ['+6433051234', ['Pacific/Chatham']],
    ['+622112345678', ['Asia/Jakarta']],
    ['+6281234567890', ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura']],
    ['+5511912345678', ['America/Sao_Paulo']],
    ['+5592912345678', ['America/Manaus']],
    ['+525512345678', ['America/Mexico_City']],
    ['+526641234567', ['America/Tijuana']],
    ['+97715512345', ['Asia/Kathmandu']],
    // Formatting is tolerated; national or garbled numbers are not guessed at.
    ['+1 (212) 555-0100', ['America/New_York']],
    ['whatsapp:+33612345678', ['Europe/Paris']],
    ['0033612345678', ['Europe/Paris']],
    ['  +44 20 7123 4567 ', ['Europe/London']],
    ['2125550100', []],
    ['06 12 34 56 78', []],
    ['', []],
    ['+', []],
    ['+999123', []],
    ['+abc', []],
    ['+44abc', []],
  ];
  for (const [phone, zones] of cases) test(`${JSON.stringify(phone)} → ${zones.join(', ') || 'nothing'}`, () => assert.deepEqual(zonesForPhone(phone), zones));

  test('Russia spans many zones, Moscow to Kamchatka', () => {
    const zones = zonesForPhone('+74951234567');
    assert.ok(zones.length >= 10);
    assert.ok(zones.includes('Europe/Moscow') && zones.includes('Asia/Kamchatka') && zones.includes('Europe/Kaliningrad'));
  });
  test('Australia: a mobile could be anywhere, a landline is narrower', () => {
    const mobile = zonesForPhone('+61412345678');
    for (const z of ['Australia/Sydney', 'Australia/Perth', 'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Darwin', 'Australia/Eucla']) assert.ok(mobile.includes(z), z);
    assert.deepEqual(zonesForPhone('+61712345678'), ['Australia/Brisbane']);
  });
  test('Brazil and Mexico mobiles without a known area code get every zone', () => {
    assert.ok(zonesForPhone('+5500912345678').length >= 10);
    assert.ok(zonesForPhone('+529991234567').length >= 8);
  });
  test('every zone in the table is a valid IANA zone', () => {
    const all = new Set(Object.values(PHONE_ZONE_TABLE).flat());
    assert.ok(all.size > 100, `${all.size} zones`);
    for (const zone of all) assert.ok(isValidTimeZone(zone), zone);
  });
  test('every prefix is digits, with at least one zone, none twice', () => {
    for (const [prefix, zones] of Object.entries(PHONE_ZONE_TABLE)) {
      assert.match(prefix, /^\d+$/);
      assert.ok(zones.length > 0, prefix);
      assert.equal(new Set(zones).size, zones.length, prefix);
    }
  });
  test('the result is a copy', () => {
    zonesForPhone('+33612345678').push('Mars/Olympus');
    assert.deepEqual(zonesForPhone('+33612345678'), ['Europe/Paris']);
  });
});

describe('customerZones', () => {
  const DEPLOY = ['Europe/London'];
  test("the customer's own zone wins", () => {
    assert.deepEqual(customerZones({ timezone: 'Asia/Kolkata', phone: '+12125550100', addressTimezone: 'Europe/Paris' }, DEPLOY), {
      zones: ['Asia/Kolkata'],
      basis: 'customer',
    });
  });
  test('an invalid or blank own zone is ignored', () => {
    for (const timezone of ['Mars/Olympus', '', '  ', null, undefined]) {
      assert.deepEqual(customerZones({ timezone, phone: '+33612345678' }, DEPLOY), { zones: ['Europe/Paris'], basis: 'phone' }, String(timezone));
    }
  });
  test('phone alone', () => {
    assert.deepEqual(customerZones({ phone: '+18005550100' }, DEPLOY), { zones: NANP_ALL, basis: 'phone' });
  });
  test('address alone', () => {
    assert.deepEqual(customerZones({ addressTimezone: 'America/Denver' }, DEPLOY), { zones: ['America/Denver'], basis: 'address' });
  });
  test('phone and address that agree: the address narrows the country down', () => {
    assert.deepEqual(customerZones({ phone: '+18005550100', addressTimezone: 'America/Chicago' }, DEPLOY), {
      zones: ['America/Chicago'],
      basis: 'phone+address',
    });
    assert.deepEqual(customerZones({ phone: '+61412345678', addressTimezone: 'Australia/Perth' }, DEPLOY), {
      zones: ['Australia/Perth'],
      basis: 'phone+address',
    });
  });
  test('phone and address that disagree: both count', () => {
    assert.deepEqual(customerZones({ phone: '+33612345678', addressTimezone: 'America/New_York' }, DEPLOY), {
      zones: ['Europe/Paris', 'America/New_York'],
      basis: 'phone+address',
    });
  });
  test('an unknown phone number falls through to the address, then the deployment', () => {
    assert.deepEqual(customerZones({ phone: '555-0100', addressTimezone: 'Europe/Berlin' }, DEPLOY), { zones: ['Europe/Berlin'], basis: 'address' });
    assert.deepEqual(customerZones({ phone: '555-0100', addressTimezone: 'Nowhere/Land' }, DEPLOY), { zones: DEPLOY, basis: 'deployment' });
  });
  test('the deployment zones, deduplicated and valid only', () => {
    assert.deepEqual(customerZones({}, ['Europe/Paris', 'Bad/Zone', 'America/New_York', 'Europe/Paris']), {
      zones: ['Europe/Paris', 'America/New_York'],
      basis: 'deployment',
    });
  });
  test('no usable zone at all: UTC, never no quiet hours', () => {
    assert.deepEqual(customerZones({ timezone: null, phone: null, addressTimezone: null }, []), { zones: ['UTC'], basis: 'deployment' });
    assert.deepEqual(customerZones({}, ['Bad/Zone']), { zones: ['UTC'], basis: 'deployment' });
  });
});

describe('isInsideWindow: one zone', () => {
  for (const zone of ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Eucla', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
    test(zone, () => {
      const day = '2026-06-10';
      assert.equal(isInsideWindow(local(zone, `${day}T07:59:59`) + 999, [zone], W), false, '07:59:59.999');
      assert.equal(isInsideWindow(local(zone, `${day}T08:00`), [zone], W), true, '08:00');
      assert.equal(isInsideWindow(local(zone, `${day}T14:00`), [zone], W), true, '14:00');
      assert.equal(isInsideWindow(local(zone, `${day}T20:59:59`) + 999, [zone], W), true, '20:59:59.999');
      assert.equal(isInsideWindow(local(zone, `${day}T21:00`), [zone], W), false, '21:00 (end is exclusive)');
      assert.equal(isInsideWindow(local(zone, `${day}T23:30`), [zone], W), false, '23:30');
      assert.equal(isInsideWindow(local(zone, `${day}T00:00`), [zone], W), false, '00:00');
    });
  }
  test('00:00–24:00 is always inside', () => {
    const always = win('00:00', '24:00');
    for (let t = Z('2026-01-01T00:00:00Z'); t < Z('2026-01-03T00:00:00Z'); t += 7 * MIN + 13) assert.equal(isInsideWindow(t, ['Asia/Kathmandu', 'America/St_Johns'], always), true);
  });
  test('an empty window is never inside', () => {
    assert.equal(isInsideWindow(Z('2026-06-10T12:00:00Z'), ['UTC'], { ...W, startSec: 9 * 3600, endSec: 9 * 3600 }), false);
    assert.equal(nextAllowedInstant(Z('2026-06-10T12:00:00Z'), ['UTC'], { ...W, startSec: 10 * 3600, endSec: 9 * 3600 }), undefined);
  });
  test('no zones: judged in UTC', () => {
    assert.equal(isInsideWindow(Z('2026-06-10T07:00:00Z'), [], W), false);
    assert.equal(isInsideWindow(Z('2026-06-10T08:00:00Z'), [], W), true);
    assert.equal(iso(nextAllowedInstant(Z('2026-06-10T22:00:00Z'), [], W)), '2026-06-11T08:00:00.000Z');
  });
});

describe('nextAllowedInstant: one zone', () => {
  const zones = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Eucla', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Pacific/Apia', 'Pacific/Chatham', 'UTC'];
  for (const zone of zones) {
    test(`${zone}: due 21:30 → 08:00 next day`, () => {
      assert.equal(shown(nextAllowedInstant(local(zone, '2026-06-10T21:30'), [zone], W), zone), '2026-06-11 08:00');
      assert.equal(shown(nextAllowedInstant(local(zone, '2026-12-31T21:30'), [zone], W), zone), '2027-01-01 08:00'); // year end
    });
    test(`${zone}: 07:59 → 08:00 the same day; 08:00 and 20:59 stay; 21:00 → next day`, () => {
      assert.equal(shown(nextAllowedInstant(local(zone, '2026-06-10T07:59'), [zone], W), zone), '2026-06-10 08:00');
      assert.equal(shown(nextAllowedInstant(local(zone, '2026-06-10T00:00'), [zone], W), zone), '2026-06-10 08:00');
      const eight = local(zone, '2026-06-10T08:00');
      assert.equal(nextAllowedInstant(eight, [zone], W), eight);
      const late = local(zone, '2026-06-10T20:59:59') + 999;
      assert.equal(nextAllowedInstant(late, [zone], W), late);
      assert.equal(shown(nextAllowedInstant(local(zone, '2026-06-10T21:00'), [zone], W), zone), '2026-06-11 08:00');
    });
  }
  test('a time inside the window is returned to the millisecond', () => {
    const t = Z('2026-06-10T12:34:56.789Z');
    assert.equal(nextAllowedInstant(t, ['Europe/Paris'], W), t);
  });
  test('exact instants, to be sure shown() is not fooling us', () => {
    assert.equal(iso(nextAllowedInstant(Z('2026-06-10T19:30:00Z'), ['Europe/Paris'], W)), '2026-06-11T06:00:00.000Z'); // 21:30 CEST
    assert.equal(iso(nextAllowedInstant(Z('2026-01-10T02:30:00Z'), ['America/New_York'], W)), '2026-01-10T13:00:00.000Z'); // 21:30 EST
    assert.equal(iso(nextAllowedInstant(Z('2026-06-10T16:00:00Z'), ['Asia/Kolkata'], W)), '2026-06-11T02:30:00.000Z'); // 21:30 IST
    assert.equal(iso(nextAllowedInstant(Z('2026-06-10T07:30:00Z'), ['Pacific/Kiritimati'], W)), '2026-06-10T18:00:00.000Z'); // 21:30 +14
    assert.equal(iso(nextAllowedInstant(Z('2026-06-11T08:30:00Z'), ['Pacific/Pago_Pago'], W)), '2026-06-11T19:00:00.000Z'); // 21:30 −11
  });
});

describe('nextAllowedInstant: DST', () => {
  test('Europe/Paris, spring forward (02:00 → 03:00 on 29 March)', () => {
    assert.equal(iso(nextAllowedInstant(local('Europe/Paris', '2026-03-28T21:30'), ['Europe/Paris'], W)), '2026-03-29T06:00:00.000Z'); // 08:00 CEST
    assert.equal(iso(nextAllowedInstant(Z('2026-03-29T01:00:00Z'), ['Europe/Paris'], W)), '2026-03-29T06:00:00.000Z');
  });
  test('Europe/Paris, fall back (03:00 → 02:00 on 25 October)', () => {
    assert.equal(iso(nextAllowedInstant(local('Europe/Paris', '2026-10-24T21:30'), ['Europe/Paris'], W)), '2026-10-25T07:00:00.000Z'); // 08:00 CET
    assert.equal(iso(nextAllowedInstant(Z('2026-10-25T01:30:00Z'), ['Europe/Paris'], W)), '2026-10-25T07:00:00.000Z'); // in the repeated hour
  });
  test('America/New_York, spring forward and fall back', () => {
    assert.equal(iso(nextAllowedInstant(local('America/New_York', '2026-03-07T22:00'), ['America/New_York'], W)), '2026-03-08T12:00:00.000Z'); // 08:00 EDT
    assert.equal(iso(nextAllowedInstant(local('America/New_York', '2026-10-31T22:00'), ['America/New_York'], W)), '2026-11-01T13:00:00.000Z'); // 08:00 EST
  });
  test('a window starting inside the spring-forward gap opens when the clocks jump', () => {
    // 02:30 does not exist in New York on 8 March; the first instant after it is 03:00 EDT.
    const w = win('02:30', '05:00');
    const t = nextAllowedInstant(local('America/New_York', '2026-03-08T00:00'), ['America/New_York'], w);
    assert.equal(iso(t), '2026-03-08T07:00:00.000Z');
    assert.equal(shown(t, 'America/New_York'), '2026-03-08 03:00');
  });
  test('the repeated hour of a fall-back re-enters a window that starts inside it', () => {
    // New York, 1 November: 01:00–02:00 runs twice (EDT, then EST).
    const w = win('01:30', '01:45');
    assert.equal(iso(nextAllowedInstant(Z('2026-11-01T05:00:00Z'), ['America/New_York'], w)), '2026-11-01T05:30:00.000Z'); // 01:30 EDT
    assert.equal(iso(nextAllowedInstant(Z('2026-11-01T05:50:00Z'), ['America/New_York'], w)), '2026-11-01T06:30:00.000Z'); // 01:30 EST
    assert.equal(iso(nextAllowedInstant(Z('2026-11-01T06:45:00Z'), ['America/New_York'], w)), '2026-11-02T06:30:00.000Z');
  });
  test('America/Santiago changes at midnight: a 00:30 start that does not exist opens at 01:00', () => {
    // 5 September 23:59:59 −04 is followed by 6 September 01:00 −03.
    const w = win('00:30', '06:00');
    const t = nextAllowedInstant(local('America/Santiago', '2026-09-05T23:00'), ['America/Santiago'], w);
    assert.equal(iso(t), '2026-09-06T04:00:00.000Z');
    assert.equal(shown(t, 'America/Santiago'), '2026-09-06 01:00');
    assert.equal(iso(nextAllowedInstant(local('America/Santiago', '2026-09-05T21:30'), ['America/Santiago'], W)), '2026-09-06T11:00:00.000Z'); // 08:00 −03
  });
  test('America/Santiago falls back at midnight: the repeated 23:00 hour is inside a window ending 23:30', () => {
    // 4 April 23:59:59 −03 is followed by 4 April 23:00 −04.
    const w = win('08:00', '23:30');
    assert.equal(iso(nextAllowedInstant(Z('2026-04-05T02:45:00Z'), ['America/Santiago'], w)), '2026-04-05T03:00:00.000Z');
    assert.equal(shown(Z('2026-04-05T03:00:00Z'), 'America/Santiago'), '2026-04-04 23:00');
    assert.equal(iso(nextAllowedInstant(Z('2026-04-05T03:30:00Z'), ['America/Santiago'], w)), '2026-04-05T12:00:00.000Z'); // 08:00 −04
  });
  test('Asia/Beirut and America/Havana change at midnight too', () => {
    assert.equal(shown(nextAllowedInstant(local('Asia/Beirut', '2026-03-28T22:00'), ['Asia/Beirut'], W), 'Asia/Beirut'), '2026-03-29 08:00');
    assert.equal(iso(nextAllowedInstant(local('Asia/Beirut', '2026-03-28T22:00'), ['Asia/Beirut'], W)), '2026-03-29T05:00:00.000Z'); // +03
    assert.equal(iso(nextAllowedInstant(Z('2026-10-24T20:30:00Z'), ['Asia/Beirut'], win('08:00', '23:30'))), '2026-10-24T21:00:00.000Z'); // back to 23:00
    assert.equal(iso(nextAllowedInstant(local('America/Havana', '2026-03-07T22:00'), ['America/Havana'], W)), '2026-03-08T12:00:00.000Z'); // 08:00 −04
    const w = win('00:00', '00:30');
    assert.equal(shown(nextAllowedInstant(local('America/Havana', '2026-03-07T23:00'), ['America/Havana'], w), 'America/Havana'), '2026-03-09 00:00'); // no 00:xx on 8 March
  });
  test('Australia/Lord_Howe shifts by half an hour', () => {
    assert.equal(shown(nextAllowedInstant(local('Australia/Lord_Howe', '2026-04-04T22:00'), ['Australia/Lord_Howe'], W), 'Australia/Lord_Howe'), '2026-04-05 08:00');
    assert.equal(iso(nextAllowedInstant(local('Australia/Lord_Howe', '2026-04-04T22:00'), ['Australia/Lord_Howe'], W)), '2026-04-04T21:30:00.000Z'); // +10:30
  });
});

describe('weekends and holidays, in each zone’s own local date', () => {
  const weekdays = win('08:00', '21:00', { skipWeekends: true });
  test('Friday 21:30 → Monday 08:00', () => {
    for (const zone of ['Europe/Paris', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata']) {
      assert.equal(shown(nextAllowedInstant(local(zone, '2026-03-06T21:30'), [zone], weekdays), zone), '2026-03-09 08:00', zone);
      assert.equal(shown(nextAllowedInstant(local(zone, '2026-03-07T10:00'), [zone], weekdays), zone), '2026-03-09 08:00', zone);
    }
  });
  test('across the date line: the same instant is Saturday in Kiritimati and Friday in Pago Pago', () => {
    const t = Z('2026-03-06T20:00:00Z');
    assert.equal(shown(t, 'Pacific/Kiritimati'), '2026-03-07 10:00');
    assert.equal(shown(t, 'Pacific/Pago_Pago'), '2026-03-06 09:00');
    assert.equal(isInsideWindow(t, ['Pacific/Pago_Pago'], weekdays), true);
    assert.equal(isInsideWindow(t, ['Pacific/Kiritimati'], weekdays), false);
    assert.equal(isInsideWindow(t, ['Pacific/Pago_Pago', 'Pacific/Kiritimati'], weekdays), false);
    // 25 hours apart: Kiritimati's Monday window is Pago Pago's Sunday, so the first common
    // weekday slot is Pago Pago's Monday 08:00, which is Tuesday 09:00 in Kiritimati.
    const both = nextAllowedInstant(t, ['Pacific/Pago_Pago', 'Pacific/Kiritimati'], weekdays);
    assert.equal(shown(both, 'Pacific/Pago_Pago'), '2026-03-09 08:00');
    assert.equal(shown(both, 'Pacific/Kiritimati'), '2026-03-10 09:00');
  });
  test('a holiday is skipped in the zone whose date it is', () => {
    const xmas = win('08:00', '21:00', { holidays: ['2026-12-25'] });
    assert.equal(shown(nextAllowedInstant(local('Europe/Paris', '2026-12-24T21:30'), ['Europe/Paris'], xmas), 'Europe/Paris'), '2026-12-26 08:00');
    // 25 December 08:00 in Los Angeles is already the 26th in Kiritimati: fine there.
    const t = local('America/Los_Angeles', '2026-12-25T08:00');
    assert.equal(isInsideWindow(t, ['America/Los_Angeles'], xmas), false);
    assert.equal(shown(t, 'Pacific/Kiritimati'), '2026-12-26 06:00');
    assert.equal(shown(nextAllowedInstant(local('Pacific/Kiritimati', '2026-12-24T21:30'), ['Pacific/Kiritimati'], xmas), 'Pacific/Kiritimati'), '2026-12-26 08:00');
  });
  test('holidays and weekends together: a long weekend', () => {
    const w = win('08:00', '21:00', { skipWeekends: true, holidays: ['2026-12-25', '2026-12-28'] });
    assert.equal(shown(nextAllowedInstant(local('Europe/London', '2026-12-24T21:30'), ['Europe/London'], w), 'Europe/London'), '2026-12-29 08:00');
  });
  test('00:00–24:00 on weekdays only: Saturday → Monday 00:00', () => {
    const w = win('00:00', '24:00', { skipWeekends: true });
    assert.equal(shown(nextAllowedInstant(local('Asia/Kolkata', '2026-03-07T13:00'), ['Asia/Kolkata'], w), 'Asia/Kolkata'), '2026-03-09 00:00');
    const fri = local('Asia/Kolkata', '2026-03-06T23:59:59') + 999;
    assert.equal(nextAllowedInstant(fri, ['Asia/Kolkata'], w), fri);
  });
  test('holidays that fill the whole search horizon: undefined', () => {
    const days = Array.from({ length: 20 }, (_, i) => new Date(Z('2026-08-01T00:00:00Z') + i * DAY).toISOString().slice(0, 10));
    assert.equal(nextAllowedInstant(Z('2026-08-01T12:00:00Z'), ['UTC'], win('08:00', '21:00', { holidays: days })), undefined);
  });
  test('holidays up to the horizon: found at its edge, not beyond', () => {
    const days = Array.from({ length: 14 }, (_, i) => new Date(Z('2026-08-01T00:00:00Z') + i * DAY).toISOString().slice(0, 10));
    const t = Z('2026-08-01T08:00:00Z');
    assert.equal(iso(nextAllowedInstant(t, ['UTC'], win('08:00', '21:00', { holidays: days }))), '2026-08-15T08:00:00.000Z');
    assert.equal(Z('2026-08-15T08:00:00Z') - t, SEARCH_HORIZON_MS);
    assert.equal(nextAllowedInstant(t + 1, ['UTC'], win('08:00', '21:00', { holidays: days })), Z('2026-08-15T08:00:00Z'));
    assert.equal(nextAllowedInstant(t - 1, ['UTC'], win('08:00:01', '21:00', { holidays: days })), undefined);
  });
});

describe('several zones: only the overlap of their windows', () => {
  test('an unknown +1 area code spans St John’s to Honolulu: a 6½-hour overlap in winter', () => {
    const zones = zonesForPhone('+18005550100');
    // Honolulu (−10) opens last, at 18:00Z; St John's (−3:30) closes first, at 00:30Z.
    assert.equal(iso(nextAllowedInstant(Z('2026-01-14T12:00:00Z'), zones, W)), '2026-01-14T18:00:00.000Z');
    assert.equal(isInsideWindow(Z('2026-01-14T17:59:59.999Z'), zones, W), false);
    assert.equal(isInsideWindow(Z('2026-01-14T18:00:00Z'), zones, W), true);
    assert.equal(isInsideWindow(Z('2026-01-15T00:29:59.999Z'), zones, W), true);
    assert.equal(isInsideWindow(Z('2026-01-15T00:30:00Z'), zones, W), false);
    assert.equal(iso(nextAllowedInstant(Z('2026-01-15T00:30:00Z'), zones, W)), '2026-01-15T18:00:00.000Z');
    assert.equal(allowedUntil(Z('2026-01-14T18:00:00Z'), zones, W), Z('2026-01-15T00:30:00Z'));
  });
  test('…and a 5½-hour one in summer, when St John’s is on daylight time and Honolulu is not', () => {
    const zones = zonesForPhone('+18005550100');
    assert.equal(iso(nextAllowedInstant(Z('2026-07-14T12:00:00Z'), zones, W)), '2026-07-14T18:00:00.000Z');
    assert.equal(allowedUntil(Z('2026-07-14T18:00:00Z'), zones, W), Z('2026-07-14T23:30:00Z'));
  });
  test('Paris and New York', () => {
    // Paris closes at 21:00 CEST = 19:00Z; New York opens at 08:00 EDT = 12:00Z.
    assert.equal(iso(nextAllowedInstant(Z('2026-06-10T06:00:00Z'), ['Europe/Paris', 'America/New_York'], W)), '2026-06-10T12:00:00.000Z');
    assert.equal(iso(nextAllowedInstant(Z('2026-06-10T19:00:00Z'), ['Europe/Paris', 'America/New_York'], W)), '2026-06-11T12:00:00.000Z');
  });
  test('order of zones does not matter', () => {
    const zones = ['Asia/Kolkata', 'Europe/London', 'America/Sao_Paulo'];
    const w = win('08:00', '21:00', { skipWeekends: true });
    for (let t = Z('2026-03-01T00:00:00Z'); t < Z('2026-03-15T00:00:00Z'); t += 97 * MIN) {
      const a = nextAllowedInstant(t, zones, w);
      assert.equal(nextAllowedInstant(t, [...zones].reverse(), w), a);
      assert.equal(nextAllowedInstant(t, [zones[1]!, zones[2]!, zones[0]!], w), a);
    }
  });
  test('zones whose windows never overlap: undefined', () => {
    // Kiritimati (+14) 09:00–10:00 is 19:00–20:00Z; Los Angeles (−8) 09:00–10:00 is 17:00–18:00Z.
    assert.equal(nextAllowedInstant(Z('2026-01-14T12:00:00Z'), ['Pacific/Kiritimati', 'America/Los_Angeles'], win('09:00', '10:00')), undefined);
    assert.equal(nextAllowedInstant(Z('2026-01-14T12:00:00Z'), ['Asia/Kolkata', 'America/New_York'], win('09:00', '12:00')), undefined);
    // A wide enough window does overlap.
    assert.equal(iso(nextAllowedInstant(Z('2026-01-14T12:00:00Z'), ['Pacific/Kiritimati', 'America/Los_Angeles'], W)), '2026-01-14T18:00:00.000Z');
  });
  test('weekdays only where the zones are a day apart, with a narrow overlap, still found', () => {
    // Auckland (+13 in January) and Honolulu (−10): 23 hours apart, different dates most of the day.
    const w = win('08:00', '21:00', { skipWeekends: true });
    const zones = ['Pacific/Auckland', 'Pacific/Honolulu'];
    assert.equal(isInsideWindow(Z('2026-01-09T00:00:00Z'), zones, w), true); // Thursday 14:00 / Friday 13:00
    // Friday 21:00 in Auckland; Honolulu's Friday is Auckland's Saturday, and Auckland's Monday is Honolulu's Sunday.
    const t = nextAllowedInstant(Z('2026-01-09T08:00:00Z'), zones, w)!;
    assert.ok(isInsideWindow(t, zones, w));
    assert.equal(shown(t, 'Pacific/Honolulu'), '2026-01-12 09:00'); // Monday
    assert.equal(shown(t, 'Pacific/Auckland'), '2026-01-13 08:00'); // Tuesday
  });
});

describe('allowedUntil', () => {
  test('the end of the window, or `at` itself outside it', () => {
    assert.equal(iso(allowedUntil(Z('2026-06-10T12:00:00Z'), ['UTC'], W)), '2026-06-10T21:00:00.000Z');
    assert.equal(allowedUntil(Z('2026-06-10T22:00:00Z'), ['UTC'], W), Z('2026-06-10T22:00:00Z'));
  });
  test('capped at maxMs', () => {
    assert.equal(allowedUntil(Z('2026-06-10T12:00:00Z'), ['UTC'], W, 30 * MIN), Z('2026-06-10T12:30:00Z'));
  });
  test('a midnight-spanning always-on window runs to the weekend', () => {
    const w = win('00:00', '24:00', { skipWeekends: true });
    assert.equal(iso(allowedUntil(Z('2026-03-04T12:00:00Z'), ['UTC'], w, 10 * DAY)), '2026-03-07T00:00:00.000Z');
  });
  test('a spring-forward jump past the end closes the window early', () => {
    // New York 8 March, window 01:00–02:30: 02:00 EST jumps to 03:00 EDT.
    assert.equal(iso(allowedUntil(local('America/New_York', '2026-03-08T01:30'), ['America/New_York'], win('01:00', '02:30'))), '2026-03-08T07:00:00.000Z');
  });
});

describe('spreadMs', () => {
  test('deterministic, within [0, max)', () => {
    for (let i = 0; i < 2000; i++) {
      const s = spreadMs(`inv_${i}:2`, 30 * MIN);
      assert.equal(s, spreadMs(`inv_${i}:2`, 30 * MIN));
      assert.ok(Number.isInteger(s) && s >= 0 && s < 30 * MIN, String(s));
    }
  });
  test('spread evenly, even for keys that differ in one character', () => {
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 5000; i++) buckets[Math.floor(spreadMs(`inv_${i}:1`, 1000) / 100)]++;
    for (const b of buckets) assert.ok(b > 400 && b < 600, buckets.join(','));
    assert.notEqual(spreadMs('inv_1:1', H), spreadMs('inv_1:2', H));
  });
  test('nothing to spread over: 0', () => {
    for (const max of [0, -5, NaN, Infinity]) assert.equal(spreadMs('x', max), 0, String(max));
    assert.equal(spreadMs('x', 1), 0);
    assert.equal(spreadMs('', 1000), spreadMs('', 1000));
  });
});

// ---- property: against a minute-by-minute reference --------------------------------------------
// Every offset in use today is a whole number of quarter hours and changes on a quarter hour, so
// on whole minutes the reference can read each zone's offset once per quarter hour and judge each
// minute by plain date arithmetic; on whole-minute inputs, the answer must then be exactly the
// first allowed minute.
describe('property: every 37 minutes over a year', () => {
  const FROM = Z('2026-01-01T00:00:00Z');
  const TO = Z('2027-01-01T00:00:00Z');
  const END = TO + SEARCH_HORIZON_MS + DAY;
  const MINUTES = (END - FROM) / MIN;

  /** The zone's UTC offset read from Intl's "GMT+05:30" name: a different path from zonedTime's. */
  function offsetReader(zone: string): (at: number) => number {
    const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    return (at) => {
      const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(f.format(at))!;
      return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * H + Number(m[3]) * MIN) : 0;
    };
  }

  function allowedMinutes(zone: string, window: SendWindow): Uint8Array {
    const flags = new Uint8Array(MINUTES);
    const holidays = new Set(window.holidays);
    const offsetAt = offsetReader(zone);
    for (let q = 0; q < MINUTES; q += 15) {
      const offset = offsetAt(FROM + q * MIN);
      for (let m = q; m < q + 15 && m < MINUTES; m++) {
        const d = new Date(FROM + m * MIN + offset);
        const sec = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60;
        const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
        flags[m] = sec >= window.startSec && sec < window.endSec && !(window.skipWeekends && weekend) && !holidays.has(d.toISOString().slice(0, 10)) ? 1 : 0;
      }
    }
    return flags;
  }

  const cases: Array<[string, string[], SendWindow, number?]> = [
    ['Europe/Paris, default', ['Europe/Paris'], W],
    ['America/New_York, weekdays', ['America/New_York'], win('08:00', '21:00', { skipWeekends: true })],
    ['Asia/Kolkata + Asia/Kathmandu', ['Asia/Kolkata', 'Asia/Kathmandu'], W],
    ['Pacific/Kiritimati + Pacific/Pago_Pago, weekdays', ['Pacific/Kiritimati', 'Pacific/Pago_Pago'], win('08:00', '21:00', { skipWeekends: true })],
    ['America/Santiago, window at midnight', ['America/Santiago'], win('00:30', '23:30')],
    ['Australia/Lord_Howe + Australia/Eucla', ['Australia/Lord_Howe', 'Australia/Eucla'], win('09:15', '17:45', { holidays: ['2026-01-26', '2026-12-25'] })],
    ['NANP, unknown area code (every 113 minutes: nine zones are slow to read)', NANP_ALL, W, 113],
    ['Europe/London + America/Los_Angeles, narrow', ['Europe/London', 'America/Los_Angeles'], win('07:00', '18:00')],
  ];
  test('the reference reads the same offsets as zonedTime', () => {
    for (const zone of ['America/St_Johns', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC', 'Pacific/Pago_Pago']) {
      const offsetAt = offsetReader(zone);
      for (let t = FROM; t < TO; t += 7 * H + 15 * MIN) assert.equal(offsetAt(t), zoneOffsetMs(t, zone), `${zone} at ${iso(t)}`);
    }
  });
  for (const [name, zones, window, stepMinutes = 37] of cases) {
    test(name, () => {
      const perZone = zones.map((z) => allowedMinutes(z, window));
      // next[m]: the first allowed minute >= m (or -1), in every zone at once.
      const next = new Int32Array(MINUTES);
      let upcoming = -1;
      for (let m = MINUTES - 1; m >= 0; m--) {
        if (perZone.every((f) => f[m] === 1)) upcoming = m;
        next[m] = upcoming;
      }
      let deferred = 0;
      for (let t = FROM; t < TO; t += stepMinutes * MIN) {
        const m = (t - FROM) / MIN;
        const expected = next[m]! >= 0 && next[m]! - m <= SEARCH_HORIZON_MS / MIN ? FROM + next[m]! * MIN : undefined;
        const got = nextAllowedInstant(t, zones, window);
        if (got !== undefined) {
          assert.ok(got >= t, `${iso(t)} → ${iso(got)} is earlier`);
          assert.ok(isInsideWindow(got, zones, window), `${iso(t)} → ${iso(got)} is outside the window`);
        }
        // Exactly the first allowed minute: so no earlier minute between t and it was allowed.
        assert.equal(iso(got), iso(expected), `from ${iso(t)}`);
        assert.equal(got === t, perZone.every((f) => f[m] === 1), `inside the window at ${iso(t)}`);
        if (got !== t) deferred++;
      }
      assert.ok(deferred > 0, 'some were deferred');
    });
  }
});
