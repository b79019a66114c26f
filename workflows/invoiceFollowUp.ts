// One invoice's follow-up: wait for each step's time, check the invoice is still unpaid,
// send, and stop the moment it is paid, voided, answered or paused.
import { condition, log, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import type { Activities, FollowUpReport } from '../activities';
import { nextAction } from '../src/domain/followUpPlan';
import { fromMinor, toMinor } from '../src/domain/money';
import { templateName } from '../src/domain/templates';
import {
  customerReplied,
  followUpPaused,
  followUpResumed,
  followUpState,
  invoiceVoided,
  paymentReceived,
  paymentRefunded,
  type FollowUpInput,
  type FollowUpState,
  type FollowUpStatus as Status,
  type PauseInfo,
} from './definitions';
import { AmountDue, FollowUpStatus } from './searchAttributes';

const retry = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' };
// Short timeouts: an activity lost with a crashed worker is retried elsewhere after at most this.
const { syncInvoice } = proxyActivities<Activities>({ startToCloseTimeout: '10 seconds', retry });
const { sendMessage } = proxyActivities<Activities>({ startToCloseTimeout: '10 seconds', retry });

/** How long to wait for the signal that explains a send the system of record refused. */
const HELD_SEND_RECHECK = '5 minutes';

const CLOSED: readonly Status[] = ['paid', 'voided'];

export async function invoiceFollowUp(input: FollowUpInput): Promise<FollowUpState> {
  const digits = input.currencyDigits;
  let amountDue = BigInt(input.amountDueMinor);
  const appliedPayments = new Set<string>();
  const seenReplies = new Set<string>();
  let cursor = input.resumeAfter?.cursor ?? 0;
  const priorMessages = input.resumeAfter?.messagesSent ?? 0;
  const state: FollowUpState = {
    invoiceId: input.invoiceId,
    status: input.pause ? 'paused' : 'scheduled',
    currency: input.currency,
    amountDue: fromMinor(amountDue, digits),
    messagesSent: [],
    skippedSteps: [],
    ...(input.pause ? { pause: input.pause } : {}),
  };

  const closed = () => CLOSED.includes(state.status);
  const setStatus = (status: Status) => {
    if (closed()) return;
    state.status = status;
    if (status !== 'paused') delete state.pause;
    if (closed()) delete state.nextStep;
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

  // Payments are deduplicated by id, so a signal delivered twice is applied once.
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
  setHandler(followUpState, () => state);

  /** Writes back to the system of record and reads the invoice fresh from it. */
  const sync = async (report?: FollowUpReport) => {
    const fresh = await syncInvoice({ invoiceId: input.invoiceId, ...(report ? { report } : {}) });
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

      const action = nextAction(input.steps, cursor, Date.now(), priorMessages + state.messagesSent.length, input.maxMessages);
      if (action.kind === 'done') {
        delete state.nextStep;
        setStatus('awaiting_payment');
        await sync({ event: 'sequence_finished', detail: { reason: action.reason } });
        // Nothing more is sent automatically; the follow-up stays open for payment or void.
        await condition(() => state.status !== 'awaiting_payment');
        continue;
      }
      const step = action.step;
      state.nextStep = { index: step.index, at: new Date(step.at).toISOString(), channel: step.channel, template: templateName(step.template) };
      if (action.kind === 'wait') {
        // A durable timer that any signal changing the course of the follow-up interrupts.
        await condition(() => state.status !== 'scheduled', step.at - Date.now());
        continue;
      }

      const skipped = action.skipped.map((s) => s.index);
      state.skippedSteps.push(...skipped);
      await sync(skipped.length ? { event: 'steps_skipped', detail: { steps: skipped, reason: 'catch-up: only the most recent due step is sent' } } : undefined);
      // A payment, reply, pause or void that arrived during the check wins over the send.
      if (state.status !== 'scheduled') continue;

      const result = await sendMessage({ invoiceId: input.invoiceId, stepIndex: step.index, channel: step.channel, template: step.template });
      if (result.status === 'suppressed' && result.reason !== 'no_recipient') {
        // The system of record refused (paid, void, paused) before its signal reached us:
        // wait for that signal, then plan again.
        log.info('send held by the system of record', { step: step.index, reason: result.reason });
        await condition(() => state.status !== 'scheduled', HELD_SEND_RECHECK);
        if (state.status === 'scheduled') await sync();
        continue;
      }
      cursor = step.index + 1;
      if (result.status === 'sent') {
        state.messagesSent.push({ stepIndex: step.index, channel: step.channel, messageId: result.messageId, sentAt: result.sentAt });
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
