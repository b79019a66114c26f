// Follow-ups already running when Remit is upgraded replay on the new workflow code: each
// change of the workflow's commands is behind `patched()`. The fixtures are histories
// (binary History protos, from `handle.fetchHistory()`) of follow-ups that earlier versions
// ran to completion on a real Temporal server: a step sent, then paid by webhook.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import proto from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { workflowBundle } from '../support/temporal';

const { History } = proto.temporal.api.history.v1;
const { EventType } = proto.temporal.api.enums.v1;
const fixture = (name: string) => History.decode(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

test('a follow-up that synced through scheduled activities (before sync-as-local-activity) replays', async () => {
  const history = fixture('invoiceFollowUp-sync-activity.history.bin');
  const scheduled = history.events.filter((e) => e.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED).length;
  assert.equal(scheduled, 3, 'the fixture has the sync before the send, the send and the final sync as activities');
  await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, 'invoice-replay-v1');
});
