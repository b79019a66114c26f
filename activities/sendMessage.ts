// One touchpoint, sent at most once: its outbox row is claimed, the send is judged on the facts
// under the customer's lock, the message composed and handed to the provider, and the outcome
// recorded on the row and the invoice's timeline.
import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/activity';
import type { Db } from '../src/db';
import { PermanentSendError, TransientSendError, addressVerdict, type ChannelAdapters, type OutgoingMessage, type SendReceipt } from '../src/channels/types';
import type { Channel } from '../src/domain/channel';
import { customerZones, type ZoneBasis } from '../src/domain/quietHours';
import { addressFor } from '../src/domain/routing';
import { judgeSend, type SendJudgement } from '../src/domain/sendDecision';
import type { SequenceStep } from '../src/domain/sequences';
import { renderFor, subjectSourceFor, templateName, type TokenValues } from '../src/domain/templates';
import type { Message, Prisma } from '../src/generated/prisma/client';
import { invoicePageUrl, refusedChannels, sendHistory, type ComplianceSettings } from '../src/services/compliance';
import { touchConversation } from '../src/services/conversationActivity';
import { escalateUnanswered } from '../src/services/escalation';
import { promisedDayText } from '../src/domain/paymentPromise';
import type { TaskSettings } from '../src/services/tasks';
import { unnoticedBrokenPromise } from '../src/services/promises';
import { recordOptOut } from '../src/services/recordOptOut';
import { recordEvent } from '../src/services/timeline';
import type { Activities, NotSentReason, SendRequest, SendResult } from '../workflows/definitions';
import { consolidatedValues, cover, coverableSiblings, type Sibling } from './consolidation';
import { invoiceWithCustomer, lockForSend, type InvoiceWithCustomer } from './invoiceReads';
import { footer, outgoingMessage, tokenValues, type CustomerDefaults } from './messageContent';

type Tx = Prisma.TransactionClient;

export interface SendDeps extends CustomerDefaults {
  db: Db;
  channels: ChannelAdapters;
  compliance: ComplianceSettings;
  tasks: TaskSettings;
  now: () => Date;
}

export function idempotencyKey(req: Pick<SendRequest, 'invoiceId' | 'stepIndex' | 'kind' | 'channel'>): string {
  return `${req.invoiceId}:${req.kind === 'step' ? req.stepIndex : req.kind}:${req.channel}`;
}

/** A touchpoint whose outbox row is written: what the steps under the lock go on. */
interface Touchpoint {
  req: SendRequest;
  key: string;
  messageId: string;
  customerId: string;
  /** The built-in template an email borrows its subject from when the template has none. */
  subjectFrom: string;
}

export function sendMessageActivity(deps: SendDeps): Activities['sendMessage'] {
  /**
   * Renders and sends one touchpoint. The outbox row is written before any adapter is
   * called; its key (invoice + step + channel) makes a retried or replayed activity a
   * no-op. The send happens while the invoice row is locked, so a payment, pause, void or
   * opt-out that commits first always wins, and one that commits after waits until this
   * send is done.
   */
  return async function sendMessage(req) {
    const { touchpoint, row } = await claimOutboxRow(deps, req);
    if (row.status !== 'pending') return resultOf(row);
    return deps.db.$transaction(
      (tx) => sendUnderLock(deps, tx, touchpoint),
      // Within the activity's 10 s start-to-close timeout.
      { timeout: 8_000, maxWait: 5_000 },
    );
  };
}

/** Writes the touchpoint's outbox row with a first draft, or reads the row a replayed or retried send left. */
async function claimOutboxRow(deps: SendDeps, req: SendRequest): Promise<{ touchpoint: Touchpoint; row: Message }> {
  const key = idempotencyKey(req);
  // Read before the lock as well: the outbox row (draft, recipient) is written outside the send's
  // transaction, so it outlives a rolled-back attempt and a retry keeps its createdAt, hence its
  // unsubscribe link (see composeMessage).
  const invoice = await invoiceWithCustomer(deps.db, req.invoiceId);
  // A template without a subject (written for SMS) that goes by email borrows its step's built-in one.
  const subjectFrom = subjectSourceFor({ kind: req.kind, offset: (invoice.steps as unknown as SequenceStep[] | null)?.[req.stepIndex]?.offset });
  const draftedAt = deps.now();
  const draft = renderFor(req.template, tokenValues(deps, invoice, invoice.customer, draftedAt), req.channel, subjectFrom);
  // Insert, and only on a duplicate key read what a replayed or retried send left.
  const [inserted] = await deps.db.$queryRaw<Message[]>`
    INSERT INTO "Message" (id, "idempotencyKey", "invoiceId", "stepIndex", kind, channel, "channelReason", template, recipient, subject, body, "createdAt")
    VALUES (${randomUUID()}::uuid, ${key}, ${req.invoiceId}::uuid, ${req.stepIndex}, ${req.kind}, ${req.channel}, ${req.channelReason ?? null},
            ${templateName(req.template)}, ${addressFor(req.channel, invoice.customer) ?? null}, ${draft.subject ?? null}, ${draft.body}, ${draftedAt})
    ON CONFLICT ("idempotencyKey") DO NOTHING
    RETURNING *`;
  const row = inserted ?? (await deps.db.$queryRaw<Message[]>`SELECT * FROM "Message" WHERE "idempotencyKey" = ${key}`)[0];
  if (!row) throw ApplicationFailure.retryable(`message ${key} vanished`);
  return { touchpoint: { req, key, messageId: row.id, customerId: invoice.customerId, subjectFrom }, row };
}

