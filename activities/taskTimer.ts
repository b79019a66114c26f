// The task timer's one activity: the database decides what a task's SLA or snooze means now.
import type { Db } from '../src/db';
import { reviewTask, type TaskSettings } from '../src/services/tasks';
import type { TaskTimerActivities } from '../workflows/definitions';

export function taskTimerActivities({ db, tasks }: { db: Db; tasks: TaskSettings }): TaskTimerActivities {
  return {
    /** `at` is the workflow's time, so a time-skipping test server decides as production would. */
    reviewTask: ({ taskId, at }) => reviewTask(db, tasks, taskId, new Date(at)),
  };
}
