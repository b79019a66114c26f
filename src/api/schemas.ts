// Response shapes of the HTTP API, beside the request shapes the services own
// (src/services/inputs.ts, re-exported here): the same zod schemas validate requests and
// generate /openapi.json. Zod stays at the edge: workflows never import this module.
import { z } from 'zod';
import { STEP_CHANNELS } from '../domain/channel';
import { PAUSE_KINDS } from '../domain/invoiceState';
import { TASK_STATUSES, TASK_TYPES } from '../domain/tasks';
import { INTENT_SOURCES } from '../domain/intent/types';
import type { FollowUpState, PauseInfo, SentMessage } from '../../workflows/definitions';

import { Channel } from '../services/inputs';

export * from '../services/inputs';

// Responses (documented in /openapi.json).
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ field: z.string(), message: z.string() })).optional().meta({ description: 'The fields at fault, each with its problem' }),
  }),
});

export const UnappliedPaymentView = z.object({ eventId: z.string(), type: z.string(), amount: z.string(), currency: z.string(), reason: z.string() });

export const MessageView = z.object({
  id: z.string(),
  stepIndex: z.number().int(),
  channel: z.string(),
  template: z.string(),
  recipient: z.string().nullable(),
  subject: z.string().nullable(),
  body: z.string(),
  status: z.string(),
  statusReason: z.string().nullable(),
  sentAt: z.string().nullable(),
});

// The follow-up workflow's state (FollowUpState, as its query answers it), field for field:
// response objects are closed (additionalProperties: false), so a field the workflow adds must be
// added here too — the type checks below fail until it is.
const PauseView = z.object({ kind: z.enum(PAUSE_KINDS), actor: z.string(), reason: z.string().optional(), until: z.string().optional(), since: z.string() });
const SentMessageView = z.object({
  stepIndex: z.number().int(),
  kind: z.string().meta({ description: '"step", or the behaviour follow-up it was ("opened_unpaid", "clicked_unpaid")' }),
  channel: Channel,
  channelReason: z.string(),
  messageId: z.string(),
  sentAt: z.string(),
  coveredInvoices: z.array(z.string()).optional().meta({ description: 'other invoices of the customer this consolidated message covered' }),
});
const FollowUpStateView = z.object({
  invoiceId: z.string(),
  status: z.enum(['scheduled', 'paused', 'awaiting_payment', 'paid', 'voided']),
  amountDue: z.string(),
  currency: z.string(),
  nextStep: z.object({ index: z.number().int(), at: z.string(), channel: z.enum(STEP_CHANNELS), template: z.string() }).optional(),
  messagesSent: z.array(SentMessageView),
  skippedSteps: z.array(z.number().int()),
  notSent: z.array(z.object({ stepIndex: z.number().int(), kind: z.string(), reason: z.string() })).meta({ description: 'Steps not sent, and why' }),
  pendingBehaviour: z.object({ kind: z.enum(['opened_unpaid', 'clicked_unpaid']), at: z.string() }).optional(),
  deferred: z
    .object({ stepIndex: z.number().int(), kind: z.string(), until: z.string(), rules: z.array(z.string()), reason: z.string() })
    .optional()
    .meta({ description: 'a touchpoint waiting out quiet hours, the frequency cap or the minimum gap' }),
  pause: PauseView.optional(),
  closedReason: z.string().optional(),
});
export const FollowUpView = FollowUpStateView.nullable().meta({ description: 'null when the workflow cannot be queried right now (see followUpError)' });

type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? ([keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false) : false) : false;
const followUpViewIsState: SameShape<z.infer<typeof FollowUpStateView>, FollowUpState> = true;
const sentMessageViewIsSentMessage: SameShape<z.infer<typeof SentMessageView>, SentMessage> = true;
const pauseViewIsPauseInfo: SameShape<z.infer<typeof PauseView>, PauseInfo> = true;
void [followUpViewIsState, sentMessageViewIsSentMessage, pauseViewIsPauseInfo];

export const PromiseView = z.object({
  id: z.string(),
  invoiceId: z.string(),
  status: z.enum(['open', 'kept', 'broken', 'replaced']),
  date: z.string().meta({ description: "the customer's local day it was promised by" }),
  deadline: z.string().meta({ description: 'when it is judged: the end of that day in their zone plus REMIT_PROMISE_GRACE_DAYS' }),
  amount: z.string().nullable().meta({ description: 'null: the whole balance' }),
  source: z.string(),
  actor: z.string(),
  evidence: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});