/** The customer locked: the touchpoint judged on the facts as they are now, and sent if it goes. */
async function sendUnderLock(deps: SendDeps, tx: Tx, t: Touchpoint): Promise<SendResult> {
  const invoice = await lockForSend(tx, t.customerId, t.req.invoiceId);
  const outbox = await rowUnderLock(tx, t);
  if ('settled' in outbox) return outbox.settled;
  const at = deps.now();
  const { judgement, zoning } = await judge(deps, tx, t, invoice, at);
  if (judgement.decision !== 'send') return recordNotSent(tx, t, judgement, zoning);
  const siblings = t.req.kind === 'step' ? await coverableSiblings(deps, tx, invoice, at) : [];
  const message = await composeMessage(deps, tx, t, { invoice, siblings, to: judgement.to, issuedAt: outbox.row.createdAt, at });
  return handToProvider(deps, tx, t, invoice, siblings, message);
}

/** The outbox row as it is now, or the result of what settled it meanwhile (another attempt, or a consolidated message that covered this step). */
async function rowUnderLock(tx: Tx, t: Touchpoint): Promise<{ row: Message } | { settled: SendResult }> {
  const { req } = t;
  // Both in one statement: it runs under the lock.
  const rows = await tx.$queryRaw<Message[]>`
    SELECT * FROM "Message" WHERE id = ${t.messageId}::uuid
       OR (${req.kind === 'step'} AND "invoiceId" = ${req.invoiceId}::uuid AND "stepIndex" = ${req.stepIndex} AND kind = 'step' AND status = 'sent' AND "consolidatedInto" IS NOT NULL)`;
  const row = rows.find((m) => m.id === t.messageId);
  if (!row) throw ApplicationFailure.retryable(`message ${t.messageId} vanished`);
  if (row.status !== 'pending') return { settled: resultOf(row) };
  const covered = rows.find((m) => m.id !== t.messageId);
  if (covered) {
    await tx.message.delete({ where: { id: t.messageId } });
    return { settled: resultOf(covered) };
  }
  return { row };
}

/** The one judgement of a touchpoint (src/domain/sendDecision), on the facts read under the lock. */
async function judge(deps: SendDeps, tx: Tx, t: Touchpoint, invoice: InvoiceWithCustomer, at: Date) {
  const { compliance } = deps;
  const { customer } = invoice;
  const { zones, basis } = customerZones(customer, compliance.deploymentZones);
  const judgement = judgeSend(
    {
      invoice,
      to: addressFor(t.req.channel, customer),
      refusal: (await refusedChannels(tx, compliance, customer))[t.req.channel],
      timing: {
        zones,
        window: compliance.window,
        cap: compliance.cap,
        sentAt: await sendHistory(tx, customer.id, new Date(at.getTime() - Math.max(compliance.cap.periodMs, compliance.cap.minGapMs))),
        spreadKey: t.key,
        spreadMaxMs: compliance.spreadMaxMs,
      },
    },
    at.getTime(),
  );
  return { judgement, zoning: { zones, zoneBasis: basis } };
}

const touchpointDetail = (req: SendRequest) => ({ stepIndex: req.stepIndex, kind: req.kind, channel: req.channel });

/** Not now or not at all: the row and the timeline say which, and why. */
async function recordNotSent(
  tx: Tx,
  t: Touchpoint,
  j: Exclude<SendJudgement, { decision: 'send' }>,
  zoning: { zones: readonly string[]; zoneBasis: ZoneBasis },
): Promise<SendResult> {
  const { req, messageId } = t;
  const detail = touchpointDetail(req);
  if (j.decision === 'hold') {
    // Nothing left; the step may still be sent after a resume, so no suppression is kept.
    await tx.message.delete({ where: { id: messageId } });
    await recordEvent(tx, req.invoiceId, 'message_held', 'workflow', { ...detail, reason: j.reason });
    return { status: 'suppressed', reason: j.reason };
  }
  if (j.decision === 'defer') {
    await tx.message.delete({ where: { id: messageId } });
    const until = new Date(j.at).toISOString();
    await recordEvent(tx, req.invoiceId, 'message_deferred', 'workflow', { ...detail, rules: j.rules, until, reason: j.reason, ...zoning });
    return { status: 'deferred', until, rules: j.rules, reason: j.reason };
  }
  const why = j.why ? { why: j.why } : {};
  await tx.message.update({ where: { id: messageId }, data: { status: 'suppressed', statusReason: j.why ? `${j.reason}: ${j.why}` : j.reason } });
  // The zones explain a refusal by the clock (no window they share).
  await recordEvent(tx, req.invoiceId, 'message_suppressed', 'workflow', { ...detail, reason: j.reason, ...why, ...(j.reason === 'no_common_window' ? zoning : {}) });
  return { status: 'suppressed', messageId, reason: j.reason, ...why };
}

