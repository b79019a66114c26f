// The whole decision path (src/domain/followUpSimulation: what the workflow and the preview
// run) over 10,000 random customers: zones at DST edges, sequences, windows, caps, consents,
// an opt-out arriving mid-sequence and a payment. Whatever the customer, no message goes out
// outside the local window, over the cap or the gap, on a refused channel, to no address,
// after the payment, or beyond the per-invoice cap. REMIT_PROPERTY_SEED=<n> replays a run.
//
// The generator is exported for test/workflow/decisionPath.test.ts, which runs the same kind of
// customers through the real workflow (the property itself runs only in this file's process).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Channel, StepChannel } from '../../src/domain/channel';
import { offsetOrderKey } from '../../src/domain/duration';
import { capViolations, type FrequencyCap } from '../../src/domain/frequencyCap';
import { type SimulatedDecision, type SimulatedStep, type SimulationPlan, type SimulationWorld, type TimedRefusal } from '../../src/domain/followUpSimulation';
import { customerZones, isInsideWindow, type SendWindow } from '../../src/domain/quietHours';
import { addressFor } from '../../src/domain/routing';
import { resolveDueDate, scheduleSteps } from '../../src/domain/schedule';
import type { SequenceStep } from '../../src/domain/sequences';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Events from outside (an opt-out, a payment) land half a minute off the minute grid every
// other time is on, so the real workflow, a few ms late, judges them on the same side.
const OFF_GRID = 30_000;

/** Zones with a DST edge (or a history of one), a 30- or 45-minute offset, or both sides of the date line. */
export const EDGE_ZONES = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kolkata', 'America/Sao_Paulo', 'Pacific/Apia'] as const;
const ADDRESS_ZONES = [...EDGE_ZONES, 'Asia/Tokyo', 'UTC'] as const;
/** Numbers whose calling (and area) code give one zone or several. */
const PHONES = ['+447400123456', '+12125550123', '+18005550100', '+61255501234', '+6433051234', '+6491234567', '+919812345678', '+5511987654321', '+68577123'] as const;
const CHANNELS: readonly Channel[] = ['email', 'sms', 'whatsapp'];
const STEP_CHANNELS: readonly StepChannel[] = ['email', 'sms', 'whatsapp', 'auto'];

/** The days clocks change: EU (last Sunday of March/October), US (second Sunday of March, first of November), Lord Howe and Chatham (first Sunday of April/October, last of September). */
const TRANSITIONS = {
  'last-sun-mar': [3, -1],
  'last-sun-oct': [10, -1],
  '2nd-sun-mar': [3, 2],
  '1st-sun-nov': [11, 1],
  '1st-sun-apr': [4, 1],
  '1st-sun-oct': [10, 1],
  'last-sun-sep': [9, -1],
} as const satisfies Record<string, readonly [number, number]>;