export const DisputeView = z.object({
  id: z.string(),
  invoiceId: z.string(),
  status: z.enum(['open', 'resolved']),
  reason: z.string().meta({ description: 'wrong_amount, not_received, quality, already_returned, not_ordered, duplicate, other, or payment_dispute (a Stripe chargeback)' }),
  note: z.string().nullable(),
  source: z.string().meta({ description: 'api, reply, page or stripe' }),
  actor: z.string(),
  evidence: z.string().nullable().meta({ description: 'the words of the reply it was read in' }),
  outcome: z.enum(['resume', 'void']).nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
});
export const InvoiceView = z.object({
  id: z.string(),
  externalId: z.string(),
  number: z.string(),
  status: z.string(),
  currency: z.string(),
  amountOriginal: z.string(),
  amountDue: z.string(),
  amountPaid: z.string().meta({ description: 'payments less refunds' }),
  credit: z.string().meta({ description: 'paid beyond the amount invoiced (an overpayment), owed back to the customer or to apply elsewhere' }),
  disputed: z.boolean().meta({ description: 'a dispute is open (see disputes)' }),
  escalatedAt: z.string().nullable().meta({ description: 'when a person was asked to reach out: a high-value invoice unanswered after REMIT_HIGH_VALUE_AFTER_TOUCHPOINTS (a personal_outreach task)' }),
  attentionReason: z
    .string()
    .nullable()
    .meta({ description: 'why the follow-up stopped for a person (e.g. every channel opted out or unusable); also in followUp.pause.reason while it is paused as "attention"' }),
  dueDate: z.string(),
  dueAt: z.string(),
  paymentUrl: z.string().nullable(),
  sequence: z.string(),
  workflowId: z.string(),
  customer: z.object({ id: z.string(), externalId: z.string(), name: z.string().nullable(), timezone: z.string().nullable() }),
  followUp: FollowUpView,
  followUpError: z.string().optional(),
  messages: z.array(MessageView),
  payments: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      amount: z.string(),
      overpaid: z.string().meta({ description: 'the part of this payment beyond what was due (credit)' }),
      paidAt: z.string(),
      reference: z.string().nullable(),
      source: z.string(),
    }),
  ),
  unappliedPayments: z.array(UnappliedPaymentView),
  promises: z.array(PromiseView).meta({ description: 'promises to pay, newest first' }),
  disputes: z.array(DisputeView).meta({ description: 'disputes, newest first' }),
  createdAt: z.string(),
});

export const CreatedInvoice = z.object({
  id: z.string(),
  workflowId: z.string(),
  status: z.string(),
  delivery: z.enum(['delivered', 'pending']),
  unappliedPayments: z.array(UnappliedPaymentView).meta({ description: 'payment webhooks that arrived before the invoice and could not be applied to it (kept, not lost)' }),
});

export const CommandResult = z.object({ invoiceId: z.string(), status: z.string(), amountDue: z.string().optional(), delivery: z.enum(['delivered', 'pending']) });

export const PaymentResult = CommandResult.extend({
  amountDue: z.string(),
  amountPaid: z.string(),
  credit: z.string(),
  recordedAs: z.enum(['payment', 'overpayment', 'credit']).meta({
    description: '"payment": against what was due; "overpayment": paid in full, the excess is credit; "credit": the invoice was already paid, all of it is credit',
  }),
  duplicate: z.boolean().optional().meta({ description: 'a payment with this reference was already recorded; nothing new was' }),
  replayed: z.boolean().optional().meta({ description: 'the answer to an earlier request with the same Idempotency-Key; nothing new was recorded' }),
});

const IntentSummary = z.object({ intent: z.string(), confidence: z.number(), evidence: z.string() });
export const ReplyResult = CommandResult.extend({
  message: z.object({
    id: z.string(),
    conversationId: z.string(),
    receivedAt: z.string(),
    autoReply: z.boolean(),
    duplicate: z.boolean(),
    intents: z.array(IntentSummary),
  }),
});
export const CustomerCommandResult = z.object({ customerId: z.string(), invoices: z.array(CommandResult) });
export const ContactResult = CustomerCommandResult.extend({ changedChannels: z.array(z.enum(['email', 'sms', 'whatsapp'])).meta({ description: 'channels whose address changed (their blocks were lifted)' }) });