interface ComposedMessage {
  outgoing: OutgoingMessage;
  /** The template's name as the row records it. */
  template: string;
  /** The broken promise this message names (its notice is then sent). */
  brokenPromiseId?: string;
  /** What was added for the channel it lands on. */
  adapted: string[];
}

/** The message as it goes out, rendered under the lock: a partial payment that just landed shows its new amount. */
async function composeMessage(
  deps: SendDeps,
  tx: Tx,
  t: Touchpoint,
  o: { invoice: InvoiceWithCustomer; siblings: Sibling[]; to: string; issuedAt: Date; at: Date },
): Promise<ComposedMessage> {
  const { req } = t;
  const { customer } = o.invoice;
  // A promise that passed its deadline unpaid is named once, by the next message about the invoice.
  const broken = o.siblings.length ? undefined : await unnoticedBrokenPromise(tx, req.invoiceId);
  const template = o.siblings.length ? 'consolidated_reminder' : broken ? 'broken_promise' : req.template;
  // The unsubscribe link is issued when the outbox row was first written, so a retried
  // send renders the same body: a provider that got the first attempt refuses the same
  // idempotency key with a different body (Resend: 409 invalid_idempotent_request).
  const foot = await footer(tx, deps.compliance, req.channel, customer.id, o.to, o.issuedAt, { invoiceId: req.invoiceId, messageId: t.messageId });
  const values = {
    ...(o.siblings.length ? consolidatedValues(deps, [o.invoice, ...o.siblings.map((s) => s.invoice)], siblingPages(deps, foot, o), customer, o.at) : tokenValues(deps, o.invoice, customer, o.at)),
    ...foot.values,
    ...(broken ? { promisedDate: promisedDayText(broken.promisedDay, customer.locale ?? deps.defaultLocale) } : {}),
  };
  // Valid for the channel it lands on, whichever it was written for (a pivot): see renderFor.
  const content = renderFor(template, values, req.channel, t.subjectFrom);
  return {
    outgoing: outgoingMessage({
      messageId: t.messageId,
      idempotencyKey: t.key,
      invoiceId: req.invoiceId,
      channel: req.channel,
      to: o.to,
      content,
      values,
      unsubscribeUrl: foot.unsubscribeUrl,
      lastInboundAt: customer.lastInboundAt,
      at: o.at,
    }),
    template: templateName(template),
    adapted: content.adapted,
    ...(broken ? { brokenPromiseId: broken.id } : {}),
  };
}

/**
 * Each invoice's page for a consolidated message: the first is the message's own link; the others name
 * no message, because their clicks are not this invoice's message's clicks.
 */
function siblingPages(deps: SendDeps, foot: { values: TokenValues }, o: { siblings: Sibling[]; issuedAt: Date }): string[] {
  return [foot.values.paymentLink!, ...o.siblings.map((s) => invoicePageUrl(deps.compliance, { invoiceId: s.invoice.id }, o.issuedAt))];
}

/** Hands the message to its channel's provider: sent, refused for good, or (unavailable) retried by Temporal. */
async function handToProvider(deps: SendDeps, tx: Tx, t: Touchpoint, invoice: InvoiceWithCustomer, siblings: Sibling[], message: ComposedMessage): Promise<SendResult> {
  const receipt = await callProvider(deps.channels, message.outgoing);
  if (receipt instanceof PermanentSendError) return recordFailure(tx, t, invoice.customerId, message.outgoing.to, receipt);
  return recordSent(deps, tx, t, invoice, siblings, message, receipt);
}

/** The provider's receipt, or its refusal for good; a provider that is unavailable is thrown for Temporal to retry. */
export async function callProvider(channels: ChannelAdapters, outgoing: OutgoingMessage): Promise<SendReceipt | PermanentSendError> {
  try {
    return await channels[outgoing.channel].send(outgoing);
  } catch (err) {
    if (err instanceof PermanentSendError) return err;
    if (err instanceof TransientSendError) {
      // Retried by Temporal, after the provider's Retry-After when it gave one.
      throw ApplicationFailure.create({
        message: `${outgoing.channel} provider unavailable: ${err.message}`,
        type: 'ProviderUnavailable',
        details: [err.code],
        ...(err.retryAfterMs !== undefined ? { nextRetryDelay: err.retryAfterMs } : {}),
      });
    }
    throw err;
  }
}

