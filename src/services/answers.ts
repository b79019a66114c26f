// A person answers a customer (POST /v1/conversations/:id/messages). The answer is judged here
// as its send will be (an address, the customer's permission, quiet hours), so one that cannot
// go is refused with the reason and nothing is recorded; one that can is recorded (its outbox
// rows, pending, with the person as actor) in one transaction with the command that starts its
// workflow (customerAnswer), which sends it from the worker. Accepted is never lost: a command
// Temporal could not take is delivered by the reconciler.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db';
import type { Channel } from '../domain/channel';
import { ANSWER_KIND, ANSWER_STEP_INDEX, judgeAnswer, replyHeaders, replySubject } from '../domain/customerAnswer';
import { customerZones } from '../domain/quietHours';
import { addressFor, chooseRoute } from '../domain/routing';
import { smsSegments } from '../domain/smsLength';
import { OPT_OUT_TEXT } from '../domain/templates';
import type { Customer, InboundMessage, Invoice, Prisma } from '../generated/prisma/client';
import type { AnswerInput } from '../../workflows/customerAnswerDefinitions';
import { refusedChannels, type ComplianceSettings } from './compliance';
import { conflict, notFound, unprocessable } from './errors';
import type { CustomerAnswerInput } from './inputs';
import { writeCommand, type InvoiceChanges } from './invoiceChanges';
import { isUuid, type Tx } from './invoiceStore';
import type { SequenceCatalog } from './sequences';
import { recordEvent } from './timeline';

export interface AnswerSettings {
  compliance: ComplianceSettings;
  /** The SMS budget (REMIT_SMS_MAX_SEGMENTS): an answer is refused rather than cut. */
  maxSmsSegments: number;
}

export interface AnswersOptions extends AnswerSettings {
  db: Db;
  changes: InvoiceChanges;
  sequences: SequenceCatalog;
}

/** Where the customer is, as the answer finds them under their lock. */
interface Context {
  customer: Customer;
  /** Their newest message that is not an auto-reply. */
  latest: InboundMessage | null;
  refusals: Partial<Record<Channel, string>>;
}

export class Answers {
  constructor(private readonly o: AnswersOptions) {}

  /** Records the answer and starts its send: 202 with the pending message, or a 4xx that records nothing. */
  async answer(conversationId: string, input: CustomerAnswerInput) {
    if (!isUuid(conversationId)) throw notFound('conversation', conversationId);
    const acceptedAt = new Date();
    const recorded = await this.o.db.$transaction(async (tx) => {
      const conversation = await tx.conversation.findUnique({ where: { id: conversationId } });
      if (!conversation) throw notFound('conversation', conversationId);
      // The customer first: the lock every send of theirs takes.
      const [customer] = await tx.$queryRaw<Customer[]>`SELECT * FROM "Customer" WHERE id = ${conversation.customerId}::uuid FOR UPDATE`;
      const latest = await tx.inboundMessage.findFirst({ where: { conversationId, autoReply: false }, orderBy: { receivedAt: 'desc' } });
      const ctx: Context = { customer: customer!, latest, refusals: await refusedChannels(tx, this.o.compliance, customer!) };
      const invoices = await invoicesFor(tx, ctx, input.invoiceIds);
      const { channel, reason } = await this.channelFor(tx, ctx, invoices[0]!, input.channel);
      const plan = this.judge(ctx, channel, input.body, acceptedAt);
      const thread = channel === 'email' ? await lastEmail(tx, conversationId) : null;
      const subject = channel === 'email' ? replySubject(thread?.subject, `Invoice${invoices.length > 1 ? 's' : ''} ${invoices.map((i) => i.number).join(', ')}`) : null;
      const messageId = randomUUID();
      const row = { stepIndex: ANSWER_STEP_INDEX, kind: ANSWER_KIND, channel, channelReason: reason, template: 'answer', recipient: plan.to, subject, body: input.body, actor: input.actor, createdAt: acceptedAt };
      await writeRows(tx, messageId, invoices, row, plan.deferred);
      // A person answered: nothing of the customer's waits for one now.
      await tx.conversation.update({ where: { id: conversationId }, data: { status: 'waiting' } });
      const command: AnswerInput = {
        messageId, customerId: ctx.customer.id, invoiceId: invoices[0]!.id, channel, acceptedAt: acceptedAt.getTime(),
        ...(latest ? { customerWroteAt: latest.receivedAt.getTime() } : {}),
        ...(thread?.emailMessageId ? { headers: replyHeaders({ messageId: thread.emailMessageId, headers: thread.headers as Record<string, string> | null }) } : {}),
      };
      await writeCommand(tx, invoices[0]!.id, { kind: 'answer', input: command });
      return { messageId, row, invoiceIds: invoices.map((i) => i.id), deferred: plan.deferred };
    });
    const delivery = await this.o.changes.deliver(recorded.invoiceIds[0]!);
    const { row } = recorded;
    return {
      message: {
        id: recorded.messageId, conversationId, status: 'pending' as const, kind: row.kind, actor: row.actor, channel: row.channel, channelReason: row.channelReason,
        to: row.recipient, subject: row.subject, text: row.body, invoiceIds: recorded.invoiceIds, acceptedAt: acceptedAt.toISOString(), deferred: recorded.deferred ?? null,
      },
      delivery,
    };
  }

