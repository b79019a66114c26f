// Tasks: the work queue for people. A task is opened in the transaction of whatever asked for a
// person (a reply, a dispute, the escalation rule), with a priority and an SLA; its timer
// workflow (taskTimers.ts, workflows/taskTimer.ts) escalates it when the SLA passes. A person
// assigns, snoozes and completes it here; every change is in its history.
import type { Db } from '../db';
import type { Config } from '../config';
import { dueTimerWork, escalatedPriority, nextTimerWake, parseAmountsByCurrency, parseTaskSla, taskPriority, type PriorityRule, type TaskType } from '../domain/tasks';
import { Prisma, type Task } from '../generated/prisma/client';
import { conflict, notFound, unprocessable } from './errors';
import type { TaskAssignInput, TaskCompleteInput, TaskQuery, TaskSnoozeInput } from './inputs';
import { isUuid, type Tx } from './invoiceStore';
import { decodeRankCursor, encodeRankCursor, pageSize } from './pages';

export interface TaskSettings {
  /** ms a person has per type. */
  sla: Record<TaskType, number>;
  /** Who an escalated task goes to (none: it keeps its assignee and only rises). */
  lead?: string;
  priority: PriorityRule;
  /** An escalation multiplies priority by this. */
  escalationFactor: number;
  /** Amount due from which an invoice is high-value, per currency (exact decimals). */
  highValue: Record<string, string>;
  /** A high-value invoice unanswered after this many touchpoints gets a personal outreach task. */
  outreachAfterTouchpoints: number;
}

/** The task settings of a deployment, from its configuration (validated at start-up). */
export function taskSettings(config: Config): TaskSettings {
  const parsed = parseTaskSla(config.REMIT_TASK_SLA);
  const amounts = parseAmountsByCurrency(config.REMIT_HIGH_VALUE_AMOUNTS);
  // Configuration validation already refused both.
  if ('problem' in parsed) throw new Error(parsed.problem);
  if ('problem' in amounts) throw new Error(amounts.problem);
  return {
    sla: parsed.sla,
    highValue: amounts.amounts,
    outreachAfterTouchpoints: config.REMIT_HIGH_VALUE_AFTER_TOUCHPOINTS,
    ...(config.REMIT_TASK_LEAD ? { lead: config.REMIT_TASK_LEAD } : {}),
    priority: config.REMIT_TASK_PRIORITY,
    escalationFactor: config.REMIT_TASK_ESCALATION_FACTOR,
  };
}

export interface NewTask {
  type: TaskType;
  customerId: string;
  invoiceIds: string[];
  /** Why a person is needed, in words ("customer says they have paid"). */
  reason: string;
  actor: string;
  conversationId?: string;
  inboundMessageId?: string;
  disputeId?: string;
}

/** Asks the task timers to catch up with committed changes, in the background (taskTimers.ts). */
export type TimerKick = () => void;

const ACTIVE = ['open', 'snoozed'];

/**
 * Opens a task in the caller's transaction, or, when the customer already has an unfinished
 * task of that type (for that dispute), adds to it: one job in the queue, however many
 * messages ask for it. A new message wakes a snoozed task.
 */
export async function openTask(tx: Tx, settings: TaskSettings, t: NewTask, now = new Date()): Promise<Task> {
  const existing = await tx.task.findFirst({
    where: { customerId: t.customerId, type: t.type, status: { in: ACTIVE }, ...(t.disputeId ? { disputeId: t.disputeId } : {}) },
    orderBy: { createdAt: 'asc' },
  });
  if (existing) {
    const invoiceIds = [...new Set([...existing.invoiceIds, ...t.invoiceIds])];
    const woke = existing.status === 'snoozed';
    await addEvent(tx, existing.id, 'asked_again', t.actor, { reason: t.reason, ...(t.inboundMessageId ? { inboundMessageId: t.inboundMessageId } : {}), ...(woke ? { woke: true } : {}) });
    return tx.task.update({
      where: { id: existing.id },
      data: { invoiceIds, ...(woke ? { status: 'open', snoozedUntil: null, slaDueAt: new Date(now.getTime() + settings.sla[t.type]), timerVersion: { increment: 1 } } : {}) },
    });
  }
  const invoices = await tx.invoice.findMany({ where: { id: { in: t.invoiceIds } }, select: { amountDue: true, dueAt: true } });
  const task = await tx.task.create({
    data: {
      type: t.type, customerId: t.customerId, invoiceIds: t.invoiceIds, reason: t.reason,
      conversationId: t.conversationId ?? null, inboundMessageId: t.inboundMessageId ?? null, disputeId: t.disputeId ?? null,
      priority: taskPriority(invoices, settings.priority, now), slaDueAt: new Date(now.getTime() + settings.sla[t.type]),
    },
  });
  await addEvent(tx, task.id, 'opened', t.actor, { reason: t.reason, slaDueAt: task.slaDueAt.toISOString() });
  return task;
}

