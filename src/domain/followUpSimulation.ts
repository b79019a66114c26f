// The decision path of one follow-up, walked without sending: what invoiceFollowUp would do,
// turn by turn, in a world whose facts change over time (a payment, an opt-out, a consent).
// Pure: the preview renders its decisions, the property and differential tests check them.
// It mirrors workflows/invoiceFollowUp.ts (a change there must be made here too; the
// differential test in test/workflow/decisionPath.test.ts notices when it is not).
import type { Channel, StepChannel } from './channel';
import type { FrequencyCap } from './frequencyCap';
import { nextTouch, type PlannedStep } from './followUpPlan';
import type { SendWindow } from './quietHours';
import { addressFor, chooseRoute } from './routing';
import { judgeSend, type NotSentReason } from './sendDecision';
import type { DeferRule } from './sendRules';

export interface SimulatedStep extends PlannedStep {
  channel: StepChannel;
}

/** A channel refused over [from, until): an opt-out from `from` on, no consent `until` one is recorded. */
export interface TimedRefusal {
  channel: Channel;
  reason: string;
  from?: number;
  until?: number;
}

/** What the follow-up was given when it started. */
export interface SimulationPlan<S extends SimulatedStep> {
  /** scheduleSteps output: in the order they fall due. */
  steps: readonly S[];
  /** The per-invoice message cap. */
  maxMessages: number;
  /** When the walk starts (the follow-up starts, or the preview's `from`). */
  from: number;
  /** The channel of `auto` steps for a customer with no history. */
  sequenceDefault: Channel;
  /**
   * Set: no email is ever opened (a follow-up that gets no provider events), so a touchpoint
   * this long after the last email pivots to SMS, as the workflow does. Unset: every email is
   * taken as opened (the preview cannot know), so nothing pivots.
   */
  unopenedPivotAfterMs?: number;
  /** A reopened follow-up carries on after what was already sent. */
  cursor?: number;
  sentCount?: number;
}

/** The customer and the invoice as the system of record holds them, over time. */
export interface SimulationWorld {
  /** The invoice id: sends spread inside the window by `${invoiceKey}:${step}:${channel}`, as the send activity does. */
  invoiceKey: string;
  /** A payment (or a void) at `at` closes the follow-up; nothing reopens it here. */
  closes?: { at: number; status: 'paid' | 'void' };
  contact: { email?: string | null; phone?: string | null };
  refusals?: readonly TimedRefusal[];
  /** The channel this customer last answered or paid after (routes `auto` steps). */
  respondedOn?: Channel;
  zones: readonly string[];
  window: SendWindow;
  cap: FrequencyCap;
  spreadMaxMs: number;
  /** The customer's automated messages sent before `from`, all invoices. */
  history?: readonly number[];
}

export type SimulatedDecision<S extends SimulatedStep> =
  /** Catch-up dropped it (reported once, the first turn that drops it). */
  | { kind: 'skipped'; at: number; step: S }
  /** Quiet hours, the cap or the gap: the touchpoint is reconsidered at `until`. */
  | { kind: 'deferred'; at: number; step: S; channel: Channel; until: number; rules: DeferRule[]; reason: string }
  | { kind: 'sent'; at: number; step: S; channel: Channel; to: string; channelReason: string }
  /** Judged and refused: the sequence moves on. `why` is the human reason when there is one. */
  | { kind: 'not_sent'; at: number; step: S; channel: Channel; reason: NotSentReason; why?: string }
  /** Every channel unusable: the workflow pauses for a person; nothing more goes out. */
  | { kind: 'no_channel'; at: number; step: S; reason: string }
  /** Nothing more to send; `unsent` are the steps the cap left out. */
  | { kind: 'done'; at: number; reason: 'sequence_complete' | 'message_cap_reached'; unsent: S[] }
  | { kind: 'closed'; at: number; status: 'paid' | 'void' }
  /** The walk gave up after `maxTurns` turns (a bug: every turn moves the cursor or the clock). */
  | { kind: 'turn_limit'; at: number };

/** The refusal of each channel at `t`. */
export function refusalsAt(refusals: readonly TimedRefusal[] | undefined, t: number): Partial<Record<Channel, string>> {
  const out: Partial<Record<Channel, string>> = {};
  for (const r of refusals ?? []) {
    if ((r.from === undefined || r.from <= t) && (r.until === undefined || t < r.until)) out[r.channel] ??= r.reason;
  }
  return out;
}