/** The date of the nth Sunday (-1: the last) of a month, as UTC midnight. */
function sunday(year: number, month: number, nth: number): number {
  if (nth > 0) {
    const first = Date.UTC(year, month - 1, 1);
    return first + ((7 - new Date(first).getUTCDay()) % 7) * DAY + (nth - 1) * 7 * DAY;
  }
  const last = Date.UTC(year, month, 0);
  return last - new Date(last).getUTCDay() * DAY;
}
const dateText = (utcMidnight: number) => new Date(utcMidnight).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** One customer and invoice, in plain numbers (fast-check prints it as the counterexample). */
export function randomCustomer(baseYear: number) {
  const refusal = fc.record({
    channel: fc.constantFrom(...CHANNELS),
    kind: fc.constantFrom('no_consent', 'unusable'),
    /** Lifted (a consent recorded) this many minutes after the start, or never. */
    liftedAfterMin: fc.option(fc.integer({ min: 0, max: 40 * 24 * 60 }), { freq: 3, nil: undefined }),
  });
  return fc.record({
    /** The customer's zone (the schedule's, and the deployment's when the customer's is unknown). */
    zone: fc.constantFrom(...EDGE_ZONES),
    zoneKnown: fc.boolean(),
    addressZone: fc.option(fc.constantFrom(...ADDRESS_ZONES), { nil: undefined }),
    email: fc.option(fc.constant('ada@example.com'), { freq: 6, nil: undefined }),
    phone: fc.option(fc.constantFrom(...PHONES), { freq: 4, nil: undefined }),
    due: fc.record({
      year: fc.integer({ min: baseYear, max: baseYear + 2 }),
      transition: fc.constantFrom(...(Object.keys(TRANSITIONS) as (keyof typeof TRANSITIONS)[])),
      /** Days from the transition: steps after the due date cross it too. */
      shiftDays: fc.integer({ min: -20, max: 3 }),
      // Often 01:00–03:59, the hours a transition skips or repeats.
      hour: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 3 })),
      minute: fc.integer({ min: 0, max: 59 }),
    }),
    steps: fc.array(
      fc.record({
        days: fc.integer({ min: -3, max: 30 }),
        hours: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: 23 }), weight: 1 }),
        minutes: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: 59 }), weight: 1 }),
        channel: fc.constantFrom(...STEP_CHANNELS),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    defaultChannel: fc.constantFrom(...CHANNELS),
    respondedOn: fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }),
    /** The follow-up starts this long after the first step falls due (negative: before). */
    startAfterMin: fc.oneof({ arbitrary: fc.integer({ min: -3 * 24 * 60, max: 0 }), weight: 2 }, { arbitrary: fc.integer({ min: 0, max: 20 * 24 * 60 }), weight: 1 }),
    window: fc.record({
      startHour: fc.integer({ min: 0, max: 12 }),
      startMinute: fc.constantFrom(0, 30),
      // Mostly a working day; sometimes an hour, or all day.
      hours: fc.oneof({ arbitrary: fc.integer({ min: 8, max: 16 }), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: 24 }), weight: 1 }),
      skipWeekends: fc.boolean(),
      /** Holidays, as days after the due date. */
      holidays: fc.array(fc.integer({ min: -5, max: 35 }), { maxLength: 3 }),
    }),
    cap: fc.record({ maxMessages: fc.integer({ min: 1, max: 5 }), periodDays: fc.integer({ min: 1, max: 14 }), gapHours: fc.integer({ min: 0, max: 72 }) }),
    spreadMaxMs: fc.constantFrom(0, 15 * MINUTE),
    invoiceCap: fc.integer({ min: 1, max: 6 }),
    refusals: fc.array(refusal, { maxLength: 2 }),
    optOut: fc.option(fc.record({ channel: fc.constantFrom(...CHANNELS), afterMin: fc.integer({ min: 0, max: 35 * 24 * 60 }) }), { freq: 2, nil: undefined }),
    payment: fc.option(fc.record({ afterMin: fc.integer({ min: 0, max: 60 * 24 * 60 }), status: fc.constantFrom('paid', 'paid', 'void') }), { freq: 2, nil: undefined }),
    /** The customer's sends for other invoices, minutes before the start. */
    history: fc.array(fc.integer({ min: 1, max: 14 * 24 * 60 }), { maxLength: 3 }),
    /** Emails never opened (the workflow with no provider events): the pivot after this long; or taken as opened. */
    unopenedPivotHours: fc.option(fc.integer({ min: 1, max: 96 }), { nil: undefined }),
  });
}
export type RandomCustomer = ReturnType<typeof randomCustomer> extends fc.Arbitrary<infer C> ? C : never;

export interface CustomerCase {
  /** The sequence as saved (in order of its offsets) and scheduled. */
  sequence: SequenceStep[];
  dueAt: number;
  scheduleZone: string;
  plan: SimulationPlan<SimulatedStep & Pick<SequenceStep, 'template'>>;
  world: SimulationWorld;
}