/** Closes the unfinished tasks of these types that concern an invoice (a payment closes "verify payment"). */
export async function closeTasksFor(
  tx: Tx,
  match: { invoiceId: string; types: TaskType[] } | { customerId: string; types: TaskType[] } | { disputeId: string },
  outcome: string,
  actor: string,
  now = new Date(),
): Promise<number> {
  const where: Prisma.TaskWhereInput =
    'disputeId' in match ? { disputeId: match.disputeId, status: { in: ACTIVE } }
    : 'customerId' in match ? { customerId: match.customerId, type: { in: match.types }, status: { in: ACTIVE } }
    : { invoiceIds: { has: match.invoiceId }, type: { in: match.types }, status: { in: ACTIVE } };
  const tasks = await tx.task.findMany({ where, select: { id: true } });
  for (const { id } of tasks) await finish(tx, id, outcome, actor, undefined, now);
  return tasks.length;
}

async function finish(tx: Tx, id: string, outcome: string, actor: string, note: string | undefined, now: Date): Promise<Task> {
  await addEvent(tx, id, 'done', actor, { outcome, ...(note ? { note } : {}) });
  return tx.task.update({ where: { id }, data: { status: 'done', outcome, doneBy: actor, doneAt: now, snoozedUntil: null, timerVersion: { increment: 1 } } });
}

async function addEvent(tx: Tx, taskId: string, kind: string, actor: string, detail: Record<string, unknown>): Promise<void> {
  await tx.taskEvent.create({ data: { taskId, kind, actor, detail: detail as Prisma.InputJsonObject } });
}

/**
 * What the task's timer found due at `at`, done under the task's row lock: a snooze that ended
 * wakes the task with a fresh SLA; an SLA that passed escalates it once (priority raised, handed
 * to the lead). Returns when the timer should look again.
 */
export async function reviewTask(db: Db, settings: TaskSettings, taskId: string, at: Date): Promise<{ wakeAt: string | null | undefined }> {
  return db.$transaction(async (tx) => {
    const [task] = await tx.$queryRaw<Task[]>`SELECT * FROM "Task" WHERE id = ${taskId}::uuid FOR UPDATE`;
    if (!task) return { wakeAt: null };
    let now: Task = task;
    const work = dueTimerWork(task, at);
    if (work === 'wake') {
      await addEvent(tx, task.id, 'woke', 'remit', { snoozedUntil: task.snoozedUntil!.toISOString() });
      now = await tx.task.update({ where: { id: task.id }, data: { status: 'open', snoozedUntil: null, slaDueAt: new Date(at.getTime() + settings.sla[task.type as TaskType]) } });
    } else if (work === 'escalate') {
      const priority = escalatedPriority(task.priority, settings.escalationFactor);
      const assignee = settings.lead ?? task.assignee;
      await addEvent(tx, task.id, 'escalated', 'remit', {
        slaDueAt: task.slaDueAt.toISOString(), priority: { from: task.priority.toFixed(4), to: priority },
        ...(assignee !== task.assignee ? { assignee: { from: task.assignee, to: assignee } } : {}),
      });
      now = await tx.task.update({ where: { id: task.id }, data: { escalatedAt: at, priority, assignee } });
    }
    const wake = nextTimerWake(now);
    return { wakeAt: wake === null ? null : wake?.toISOString() };
  });
}

export class Tasks {
  constructor(
    private readonly db: Db,
    private readonly kick: TimerKick,
  ) {}

