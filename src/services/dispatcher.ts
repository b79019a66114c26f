// Delivers follow-up commands (workflow starts and signals) to Temporal. Commands are
// written in the same transaction as the change they carry; this delivers them right
// away when it can, and the reconciler retries whatever Temporal could not take, in order
// per invoice, until it has it. Nothing accepted is lost while Temporal is down.
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/common';
import type { Db } from '../db';
import type { Logger } from '../logger';
import type { TemporalCalls } from '../temporal/calls';
import { followUpWorkflowId, SIGNALS, type FollowUpInput, type SignalName } from '../../workflows/definitions';
import { AmountDue, CustomerId, DueDate, FollowUpStatus, InvoiceId } from '../../workflows/searchAttributes';
import { answerWorkflowId, type AnswerInput } from '../../workflows/customerAnswerDefinitions';

export type CommandPayload =
  | { kind: 'start'; input: FollowUpInput; reopen?: boolean }
  | { kind: 'signal'; signal: SignalName; arg: unknown; /** Started if the workflow has already closed (a refund reopens). */ reopenWith?: FollowUpInput }
  /** A person's answer to the customer, queued with its first invoice's commands: its own workflow sends it. */
  | { kind: 'answer'; input: AnswerInput };

export interface PendingCommand {
  id: bigint;
  payload: unknown;
}

const DELIVERY_DEADLINE_MS = 5_000;

