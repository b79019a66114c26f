// One invoice's follow-up: wait for each touchpoint, re-check the invoice and pick the
// channel, send, and stop the moment it is paid, voided, answered or paused.
import { log, patched, proxyActivities, proxyLocalActivities, workflowInfo } from '@temporalio/workflow';
import type { BehaviourTouch, NextTouch } from '../src/domain/followUpPlan';
import type { Channel } from '../src/domain/channel';
import { templateName, type TemplateRef } from '../src/domain/templates';
import { messagingTaskQueue, type Activities, type FollowUpInput, type FollowUpReport, type FollowUpState, type RouteRequest, type ScheduledStep, type SendRequest } from './definitions';
import { FollowUp } from './followUpState';
import { closedAtStart, firstView, nextTouchOf, viewKey, waitingFor } from './followUpView';

const retry = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' };
// Short timeouts: an activity lost with a crashed worker is retried elsewhere after at most this.
const { syncInvoice, sendMessage: sendEmail } = proxyActivities<Activities>({ startToCloseTimeout: '10 seconds', retry });
// The write-back and fresh read are a few queries on this worker's database: run in the
// workflow's own task, they skip the task queue, where they would wait behind every send due
// at the same moment (a payment's close waited seconds there).
const { syncInvoice: syncInvoiceHere, publishView } = proxyLocalActivities<Activities>({ startToCloseTimeout: '10 seconds', retry });
// SMS and WhatsApp go through their own, rate-limited task queue: a burst of due touchpoints
// waits its turn there instead of failing, and does not hold up email or CRM work.
const { sendMessage: sendPaced } = proxyActivities<Activities>({
  taskQueue: messagingTaskQueue(workflowInfo().taskQueue),
  startToCloseTimeout: '10 seconds',
  retry,
});

/** How long to wait for the signal that explains a send the system of record refused. */
const HELD_SEND_RECHECK_MS = 5 * 60_000;

type Outcome = 'sent' | 'not_sent' | 'deferred' | 'interrupted';

