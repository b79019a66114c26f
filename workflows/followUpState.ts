// What one follow-up knows while it runs, and the signals that change it. The database owns
// the invoice's money, status and pause (`invoiceChanged` mirrors them); the follow-up owns its
// plan: where it is in the sequence, what it sent, and the behaviour follow-ups it owes.
import { condition, patched, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import type { BehaviourTouch } from '../src/domain/followUpPlan';
import { fromMinor, toMinor } from '../src/domain/money';
import {
  customerReplied,
  followUpPaused,
  followUpResumed,
  followUpState,
  invoiceChanged,
  invoiceVoided,
  messageEvent,
  paymentReceived,
  paymentRefunded,
  type FollowUpInput,
  type FollowUpState,
  type FollowUpStatus as Status,
  type PauseInfo,
} from './definitions';
import { enterStatus, openingState } from './followUpView';
import { AmountDue, Disputed, FollowUpStatus } from './searchAttributes';

const CLOSED: readonly Status[] = ['paid', 'voided'];

/** The last email sent, and whether the customer engaged with our email since. */
export interface LastEmail {
  messageId: string;
  sentAt: number;
  opened: boolean;
}

export class FollowUp {
  readonly state: FollowUpState;
  /** The next step of the sequence to send. */
  cursor: number;
  lastEmail: LastEmail | undefined;
  pendingBehaviour: BehaviourTouch | undefined;
  readonly behaviourDone = new Set<BehaviourTouch['kind']>();
  private amountDue: bigint;
  // Bumped whenever something changes the plan (a behaviour follow-up), to cut a wait short.
  private planVersion = 0;
  private disputed = false;

  constructor(readonly input: FollowUpInput) {
    this.state = openingState(input);
    this.amountDue = BigInt(input.amountDueMinor);
    this.cursor = input.resumeAfter?.cursor ?? 0;
  }

  /** Messages sent by this follow-up and the runs before it (a reopened invoice keeps its count). */
  get sentCount(): number {
    return (this.input.resumeAfter?.messagesSent ?? 0) + this.state.messagesSent.length;
  }

  closed(): boolean {
    return CLOSED.includes(this.state.status);
  }

  setStatus(status: Status): void {
    if (this.closed()) return;
    enterStatus(this.state, status);
    upsertSearchAttributes([{ key: FollowUpStatus, value: status }]);
  }

  close(status: 'paid' | 'voided', reason: string): void {
    if (this.closed()) return;
    this.state.closedReason = reason;
    this.setStatus(status);
  }

  /** A refund of a paid invoice that lands before this run has finished reopens it here. */
  reopen(): void {
    delete this.state.closedReason;
    this.state.status = 'scheduled';
    upsertSearchAttributes([{ key: FollowUpStatus, value: 'scheduled' }]);
  }

  setAmount(minor: bigint): void {
    this.amountDue = minor < 0n ? 0n : minor;
    this.state.amountDue = fromMinor(this.amountDue, this.input.currencyDigits);
    upsertSearchAttributes([{ key: AmountDue, value: Number(this.amountDue) }]);
  }

  pause(p: PauseInfo): void {
    if (this.closed()) return;
    this.setStatus('paused');
    this.state.pause = p;
    this.setDisputed(p.kind === 'dispute');
  }

  resume(): void {
    if (this.state.status === 'paused') this.setStatus('scheduled');
    this.setDisputed(false);
  }

  /** The Disputed search attribute follows a dispute's hold (runs from before it never set it). */
  private setDisputed(disputed: boolean): void {
    if (disputed === this.disputed || !patched('disputed-search-attribute')) return;
    this.disputed = disputed;
    upsertSearchAttributes([{ key: Disputed, value: disputed }]);
  }

  setBehaviour(b: BehaviourTouch | undefined): void {
    this.pendingBehaviour = b;
    if (b) this.state.pendingBehaviour = { kind: b.kind, at: new Date(b.at).toISOString() };
    else delete this.state.pendingBehaviour;
    this.planVersion++;
  }

  /**
   * A re-armable wait: until `at` (or for good), unless the course changes first: the status
   * leaves `status`, or (with `onPlanChange`) a behaviour follow-up is planned. True when the
   * time came.
   */
  async waitWhile(status: Status, at: number | undefined, onPlanChange = true): Promise<boolean> {
    const version = this.planVersion;
    const changed = () => this.state.status !== status || (onPlanChange && this.planVersion !== version);
    if (at === undefined) {
      await condition(changed);
      return false;
    }
    return !(await condition(changed, Math.max(at - Date.now(), 1)));
  }

  /** Handles the follow-up's signals and query. */
  listen(): void {
    const { state } = this;
    // The invoice as committed: a whole state, not a delta, so one delivered twice is
    // harmless; the version keeps an older one from undoing a newer.
    let lastChange = 0n;
    setHandler(invoiceChanged, (c) => {
      const version = BigInt(c.version ?? 0);
      if (version !== 0n && version <= lastChange) return;
      lastChange = version;
      if (c.status === 'void') return this.close('voided', c.reason ?? 'voided');
      if (state.status === 'voided') return;
      const due = BigInt(c.amountDueMinor);
      if (due !== this.amountDue) this.setAmount(due);
      if (c.status === 'paid') this.close('paid', c.reason ?? 'paid');
      else if (c.status === 'paused') {
        const p = c.pause ?? { kind: 'support', actor: 'remit', since: new Date().toISOString() };
        const same = state.pause && state.pause.kind === p.kind && state.pause.actor === p.actor && state.pause.reason === p.reason && state.pause.until === p.until;
        if (state.status !== 'paused' || !same) this.pause(p);
      } else if (state.status === 'paid') this.reopen();
      else this.resume();
    });
    // In the order they were first registered: signals buffered before the first task replay alike.
    this.listenToLegacySignals();

    // Opened or clicked but not paid: a behaviour follow-up, once per kind; a click outranks an open.
    setHandler(messageEvent, ({ messageId, event, at }) => {
      if (this.closed() || (event !== 'opened' && event !== 'clicked')) return;
      // Engagement with any of our emails after the last one went out means email is working.
      const last = this.lastEmail;
      if (last && (last.messageId === messageId || Date.parse(at) >= last.sentAt)) last.opened = true;
      if (!state.messagesSent.some((m) => m.messageId === messageId && m.channel === 'email')) return;
      const kind = event === 'clicked' ? 'clicked_unpaid' : 'opened_unpaid';
      if (this.behaviourDone.has(kind) || (kind === 'opened_unpaid' && (this.pendingBehaviour || this.behaviourDone.has('clicked_unpaid')))) return;
      this.setBehaviour({ kind, at: Date.parse(at) + this.input.behaviour.openedUnpaidAfterMs });
    });
    setHandler(followUpState, () => state);
  }

  /**
   * The signals that carried one change each before invoiceChanged: follow-ups (and outbox
   * commands) written before it replay and deliver through these, unchanged.
   */
  private listenToLegacySignals(): void {
    const { state } = this;
    const digits = this.input.currencyDigits;
    // Payments are deduplicated by id, so a signal delivered twice is applied once.
    const applied = new Set<string>();
    const seenReplies = new Set<string>();
    setHandler(paymentReceived, ({ paymentId, amount }) => {
      if (this.closed() || applied.has(paymentId)) return;
      applied.add(paymentId);
      this.setAmount(this.amountDue - (toMinor(amount, digits) ?? 0n));
      if (this.amountDue === 0n) this.close('paid', 'paid in full');
    });
    setHandler(paymentRefunded, ({ paymentId, amount }) => {
      if (state.status === 'voided' || applied.has(`refund:${paymentId}`)) return;
      applied.add(`refund:${paymentId}`);
      this.setAmount(this.amountDue + (toMinor(amount, digits) ?? 0n));
      if (state.status === 'paid' && this.amountDue > 0n) this.reopen();
    });
    setHandler(customerReplied, ({ replyId, channel, receivedAt }) => {
      if (seenReplies.has(replyId)) return;
      seenReplies.add(replyId);
      this.pause({ kind: 'reply', actor: 'customer', reason: `customer replied by ${channel}`, since: receivedAt });
    });
    setHandler(followUpPaused, ({ actor, reason, until }) => {
      this.pause({ kind: 'support', actor, since: new Date().toISOString(), ...(reason ? { reason } : {}), ...(until ? { until } : {}) });
    });
    setHandler(followUpResumed, () => this.resume());
    setHandler(invoiceVoided, ({ actor, reason }) => this.close('voided', `voided by ${actor}${reason ? `: ${reason}` : ''}`));
  }
}
