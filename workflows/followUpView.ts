// The follow-up as the API shows it: the state the workflow keeps, which it publishes to the
// database so that reading an invoice needs no worker. Pure: the workflow and the service
// that creates the invoice (it writes the first view) build it with the same code.
import { canonicalJson } from '../src/domain/canonicalJson';
import { nextTouch, type BehaviourTouch, type NextTouch } from '../src/domain/followUpPlan';
import { fromMinor } from '../src/domain/money';
import { templateName } from '../src/domain/templates';
import type { FollowUpInput, FollowUpState, FollowUpStatus, ScheduledStep } from './definitions';

/** The state a follow-up starts in, before anything happened. */
export function openingState(input: FollowUpInput): FollowUpState {
  return {
    invoiceId: input.invoiceId,
    status: input.pause ? 'paused' : 'scheduled',
    currency: input.currency,
    amountDue: fromMinor(BigInt(input.amountDueMinor), input.currencyDigits),
    messagesSent: [],
    skippedSteps: [],
    notSent: [],
    ...(input.pause ? { pause: input.pause } : {}),
  };
}

/** An invoice paid or voided before its follow-up started (before the import): it closes at once. */
export function closedAtStart(input: FollowUpInput): { status: 'paid' | 'voided'; reason: string } | undefined {
  if (input.voided) return { status: 'voided', reason: 'voided before the follow-up started' };
  if (BigInt(input.amountDueMinor) === 0n) return { status: 'paid', reason: 'paid before the follow-up started' };
  return undefined;
}

/** Puts the state in `status`: only a paused follow-up has a pause; a closed one has nothing next. */
export function enterStatus(state: FollowUpState, status: FollowUpStatus): void {
  state.status = status;
  if (status !== 'paused') delete state.pause;
  if (status === 'paid' || status === 'voided') {
    delete state.nextStep;
    delete state.pendingBehaviour;
  }
}

/** What a follow-up waiting for its next touch shows as its next step. */
export function waitingFor(next: Extract<NextTouch<ScheduledStep>, { kind: 'wait' }>): NonNullable<FollowUpState['nextStep']> {
  const at = new Date(next.at).toISOString();
  const s = next.step;
  return s ? { index: s.index, at, channel: s.channel, template: next.touch ? next.touch.kind : templateName(s.template) } : { index: -1, at, channel: 'email', template: next.touch!.kind };
}

/** The next touch of a follow-up that has sent `sentCount` messages and is at `cursor`. */
export function nextTouchOf(input: FollowUpInput, cursor: number, pending: BehaviourTouch | undefined, now: number, sentCount: number) {
  return nextTouch(input.steps, cursor, pending, now, sentCount, input.maxMessages, input.behaviour.mergeWindowMs);
}

/** The view a new follow-up shows once it waits for its first touch: what the invoice's creator writes. */
export function firstView(input: FollowUpInput, now: number): FollowUpState {
  const state = openingState(input);
  const closed = closedAtStart(input);
  if (closed) {
    state.closedReason = closed.reason;
    enterStatus(state, closed.status);
  }
  if (state.status !== 'scheduled') return state;
  const next = nextTouchOf(input, input.resumeAfter?.cursor ?? 0, undefined, now, input.resumeAfter?.messagesSent ?? 0);
  return next.kind === 'wait' ? { ...state, nextStep: waitingFor(next) } : state;
}

/** A view's identity, whatever the order its fields were set in. */
export function viewKey(state: FollowUpState): string {
  return canonicalJson(state);
}