/** The customer's sequence, schedule and world, for the invoice `invoiceKey`. */
export function customerCase(c: RandomCustomer, invoiceKey: string): CustomerCase {
  const [month, nth] = TRANSITIONS[c.due.transition];
  const day = sunday(c.due.year, month, nth) + c.due.shiftDays * DAY;
  const dueAt = resolveDueDate(`${dateText(day)}T${pad(c.due.hour)}:${pad(c.due.minute)}`, c.zone);
  assert.ok(dueAt !== undefined);
  const sequence = c.steps
    .map((s) => {
      const days = Math.abs(s.days);
      const time = s.hours || s.minutes ? `T${s.hours}H${s.minutes}M` : '';
      return { offset: `${s.days < 0 ? '-' : ''}P${days}D${time}`, channel: s.channel, template: 'follow_up' as const };
    })
    .sort((a, b) => offsetOrderKey(a.offset) - offsetOrderKey(b.offset));
  const steps = scheduleSteps(sequence, dueAt, c.zone);
  const from = steps[0]!.at + c.startAfterMin * MINUTE;

  const customer = { timezone: c.zoneKnown ? c.zone : null, phone: c.phone ?? null, addressTimezone: c.addressZone ?? null };
  const { zones } = customerZones(customer, [c.zone]);
  const startSec = c.window.startHour * 3600 + c.window.startMinute * 60;
  const window: SendWindow = {
    startSec,
    endSec: Math.min(86_400, startSec + c.window.hours * 3600),
    skipWeekends: c.window.skipWeekends,
    holidays: c.window.holidays.map((d) => dateText(day + d * DAY)),
  };
  const refusals: TimedRefusal[] = c.refusals.map((r) => ({
    channel: r.channel,
    reason: r.kind === 'no_consent' ? `no consent recorded for ${r.channel}` : `unusable: ${r.channel} bounced (550)`,
    ...(r.liftedAfterMin !== undefined ? { until: from + r.liftedAfterMin * MINUTE + OFF_GRID } : {}),
  }));
  if (c.optOut) refusals.push({ channel: c.optOut.channel, reason: 'opted out (STOP, via twilio)', from: from + c.optOut.afterMin * MINUTE + OFF_GRID });
  const world: SimulationWorld = {
    invoiceKey,
    ...(c.payment ? { closes: { at: from + c.payment.afterMin * MINUTE + OFF_GRID, status: c.payment.status } } : {}),
    contact: { email: c.email ?? null, phone: c.phone ?? null },
    refusals,
    ...(c.respondedOn ? { respondedOn: c.respondedOn } : {}),
    zones,
    window,
    cap: { maxMessages: c.cap.maxMessages, periodMs: c.cap.periodDays * DAY, minGapMs: c.cap.gapHours * HOUR },
    spreadMaxMs: c.spreadMaxMs,
    history: c.history.map((m) => from - m * MINUTE),
  };
  const plan = {
    steps,
    maxMessages: c.invoiceCap,
    from,
    sequenceDefault: c.defaultChannel,
    ...(c.unopenedPivotHours !== undefined ? { unopenedPivotAfterMs: c.unopenedPivotHours * HOUR } : {}),
  };
  return { sequence, dueAt, scheduleZone: c.zone, plan, world };
}

// ---- the rules, checked without the code that applies them ----------------------------------

const formats = new Map<string, Intl.DateTimeFormat>();
/** Local date, weekday and ms after midnight, straight from Intl. */
function local(at: number, zone: string) {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formats.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, weekday: p.weekday!, ofDayMs: ((Number(p.hour) * 60 + Number(p.minute)) * 60 + Number(p.second)) * 1000 + (at % 1000) };
}

