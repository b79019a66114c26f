// Preview equals reality: random customers (the property test's generator) run through the
// real invoiceFollowUp on Temporal's time-skipping server, with activities that answer from
// the same world the simulation walks (test/support/timeSkipping: worldActivities). What the
// workflow sends (step, channel, time), leaves unsent or skips, and where it ends must be what
// src/domain/followUpSimulation says. REMIT_PROPERTY_SEED=<n> replays a run.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Channel } from '../../src/domain/channel';
import { simulateFollowUp, type SimulatedDecision, type SimulatedStep } from '../../src/domain/followUpSimulation';
import { followUpState, invoiceChanged, type FollowUpInput, type FollowUpState } from '../../workflows/definitions';
import { DAY_MS, followUpInput, sleepUntil, useTimeSkipping, withFollowUpWorkers, worldActivities, type FollowUpHandle } from '../support/timeSkipping';
import { customerCase, propertySeed, randomCustomer, type CustomerCase, type RandomCustomer } from '../support/randomCustomers';

const env = useTimeSkipping();
const CUSTOMERS = 25;
/** How much later than the simulation the workflow may act: workflow tasks and activities take real time, and each send's lag carries into the gap after it. */
const SLACK_MS = 20_000;

interface Run {
  n: number;
  customer: RandomCustomer;
  k: CustomerCase;
  input: FollowUpInput;
  expected: SimulatedDecision<SimulatedStep>[];
  handle?: FollowUpHandle;
}

/** Where the workflow ends up after the simulation's last decision. */
function finalStatus(last: SimulatedDecision<SimulatedStep>): FollowUpState['status'] {
  if (last.kind === 'closed') return last.status === 'paid' ? 'paid' : 'voided';
  if (last.kind === 'no_channel') return 'paused';
  if (last.kind === 'done') return 'awaiting_payment';
  throw new Error(`the simulation ended in ${last.kind}`);
}

/** The differences between what the workflow did and what the simulation said, as text. */
function differences(r: Run, state: FollowUpState, sent: { at: number; step: number; channel: Channel }[]): string[] {
  const out: string[] = [];
  const iso = (t: number) => new Date(t).toISOString();
  const simSent = r.expected.filter((d) => d.kind === 'sent').map((d) => ({ at: d.at, step: d.step.index, channel: d.channel }));
  const show = (xs: typeof simSent) => xs.map((x) => `${x.step}/${x.channel}@${iso(x.at)}`).join(', ') || 'none';
  if (JSON.stringify(sent.map((s) => [s.step, s.channel])) !== JSON.stringify(simSent.map((s) => [s.step, s.channel]))) {
    out.push(`sends: workflow ${show(sent)}; simulation ${show(simSent)}`);
  } else {
    sent.forEach((s, i) => {
      const late = s.at - simSent[i]!.at;
      if (late < 0 || late > SLACK_MS) out.push(`step ${s.step} sent at ${iso(s.at)}, the simulation says ${iso(simSent[i]!.at)}`);
    });
  }
  const notSent = r.expected.filter((d) => d.kind === 'not_sent' || d.kind === 'no_channel').map((d) => d.step.index);
  const wfNotSent = state.notSent.map((n) => n.stepIndex);
  if (JSON.stringify(wfNotSent) !== JSON.stringify(notSent)) out.push(`not sent: workflow [${wfNotSent}], simulation [${notSent}]`);
  const skipped = r.expected.filter((d) => d.kind === 'skipped').map((d) => d.step.index);
  const wfSkipped = [...new Set(state.skippedSteps)];
  if (JSON.stringify(wfSkipped) !== JSON.stringify(skipped)) out.push(`skipped: workflow [${wfSkipped}], simulation [${skipped}]`);
  const status = finalStatus(r.expected.at(-1)!);
  if (state.status !== status) out.push(`status: workflow ${state.status}, simulation ${status}`);
  return out;
}

/** A customer's follow-up, its input as FollowUpService builds it, and what the simulation walks. */
function runOf(customer: RandomCustomer, n: number, invoiceId: string): Run {
  const k = customerCase(customer, invoiceId);
  const base = followUpInput({ dueAt: k.dueAt, timeZone: k.scheduleZone, steps: k.sequence });
  const input: FollowUpInput = {
    ...base,
    invoiceId,
    maxMessages: k.plan.maxMessages,
    // Half a minute short of whole hours: steps fall on whole minutes, so an email's age at the
    // next touchpoint is never within latency of the pivot. At exactly 48 h the workflow (whose
    // email went a few ms after its time) and the simulation (at its time) would split on it.
    behaviour: { ...base.behaviour, sequenceDefaultChannel: k.plan.sequenceDefault, unopenedPivotAfterMs: base.behaviour.unopenedPivotAfterMs - 30_000 },
  };
  assert.deepEqual(input.steps, k.plan.steps, 'the workflow is given the steps the simulation walks');
  // No provider events reach the workflow: its emails stay unopened, and pivot after this long.
  const plan = { ...k.plan, unopenedPivotAfterMs: input.behaviour.unopenedPivotAfterMs };
  return { n, customer, k, input, expected: [...simulateFollowUp(plan, k.world)] };
}