/** Sent: the row keeps what went out, and the invoices it consolidated are covered. */
async function recordSent(
  deps: SendDeps,
  tx: Tx,
  t: Touchpoint,
  invoice: InvoiceWithCustomer,
  siblings: Sibling[],
  message: ComposedMessage,
  receipt: SendReceipt,
): Promise<SendResult> {
  const { req, messageId } = t;
  const { outgoing } = message;
  const sentAt = deps.now();
  await tx.$executeRaw`
    UPDATE "Message" SET status = 'sent', "sentAt" = ${sentAt}, recipient = ${outgoing.to}, template = ${message.template},
           subject = ${outgoing.subject ?? null}, body = ${outgoing.body}, provider = ${receipt.provider}, "providerMessageId" = ${receipt.providerMessageId},
           "deliveryStatus" = ${receipt.status ?? null}
     WHERE id = ${messageId}::uuid`;
  const coveredInvoices = siblings.map((s) => s.invoice.number);
  await recordEvent(tx, req.invoiceId, 'message_sent', 'workflow', {
    ...touchpointDetail(req),
    messageId,
    channelReason: req.channelReason,
    ...(message.adapted.length ? { adapted: message.adapted } : {}),
    ...(siblings.length ? { consolidated: coveredInvoices } : {}),
  });
  for (const s of siblings) await cover(tx, s, messageId, req.channel, outgoing.to, sentAt, invoice.number);
  await touchConversation(tx, invoice.customerId, sentAt);
  await escalateUnanswered(tx, deps.tasks, invoice, sentAt);
  if (message.brokenPromiseId) await tx.paymentPromise.update({ where: { id: message.brokenPromiseId }, data: { noticeSentAt: sentAt } });
  return { status: 'sent', messageId, sentAt: sentAt.toISOString(), ...(siblings.length ? { coveredInvoices } : {}) };
}

/** Refused for good: the row fails, and a refusal of the customer's address is remembered. */
async function recordFailure(tx: Tx, t: Touchpoint, customerId: string, to: string, err: PermanentSendError): Promise<SendResult> {
  const { req, messageId } = t;
  await tx.message.update({
    where: { id: messageId },
    data: { status: 'failed', statusReason: `${err.reason}: ${err.message}`, errorCode: err.code, recipient: to },
  });
  const consequence = await rememberRefusal(tx, customerId, req.channel, to, err);
  await recordEvent(tx, req.invoiceId, 'message_failed', 'workflow', { ...touchpointDetail(req), code: err.code, reason: err.reason, blame: err.blame, why: `${err.message}; ${consequence}` });
  return { status: 'failed', messageId, reason: `${err.reason} (${err.code})` };
}

/**
 * A provider refused for good because of the customer's address: remember it so the next
 * touchpoint uses another channel. A failure of Remit's own making (a message built wrongly,
 * our account) says nothing about the address and is not remembered. Says what followed.
 */
export async function rememberRefusal(tx: Tx, customerId: string, channel: Channel, to: string, err: PermanentSendError): Promise<string> {
  const verdict = addressVerdict(err);
  if (!verdict) return `${channel} stays usable: the failure is Remit's own, not the customer's address`;
  if (verdict === 'opted_out') {
    // Twilio 21610: the number sent STOP to our sender, for SMS and WhatsApp alike.
    await recordOptOut(tx, ['sms', 'whatsapp'], to, `provider ${err.code}`, 'provider');
  } else {
    await tx.channelBlock.upsert({
      where: { customerId_channel: { customerId, channel } },
      update: { reason: err.reason, code: err.code },
      create: { customerId, channel, reason: err.reason, code: err.code },
    });
  }
  return verdict === 'opted_out' ? 'the number is opted out of SMS and WhatsApp' : `${channel} is marked unusable for this customer`;
}

/** The result a settled outbox row stands for (a replayed or retried send returns it again). */
export function resultOf(m: { id: string; status: string; statusReason: string | null; sentAt: Date | null }): SendResult {
  if (m.status === 'sent') return { status: 'sent', messageId: m.id, sentAt: (m.sentAt ?? new Date(0)).toISOString() };
  if (m.status === 'failed') return { status: 'failed', messageId: m.id, reason: m.statusReason ?? 'failed' };
  if (m.status === 'suppressed') return { status: 'suppressed', messageId: m.id, reason: (m.statusReason?.split(':')[0] ?? 'no_recipient') as NotSentReason };
  throw ApplicationFailure.retryable(`message ${m.id} is still pending`);
}
