// A task's SLA, durable: sleeps until the task's SLA falls due (or its snooze ends), then lets
// the database decide what that means (escalate, wake). Any change to the task wakes it early
// to look again. It ends when the task is done.
import { condition, continueAsNew, proxyActivities, setHandler } from '@temporalio/workflow';
import { taskChanged, type TaskTimerActivities } from './definitions';

const { reviewTask } = proxyActivities<TaskTimerActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Reviews before a fresh run keeps the history short (a task is snoozed and assigned a few times). */
const REVIEWS_PER_RUN = 200;

export async function taskTimer(input: { taskId: string }): Promise<void> {
  let changed = false;
  setHandler(taskChanged, () => {
    changed = true;
  });
  for (let i = 0; i < REVIEWS_PER_RUN; i++) {
    // Cleared before the review: a change that lands during it makes the timer look again.
    changed = false;
    const { wakeAt } = await reviewTask({ taskId: input.taskId, at: new Date().toISOString() });
    if (wakeAt === null) return;
    if (wakeAt === undefined) await condition(() => changed);
    else await condition(() => changed, Math.max(1, Date.parse(wakeAt) - Date.now()));
  }
  await continueAsNew<typeof taskTimer>(input);
}
