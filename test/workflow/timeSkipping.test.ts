// invoiceFollowUp at day scale, in seconds: the real workflow bundle on Temporal's time-skipping
// test server, with stub activities that record each send at the server's (skipped) time.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { invoiceChange, pauseColumns, type PauseInfo } from '../../src/domain/invoiceState';
import {
  customerReplied,
  followUpPaused,
  followUpResumed,
  followUpState,
  invoiceChanged,
  invoiceVoided,
  paymentReceived,
  type FollowUpInput,
} from '../../workflows/definitions';
import { AmountDue, FollowUpStatus } from '../../workflows/searchAttributes';
import {
  DAY_MS,
  followUpInput,
  sleepUntil,
  stubActivities,
  useTimeSkipping,
  withFollowUpWorkers,
  type FollowUpHandle,
  type SendScript,
  type StubActivities,
  type StubInvoice,
} from '../support/timeSkipping';

const env = useTimeSkipping();
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
/** Each takes about a second; a stuck follow-up (a workflow task that keeps failing) fails it in this. */
const FAST = { timeout: 30_000 };
/** How late a send may be after its time: a workflow task and an activity, in real time. */
const SLACK_MS = 5_000;

interface FollowUp {
  handle: FollowUpHandle;
  stubs: StubActivities;
  input: FollowUpInput;
  /** When each step of the sequence falls due, by index. */
  stepAt: number[];
}

/**
 * One follow-up of the default sequence, due at `dueAt(now)` (by default its first step falls due in an hour);
 * `input` adds to its input what FollowUpService would (a customer's pause).
 */
async function followUp(
  o: { invoice?: Partial<StubInvoice>; send?: SendScript; dueAt?: (now: number) => number; input?: Partial<FollowUpInput> },
  body: (f: FollowUp) => Promise<void>,
) {
  const stubs = stubActivities(env(), { ...(o.invoice ? { invoice: o.invoice } : {}), ...(o.send ? { send: o.send } : {}) });
  await withFollowUpWorkers(env(), stubs.activities, async (start) => {
    const now = await env().currentTimeMs();
    const input = { ...followUpInput({ dueAt: o.dueAt?.(now) ?? now + DAY_MS + HOUR_MS }), ...o.input };
    await body({ handle: await start(input), stubs, input, stepAt: input.steps.map((s) => s.at) });
  });
}

const now = () => env().currentTimeMs();
const iso = (t: number) => new Date(t).toISOString();
const state = (f: FollowUp) => f.handle.query(followUpState);
const sentSteps = (f: FollowUp) => f.stubs.sent().map((s) => s.req.stepIndex);

const versions = new WeakMap<FollowUp, number>();
/**
 * A change committed to the invoice row, as the API makes it: the stub system of record takes it
 * (what the next syncInvoice reads), and the follow-up is told with the signal the outbox
 * delivers, built by the same code (invoiceChange of the row) with the next command id as version.
 */
async function commit(f: FollowUp, row: { status: StubInvoice['status']; amountDue?: string; pause?: PauseInfo }, reason?: string) {
  const amountDue = row.amountDue ?? f.stubs.invoice.amountDue;
  Object.assign(f.stubs.invoice, { status: row.status, amountDue });
  const version = (versions.get(f) ?? 0) + 1;
  versions.set(f, version);
  const change = invoiceChange({ status: row.status, currency: f.input.currency, amountDue: { toFixed: (d) => Number(amountDue).toFixed(d) }, ...pauseColumns(row.pause) }, reason);
  await f.handle.signal(invoiceChanged, { ...change, version: String(version) });
}

/** The follow-up's search attributes as the server holds them (the ones it upserted: this harness starts it without the dispatcher's). */
async function searchAttributes(f: FollowUp) {
  const { typedSearchAttributes: sa } = await f.handle.describe();
  return { status: sa.get(FollowUpStatus), amountDue: sa.get(AmountDue) };
}

