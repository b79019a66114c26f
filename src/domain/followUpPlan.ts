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
