// Follow-ups already running when Remit is upgraded replay on the new workflow code: each
// change of the workflow's commands is behind `patched()`. The fixtures are histories (binary
// History protos, from `handle.fetchHistory()`) that earlier versions wrote: the first a real
// Temporal server's (syncs as scheduled activities, before sync-as-local-activity), the others
// recorded by test/fixtures/record-histories.ts from the workflow as released before issue 14,
// through scenarios that take every patched branch and every signal between them.
// Each must replay on the current bundle, and each is checked to hold what it stands for, so a
// re-recorded fixture cannot quietly lose its branch.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { defaultPayloadConverter } from '@temporalio/common';
import proto from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import type { SendRequest, SendResult } from '../../workflows/definitions';
import type { FollowUpState } from '../../workflows/definitions';
import { workflowBundle } from '../support/temporal';

type History = proto.temporal.api.history.v1.IHistory;
type Payloads = proto.temporal.api.common.v1.IPayloads | null | undefined;
const { History } = proto.temporal.api.history.v1;
const { EventType } = proto.temporal.api.enums.v1;
const FIXTURES = new URL('../fixtures/', import.meta.url);
const fixture = (name: string) => History.decode(readFileSync(new URL(`invoiceFollowUp-${name}.history.bin`, FIXTURES)));

/** The patches of the workflow as released before issue 14: each has a fixture that took it. */
const RELEASED_PATCHES = ['sync-as-local-activity', 'stop-when-no-channel', 'keep-behaviour-set-during-send'];

const first = <T>(payloads: Payloads): T => defaultPayloadConverter.fromPayload<T>(payloads!.payloads![0]!);
const events = (h: History, type: proto.temporal.api.enums.v1.EventType) => h.events!.filter((e) => e.eventType === type);

/** What a history says happened, in the terms the checks below use. */
function summary(h: History) {
  const completedBy = new Map(events(h, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED).map((e) => [Number(e.activityTaskCompletedEventAttributes!.scheduledEventId), e]));
  const scheduled = events(h, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED).map((e) => {
    const a = e.activityTaskScheduledEventAttributes!;
    const done = completedBy.get(Number(e.eventId));
    return { type: a.activityType!.name!, taskQueue: a.taskQueue!.name!, input: first<unknown>(a.input), result: done && first<unknown>(done.activityTaskCompletedEventAttributes!.result) };
  });
  const sends = scheduled
    .filter((a) => a.type === 'sendMessage')
    .map((a) => ({ ...(a.input as SendRequest), queue: a.taskQueue.endsWith('-messaging') ? 'messaging' : 'main', status: (a.result as SendResult | undefined)?.status }));
  const completed = events(h, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED)[0];
  return {
    patches: events(h, EventType.EVENT_TYPE_MARKER_RECORDED)
      .filter((e) => e.markerRecordedEventAttributes!.markerName === 'core_patch')
      .map((e) => first<{ id: string }>(e.markerRecordedEventAttributes!.details!['patch-data']).id),
    signals: events(h, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED).map((e) => e.workflowExecutionSignaledEventAttributes!.signalName!),
    activities: scheduled.map((a) => a.type),
    sends: sends.map((s) => `${s.kind === 'step' ? `step ${s.stepIndex}` : s.kind} ${s.channel} ${s.status}`),
    sendQueues: sends.map((s) => s.queue),
    result: completed ? first<FollowUpState>(completed.workflowExecutionCompletedEventAttributes!.result) : undefined,
  };
}
type Summary = ReturnType<typeof summary>;

const CHECKS: Record<string, (s: Summary) => void> = {
  'sync-activity'(s) {
    assert.deepEqual(s.patches, [], 'from before sync-as-local-activity');
    assert.deepEqual(s.activities, ['syncInvoice', 'sendMessage', 'syncInvoice'], 'the sync before the send, the send and the final sync as activities');
    assert.deepEqual(s.signals, ['paymentReceived']);
  },
  'sent-then-paid'(s) {
    assert.deepEqual(s.patches, ['sync-as-local-activity']);
    assert.deepEqual(s.activities, ['sendMessage'], 'syncs are local activities (markers)');
    assert.deepEqual(s.sends, ['step 0 email sent']);
    assert.deepEqual(s.signals, ['paymentReceived']);
    assert.equal(s.result?.status, 'paid');
  },
  'no-channel'(s) {
    assert.deepEqual(s.patches, ['sync-as-local-activity', 'stop-when-no-channel']);
    assert.deepEqual(s.sends, []);
    assert.equal(s.result, undefined, 'still running: paused for attention');
  },
  'behaviour-click-during-send'(s) {
    assert.ok(s.patches.includes('keep-behaviour-set-during-send'), 'a click arrived during the opened_unpaid send');
    assert.deepEqual(s.signals, ['messageEvent', 'messageEvent', 'paymentReceived']);
    assert.deepEqual(s.sends, ['step 0 email sent', 'step 1 email sent', 'opened_unpaid email sent', 'clicked_unpaid email sent', 'step 3 email sent']);
    assert.equal(s.result?.status, 'paid');
  },
  'quiet-hours-deferral'(s) {
    assert.deepEqual(s.sends, ['step 0 email deferred', 'step 0 email sent']);
    assert.equal(s.result?.status, 'paid');
  },
  'pause-lapsed'(s) {
    assert.deepEqual(s.signals, ['followUpPaused', 'paymentReceived']);
    assert.deepEqual(s.sends, ['step 0 email sent', 'step 2 sms sent'], 'after the pause, only the latest due step, by SMS');
    assert.deepEqual(s.sendQueues, ['main', 'messaging']);
    assert.deepEqual(s.result?.skippedSteps, [1]);
    assert.equal(s.result?.status, 'paid');
  },
  'reply-then-resume'(s) {
    assert.deepEqual(s.signals, ['customerReplied', 'followUpResumed', 'paymentReceived']);
    assert.deepEqual(s.sends, ['step 0 email sent', 'step 1 email sent']);
    assert.equal(s.result?.status, 'paid');
  },
  'partial-payment-refund'(s) {
    assert.deepEqual(s.signals, ['paymentReceived', 'paymentRefunded', 'paymentReceived']);
    assert.deepEqual(s.sends, ['step 0 email sent', 'step 1 email sent']);
    assert.equal(s.result?.status, 'paid');
    assert.equal(s.result?.amountDue, '0.00');
  },
  voided(s) {
    assert.deepEqual(s.signals, ['invoiceVoided']);
    assert.deepEqual(s.sends, ['step 0 email sent']);
    assert.equal(s.result?.status, 'voided');
  },
};

test('every fixture is checked, and every released patch is taken by one', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.history.bin'));
  assert.deepEqual(files.map((f) => f.replace(/^invoiceFollowUp-|\.history\.bin$/g, '')).sort(), Object.keys(CHECKS).sort());
  const taken = new Set(Object.keys(CHECKS).flatMap((name) => summary(fixture(name)).patches));
  assert.deepEqual(RELEASED_PATCHES.filter((p) => !taken.has(p)), []);
});

for (const [name, check] of Object.entries(CHECKS)) {
  test(`the ${name} follow-up replays on the current workflow`, async () => {
    const history = fixture(name);
    check(summary(history));
    await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, `invoice-replay-${name}`);
  });
}