  /** The channel asked for, else the one the customer last wrote on, else what an `auto` step would take. */
  private async channelFor(tx: Tx, ctx: Context, first: Invoice, asked: Channel | undefined): Promise<{ channel: Channel; reason: string }> {
    if (asked) return { channel: asked, reason: 'chosen by the person answering' };
    const theirs = ctx.latest?.channel;
    if (theirs === 'email' || theirs === 'sms' || theirs === 'whatsapp') return { channel: theirs, reason: `the customer last wrote by ${theirs}` };
    const { defaultChannel } = await this.o.sequences.get(tx, first.sequenceName);
    const route = chooseRoute({ requested: 'auto', sequenceDefault: defaultChannel, contact: ctx.customer, unusable: ctx.refusals });
    if (!route.channel) throw conflict('no_usable_channel', `The customer cannot be reached: ${route.reason}`, { field: 'channel' });
    return { channel: route.channel, reason: route.reason };
  }

  /** Judged as the send will judge it: refused here with the reason, or when it will go. */
  private judge(ctx: Context, channel: Channel, body: string, acceptedAt: Date): { to: string; deferred?: { until: string; reason: string } } {
    const { customer } = ctx;
    const when = { acceptedAt: acceptedAt.getTime(), customerWroteAt: ctx.latest?.receivedAt.getTime() };
    const j = answerJudgement(this.o.compliance, customer, channel, ctx.refusals[channel], when, acceptedAt.getTime());
    if (j.decision === 'suppress') {
      if (j.reason === 'no_recipient') throw unprocessable('no_address', `The customer has no ${channel === 'email' ? 'email address' : 'phone number'} for ${channel}`, { field: 'channel' });
      if (j.reason === 'no_common_window') throw unprocessable('no_send_window', j.why ?? 'No time is inside the send window', { field: 'channel' });
      throw conflict('channel_refused', `${channel} may not be used for this customer: ${j.why ?? j.reason}`, { field: 'channel' });
    }
    const to = j.decision === 'send' ? j.to : addressFor(channel, customer)!;
    // The adapter would cut a longer one; a person's words are refused instead (with room for the opt-out wording).
    if (channel === 'sms' && smsSegments(`${body}\n\n${OPT_OUT_TEXT}`).segments > this.o.maxSmsSegments) {
      throw unprocessable('answer_too_long', `An SMS answer must fit ${this.o.maxSmsSegments} segments with the opt-out wording`, { field: 'body' });
    }
    return { to, ...(j.decision === 'defer' ? { deferred: { until: new Date(j.at).toISOString(), reason: j.reason } } : {}) };
  }
}

/** The one judgement of an answer on the customer as read: by the API accepting it, by the activity under the customer's lock. */
export function answerJudgement(
  compliance: ComplianceSettings,
  customer: Customer,
  channel: Channel,
  refusal: string | undefined,
  when: { acceptedAt: number; customerWroteAt: number | undefined },
  at: number,
) {
  const timing = { zones: customerZones(customer, compliance.deploymentZones).zones, window: compliance.window, spreadKey: customer.id };
  return judgeAnswer({ to: addressFor(channel, customer), refusal, timing, ...when }, at);
}

/** The answer's outbox rows (pending) and its `answer_accepted` events, one per invoice it is about. */
async function writeRows(tx: Tx, messageId: string, invoices: Invoice[], row: Omit<Prisma.MessageUncheckedCreateInput, 'idempotencyKey' | 'invoiceId'> & { actor: string }, deferred: unknown) {
  await tx.message.create({ data: { id: messageId, idempotencyKey: `answer:${messageId}`, invoiceId: invoices[0]!.id, ...row } });
  // The other invoices' rows point at it, as a consolidated message's do.
  for (const inv of invoices.slice(1)) {
    await tx.message.create({ data: { idempotencyKey: `answer:${messageId}:${inv.id}`, invoiceId: inv.id, consolidatedInto: messageId, ...row } });
  }
  for (const inv of invoices) await recordEvent(tx, inv.id, 'answer_accepted', row.actor, { messageId, channel: row.channel, ...(deferred ? { deferred } : {}) });
}

/** The invoices named (all the customer's, else 422), else those of their newest message, else their open ones. */
async function invoicesFor(tx: Tx, ctx: Context, asked: string[] | undefined): Promise<Invoice[]> {
  const order = { createdAt: 'asc' as const };
  if (asked) {
    const found = await tx.invoice.findMany({ where: { id: { in: asked }, customerId: ctx.customer.id }, orderBy: order });
    const foreign = asked.filter((id) => !found.some((i) => i.id === id));
    if (foreign.length) throw unprocessable('invoice_not_customers', `Not invoices of this customer: ${foreign.join(', ')}`, { field: 'invoiceIds' });
    return found;
  }
  const latestIds = ctx.latest?.invoiceIds ?? [];
  if (latestIds.length) {
    const found = await tx.invoice.findMany({ where: { id: { in: latestIds } }, orderBy: order });
    if (found.length) return found;
  }
  const open = await tx.invoice.findMany({ where: { customerId: ctx.customer.id, status: { in: ['open', 'paused'] } }, orderBy: order });
  if (!open.length) throw unprocessable('no_invoice', 'The customer has no open invoice: name the invoices it is about in invoiceIds', { field: 'invoiceIds' });
  return open;
}

/** The customer's newest email (not an auto-reply), which an email answer replies to. */
function lastEmail(tx: Tx, conversationId: string) {
  return tx.inboundMessage.findFirst({ where: { conversationId, channel: 'email', autoReply: false }, orderBy: { receivedAt: 'desc' } });
}