/** What a Twilio, Resend or Stripe webhook answers. */
export const ProviderEventResult = z.object({
  eventId: z.string(),
  status: z.enum(['applied', 'ignored', 'unmatched', 'duplicate']).meta({ description: 'unmatched: a refund or dispute no invoice matches, kept for a person (counted by /healthz)' }),
  detail: z.string().optional(),
});

export const WebhookResult = z.object({
  eventId: z.string(),
  status: z.enum(['applied', 'pending_invoice', 'ignored', 'refused']).meta({ description: '"refused": recorded, not applied (a payment for a void invoice)' }),
  duplicate: z.boolean(),
  invoiceId: z.string().nullable(),
  delivery: z.enum(['delivered', 'pending', 'none']),
  detail: z.string().optional().meta({ description: 'why it was ignored or refused, or how it was applied (e.g. recorded as credit)' }),
});

export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ ok: z.boolean(), kind: z.string(), error: z.string().optional() }),
  temporal: z.object({ ok: z.boolean(), address: z.string(), namespace: z.string(), error: z.string().optional() }),
  pendingCommands: z.number().int().optional(),
  unmatchedProviderEvents: z.number().int().optional().meta({ description: 'Stripe refunds and disputes no invoice matched, waiting for a person' }),
});


export const ConsentView = z.object({ id: z.string(), channel: Channel, address: z.string(), source: z.string(), consentedAt: z.string(), optOutLifted: z.boolean() });
export const OptOutView = z.object({ channel: Channel, address: z.string(), reason: z.string(), source: z.string(), since: z.string() });
export const TimelineView = z.object({
  invoiceId: z.string(),
  events: z.array(
    z.object({
      at: z.string(),
      kind: z.string(),
      actor: z.string(),
      decision: z.enum(['sent', 'deferred', 'suppressed', 'stopped', 'recorded']),
      reason: z.string(),
      detail: z.record(z.string(), z.unknown()),
    }),
  ),
});
export const PreviewStepView = z.object({
  index: z.number(),
  offset: z.string(),
  dueAt: z.string(),
  status: z.enum(['send', 'skipped', 'not_sent']),
  sendAt: z.string().optional(),
  localTime: z.record(z.string(), z.string()).optional(),
  channel: Channel.optional(),
  channelReason: z.string().optional(),
  template: z.string().optional(),
  deferredBecause: z.array(z.string()).optional(),
  reason: z.string().optional(),
  subject: z.string().optional(),
  body: z.string().optional(),
});
export const PreviewView = z.object({
  sequence: z.string(),
  invoice: z.string().nullable(),
  from: z.string(),
  zones: z.array(z.string()),
  zoneBasis: z.string(),
  sendWindow: z.object({ startSec: z.number(), endSec: z.number(), skipWeekends: z.boolean(), holidays: z.array(z.string()) }),
  steps: z.array(PreviewStepView),
  notes: z.array(z.string()),
});