function underCap(earlier: readonly number[], t: number, cap: FrequencyCap): string | undefined {
  const inPeriod = earlier.filter((s) => s > t - cap.periodMs && s <= t).length;
  if (inPeriod >= cap.maxMessages) return `${inPeriod} sends in the ${cap.periodMs / DAY} days before`;
  const latest = Math.max(...earlier);
  if (t - latest < cap.minGapMs) return `${(t - latest) / HOUR} h after the previous send (gap ${cap.minGapMs / HOUR} h)`;
  return undefined;
}

const iso = (t: number) => new Date(t).toISOString();

/** Every rule, on every send of one walk; throws (with the times) at the first broken one. */
export function checkWalk(k: CustomerCase, decisions: SimulatedDecision<SimulatedStep>[]): void {
  const { plan, world } = k;
  const last = decisions.at(-1);
  assert.ok(last && ['closed', 'done', 'no_channel'].includes(last.kind), `the walk ends in a final state, not ${last?.kind}`);
  if (world.closes) assert.deepEqual([last.kind, last.at], ['closed', world.closes.at], 'a payment or void ends it when it lands');
  for (const d of decisions) if (d.kind === 'deferred') assert.ok(d.until > d.at, `a deferral moves time on (${iso(d.at)})`);

  const sends = decisions.filter((d) => d.kind === 'sent');
  assert.ok(sends.length <= plan.maxMessages, `${sends.length} sends, the per-invoice cap is ${plan.maxMessages}`);
  assert.equal(new Set(sends.map((s) => s.step.index)).size, sends.length, 'each step at most once');
  const earlier = [...(world.history ?? [])];
  for (const s of sends) {
    const what = `step ${s.step.index} by ${s.channel} at ${iso(s.at)} (${world.zones.map((z) => `${z} ${local(s.at, z).weekday} ${local(s.at, z).date}`).join(', ')})`;
    assert.ok(s.at >= plan.from && s.at >= s.step.at, `${what}: not before the start or the step's time (${iso(s.step.at)})`);
    assert.ok(isInsideWindow(s.at, world.zones, world.window), `${what}: outside the window`);
    for (const zone of world.zones) {
      const l = local(s.at, zone);
      assert.ok(l.ofDayMs >= world.window.startSec * 1000 && l.ofDayMs < world.window.endSec * 1000, `${what}: ${l.ofDayMs / HOUR} h local in ${zone}`);
      if (world.window.skipWeekends) assert.ok(l.weekday !== 'Sat' && l.weekday !== 'Sun', `${what}: a ${l.weekday} in ${zone}`);
      assert.ok(!world.window.holidays.includes(l.date), `${what}: ${l.date} is a holiday in ${zone}`);
    }
    assert.deepEqual(capViolations(earlier, s.at, world.cap), [], `${what}: breaks the cap`);
    assert.equal(underCap(earlier, s.at, world.cap), undefined, `${what}: breaks the cap`);
    const refused = (world.refusals ?? []).find((r) => r.channel === s.channel && (r.from === undefined || r.from <= s.at) && (r.until === undefined || s.at < r.until));
    assert.equal(refused, undefined, `${what}: the channel is refused then`);
    assert.ok(s.to && s.to === addressFor(s.channel, world.contact), `${what}: to the customer's address`);
    if (world.closes) assert.ok(s.at < world.closes.at, `${what}: at or after the ${world.closes.status === 'paid' ? 'payment' : 'void'} (${iso(world.closes.at)})`);
    earlier.push(s.at);
  }
  for (let i = 1; i < sends.length; i++) assert.ok(sends[i]!.at >= sends[i - 1]!.at, 'sends in time order');
}

/** The seed to run with: REMIT_PROPERTY_SEED, or a fresh one (printed, to replay it). */
export function propertySeed(): number {
  const given = process.env.REMIT_PROPERTY_SEED;
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isSafeInteger(seed)) throw new Error(`REMIT_PROPERTY_SEED must be an integer, got ${given}`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 31);
}