/** Runs every follow-up on the real workflow at once and returns where it disagreed with the simulation. */
async function disagreements(runs: Run[]): Promise<string[]> {
  const stubs = worldActivities(env(), new Map(runs.map((r) => [r.input.invoiceId, r.k.world])));
  return withFollowUpWorkers(env(), stubs.activities, async (start) => {
    // Each follow-up starts at its `from`; its payment or void arrives as invoiceChanged when it lands.
    const events = runs.flatMap((r) => {
      const closes = r.k.world.closes;
      const change = closes && { version: '1', status: closes.status, amountDueMinor: closes.status === 'paid' ? '0' : r.input.amountDueMinor, reason: `${closes.status} (test)` };
      return [
        { at: r.k.plan.from, act: async () => void (r.handle = await start(r.input)) },
        ...(closes && change ? [{ at: closes.at, act: () => r.handle!.signal(invoiceChanged, change) }] : []),
      ];
    });
    events.sort((a, b) => a.at - b.at);
    for (const e of events) {
      await sleepUntil(env(), e.at);
      await e.act();
    }
    await sleepUntil(env(), Math.max(...runs.map((r) => r.expected.at(-1)!.at)) + DAY_MS);

    const found: string[] = [];
    let repeatedSkips = 0;
    for (const r of runs) {
      const state = await r.handle!.query(followUpState);
      repeatedSkips += state.skippedSteps.length - new Set(state.skippedSteps).size;
      const sent = stubs.sent(r.input.invoiceId).map((s) => ({ at: s.at, step: s.req.stepIndex, channel: s.req.channel }));
      const diff = differences(r, state, sent);
      if (diff.length) found.push(`customer ${r.n} ${JSON.stringify(r.customer)}:\n  ${diff.join('\n  ')}`);
    }
    const count = (kind: string) => runs.reduce((n, r) => n + r.expected.filter((d) => d.kind === kind).length, 0);
    console.log(`decision path, workflow vs simulation: ${count('sent')} sends, ${count('deferred')} deferrals compared; the workflow listed a step in skippedSteps again after a deferral ${repeatedSkips} time(s)`);
    return found;
  });
}

/** The server's clock starts now and only moves forward: due dates from next year on. */
const baseYear = async () => Math.max(2027, new Date(await env().currentTimeMs()).getUTCFullYear() + 1);

describe('the decision path: the workflow against the simulation', () => {
  test(`${CUSTOMERS} random customers: the workflow sends, skips and stops where the simulation says`, { timeout: 600_000 }, async () => {
    const seed = propertySeed();
    const year = await baseYear();
    console.log(`decision path, workflow vs simulation: seed ${seed}, ${CUSTOMERS} customers due from ${year} (REMIT_PROPERTY_SEED=${seed} replays it)`);
    const runs = fc.sample(randomCustomer(year), { seed, numRuns: CUSTOMERS }).map((c, n) => runOf(c, n, `dp-${process.pid}-${seed}-${n}`));
    const found = await disagreements(runs);
    assert.deepEqual(found, [], `seed ${seed}: the workflow and the simulation disagree:\n${found.join('\n')}`);
  });

  test('steps out of index order in time (PT23H30M, then P1D over the spring-forward night): the deferred step is skipped, then sent after all', { timeout: 120_000 }, async () => {
    // London, due Saturday 10:00 GMT: P1D is Sunday 10:00 BST (09:00Z), before PT23H30M (09:30Z).
    // A send on Friday 10:00Z and a 48 h gap defer step 1 to 10:00Z, when both are due: the
    // cursor is an index, so the latest by time (step 0) goes, then step 1, after the gap.
    const customer: RandomCustomer = {
      zone: 'Europe/London',
      zoneKnown: true,
      addressZone: undefined,
      email: 'ada@example.com',
      phone: undefined,
      due: { year: await baseYear(), transition: 'last-sun-mar', shiftDays: -1, hour: 10, minute: 0 },
      steps: [
        { days: 0, hours: 23, minutes: 30, channel: 'email' },
        { days: 1, hours: 0, minutes: 0, channel: 'email' },
      ],
      defaultChannel: 'email',
      respondedOn: undefined,
      startAfterMin: -23 * 60,
      window: { startHour: 0, startMinute: 0, hours: 24, skipWeekends: false, holidays: [] },
      cap: { maxMessages: 5, periodDays: 1, gapHours: 48 },
      spreadMaxMs: 0,
      invoiceCap: 5,
      refusals: [],
      optOut: undefined,
      payment: undefined,
      history: [24 * 60],
      unopenedPivotHours: undefined,
    };
    const run = runOf(customer, 0, `dp-${process.pid}-inverted`);
    assert.deepEqual(
      run.expected.map((d) => [d.kind, 'step' in d ? d.step.index : null]),
      [['deferred', 1], ['skipped', 1], ['sent', 0], ['deferred', 1], ['sent', 1], ['done', null]],
    );
    assert.deepEqual(await disagreements([run]), []);
  });
});