  async list(q: TaskQuery) {
    const limit = pageSize(q.limit);
    const after = decodeRankCursor(q.cursor);
    const where = [
      q.status ? Prisma.sql`t.status = ${q.status}` : undefined,
      q.type ? Prisma.sql`t.type = ${q.type}` : undefined,
      q.assignee ? Prisma.sql`t.assignee = ${q.assignee}` : undefined,
      q.customer ? Prisma.sql`(cu.id::text = ${q.customer} OR cu."externalId" = ${q.customer})` : undefined,
      q.invoice ? Prisma.sql`${q.invoice} = ANY(t."invoiceIds"::text[])` : undefined,
      after ? Prisma.sql`(t.priority, t.id) < (${after.rank}::numeric, ${after.id}::uuid)` : undefined,
    ].filter((w): w is Prisma.Sql => w !== undefined);
    const rows = await this.db.$queryRaw<TaskRow[]>`
      ${TASK_ROWS} ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, ' AND ')}` : Prisma.empty}
       ORDER BY t.priority DESC, t.id DESC LIMIT ${limit + 1}`;
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { tasks: items.map((r) => taskView(r)), nextCursor: rows.length > limit && last ? encodeRankCursor(last.priority.toFixed(4), last.id) : null };
  }

  async get(id: string) {
    const row = await this.row(id);
    const history = await this.db.taskEvent.findMany({ where: { taskId: id }, orderBy: { id: 'asc' } });
    return { ...taskView(row), history: history.map((e) => ({ kind: e.kind, actor: e.actor, at: e.at.toISOString(), detail: e.detail ?? {} })) };
  }

  assign(id: string, a: TaskAssignInput) {
    return this.change(id, async (tx, t) => {
      if (t.assignee === a.assignee) return t;
      await addEvent(tx, t.id, 'assigned', a.actor, { from: t.assignee, to: a.assignee });
      return tx.task.update({ where: { id: t.id }, data: { assignee: a.assignee, timerVersion: { increment: 1 } } });
    });
  }

  /** Until a time: the task leaves the queue, and comes back (with a fresh SLA) when it ends. */
  snooze(id: string, s: TaskSnoozeInput, now = new Date()) {
    const until = new Date(s.until);
    if (until <= now) throw unprocessable('validation_failed', 'until must be in the future', { field: 'until' });
    return this.change(id, async (tx, t) => {
      await addEvent(tx, t.id, 'snoozed', s.actor, { until: until.toISOString(), ...(s.reason ? { reason: s.reason } : {}) });
      return tx.task.update({ where: { id: t.id }, data: { status: 'snoozed', snoozedUntil: until, timerVersion: { increment: 1 } } });
    });
  }

  complete(id: string, c: TaskCompleteInput) {
    return this.change(id, (tx, t) => finish(tx, t.id, c.outcome, c.actor, c.note, new Date()), true);
  }

  /** A change to one unfinished task, under its row lock; completing a done one again with the same outcome is a no-op. */
  private async change(id: string, fn: (tx: Tx, t: Task) => Promise<Task>, completing = false) {
    if (!isUuid(id)) throw notFound('task', id);
    await this.db.$transaction(async (tx) => {
      const [t] = await tx.$queryRaw<Task[]>`SELECT * FROM "Task" WHERE id = ${id}::uuid FOR UPDATE`;
      if (!t) throw notFound('task', id);
      if (t.status === 'done') {
        if (completing) return t;
        throw conflict('task_done', `The task is done (${t.outcome}); it cannot change`);
      }
      return fn(tx, t);
    });
    this.kick();
    return this.get(id);
  }

  private async row(id: string): Promise<TaskRow> {
    if (!isUuid(id)) throw notFound('task', id);
    const [row] = await this.db.$queryRaw<TaskRow[]>`${TASK_ROWS} WHERE t.id = ${id}::uuid`;
    if (!row) throw notFound('task', id);
    return row;
  }
}

type TaskRow = Task & { customerExternalId: string; customerName: string | null };

const TASK_ROWS = Prisma.sql`
  SELECT t.*, cu."externalId" AS "customerExternalId", cu.name AS "customerName"
    FROM "Task" t JOIN "Customer" cu ON cu.id = t."customerId"`;

export function taskView(t: TaskRow, now = new Date()) {
  return {
    id: t.id,
    type: t.type,
    status: t.status,
    reason: t.reason,
    customer: { id: t.customerId, externalId: t.customerExternalId, name: t.customerName },
    invoiceIds: t.invoiceIds,
    conversationId: t.conversationId,
    disputeId: t.disputeId,
    inboundMessageId: t.inboundMessageId,
    priority: t.priority.toFixed(4),
    assignee: t.assignee,
    slaDueAt: t.slaDueAt.toISOString(),
    slaBreached: t.status !== 'done' && t.slaDueAt <= now,
    escalatedAt: t.escalatedAt?.toISOString() ?? null,
    snoozedUntil: t.snoozedUntil?.toISOString() ?? null,
    outcome: t.outcome,
    doneBy: t.doneBy,
    doneAt: t.doneAt?.toISOString() ?? null,
    createdAt: t.createdAt.toISOString(),
  };
}
