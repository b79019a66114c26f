// The contract of the invoiceFollowUp workflow: its input, its state, the signals and
// queries that change or read it, and the activities it calls (activities/ implements
// them). Imported by the workflow, the client side and the activities.
import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { Channel, StepChannel } from '../src/domain/channel';
import type { RequestedChannel, Route } from '../src/domain/routing';
import type { DeferRule } from '../src/domain/sendRules';
import type { BehaviourTouch } from '../src/domain/followUpPlan';
import type { InvoiceChange, PauseInfo } from '../src/domain/invoiceState';
import type { NotSentReason } from '../src/domain/sendDecision';
import type { TemplateRef } from '../src/domain/templates';

export type { InvoiceChange, PauseInfo };

export const TASK_QUEUE_DEFAULT = 'remit-follow-up';

/** The rate-limited task queue that SMS and WhatsApp sends go through. */
export function messagingTaskQueue(taskQueue: string): string {
  return `${taskQueue}-messaging`;
}

export function followUpWorkflowId(invoiceId: string): string {
  return `invoice-${invoiceId}`;
}

export interface ScheduledStep {
  index: number;
  /** Epoch ms at which the step falls due. */
  at: number;
  channel: StepChannel;
  template: TemplateRef;
}

/** Behaviour settings, fixed for a run when it starts (configuration can change later). */
export interface BehaviourSettings {
  /** The channel `auto` steps use for a customer with no history. */
  sequenceDefaultChannel: Channel;
  /** An email unopened this long makes the next touchpoint use SMS. */
  unopenedPivotAfterMs: number;
  /** An opened or clicked email unpaid this long gets a behaviour follow-up. */
  openedUnpaidAfterMs: number;
  /** A behaviour follow-up this close to the next step replaces it. */
  mergeWindowMs: number;
}


export interface FollowUpInput {
  invoiceId: string;
  customerId: string;
  currency: string;
  currencyDigits: number;
  /** Amount due in minor units, as a decimal integer string (bigint is not JSON). */
  amountDueMinor: string;
  dueAt: number;
  steps: ScheduledStep[];
  maxMessages: number;
  behaviour: BehaviourSettings;
  /** Set when the invoice arrives while its customer is paused. */
  pause?: PauseInfo;
  /** The invoice was voided before it was imported: the follow-up closes at once. */
  voided?: boolean;
  /** A reopened follow-up (refund of a paid invoice) carries on after what was already sent. */
  resumeAfter?: { cursor: number; messagesSent: number };
}

export type FollowUpStatus = 'scheduled' | 'paused' | 'awaiting_payment' | 'paid' | 'voided';

export interface SentMessage {
  stepIndex: number;
  /** `step`, or the behaviour follow-up it was (`opened_unpaid`, `clicked_unpaid`). */
  kind: string;
  channel: Channel;
  /** Why this channel: the step's own, auto, or a pivot. */
  channelReason: string;
  messageId: string;
  sentAt: string;
  /** Other invoices of the customer that this one consolidated message covered. */
  coveredInvoices?: string[];
}

export interface FollowUpState {
  invoiceId: string;
  status: FollowUpStatus;
  currency: string;
  amountDue: string;
  nextStep?: { index: number; at: string; channel: StepChannel; template: string };
  messagesSent: SentMessage[];
  skippedSteps: number[];
  /** Steps not sent, and why (no usable channel, provider refused, replaced by a behaviour follow-up). */
  notSent: { stepIndex: number; kind: string; reason: string }[];
  pendingBehaviour?: { kind: BehaviourTouch['kind']; at: string };
  /** The touchpoint waiting out quiet hours, the frequency cap or the gap, and which rule. */
  deferred?: { stepIndex: number; kind: string; until: string; rules: string[]; reason: string };
  pause?: PauseInfo;
  closedReason?: string;
}

// The signals below carried one change each before invoiceChanged; they stay for the follow-ups
// (and outbox commands) written before it, whose histories replay through these handlers.
export interface PaymentSignal {
  paymentId: string;
  /** Exact decimal string in the invoice currency. */
  amount: string;
  paidAt?: string;
}
export interface RefundSignal {
  paymentId: string;
  amount: string;
}
export interface ReplySignal {
  replyId: string;
  channel: string;
  receivedAt: string;
}
export interface PauseSignal {
  actor: string;
  reason?: string;
  until?: string;
}
export interface ResumeSignal {
  actor: string;
  reason?: string;
}
export interface VoidSignal {
  actor: string;
  reason?: string;
}

