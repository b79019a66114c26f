// Work for people: what kinds of task there are, how urgent one is, when its SLA falls due and
// what its timer must do next. Pure: the store and the timer workflow act on these answers.
import { parseOffset } from './duration';
import { decimalToMinor, fromMinor, isCurrency, toMinor } from './money';

export const TASK_TYPES = [
  'verify_payment',
  'fix_contact',
  'dispute',
  'question',
  'payment_plan',
  'hardship',
  'callback',
  'reply',
  'personal_outreach',
  'handover',
] as const;
export type TaskType = (typeof TASK_TYPES)[number];

export const TASK_STATUSES = ['open', 'snoozed', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** How long a person has to act on each type, as ISO-8601 durations (REMIT_TASK_SLA overrides). */
export const DEFAULT_TASK_SLA: Record<TaskType, string> = {
  callback: 'PT4H',
  question: 'PT8H',
  verify_payment: 'P1D',
  dispute: 'P2D',
  payment_plan: 'P1D',
  hardship: 'P1D',
  fix_contact: 'P2D',
  reply: 'P1D',
  personal_outreach: 'P2D',
  handover: 'P3D',
};

/** What a reply's intent asks a person to do (opt-outs, auto-replies and dated promises ask nothing). */
export const TASK_FOR_INTENT: Partial<Record<string, TaskType>> = {
  paid_already: 'verify_payment',
  dispute: 'dispute',
  wrong_person: 'fix_contact',
  question: 'question',
  payment_plan_request: 'payment_plan',
  hardship: 'hardship',
  callback_request: 'callback',
  other: 'reply',
  promise_to_pay: 'reply', // a promise with no day Remit could hold
};

/**
 * How priority is counted: amount due × days overdue (the default: big and old first), or
 * either alone. Amounts of different currencies are counted as they are, unconverted.
 */
export const PRIORITY_RULES = ['amount_x_days_overdue', 'amount_due', 'days_overdue'] as const;
export type PriorityRule = (typeof PRIORITY_RULES)[number];

const DAY_MS = 86_400_000;
const SCORE_DIGITS = 4;

/** The priority of a task about these invoices now: a decimal string, higher first. */
export function taskPriority(invoices: { amountDue: { toFixed(d: number): string }; dueAt: Date }[], rule: PriorityRule, now: Date): string {
  let score = 0n;
  for (const inv of invoices) {
    // Not yet due counts as one day, so amount still orders them.
    const days = BigInt(Math.max(1, Math.floor((now.getTime() - inv.dueAt.getTime()) / DAY_MS)));
    const amount = decimalToMinor(inv.amountDue, SCORE_DIGITS);
    const one = 10n ** BigInt(SCORE_DIGITS);
    score += rule === 'amount_due' ? amount : rule === 'days_overdue' ? days * one : amount * days;
  }
  return fromMinor(score, SCORE_DIGITS);
}

/** An escalation multiplies priority by `factor` (a whole number), so the task rises in the queue. */
export function escalatedPriority(priority: { toFixed(d: number): string }, factor: number): string {
  return fromMinor(decimalToMinor(priority, SCORE_DIGITS) * BigInt(factor), SCORE_DIGITS);
}

/** "question=PT4H, dispute=P1D" → ms per type, over the defaults; or what is wrong with it. */
export function parseTaskSla(text: string): { sla: Record<TaskType, number> } | { problem: string } {
  const sla = Object.fromEntries(TASK_TYPES.map((t) => [t, offsetMs(DEFAULT_TASK_SLA[t])!])) as Record<TaskType, number>;
  for (const item of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [type, duration, extra] = item.split('=').map((s) => s.trim());
    if (!type || !duration || extra !== undefined) return { problem: `"${item}" is not type=duration` };
    if (!(TASK_TYPES as readonly string[]).includes(type)) return { problem: `unknown task type "${type}" (one of ${TASK_TYPES.join(', ')})` };
    const ms = offsetMs(duration);
    if (!ms) return { problem: `"${duration}" is not a positive ISO-8601 duration such as PT4H` };
    sla[type as TaskType] = ms;
  }
  return { sla };
}

function offsetMs(text: string): number | undefined {
  const o = parseOffset(text);
  if (!o || o.sign !== 1) return undefined;
  const ms = o.days * DAY_MS + o.ms;
  return ms > 0 ? ms : undefined;
}

export interface TaskClock {
  status: string;
  slaDueAt: Date;
  escalatedAt: Date | null;
  snoozedUntil: Date | null;
}

/**
 * What the task's timer must do at `now`: wake a snoozed task whose snooze ended, escalate an
 * open one past its SLA (once), or nothing yet.
 */
export function dueTimerWork(t: TaskClock, now: Date): 'wake' | 'escalate' | undefined {
  if (t.status === 'snoozed' && t.snoozedUntil && t.snoozedUntil <= now) return 'wake';
  if (t.status === 'open' && !t.escalatedAt && t.slaDueAt <= now) return 'escalate';
  return undefined;
}

/** When the timer must look again: the end of a snooze, or the SLA; null once done; undefined: only a change wakes it. */
export function nextTimerWake(t: TaskClock): Date | null | undefined {
  if (t.status === 'done') return null;
  if (t.status === 'snoozed') return t.snoozedUntil ?? undefined;
  return t.escalatedAt ? undefined : t.slaDueAt;
}

/** "USD=5000, EUR=4000.50" → exact amounts per currency (the high-value thresholds); or what is wrong. */
export function parseAmountsByCurrency(text: string): { amounts: Record<string, string> } | { problem: string } {
  const amounts: Record<string, string> = {};
  for (const item of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [currency, amount, extra] = item.split('=').map((s) => s.trim());
    if (!currency || !amount || extra !== undefined) return { problem: `"${item}" is not CURRENCY=amount` };
    if (!isCurrency(currency)) return { problem: `"${currency}" is not an ISO-4217 currency code` };
    if (toMinor(amount, 4) === undefined) return { problem: `"${amount}" is not a non-negative amount` };
    amounts[currency] = amount;
  }
  return { amounts };
}