/** Each send went out within SLACK_MS after `expected` (by index). */
function assertSentAt(f: FollowUp, expected: Record<number, number>) {
  for (const [step, at] of Object.entries(expected)) {
    const sends = f.stubs.sent().filter((s) => s.req.stepIndex === Number(step));
    assert.equal(sends.length, 1, `step ${step} sent once`);
    const late = sends[0]!.at - at;
    assert.ok(late >= 0 && late <= SLACK_MS, `step ${step} sent at ${iso(sends[0]!.at)}, due ${iso(at)}`);
  }
}

describe('invoiceFollowUp over days, on the time-skipping server', () => {
  test('the default sequence: every step once, at its time, then awaiting payment; a full payment closes it', FAST, async () => {
    // A phone number: unopened emails pivot the later steps to SMS (the messaging task queue).
    await followUp({ invoice: { contact: { email: 'ap@example.com', phone: '+15005550006' } } }, async (f) => {
      assert.equal(f.stepAt.length, 5);
      await sleepUntil(env(), f.stepAt[4]! + HOUR_MS);
      assertSentAt(f, Object.fromEntries(f.stepAt.map((at, i) => [i, at])));
      assert.deepEqual(sentSteps(f), [0, 1, 2, 3, 4]);
      assert.deepEqual(f.stubs.sent().map((s) => s.req.channel), ['email', 'email', 'sms', 'sms', 'sms']);
      const s = await state(f);
      assert.equal(s.status, 'awaiting_payment');
      assert.deepEqual(s.messagesSent.map((m) => m.stepIndex), [0, 1, 2, 3, 4]);
      assert.ok(f.stubs.reports.some((r) => r.report.event === 'sequence_finished'));

      await f.handle.signal(paymentReceived, { paymentId: 'pay-1', amount: '1250.00' });
      const result = await f.handle.result();
      assert.equal(result.status, 'paid');
      assert.equal(result.amountDue, '0.00');
      assert.equal(result.closedReason, 'paid in full');
      await sleepUntil(env(), (await now()) + 30 * DAY_MS);
      assert.equal(f.stubs.sends.length, 5, 'nothing more sent');
      assert.equal(f.stubs.reports.at(-1)?.report.event, 'follow_up_paid');
    });
  });

  test('a payment in full in the middle of the sequence: no further step, closed as paid', FAST, async () => {
    await followUp({}, async (f) => {
      await sleepUntil(env(), f.stepAt[1]! + HOUR_MS);
      assert.deepEqual(sentSteps(f), [0, 1]);
      await f.handle.signal(paymentReceived, { paymentId: 'pay-1', amount: '1250.00' });
      assert.equal((await f.handle.result()).status, 'paid');
      await sleepUntil(env(), f.stepAt[4]! + DAY_MS);
      assert.deepEqual(sentSteps(f), [0, 1]);
    });
  });

  test('a pause until next week: nothing sent that week, then the latest due step when it lapses', FAST, async () => {
    await followUp({}, async (f) => {
      await sleepUntil(env(), f.stepAt[0]! + MINUTE_MS);
      const until = (await now()) + 7 * DAY_MS;
      await f.handle.signal(followUpPaused, { actor: 'support', reason: 'disputed', until: iso(until) });
      await sleepUntil(env(), until - MINUTE_MS);
      assert.deepEqual(sentSteps(f), [0], 'steps 1 and 2 fell due during the pause');
      const paused = await state(f);
      assert.equal(paused.status, 'paused');
      assert.equal(paused.pause?.until, iso(until));

      await sleepUntil(env(), until + MINUTE_MS);
      // Catch-up: only the most recent due step goes, at the lapse; the one before is skipped.
      assertSentAt(f, { 0: f.stepAt[0]!, 2: until });
      const lapsed = f.stubs.reports.find((r) => r.report.event === 'pause_lapsed');
      assert.ok(lapsed && lapsed.at >= until && lapsed.at - until <= SLACK_MS, 'pause_lapsed reported when it lapsed');
      assert.equal(lapsed.report.invoiceStatus, 'open');
      const s = await state(f);
      assert.equal(s.status, 'scheduled');
      assert.deepEqual(s.skippedSteps, [1]);

      await sleepUntil(env(), f.stepAt[4]! + HOUR_MS);
      assertSentAt(f, { 3: f.stepAt[3]!, 4: f.stepAt[4]! });
    });
  });

  test('quiet hours overnight: each step deferred to 08:00 is sent then, once', FAST, async () => {
    const nextEight = (t: number) => {
      const d = new Date(t);
      const eight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 8);
      return eight > t ? eight : eight + DAY_MS;
    };
    // Quiet from 21:00 to 08:00 UTC, as the send rules answer: not now, at 08:00.
    const quietHours: SendScript = ({ at }) => {
      const hour = new Date(at).getUTCHours();
      return hour >= 21 || hour < 8 ? { status: 'deferred', until: iso(nextEight(at)), rules: ['quiet_hours'], reason: 'quiet hours 21:00-08:00' } : undefined;
    };
    // Due at 22:00 UTC: every step of the default sequence falls due in quiet hours.
    const at22 = (t: number) => {
      const d = new Date(t + 2 * DAY_MS);
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 22);
    };
    await followUp({ send: quietHours, dueAt: at22 }, async (f) => {
      const morning = nextEight(f.stepAt[0]!);
      await sleepUntil(env(), morning - MINUTE_MS);
      assert.deepEqual(f.stubs.sends.map((s) => s.result.status), ['deferred'], 'asked once, at 22:00, and deferred');
      assert.deepEqual((await state(f)).deferred, { stepIndex: 0, kind: 'step', until: iso(morning), rules: ['quiet_hours'], reason: 'quiet hours 21:00-08:00' });

      await sleepUntil(env(), f.stepAt[4]! + DAY_MS);
      assertSentAt(f, Object.fromEntries(f.stepAt.map((at, i) => [i, nextEight(at)])));
      for (const [i, at] of f.stepAt.entries()) {
        const calls = f.stubs.sends.filter((s) => s.req.stepIndex === i);
        assert.deepEqual(calls.map((c) => c.result.status), ['deferred', 'sent'], `step ${i}: deferred, then sent`);
        assert.ok(calls[0]!.at - at <= SLACK_MS);
      }
      const s = await state(f);
      assert.equal(s.deferred, undefined);
      assert.equal(s.status, 'awaiting_payment');
    });
  });

  test('a customer reply pauses it; resumed, the latest due step goes at once', FAST, async () => {
    await followUp({}, async (f) => {
      await sleepUntil(env(), f.stepAt[0]! + MINUTE_MS);
      await f.handle.signal(customerReplied, { replyId: 'reply-1', channel: 'email', receivedAt: iso(await now()) });
      await sleepUntil(env(), f.stepAt[2]! + HOUR_MS);
      assert.deepEqual(sentSteps(f), [0]);
      const paused = await state(f);
      assert.equal(paused.status, 'paused');
      assert.equal(paused.pause?.kind, 'reply');

      const resumedAt = await now();
      await f.handle.signal(followUpResumed, { actor: 'support' });
      await sleepUntil(env(), resumedAt + MINUTE_MS);
      assertSentAt(f, { 2: resumedAt });
      const s = await state(f);
      assert.equal(s.status, 'scheduled');
      assert.deepEqual(s.skippedSteps, [1]);
      assert.equal(s.nextStep?.index, 3);
    });
  });

  test('a void closes it as voided and nothing more is sent', FAST, async () => {
    await followUp({}, async (f) => {
      await sleepUntil(env(), f.stepAt[0]! + MINUTE_MS);
      await f.handle.signal(invoiceVoided, { actor: 'support', reason: 'issued in error' });
      const result = await f.handle.result();
      assert.equal(result.status, 'voided');
      assert.equal(result.closedReason, 'voided by support: issued in error');
      assert.equal(f.stubs.reports.at(-1)?.report.event, 'follow_up_voided');
      await sleepUntil(env(), f.stepAt[4]! + DAY_MS);
      assert.deepEqual(sentSteps(f), [0]);
    });
  });

  // The API tells a follow-up every change of its invoice with one signal, invoiceChanged (the
  // whole row as committed); the tests below drive the follow-up with it, as the outbox does.

  test('invoiceChanged, money: a partial payment lowers what it is owed and the sequence goes on; the rest closes it as paid', FAST, async () => {
    await followUp({}, async (f) => {
      await sleepUntil(env(), f.stepAt[1]! + HOUR_MS);
      assert.deepEqual(sentSteps(f), [0, 1]);

      await commit(f, { status: 'open', amountDue: '1000.00' });
      const partial = await state(f);
      assert.equal(partial.amountDue, '1000.00');
      assert.equal(partial.status, 'scheduled', 'a partial payment does not stop it');
      assert.equal(partial.nextStep?.index, 2);
      assert.equal((await searchAttributes(f)).amountDue, 100000);

      await sleepUntil(env(), f.stepAt[2]! + HOUR_MS);
      assertSentAt(f, { 2: f.stepAt[2]! });

      await commit(f, { status: 'paid', amountDue: '0.00' }, 'paid in full');
      const result = await f.handle.result();
      assert.equal(result.status, 'paid');
      assert.equal(result.amountDue, '0.00');
      assert.equal(result.closedReason, 'paid in full');
      assert.deepEqual(result.messagesSent.map((m) => m.stepIndex), [0, 1, 2]);
      const last = f.stubs.reports.at(-1)?.report;
      assert.deepEqual([last?.event, last?.detail], ['follow_up_paid', { reason: 'paid in full', messagesSent: 3 }]);
      assert.deepEqual(await searchAttributes(f), { status: 'paid', amountDue: 0 });
      await sleepUntil(env(), f.stepAt[4]! + DAY_MS);
      assert.deepEqual(sentSteps(f), [0, 1, 2], 'nothing after the payment');
    });
  });

  test('invoiceChanged, a reply: paused for days; resumed, only the most recent due step goes at once, then the rest at their times', FAST, async () => {
    await followUp({}, async (f) => {
      await sleepUntil(env(), f.stepAt[0]! + MINUTE_MS);
      const reply: PauseInfo = { kind: 'reply', actor: 'customer', reason: 'customer replied by email', since: iso(await now()) };
      await commit(f, { status: 'paused', pause: reply });
      await sleepUntil(env(), f.stepAt[2]! + HOUR_MS);
      assert.deepEqual(sentSteps(f), [0], 'steps 1 and 2 fell due while paused');
      const paused = await state(f);
      assert.equal(paused.status, 'paused');
      assert.deepEqual(paused.pause, reply);

      const resumedAt = await now();
      await commit(f, { status: 'open' });
      await sleepUntil(env(), resumedAt + MINUTE_MS);
      assertSentAt(f, { 0: f.stepAt[0]!, 2: resumedAt });
      assert.deepEqual(sentSteps(f), [0, 2], 'step 1 is not sent late');
      const skipped = f.stubs.reports.find((r) => r.report.event === 'steps_skipped');
      assert.deepEqual(skipped?.report.detail, { steps: [1], reason: 'catch-up: only the most recent due step is sent' });
      assert.ok(!f.stubs.reports.some((r) => r.report.event === 'pause_lapsed'), 'a resume is not a lapse');
      const resumed = await state(f);
      assert.equal(resumed.status, 'scheduled');
      assert.equal(resumed.pause, undefined);
      assert.deepEqual(resumed.skippedSteps, [1]);
      assert.equal(resumed.nextStep?.index, 3);

      await sleepUntil(env(), f.stepAt[4]! + HOUR_MS);
      assertSentAt(f, { 3: f.stepAt[3]!, 4: f.stepAt[4]! });
      const done = await state(f);
      assert.equal(done.status, 'awaiting_payment');
      assert.deepEqual(done.messagesSent.map((m) => m.stepIndex), [0, 2, 3, 4]);
      assert.deepEqual(done.skippedSteps, [1]);
    });
  });

  test('invoiceChanged, a support pause with `until`: it lapses by itself, the latest due step goes then, the row is reopened; a void ends it', FAST, async () => {
    await followUp({}, async (f) => {
      // Paused before anything went out, until a day before step 2: steps 0 and 1 fall due meanwhile.
      const until = f.stepAt[2]! - DAY_MS;
      const pause: PauseInfo = { kind: 'support', actor: 'clerk@example.com', reason: 'promised payment', since: iso(await now()), until: iso(until) };
      await commit(f, { status: 'paused', pause });
      await sleepUntil(env(), until - MINUTE_MS);
      assert.deepEqual(f.stubs.sends, [], 'nothing asked for during the pause');
      const paused = await state(f);
      assert.equal(paused.status, 'paused');
      assert.deepEqual(paused.pause, pause);

      await sleepUntil(env(), until + MINUTE_MS);
      assertSentAt(f, { 1: until });
      assert.deepEqual(sentSteps(f), [1]);
      const lapsed = f.stubs.reports.find((r) => r.report.event === 'pause_lapsed');
      assert.ok(lapsed && lapsed.at >= until && lapsed.at - until <= SLACK_MS, 'pause_lapsed reported when it lapsed');
      assert.equal(lapsed.report.invoiceStatus, 'open', 'the workflow writes the lapse back to the row');
      assert.equal(f.stubs.invoice.status, 'open');
      const s = await state(f);
      assert.equal(s.status, 'scheduled');
      assert.equal(s.pause, undefined);
      assert.deepEqual(s.skippedSteps, [0]);
      assert.equal(s.nextStep?.index, 2);

      await sleepUntil(env(), f.stepAt[2]! + MINUTE_MS);
      assertSentAt(f, { 2: f.stepAt[2]! });
      await commit(f, { status: 'void' }, 'voided by billing: issued in error');
      const result = await f.handle.result();
      assert.equal(result.status, 'voided');
      assert.equal(result.closedReason, 'voided by billing: issued in error');
      assert.equal(f.stubs.reports.at(-1)?.report.event, 'follow_up_voided');
      await sleepUntil(env(), f.stepAt[4]! + DAY_MS);
      assert.deepEqual(sentSteps(f), [1, 2], 'nothing after the void');
    });
  });

  test('started paused (its customer is on hold): nothing goes out until invoiceChanged reopens it, then the latest due step', FAST, async () => {
    const hold: PauseInfo = { kind: 'support', actor: 'support@example.com', reason: 'disputed', since: '2026-01-01T00:00:00.000Z' };
    await followUp({ invoice: { status: 'paused' }, input: { pause: hold } }, async (f) => {
      await sleepUntil(env(), f.stepAt[1]! + HOUR_MS);
      assert.deepEqual(f.stubs.sends, [], 'steps 0 and 1 fell due on hold');
      const held = await state(f);
      assert.equal(held.status, 'paused');
      assert.deepEqual(held.pause, hold);

      const releasedAt = await now();
      await commit(f, { status: 'open' });
      await sleepUntil(env(), releasedAt + MINUTE_MS);
      assertSentAt(f, { 1: releasedAt });
      assert.deepEqual(sentSteps(f), [1]);
      const s = await state(f);
      assert.equal(s.status, 'scheduled');
      assert.deepEqual(s.skippedSteps, [0]);
      assert.equal(s.nextStep?.index, 2);
    });
  });
});
