// What a follow-up does next, given its schedule and the time. Pure and deterministic:
// the invoiceFollowUp workflow calls it on every turn.

export interface PlannedStep {
  index: number;
  /** Epoch ms at which the step falls due. */
  at: number;
}

export type NextAction<S extends PlannedStep> =
  /** Send `step` now; `skipped` are older due steps that catch-up drops. */
  | { kind: 'send'; step: S; skipped: S[] }
  | { kind: 'wait'; step: S }
  | { kind: 'done'; reason: 'sequence_complete' | 'message_cap_reached' };

/**
 * Catch-up rule: of the steps at or after `cursor` that are already due, only the most
 * recent is sent (an invoice imported late, or resumed after a pause, never gets a burst
 * of stale messages). The per-invoice cap applies to every sequence.
 */
export function nextAction<S extends PlannedStep>(
  steps: readonly S[],
  cursor: number,
  now: number,
  sentCount: number,
  cap: number,
): NextAction<S> {
  if (sentCount >= cap) return { kind: 'done', reason: 'message_cap_reached' };
  const remaining = steps.filter((s) => s.index >= cursor);
  const due = remaining.filter((s) => s.at <= now);
  if (due.length > 0) return { kind: 'send', step: due[due.length - 1]!, skipped: due.slice(0, -1) };
  const next = remaining[0];
  return next ? { kind: 'wait', step: next } : { kind: 'done', reason: 'sequence_complete' };
}

/** A follow-up prompted by what the customer did: opened (or clicked in) an email but did not pay. */
export interface BehaviourTouch {
  kind: 'opened_unpaid' | 'clicked_unpaid';
  /** Epoch ms at which it is due (the event time plus the configured window). */
  at: number;
}

export type NextTouch<S extends PlannedStep> =
  | { kind: 'send'; step: S; skipped: S[] }
  /** Send the behaviour follow-up; when it lands close to a scheduled step, it replaces that step. */
  | { kind: 'send_behaviour'; touch: BehaviourTouch; replaces?: S; skipped: S[] }
  | { kind: 'wait'; at: number; step?: S; touch?: BehaviourTouch }
  | { kind: 'done'; reason: 'sequence_complete' | 'message_cap_reached' };

/**
 * nextAction, with an optional pending behaviour follow-up. A behaviour follow-up within
 * `mergeWindowMs` of the next scheduled step, or due at the same time as an overdue step,
 * replaces that step (one message, at the earlier of the two times, with the behaviour's
 * content); otherwise whichever is due first goes first.
 * Behaviour follow-ups count toward the per-invoice cap like any message.
 */
export function nextTouch<S extends PlannedStep>(
  steps: readonly S[],
  cursor: number,
  behaviour: BehaviourTouch | undefined,
  now: number,
  sentCount: number,
  cap: number,
  mergeWindowMs: number,
): NextTouch<S> {
  const base = nextAction(steps, cursor, now, sentCount, cap);
  if (!behaviour || (base.kind === 'done' && base.reason === 'message_cap_reached')) {
    return base.kind === 'wait' ? { kind: 'wait', at: base.step.at, step: base.step } : base;
  }
  const next = base.kind === 'done' ? undefined : base.step;
  const skipped = base.kind === 'send' ? base.skipped : [];
  // Both overdue (a worker was down, a pause ended): one message, not two in a row.
  const bothDue = base.kind === 'send' && behaviour.at <= now;
  if (next && (bothDue || Math.abs(next.at - behaviour.at) <= mergeWindowMs)) {
    const at = Math.min(next.at, behaviour.at);
    return at <= now ? { kind: 'send_behaviour', touch: behaviour, replaces: next, skipped } : { kind: 'wait', at, step: next, touch: behaviour };
  }
  if (!next || behaviour.at < next.at) {
    if (behaviour.at <= now) return { kind: 'send_behaviour', touch: behaviour, skipped: [] };
    if (base.kind !== 'send') return { kind: 'wait', at: behaviour.at, touch: behaviour };
  }
  return base.kind === 'wait' ? { kind: 'wait', at: base.step.at, step: base.step } : base;
}