/** A start that finds its workflow already started (a redelivered command) has done its job. */
async function startedOnce(start: () => Promise<unknown>): Promise<void> {
  try {
    await start();
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}

export class FollowUpDispatcher {
  private readonly inFlight = new Map<string, Promise<boolean>>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;
  /** What the reconciler has done so far (read by the bench when a command stays pending). */
  readonly reconcilerStats = { passes: 0, lastPassStartedAt: undefined as Date | undefined, lastPassEndedAt: undefined as Date | undefined, lastPassInvoices: 0 };

  /**
   * `eagerStarts`: a client on the same NativeConnection as a follow-up worker in this
   * process. Starts through it ask the server for eager start: the first workflow task comes
   * back with the start and runs on that worker, skipping a trip through the task queue
   * (the server falls back to the queue when it does not allow it or the worker is full).
   */
  constructor(
    private readonly db: Db,
    private readonly client: Client,
    private readonly calls: TemporalCalls,
    private readonly taskQueue: string,
    private readonly logger: Logger,
    private readonly eagerStarts?: Client,
  ) {}

  /**
   * Delivers every pending command of one invoice, oldest first. True when none is left.
   * `written`: when the caller just wrote the invoice's only commands (a new invoice), they
   * are delivered as given instead of read back.
   */
  deliverInvoice(invoiceId: string, written?: PendingCommand[]): Promise<boolean> {
    // Stopping: the commands stay pending for the reconciler of the next start.
    if (this.stopped) return Promise.resolve(false);
    // One delivery pass per invoice at a time keeps its commands in order.
    const previous = this.inFlight.get(invoiceId) ?? Promise.resolve(true);
    const next = previous.catch(() => false).then(() => this.deliverInvoiceNow(invoiceId, written));
    this.inFlight.set(invoiceId, next);
    // Both outcomes handled here: a rejection (the database went away mid-read) is the
    // caller's to handle, and must not also surface as an unhandled rejection of this chain.
    const done = () => {
      if (this.inFlight.get(invoiceId) === next) this.inFlight.delete(invoiceId);
    };
    void next.then(done, done);
    return next;
  }

  private async deliverInvoiceNow(invoiceId: string, written?: PendingCommand[]): Promise<boolean> {
    // Raw statements: every invoice created and every payment passes through here.
    const pending: PendingCommand[] =
      written ?? (await this.db.$queryRaw<PendingCommand[]>`SELECT id, payload FROM "WorkflowCommand" WHERE "invoiceId" = ${invoiceId}::uuid AND status = 'pending' ORDER BY id`);
    for (const cmd of pending) {
      if (this.stopped) return false; // the rest stay pending for the next start
      try {
        await this.deliver(cmd.payload as unknown as CommandPayload, invoiceId, cmd.id);
        await this.db.$executeRaw`UPDATE "WorkflowCommand" SET status = 'delivered', "deliveredAt" = ${new Date()}, attempts = attempts + 1 WHERE id = ${cmd.id}`;
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        await this.db.workflowCommand
          .update({ where: { id: cmd.id }, data: { attempts: { increment: 1 }, lastError: message.slice(0, 500) }, select: { id: true } })
          .catch(() => {});
        this.logger.warn('follow-up command not delivered yet; the reconciler will retry', { invoiceId, commandId: cmd.id, error: message });
        return false;
      }
    }
    return true;
  }

  private withDeadline<T>(fn: () => Promise<T>, client = this.client): Promise<T> {
    return this.calls.withDeadline(client, DELIVERY_DEADLINE_MS, fn);
  }

  private async start(input: FollowUpInput, reopen: boolean): Promise<void> {
    const client = this.eagerStarts ?? this.client;
    await startedOnce(() =>
      this.withDeadline(() =>
        client.workflow.start('invoiceFollowUp', {
          workflowId: followUpWorkflowId(input.invoiceId),
          taskQueue: this.taskQueue,
          args: [input],
          // A late event must never start a fresh follow-up for a closed invoice; only an
          // explicit reopen (a refund of a paid invoice) may.
          workflowIdReusePolicy: reopen ? WorkflowIdReusePolicy.ALLOW_DUPLICATE : WorkflowIdReusePolicy.REJECT_DUPLICATE,
          workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
          requestEagerStart: this.eagerStarts !== undefined,
          typedSearchAttributes: [
            { key: InvoiceId, value: input.invoiceId },
            { key: CustomerId, value: input.customerId },
            { key: FollowUpStatus, value: input.pause ? 'paused' : 'scheduled' },
            { key: AmountDue, value: Number(input.amountDueMinor) },
            { key: DueDate, value: new Date(input.dueAt) },
          ],
        }),
        client,
      ),
    );
  }

  /** One workflow per answer, started once: a redelivered command finds it started (or done). */
  private startAnswer(input: AnswerInput): Promise<void> {
    return startedOnce(() =>
      this.withDeadline(() =>
        this.client.workflow.start('customerAnswer', {
          workflowId: answerWorkflowId(input.messageId),
          taskQueue: this.taskQueue,
          args: [input],
          workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
          workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
        }),
      ),
    );
  }

  private async deliver(cmd: CommandPayload, invoiceId: string, commandId: bigint): Promise<void> {
    if (cmd.kind === 'start') return this.start(cmd.input, cmd.reopen ?? false);
    if (cmd.kind === 'answer') return this.startAnswer(cmd.input);
    const handle = this.client.workflow.getHandle(followUpWorkflowId(invoiceId));
    // Commands of one invoice are delivered in id order: the id versions its changes.
    const arg = cmd.signal === 'invoiceChanged' ? { ...(cmd.arg as object), version: commandId.toString() } : cmd.arg;
    try {
      await this.withDeadline(() => handle.signal(SIGNALS[cmd.signal] as never, arg as never));
    } catch (err) {
      if (!(err instanceof WorkflowNotFoundError)) throw err;
      // Closed follow-ups (paid, voided) take no more signals; that is not an error, except
      // for a refund, which starts the follow-up again.
      const desc = await this.withDeadline(() => handle.describe());
      if (desc.status.name === 'RUNNING') throw err;
      if (cmd.reopenWith) await this.start(cmd.reopenWith, true);
    }
  }

  /** One reconciler pass: every invoice with pending commands older than `minAgeMs`. */
  async deliverPending(minAgeMs = 1_000, limit = 500): Promise<{ invoices: number; complete: number }> {
    const rows = await this.db.workflowCommand.findMany({
      where: { status: 'pending', createdAt: { lt: new Date(Date.now() - minAgeMs) } },
      orderBy: { id: 'asc' },
      select: { invoiceId: true },
      take: limit,
    });
    const invoices = [...new Set(rows.map((r) => r.invoiceId))];
    let complete = 0;
    for (const id of invoices) if (await this.deliverInvoice(id)) complete++;
    if (invoices.length) this.logger.info('reconciler pass', { invoices: invoices.length, complete });
    return { invoices: invoices.length, complete };
  }

  startReconciler(intervalMs: number): void {
    const tick = async () => {
      const stats = this.reconcilerStats;
      stats.lastPassStartedAt = new Date();
      this.running = this.deliverPending()
        .then((r) => {
          stats.passes++;
          stats.lastPassEndedAt = new Date();
          stats.lastPassInvoices = r.invoices;
        }).catch((err) => this.logger.warn('reconciler pass failed', { error: (err as Error).message }));
      await this.running;
      if (this.timer) this.timer = setTimeout(tick, intervalMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  /**
   * Takes no new delivery from here on: the reconciler stops, and commands not yet being
   * delivered stay pending for the next start. Called first on shutdown, so requests still
   * being answered do not wait on Temporal.
   */
  stopDelivering(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Stops delivering and waits for the deliveries under way. */
  async stop(): Promise<void> {
    this.stopDelivering();
    await this.running;
    await Promise.allSettled(this.inFlight.values());
  }
}