// Conversations and the invoice list.
const Nullable = z.string().nullable();
const CustomerRef = z.object({ id: z.string(), externalId: z.string(), name: Nullable });
const ConversationHead = {
  id: z.string(),
  customer: CustomerRef,
  status: z.enum(['open', 'waiting']),
  assignee: Nullable,
  lastActivityAt: z.string(),
  lastInboundAt: Nullable,
  lastIntents: z.array(z.string()),
};
export const ConversationList = z.object({
  conversations: z.array(
    z.object({
      ...ConversationHead,
      lastMessage: z.object({ direction: z.enum(['inbound', 'outbound']), channel: z.string(), at: z.string(), text: z.string() }).nullable(),
    }),
  ),
  nextCursor: Nullable,
});
const EvidenceView = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
const ReadIntent = z.object({
  intent: z.string(),
  confidence: z.number(),
  evidence: EvidenceView.meta({ description: 'the words that decided it (offsets into text)' }),
  source: z.enum(INTENT_SOURCES).meta({ description: 'rule, classifier, advisor, or page (the customer chose it on the invoice page)' }),
  payments: z.array(z.object({ date: z.string(), amount: z.string().optional(), fraction: z.number().optional(), remainder: z.boolean().optional(), evidence: EvidenceView })).optional(),
  reason: z.string().optional(),
  questionKind: z.string().optional(),
  returnDate: z.string().optional(),
});
const InboundView = z.object({
  id: z.string(),
  direction: z.literal('inbound'),
  channel: z.string(),
  at: z.string(),
  from: Nullable,
  subject: Nullable,
  text: z.string().meta({ description: 'what the customer wrote (an email without its quoted history and signature)' }),
  autoReply: z.boolean(),
  invoiceIds: z.array(z.string()),
  intents: z.array(ReadIntent),
  answers: z.string().optional().meta({ description: 'the id of our message it answers (email threading)' }),
});
const OutboundView = z.object({
  id: z.string(),
  direction: z.literal('outbound'),
  channel: z.string(),
  at: z.string(),
  to: Nullable,
  subject: Nullable,
  text: z.string(),
  status: z.string(),
  deliveryStatus: Nullable,
  invoiceIds: z.array(z.string()),
  actor: z.string().meta({ description: '"remit" for an automated message, else the person who answered' }),
  kind: z.string().meta({ description: '"step", a behaviour follow-up, or "answer" (a person\'s)' }),
  statusReason: Nullable.meta({ description: 'why it waits (a deferred answer), or was suppressed or failed' }),
});
export const ConversationView = z.object({ ...ConversationHead, messages: z.array(z.union([InboundView, OutboundView])) });
export const InvoiceList = z.object({
  invoices: z.array(
    z.object({
      id: z.string(),
      externalId: z.string(),
      number: z.string(),
      status: z.string(),
      disputed: z.boolean(),
      currency: z.string(),
      amountOriginal: z.string(),
      amountDue: z.string(),
      dueAt: z.string(),
      customer: CustomerRef,
      createdAt: z.string(),
    }),
  ),
  nextCursor: Nullable,
});

export const PromiseResult = z.object({ promise: PromiseView, invoice: CommandResult });

export const DisputeResult = z.object({ dispute: DisputeView, invoice: CommandResult });

export const TaskView = z.object({
  id: z.string(),
  type: z.enum(TASK_TYPES),
  status: z.enum(TASK_STATUSES),
  reason: z.string().meta({ description: 'why a person is needed, with the words that asked for it' }),
  customer: CustomerRef,
  invoiceIds: z.array(z.string()),
  conversationId: Nullable,
  disputeId: Nullable,
  inboundMessageId: Nullable.meta({ description: 'the customer message that opened it' }),
  priority: z.string().meta({ description: 'amount due × days overdue when it opened (REMIT_TASK_PRIORITY); an escalation multiplies it' }),
  assignee: Nullable,
  slaDueAt: z.string(),
  slaBreached: z.boolean(),
  escalatedAt: Nullable,
  snoozedUntil: Nullable,
  outcome: Nullable,
  doneBy: Nullable,
  doneAt: Nullable,
  createdAt: z.string(),
});
export const TaskList = z.object({ tasks: z.array(TaskView), nextCursor: Nullable });
export const TaskDetail = TaskView.extend({
  history: z.array(z.object({ kind: z.string().meta({ description: 'opened, asked_again, assigned, snoozed, woke, escalated, done' }), actor: z.string(), at: z.string(), detail: z.record(z.string(), z.unknown()) })),
});

/** A person's answer, accepted (POST /v1/conversations/:id/messages). */
export const AnswerAccepted = z.object({
  message: z.object({
    id: z.string(),
    conversationId: z.string(),
    status: z.literal('pending').meta({ description: 'GET /v1/conversations/:id shows it move on: sent, failed or suppressed, with statusReason' }),
    kind: z.literal('answer'),
    actor: z.string(),
    channel: Channel,
    channelReason: z.string(),
    to: z.string(),
    subject: Nullable,
    text: z.string(),
    invoiceIds: z.array(z.string()),
    acceptedAt: z.string(),
    deferred: z.object({ until: z.string(), reason: z.string() }).nullable().meta({ description: 'null: it goes now; else quiet hours hold it until then' }),
  }),
  delivery: z.enum(['delivered', 'pending']).meta({ description: 'pending: Temporal could not take it yet; the reconciler delivers it' }),
});