/** What a provider reported about a message this follow-up sent (from the Resend / Twilio webhooks). */
export interface MessageEventSignal {
  messageId: string;
  channel: Channel;
  event: 'delivered' | 'opened' | 'clicked' | 'bounced' | 'complained' | 'failed' | 'undelivered' | 'read';
  at: string;
}

export const invoiceChanged = defineSignal<[InvoiceChange]>('invoiceChanged');
export const messageEvent = defineSignal<[MessageEventSignal]>('messageEvent');
export const paymentReceived = defineSignal<[PaymentSignal]>('paymentReceived');
export const paymentRefunded = defineSignal<[RefundSignal]>('paymentRefunded');
export const customerReplied = defineSignal<[ReplySignal]>('customerReplied');
export const followUpPaused = defineSignal<[PauseSignal]>('followUpPaused');
export const followUpResumed = defineSignal<[ResumeSignal]>('followUpResumed');
export const invoiceVoided = defineSignal<[VoidSignal]>('invoiceVoided');

export const followUpState = defineQuery<FollowUpState>('followUpState');

export const SIGNALS = {
  invoiceChanged,
  messageEvent,
  paymentReceived,
  paymentRefunded,
  customerReplied,
  followUpPaused,
  followUpResumed,
  invoiceVoided,
} as const;
export type SignalName = keyof typeof SIGNALS;

// ---- the activities a follow-up calls ---------------------------------------------

export interface FollowUpReport {
  event: string;
  detail?: Record<string, unknown>;
  /** New status for the invoice row, when the workflow decided it (a pause lapsed). */
  invoiceStatus?: 'open' | 'paused' | 'paid' | 'void';
  /** The follow-up stopped sending until a person looks (no usable channel left); null clears it. */
  attention?: string | null;
}

export interface RouteRequest {
  requested: RequestedChannel;
  sequenceDefault: Channel;
  emailUnopened: boolean;
}

/** The invoice as the system of record has it now: only what the workflow acts on. */
export interface InvoiceSnapshot {
  status: string;
  /** Present when a route was asked for. */
  route?: Route;
}

export interface SendRequest {
  invoiceId: string;
  /** The sequence step, or -1 for a behaviour follow-up that replaces none. */
  stepIndex: number;
  /** `step`, or a behaviour follow-up (`opened_unpaid`, `clicked_unpaid`). */
  kind: string;
  channel: Channel;
  template: TemplateRef;
  channelReason?: string;
}

export type { NotSentReason } from '../src/domain/sendDecision';

export type SendResult =
  /** `coveredInvoices`: other invoices of the customer this one consolidated message also covered. */
  | { status: 'sent'; messageId: string; sentAt: string; coveredInvoices?: string[] }
  | { status: 'suppressed'; messageId?: string; reason: NotSentReason; why?: string }
  | { status: 'failed'; messageId: string; reason: string }
  /** Not now: quiet hours, the frequency cap or the minimum gap; try again at `until`. */
  | { status: 'deferred'; until: string; rules: DeferRule[]; reason: string };

/** What a follow-up asks of the system of record and the channels. */
export interface Activities {
  /** Writes back what the workflow decided (and its view), then reads the invoice fresh, with the route when asked. */
  syncInvoice(input: { invoiceId: string; report?: FollowUpReport; route?: RouteRequest; view?: FollowUpState }): Promise<InvoiceSnapshot>;
  /** Stores the follow-up's view where GET /v1/invoices/:id reads it. */
  publishView(input: { invoiceId: string; view: FollowUpState }): Promise<void>;
  /** Renders and sends one touchpoint, once, unless the invoice or the rules refuse it now. */
  sendMessage(req: SendRequest): Promise<SendResult>;
}

// ---- a task's timer (workflows/taskTimer.ts) --------------------------------------------

export function taskTimerWorkflowId(taskId: string): string {
  return `task-${taskId}`;
}

/** The task changed (assigned, snoozed, done): the timer asks the database what is due now. */
export const taskChanged = defineSignal('taskChanged');

export interface TaskTimerActivities {
  /**
   * Does what is due for the task at `at` (wakes it from a snooze, escalates it past its SLA)
   * and says when to look again: an instant, null once it is done, or undefined to wait for a change.
   */
  reviewTask(input: { taskId: string; at: string }): Promise<{ wakeAt: string | null | undefined }>;
}
