// One invoice's follow-up: wait for each touchpoint, re-check the invoice and pick the
// channel, send, and stop the moment it is paid, voided, answered or paused.
import { condition, log, patched, proxyActivities, proxyLocalActivities, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { Activities, FollowUpReport, SendRequest } from '../activities';
import { nextTouch, type BehaviourTouch } from '../src/domain/followUpPlan';
import { fromMinor, toMinor } from '../src/domain/money';
import type { Channel } from '../src/domain/channel';
import { templateName, type TemplateRef } from '../src/domain/templates';
import {
  customerReplied,
  invoiceChanged,
  followUpPaused,
  followUpResumed,
  followUpState,
  invoiceVoided,
  messageEvent,
  paymentReceived,
  paymentRefunded,
  messagingTaskQueue,
  type FollowUpInput,
  type FollowUpState,
  type FollowUpStatus as Status,
  type PauseInfo,
} from './definitions';
import { AmountDue, FollowUpStatus } from './searchAttributes';

const retry = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' };
// Short timeouts: an activity lost with a crashed worker is retried elsewhere after at most this.
const { syncInvoice, sendMessage: sendEmail } = proxyActivities<Activities>({ startToCloseTimeout: '10 seconds', retry });
// The write-back and fresh read are a few queries on this worker's database: run in the
// workflow's own task, they skip the task queue, where they would wait behind every send due
// at the same moment (a payment's close waited seconds there).
const { syncInvoice: syncInvoiceHere } = proxyLocalActivities<Activities>({ startToCloseTimeout: '10 seconds', retry });
// SMS and WhatsApp go through their own, rate-limited task queue: a burst of due touchpoints
// waits its turn there instead of failing, and does not hold up email or CRM work.
const { sendMessage: sendPaced } = proxyActivities<Activities>({
  taskQueue: messagingTaskQueue(workflowInfo().taskQueue),
  startToCloseTimeout: '10 seconds',
  retry,
});

/** How long to wait for the signal that explains a send the system of record refused. */
const HELD_SEND_RECHECK = '5 minutes';

const CLOSED: readonly Status[] = ['paid', 'voided'];

interface LastEmail {
  messageId: string;
  sentAt: number;
  opened: boolean;
}

export async function invoiceFollowUp(input: FollowUpInput): Promise<FollowUpState> {
  const digits = input.currencyDigits;
  const settings = input.behaviour;
  let amountDue = BigInt(input.amountDueMinor);
  const appliedPayments = new Set<string>();
  const seenReplies = new Set<string>();
  let cursor = input.resumeAfter?.cursor ?? 0;
  const priorMessages = input.resumeAfter?.messagesSent ?? 0;
  let lastEmail: LastEmail | undefined;
  let pendingBehaviour: BehaviourTouch | undefined;
  const behaviourDone = new Set<BehaviourTouch['kind']>();
  // Bumped whenever something changes the plan (a behaviour follow-up), to wake a waiting timer.
  let planVersion = 0;
  const state: FollowUpState = {
    invoiceId: input.invoiceId,
    status: input.pause ? 'paused' : 'scheduled',
    currency: input.currency,
    amountDue: fromMinor(amountDue, digits),
    messagesSent: [],
    skippedSteps: [],
    notSent: [],
    ...(input.pause ? { pause: input.pause } : {}),
  };

  const closed = () => CLOSED.includes(state.status);
  const setStatus = (status: Status) => {
    if (closed()) return;
    state.status = status;
    if (status !== 'paused') delete state.pause;
    if (closed()) {
      delete state.nextStep;
      delete state.pendingBehaviour;
    }
    upsertSearchAttributes([{ key: FollowUpStatus, value: status }]);
  };
  const setAmount = (minor: bigint) => {
    amountDue = minor < 0n ? 0n : minor;
    state.amountDue = fromMinor(amountDue, digits);
    upsertSearchAttributes([{ key: AmountDue, value: Number(amountDue) }]);
  };
  const pause = (p: PauseInfo) => {
    if (closed()) return;
    setStatus('paused');
    state.pause = p;
  };
  const resume = () => {
    if (state.status === 'paused') setStatus('scheduled');
  };
  const setBehaviour = (b: BehaviourTouch | undefined) => {
    pendingBehaviour = b;
    if (b) state.pendingBehaviour = { kind: b.kind, at: new Date(b.at).toISOString() };
    else delete state.pendingBehaviour;
    planVersion++;
  };

  // The invoice as committed: the database owns money, status and the pause, so this only
  // mirrors it. A change is a whole state, not a delta, so one delivered twice is harmless;
  // the version keeps an older one from undoing a newer.
  let lastChange = 0n;
  setHandler(invoiceChanged, (c) => {
    const version = BigInt(c.version ?? 0);
    if (version !== 0n && version <= lastChange) return;
    lastChange = version;
    const due = BigInt(c.amountDueMinor);
    if (c.status === 'void') {
      if (closed()) return;
      state.closedReason = c.reason ?? 'voided';
      return setStatus('voided');
    }
    if (state.status === 'voided') return;
    if (due !== amountDue) setAmount(due);
    if (c.status === 'paid') {
      if (closed()) return;
      state.closedReason = c.reason ?? 'paid';
      setStatus('paid');
    } else if (c.status === 'paused') {
      const p = c.pause ?? { kind: 'support', actor: 'remit', since: new Date().toISOString() };
      const same = state.pause && state.pause.kind === p.kind && state.pause.actor === p.actor && state.pause.reason === p.reason && state.pause.until === p.until;
      if (state.status !== 'paused' || !same) pause(p);
    } else if (state.status === 'paid') {
      // A refund of a paid invoice that lands before this run has finished reopens it here.
      delete state.closedReason;
      state.status = 'scheduled';
      upsertSearchAttributes([{ key: FollowUpStatus, value: 'scheduled' }]);
    } else resume();
  });

  // Before invoiceChanged. Payments are deduplicated by id, so a signal delivered twice is applied once.
  setHandler(paymentReceived, ({ paymentId, amount }) => {
    if (closed() || appliedPayments.has(paymentId)) return;
    appliedPayments.add(paymentId);
    setAmount(amountDue - (toMinor(amount, digits) ?? 0n));
    if (amountDue === 0n) {
      state.closedReason = 'paid in full';
      setStatus('paid');
    }
  });
  setHandler(paymentRefunded, ({ paymentId, amount }) => {
    if (state.status === 'voided' || appliedPayments.has(`refund:${paymentId}`)) return;
    appliedPayments.add(`refund:${paymentId}`);
    setAmount(amountDue + (toMinor(amount, digits) ?? 0n));
    if (state.status === 'paid' && amountDue > 0n) {
      // A refund of a paid invoice that lands before this run has finished reopens it here.
      delete state.closedReason;
      state.status = 'scheduled';
      upsertSearchAttributes([{ key: FollowUpStatus, value: 'scheduled' }]);
    }
  });
  setHandler(customerReplied, ({ replyId, channel, receivedAt }) => {
    if (seenReplies.has(replyId)) return;
    seenReplies.add(replyId);
    pause({ kind: 'reply', actor: 'customer', reason: `customer replied by ${channel}`, since: receivedAt });
  });
  setHandler(followUpPaused, ({ actor, reason, until }) => {
    pause({ kind: 'support', actor, since: new Date().toISOString(), ...(reason ? { reason } : {}), ...(until ? { until } : {}) });
  });
  setHandler(followUpResumed, () => resume());
  setHandler(invoiceVoided, ({ actor, reason }) => {
    if (closed()) return;
    state.closedReason = `voided by ${actor}${reason ? `: ${reason}` : ''}`;
    setStatus('voided');
  });
  // Opened or clicked but not paid: a behaviour follow-up, once per kind; a click outranks an open.
  setHandler(messageEvent, ({ messageId, event, at }) => {
    if (closed() || (event !== 'opened' && event !== 'clicked')) return;
    // Engagement with any of our emails after the last one went out means email is working.
    if (lastEmail && (lastEmail.messageId === messageId || Date.parse(at) >= lastEmail.sentAt)) lastEmail.opened = true;
    if (!state.messagesSent.some((m) => m.messageId === messageId && m.channel === 'email')) return;
    const kind = event === 'clicked' ? 'clicked_unpaid' : 'opened_unpaid';
    if (behaviourDone.has(kind) || (kind === 'opened_unpaid' && (pendingBehaviour || behaviourDone.has('clicked_unpaid')))) return;
    setBehaviour({ kind, at: Date.parse(at) + settings.openedUnpaidAfterMs });
  });
  setHandler(followUpState, () => state);

  /** Writes back to the system of record and reads the invoice (and the route) fresh from it. */
  const sync = async (report?: FollowUpReport, route?: Parameters<typeof syncInvoice>[0]['route']) => {
    const syncNow = patched('sync-as-local-activity') ? syncInvoiceHere : syncInvoice;
    const fresh = await syncNow({ invoiceId: input.invoiceId, ...(report ? { report } : {}), ...(route ? { route } : {}) });
    if (fresh.status === 'paid' && !closed()) {
      state.closedReason = 'paid (system of record)';
      setStatus('paid');
    } else if (fresh.status === 'void' && !closed()) {
      state.closedReason = 'void (system of record)';
      setStatus('voided');
    }
    return fresh;
  };

  if (input.voided) {
    state.closedReason = 'voided before the follow-up started';
    setStatus('voided');
  } else if (amountDue === 0n) {
    state.closedReason = 'paid before the follow-up started';
    setStatus('paid');
  }

  /** One touchpoint: re-check the invoice, choose the channel, send. False if it did not happen. */
  const touch = async (t: { stepIndex: number; kind: string; requested: Channel | 'auto'; template: TemplateRef; skipped: number[] }) => {
    // A behaviour follow-up answers what the customer did with an email: it stays on email.
    const emailUnopened = t.kind === 'step' && lastEmail !== undefined && !lastEmail.opened && Date.now() - lastEmail.sentAt >= settings.unopenedPivotAfterMs;
    const report = t.skipped.length ? { event: 'steps_skipped', detail: { steps: t.skipped, reason: 'catch-up: only the most recent due step is sent' } } : undefined;
    const fresh = await sync(report, { requested: t.requested, sequenceDefault: settings.sequenceDefaultChannel, emailUnopened });
    // A payment, reply, pause or void that arrived during the check wins over the send.
    if (state.status !== 'scheduled') return 'interrupted' as const;
    const route = fresh.route!;
    if (!route.channel) {
      state.notSent.push({ stepIndex: t.stepIndex, kind: t.kind, reason: route.reason });
      if (patched('stop-when-no-channel')) {
        // Every channel is opted out or unusable: stop sending until a person looks.
        const reason = `no usable channel: ${route.reason}`;
        pause({ kind: 'attention', actor: 'remit', reason, since: new Date().toISOString() });
        await sync({ event: 'follow_up_needs_attention', detail: { reason, stepIndex: t.stepIndex }, invoiceStatus: 'paused', attention: reason });
        return 'interrupted' as const;
      }
      return 'not_sent' as const;
    }
    const req: SendRequest = { invoiceId: input.invoiceId, stepIndex: t.stepIndex, kind: t.kind, channel: route.channel, template: t.template, channelReason: route.reason };
    const result = await (route.channel === 'email' ? sendEmail(req) : sendPaced(req));
    if (result.status === 'suppressed' && (result.reason === 'invoice_paid' || result.reason === 'invoice_void' || result.reason === 'invoice_paused')) {
      // The system of record refused before its signal reached us: wait for that signal.
      log.info('send held by the system of record', { step: t.stepIndex, reason: result.reason });
      await condition(() => state.status !== 'scheduled', HELD_SEND_RECHECK);
      if (state.status === 'scheduled') await sync();
      return 'interrupted' as const;
    }
    if (result.status === 'deferred') {
      // Quiet hours, the frequency cap or the gap: the same touchpoint is reconsidered then.
      state.deferred = { stepIndex: t.stepIndex, kind: t.kind, until: result.until, rules: result.rules, reason: result.reason };
      return 'deferred' as const;
    }
    delete state.deferred;
    if (result.status !== 'sent') {
      state.notSent.push({ stepIndex: t.stepIndex, kind: t.kind, reason: result.status === 'suppressed' && result.why ? `${result.reason}: ${result.why}` : result.reason });
      return 'not_sent' as const;
    }
    const sentAt = result.sentAt;
    state.messagesSent.push({
      stepIndex: t.stepIndex,
      kind: t.kind,
      channel: route.channel,
      channelReason: route.reason,
      messageId: result.messageId,
      sentAt,
      ...(result.coveredInvoices ? { coveredInvoices: result.coveredInvoices } : {}),
    });
    if (route.channel === 'email') lastEmail = { messageId: result.messageId, sentAt: Date.parse(sentAt), opened: false };
    return 'sent' as const;
  };

  /** Sleeps until a deferred touchpoint may go; a payment, reply, pause or void still ends the wait. */
  const waitOutDeferral = async () => {
    const d = state.deferred!;
    if (state.nextStep) state.nextStep = { ...state.nextStep, at: d.until };
    const version = planVersion;
    await condition(() => state.status !== 'scheduled' || planVersion !== version, Math.max(Date.parse(d.until) - Date.now(), 1));
  };

  /** Sends the sequence until the invoice is paid or voided. */
  const followUntilClosed = async () => {
    while (!closed()) {
      if (state.status === 'paused') {
        const until = state.pause?.until ? Date.parse(state.pause.until) - Date.now() : undefined;
        const changed = await condition(() => state.status !== 'paused', until !== undefined ? Math.max(until, 1) : undefined);
        if (!changed) {
          setStatus('scheduled');
          await sync({ event: 'pause_lapsed', invoiceStatus: 'open' });
        }
        continue;
      }

      const sentCount = priorMessages + state.messagesSent.length;
      const next = nextTouch(input.steps, cursor, pendingBehaviour, Date.now(), sentCount, input.maxMessages, settings.mergeWindowMs);
      if (next.kind === 'done') {
        delete state.nextStep;
        setStatus('awaiting_payment');
        await sync({ event: 'sequence_finished', detail: { reason: next.reason } });
        // Nothing more is sent automatically (unless a behaviour follow-up falls due); the
        // follow-up stays open for payment or void.
        const version = planVersion;
        await condition(() => state.status !== 'awaiting_payment' || planVersion !== version);
        if (state.status === 'awaiting_payment') setStatus('scheduled');
        continue;
      }
      if (next.kind === 'wait') {
        const s = next.step;
        state.nextStep = s
          ? { index: s.index, at: new Date(next.at).toISOString(), channel: s.channel, template: next.touch ? next.touch.kind : templateName(s.template) }
          : { index: -1, at: new Date(next.at).toISOString(), channel: 'email', template: next.touch!.kind };
        // A durable timer that any signal changing the course of the follow-up interrupts.
        const version = planVersion;
        await condition(() => state.status !== 'scheduled' || planVersion !== version, Math.max(next.at - Date.now(), 1));
        continue;
      }
      const skipped = next.skipped.map((s) => s.index);
      state.nextStep =
        next.kind === 'send'
          ? { index: next.step.index, at: new Date(next.step.at).toISOString(), channel: next.step.channel, template: templateName(next.step.template) }
          : { index: next.replaces?.index ?? -1, at: new Date(next.touch.at).toISOString(), channel: 'email', template: next.touch.kind };
      state.skippedSteps.push(...skipped);
      if (next.kind === 'send') {
        const outcome = await touch({ stepIndex: next.step.index, kind: 'step', requested: next.step.channel, template: next.step.template, skipped });
        if (outcome === 'deferred') await waitOutDeferral();
        else if (outcome !== 'interrupted') cursor = next.step.index + 1;
      } else {
        const b = next.touch;
        const outcome = await touch({ stepIndex: next.replaces?.index ?? -1, kind: b.kind, requested: 'email', template: b.kind, skipped });
        if (outcome === 'deferred') await waitOutDeferral();
        if (outcome === 'interrupted' || outcome === 'deferred') continue;
        behaviourDone.add(b.kind);
        // A click that arrived while this follow-up was being sent asked for another: keep it.
        if (pendingBehaviour === b || !patched('keep-behaviour-set-during-send')) setBehaviour(undefined);
        if (next.replaces) {
          cursor = next.replaces.index + 1;
          state.notSent.push({ stepIndex: next.replaces.index, kind: 'step', reason: `replaced by the ${b.kind} follow-up` });
        }
      }
    }
  };

  // A refund that lands during the final write-back reopens the follow-up.
  do {
    await followUntilClosed();
    await sync({
      event: state.status === 'paid' ? 'follow_up_paid' : 'follow_up_voided',
      detail: { reason: state.closedReason, messagesSent: state.messagesSent.length },
    });
  } while (!closed());
  return state;
}
