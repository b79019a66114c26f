// Tells each task's timer workflow that its task changed. Every change to a task bumps its
// timerVersion in the same transaction; this sends a signal-with-start for each task Temporal
// has not been told about yet and records the version it now has. Run after a change commits
// and by the reconciler, so a change made while Temporal is away reaches it later.
import type { Client } from '@temporalio/client';
import type { Db } from '../db';
import type { Logger } from '../logger';
import type { TemporalCalls } from '../temporal/calls';
import { taskChanged, taskTimerWorkflowId } from '../../workflows/definitions';

const DELIVERY_DEADLINE_MS = 5_000;
const BATCH = 100;

export class TaskTimers {
  private running: Promise<number> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly client: Client,
    private readonly calls: TemporalCalls,
    private readonly taskQueue: string,
    private readonly logger: Logger,
  ) {}

  /** After a change commits: delivers in the background, so a request never waits on Temporal for it. */
  kick = (): void => {
    if (this.stopped) return; // the next start's reconciler delivers it
    void this.deliverPending().catch((err: Error) => this.logger.warn('task timer pass failed', { error: err.message }));
  };

  /** Takes no new delivery; waits for the pass under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running?.catch(() => 0);
  }

  /** Delivers every change not yet delivered; concurrent calls share one pass (and one more after it). */
  deliverPending = (): Promise<number> => {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.pass().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
    return this.running;
  };

  private async pass(): Promise<number> {
    let delivered = 0;
    const rows = await this.db.$queryRaw<{ id: string; timerVersion: number }[]>`
      SELECT id, "timerVersion" FROM "Task" WHERE "timerSynced" < "timerVersion" ORDER BY "updatedAt" LIMIT ${BATCH}`;
    for (const row of rows) {
      try {
        await this.calls.withDeadline(this.client, DELIVERY_DEADLINE_MS, () =>
          this.client.workflow.signalWithStart('taskTimer', {
            workflowId: taskTimerWorkflowId(row.id),
            taskQueue: this.taskQueue,
            args: [{ taskId: row.id }],
            signal: taskChanged,
          }),
        );
        await this.db.$executeRaw`UPDATE "Task" SET "timerSynced" = ${row.timerVersion} WHERE id = ${row.id}::uuid AND "timerSynced" < ${row.timerVersion}`;
        delivered++;
      } catch (err) {
        this.logger.warn('task timer not told yet; the reconciler will retry', { taskId: row.id, error: (err as Error).message });
        break; // Temporal is away: the rest wait for the next pass
      }
    }
    return delivered;
  }
}