/** The key the send activity spreads a step's deferred send by (its idempotency key). */
export function spreadKeyOf(invoiceKey: string, stepIndex: number, channel: Channel): string {
  return `${invoiceKey}:${stepIndex}:${channel}`;
}

/**
 * Walks the follow-up turn by turn as invoiceFollowUp does: nextTouch (no behaviour
 * follow-ups), then chooseRoute and judgeSend with the facts at that time. A send or a refusal
 * moves the cursor past the step; a deferral keeps it, so the same step (or a later one due by
 * then) is reconsidered at `until`; only sends count toward the cap. Ends with the workflow's
 * final state: closed when the world pays or voids the invoice, else done or no_channel.
 */
export function* simulateFollowUp<S extends SimulatedStep>(plan: SimulationPlan<S>, world: SimulationWorld, maxTurns = 1000): Generator<SimulatedDecision<S>> {
  let now = plan.from;
  let cursor = plan.cursor ?? 0;
  let sentCount = plan.sentCount ?? 0;
  const sentAt = [...(world.history ?? [])];
  let lastEmailAt: number | undefined;
  const reported = new Set<number>();
  const closes = world.closes;
  // A payment or void reaches the workflow as a signal: it ends any wait at once.
  const closed = (): SimulatedDecision<S> | undefined => (closes && closes.at <= now ? { kind: 'closed', at: Math.max(closes.at, plan.from), status: closes.status } : undefined);

  let end: SimulatedDecision<S> | undefined;
  for (let turn = 0; !end; turn++) {
    const stop = closed();
    if (stop) {
      yield stop;
      return;
    }
    if (turn >= maxTurns) {
      end = { kind: 'turn_limit', at: now };
      break;
    }
    const next = nextTouch(plan.steps, cursor, undefined, now, sentCount, plan.maxMessages, 0);
    if (next.kind === 'done') {
      const unsent = next.reason === 'message_cap_reached' ? plan.steps.filter((s) => s.index >= cursor) : [];
      end = { kind: 'done', at: now, reason: next.reason, unsent };
      break;
    }
    if (next.kind === 'wait') {
      now = next.at;
      continue;
    }
    if (next.kind !== 'send') throw new Error('unreachable: no behaviour follow-up is simulated');
    for (const s of next.skipped) {
      if (reported.has(s.index)) continue;
      reported.add(s.index);
      yield { kind: 'skipped', at: now, step: s };
    }
    const step = next.step;
    // No provider events: the last email stays unopened (see unopenedPivotAfterMs).
    const pivot = plan.unopenedPivotAfterMs;
    const emailUnopened = pivot !== undefined && lastEmailAt !== undefined && now - lastEmailAt >= pivot;
    const refused = refusalsAt(world.refusals, now);
    const route = chooseRoute({
      requested: step.channel,
      sequenceDefault: plan.sequenceDefault,
      contact: world.contact,
      unusable: refused,
      ...(step.channel === 'auto' && world.respondedOn ? { respondedOn: world.respondedOn } : {}),
      emailUnopened,
    });
    if (!route.channel) {
      end = { kind: 'no_channel', at: now, step, reason: route.reason };
      break;
    }
    const channel = route.channel;
    const judged = judgeSend(
      {
        // Open: a payment or void by now ended the walk above, as the workflow's fresh read does.
        invoice: { status: 'open' },
        to: addressFor(channel, world.contact),
        refusal: refused[channel],
        timing: { zones: world.zones, window: world.window, cap: world.cap, sentAt, spreadKey: spreadKeyOf(world.invoiceKey, step.index, channel), spreadMaxMs: world.spreadMaxMs },
      },
      now,
    );
    switch (judged.decision) {
      case 'hold':
        throw new Error('unreachable: the simulated invoice is open when judged');
      case 'defer':
        yield { kind: 'deferred', at: now, step, channel, until: judged.at, rules: judged.rules, reason: judged.reason };
        now = judged.at;
        break;
      case 'suppress':
        yield { kind: 'not_sent', at: now, step, channel, reason: judged.reason, ...(judged.why ? { why: judged.why } : {}) };
        cursor = step.index + 1;
        break;
      case 'send':
        yield { kind: 'sent', at: now, step, channel, to: judged.to, channelReason: route.reason };
        sentAt.push(now);
        sentCount++;
        cursor = step.index + 1;
        if (channel === 'email') lastEmailAt = now;
        break;
    }
  }
  yield end;
  // Paused or awaiting payment, the workflow still closes when the invoice is paid or voided.
  if (closes) yield { kind: 'closed', at: Math.max(closes.at, now), status: closes.status };
}