export async function invoiceFollowUp(input: FollowUpInput): Promise<FollowUpState> {
  // The view GET /v1/invoices/:id reads is published to the database; runs started before
  // this never publish (their reads ask the workflow).
  const publishing = patched('publish-view');
  const f = new FollowUp(input);
  const { state } = f;
  const settings = input.behaviour;
  f.listen();
  const closedBefore = closedAtStart(input);
  if (closedBefore) f.close(closedBefore.status, closedBefore.reason);

  // What the database holds: the invoice's creator wrote the first view (a reopened run's is its predecessor's).
  let published = input.resumeAfter ? '' : viewKey(firstView(input, Date.now()));
  /** The view, when the database does not have it yet (from then on counted as had). */
  const unpublished = () => {
    const key = publishing ? viewKey(state) : published;
    if (key === published) return undefined;
    published = key;
    return state;
  };
  /** Publishes the view before a wait, if it changed since the database last had it. */
  const publish = async () => {
    const view = unpublished();
    if (view) await publishView({ invoiceId: input.invoiceId, view });
  };

  /** Writes back to the system of record (with the view) and reads the invoice (and the route) fresh from it. */
  const sync = async (report?: FollowUpReport, route?: RouteRequest) => {
    const syncNow = patched('sync-as-local-activity') ? syncInvoiceHere : syncInvoice;
    const view = unpublished();
    const fresh = await syncNow({ invoiceId: input.invoiceId, ...(report ? { report } : {}), ...(route ? { route } : {}), ...(view ? { view } : {}) });
    if (fresh.status === 'paid') f.close('paid', 'paid (system of record)');
    else if (fresh.status === 'void') f.close('voided', 'void (system of record)');
    return fresh;
  };

  // A refund that lands during the final write-back reopens the follow-up.
  do {
    await followUntilClosed();
    await sync({
      event: state.status === 'paid' ? 'follow_up_paid' : 'follow_up_voided',
      detail: { reason: state.closedReason, messagesSent: state.messagesSent.length },
    });
  } while (!f.closed());
  return state;

  /** Sends the sequence until the invoice is paid or voided. */
  async function followUntilClosed() {
    while (!f.closed()) {
      if (state.status === 'paused') {
        await waitOutPause();
        continue;
      }
      const next = nextTouchOf(input, f.cursor, f.pendingBehaviour, Date.now(), f.sentCount);
      if (next.kind === 'done') await awaitPayment(next.reason);
      else if (next.kind === 'wait') {
        state.nextStep = waitingFor(next);
        await publish();
        // A durable timer that any signal changing the course of the follow-up cuts short.
        await f.waitWhile('scheduled', next.at);
      } else {
        state.nextStep = dueNow(next);
        const skipped = next.skipped.map((s) => s.index);
        state.skippedSteps.push(...skipped);
        if (next.kind === 'send') await sendStep(next.step, skipped);
        else await sendBehaviourFollowUp(next.touch, next.replaces, skipped);
      }
    }
  }

  /** Paused by a reply, a person or Remit itself: nothing goes out until it is resumed or its `until` passes. */
  async function waitOutPause() {
    await publish();
    const until = state.pause?.until ? Date.parse(state.pause.until) : undefined;
    const lapsed = await f.waitWhile('paused', until, false);
    // Before this patch the end of a pause without `until` (a resume, a payment) was also reported as a lapse.
    if (lapsed || (until === undefined && !patched('resume-is-not-a-lapse'))) {
      f.setStatus('scheduled');
      await sync({ event: 'pause_lapsed', invoiceStatus: 'open' });
    }
  }

  /** The sequence is done: nothing more goes out automatically (unless a behaviour follow-up falls due). */
  async function awaitPayment(reason: string) {
    delete state.nextStep;
    f.setStatus('awaiting_payment');
    await sync({ event: 'sequence_finished', detail: { reason } });
    await f.waitWhile('awaiting_payment', undefined);
    if (state.status === 'awaiting_payment') f.setStatus('scheduled');
  }

  async function sendStep(step: ScheduledStep, skipped: number[]) {
    const outcome = await touch({ stepIndex: step.index, kind: 'step', requested: step.channel, template: step.template, skipped });
    if (outcome === 'deferred') await waitOutDeferral();
    else if (outcome !== 'interrupted') f.cursor = step.index + 1;
  }

  /** Opened or clicked but not paid; when it lands close to a step, it replaces that step. */
  async function sendBehaviourFollowUp(b: BehaviourTouch, replaces: ScheduledStep | undefined, skipped: number[]) {
    const outcome = await touch({ stepIndex: replaces?.index ?? -1, kind: b.kind, requested: 'email', template: b.kind, skipped });
    if (outcome === 'deferred') await waitOutDeferral();
    if (outcome === 'interrupted' || outcome === 'deferred') return;
    f.behaviourDone.add(b.kind);
    // A click that arrived while this follow-up was being sent asked for another: keep it.
    if (f.pendingBehaviour === b || !patched('keep-behaviour-set-during-send')) f.setBehaviour(undefined);
    if (replaces) {
      f.cursor = replaces.index + 1;
      state.notSent.push({ stepIndex: replaces.index, kind: 'step', reason: `replaced by the ${b.kind} follow-up` });
    }
  }

  /** Sleeps until a deferred touchpoint may go; a payment, reply, pause or void still ends the wait. */
  async function waitOutDeferral() {
    const d = state.deferred!;
    if (state.nextStep) state.nextStep = { ...state.nextStep, at: d.until };
    await publish();
    await f.waitWhile('scheduled', Date.parse(d.until));
  }

  /** One touchpoint: re-check the invoice, choose the channel, send. */
  async function touch(t: { stepIndex: number; kind: string; requested: Channel | 'auto'; template: TemplateRef; skipped: number[] }): Promise<Outcome> {
    // A behaviour follow-up answers what the customer did with an email: it stays on email.
    const last = f.lastEmail;
    const emailUnopened = t.kind === 'step' && last !== undefined && !last.opened && Date.now() - last.sentAt >= settings.unopenedPivotAfterMs;
    const report = t.skipped.length ? { event: 'steps_skipped', detail: { steps: t.skipped, reason: 'catch-up: only the most recent due step is sent' } } : undefined;
    const fresh = await sync(report, { requested: t.requested, sequenceDefault: settings.sequenceDefaultChannel, emailUnopened });
    // A payment, reply, pause or void that arrived during the check wins over the send.
    if (state.status !== 'scheduled') return 'interrupted';
    const route = fresh.route!;
    if (!route.channel) {
      state.notSent.push({ stepIndex: t.stepIndex, kind: t.kind, reason: route.reason });
      if (!patched('stop-when-no-channel')) return 'not_sent';
      // Every channel is opted out or unusable: stop sending until a person looks.
      const reason = `no usable channel: ${route.reason}`;
      f.pause({ kind: 'attention', actor: 'remit', reason, since: new Date().toISOString() });
      await sync({ event: 'follow_up_needs_attention', detail: { reason, stepIndex: t.stepIndex }, invoiceStatus: 'paused', attention: reason });
      return 'interrupted';
    }
    const req: SendRequest = { invoiceId: input.invoiceId, stepIndex: t.stepIndex, kind: t.kind, channel: route.channel, template: t.template, channelReason: route.reason };
    const result = await (route.channel === 'email' ? sendEmail(req) : sendPaced(req));
    if (result.status === 'suppressed' && (result.reason === 'invoice_paid' || result.reason === 'invoice_void' || result.reason === 'invoice_paused')) {
      // The system of record refused before its signal reached us: wait for that signal.
      log.info('send held by the system of record', { step: t.stepIndex, reason: result.reason });
      await publish();
      await f.waitWhile('scheduled', Date.now() + HELD_SEND_RECHECK_MS, false);
      if (state.status === 'scheduled') await sync();
      return 'interrupted';
    }
    if (result.status === 'deferred') {
      // Quiet hours, the frequency cap or the gap: the same touchpoint is reconsidered then.
      state.deferred = { stepIndex: t.stepIndex, kind: t.kind, until: result.until, rules: result.rules, reason: result.reason };
      return 'deferred';
    }
    delete state.deferred;
    if (result.status !== 'sent') {
      state.notSent.push({ stepIndex: t.stepIndex, kind: t.kind, reason: result.status === 'suppressed' && result.why ? `${result.reason}: ${result.why}` : result.reason });
      return 'not_sent';
    }
    state.messagesSent.push({
      stepIndex: t.stepIndex,
      kind: t.kind,
      channel: route.channel,
      channelReason: route.reason,
      messageId: result.messageId,
      sentAt: result.sentAt,
      ...(result.coveredInvoices ? { coveredInvoices: result.coveredInvoices } : {}),
    });
    if (route.channel === 'email') f.lastEmail = { messageId: result.messageId, sentAt: Date.parse(result.sentAt), opened: false };
    return 'sent';
  }
}

/** What a follow-up about to send shows as its next step: the step, or the behaviour follow-up. */
function dueNow(next: Extract<NextTouch<ScheduledStep>, { kind: 'send' | 'send_behaviour' }>): NonNullable<FollowUpState['nextStep']> {
  return next.kind === 'send'
    ? { index: next.step.index, at: new Date(next.step.at).toISOString(), channel: next.step.channel, template: templateName(next.step.template) }
    : { index: next.replaces?.index ?? -1, at: new Date(next.touch.at).toISOString(), channel: 'email', template: next.touch.kind };
}
