// A person's answer to a customer, sent at most once: the API wrote its outbox rows (pending);
// here it is judged under the customer's lock like every send (src/domain/customerAnswer.ts),
// handed to the same adapters under its row's key, and the outcome recorded on its rows (one per
// invoice it is about), the invoices' timelines and the conversation.
import { ApplicationFailure } from '@temporalio/activity';
import { PermanentSendError, type OutgoingMessage, type SendReceipt } from '../src/channels/types';
import type { Channel } from '../src/domain/channel';
import type { Message, Prisma } from '../src/generated/prisma/client';
import { answerJudgement } from '../src/services/answers';
import { refusedChannels } from '../src/services/compliance';
import { touchConversation } from '../src/services/conversationActivity';
import { recordEvent } from '../src/services/timeline';
import type { AnswerActivities, AnswerInput } from '../workflows/customerAnswerDefinitions';
import type { SendResult } from '../workflows/definitions';
import { lockForSend, type InvoiceWithCustomer } from './invoiceReads';
import { footer, outgoingMessage, tokenValues } from './messageContent';
import { callProvider, rememberRefusal, resultOf, type SendDeps } from './sendMessage';

type Tx = Prisma.TransactionClient;

export function sendAnswerActivity(deps: SendDeps): AnswerActivities['sendAnswer'] {
  return async function sendAnswer(input) {
    // Within the activity's 10 s start-to-close timeout, like sendMessage.
    return deps.db.$transaction((tx) => sendUnderLock(deps, tx, input), { timeout: 8_000, maxWait: 5_000 });
  };
}

async function sendUnderLock(deps: SendDeps, tx: Tx, input: AnswerInput): Promise<SendResult> {
  const invoice = await lockForSend(tx, input.customerId, input.invoiceId);
  const [row] = await tx.$queryRaw<Message[]>`SELECT * FROM "Message" WHERE id = ${input.messageId}::uuid`;
  if (!row) throw ApplicationFailure.nonRetryable(`answer ${input.messageId} not found`);
  if (row.status !== 'pending') return resultOf(row);
  const { customer } = invoice;
  const channel = row.channel as Channel;
  const at = deps.now();
  const refusal = (await refusedChannels(tx, deps.compliance, customer))[channel];
  const judgement = answerJudgement(deps.compliance, customer, channel, refusal, { acceptedAt: input.acceptedAt, customerWroteAt: input.customerWroteAt }, at.getTime());
  const rows = await answerRows(tx, row.id);
  if (judgement.decision === 'defer') {
    // Still pending: the row says why it waits, and the workflow sends it again then.
    await settle(tx, row.id, { statusReason: judgement.reason });
    const until = new Date(judgement.at).toISOString();
    await recordOnInvoices(tx, rows, 'answer_deferred', row, { until, rules: judgement.rules, reason: judgement.reason });
    return { status: 'deferred', until, rules: judgement.rules, reason: judgement.reason };
  }
  if (judgement.decision === 'suppress') {
    const statusReason = judgement.why ? `${judgement.reason}: ${judgement.why}` : judgement.reason;
    await notSent(tx, invoice, rows, row, { status: 'suppressed', statusReason }, { reason: judgement.reason, ...(judgement.why ? { why: judgement.why } : {}) });
    return { status: 'suppressed', messageId: row.id, reason: judgement.reason, ...(judgement.why ? { why: judgement.why } : {}) };
  }
  const outgoing = await compose(deps, tx, row, invoice, judgement.to, at, input.headers);
  const receipt = await callProvider(deps.channels, outgoing);
  if (receipt instanceof PermanentSendError) {
    const why = await rememberRefusal(tx, customer.id, channel, outgoing.to, receipt);
    const statusReason = `${receipt.reason}: ${receipt.message}`;
    await notSent(tx, invoice, rows, row, { status: 'failed', statusReason, errorCode: receipt.code, recipient: outgoing.to }, { code: receipt.code, reason: receipt.reason, why });
    return { status: 'failed', messageId: row.id, reason: `${receipt.reason} (${receipt.code})` };
  }
  return recordSent(deps, tx, invoice, rows, row, outgoing, receipt);
}

/** The answer as its adapter takes it: the person's words, the channel's compliance footer, the email thread. */
async function compose(deps: SendDeps, tx: Tx, row: Message, invoice: InvoiceWithCustomer, to: string, at: Date, headers: Record<string, string> | undefined): Promise<OutgoingMessage> {
  const channel = row.channel as Channel;
  // Dated by the row, so a retry renders the same body (see composeMessage in sendMessage.ts).
  const foot = await footer(tx, deps.compliance, channel, invoice.customerId, to, row.createdAt);
  const optOut = foot.values.optOutText;
  const outgoing = outgoingMessage({
    messageId: row.id,
    idempotencyKey: row.idempotencyKey,
    invoiceId: row.invoiceId,
    channel,
    to,
    content: { ...(row.subject ? { subject: row.subject } : {}), body: optOut ? `${row.body}\n\n${optOut}` : row.body, adapted: [] },
    values: { ...tokenValues(deps, invoice, invoice.customer, at), ...foot.values },
    unsubscribeUrl: foot.unsubscribeUrl,
    lastInboundAt: invoice.customer.lastInboundAt,
    at,
  });
  return channel === 'email' && headers ? { ...outgoing, headers: { ...outgoing.headers, ...headers } } : outgoing;
}

/** The answer's rows: its own and those of the other invoices it is about. */
function answerRows(tx: Tx, messageId: string) {
  return tx.$queryRaw<{ id: string; invoiceId: string }[]>`SELECT id, "invoiceId" FROM "Message" WHERE id = ${messageId}::uuid OR "consolidatedInto" = ${messageId}::uuid`;
}

function settle(tx: Tx, messageId: string, data: Prisma.MessageUpdateManyMutationInput) {
  return tx.message.updateMany({ where: { OR: [{ id: messageId }, { consolidatedInto: messageId }] }, data });
}

async function recordOnInvoices(tx: Tx, rows: { invoiceId: string }[], kind: string, row: Message, detail: Record<string, unknown>) {
  for (const r of rows) await recordEvent(tx, r.invoiceId, kind, row.actor ?? 'person', { messageId: row.id, channel: row.channel, ...detail });
}

/** Not sent, for good: the rows say why, and the conversation is open again, since the customer still has no answer. */
async function notSent(
  tx: Tx,
  invoice: InvoiceWithCustomer,
  rows: { invoiceId: string }[],
  row: Message,
  data: Prisma.MessageUpdateManyMutationInput & { status: 'suppressed' | 'failed' },
  detail: Record<string, unknown>,
) {
  await settle(tx, row.id, data);
  await recordOnInvoices(tx, rows, `answer_${data.status}`, row, detail);
  await tx.conversation.updateMany({ where: { customerId: invoice.customerId }, data: { status: 'open' } });
}

async function recordSent(deps: SendDeps, tx: Tx, invoice: InvoiceWithCustomer, rows: { invoiceId: string }[], row: Message, outgoing: OutgoingMessage, receipt: SendReceipt): Promise<SendResult> {
  const sentAt = deps.now();
  // An approved template went instead of the words: WhatsApp outside the 24-hour window.
  const template = outgoing.channel === 'whatsapp' && !outgoing.whatsappSessionOpen ? 'whatsapp_template' : row.template;
  await settle(tx, row.id, { status: 'sent', statusReason: null, sentAt, recipient: outgoing.to, template, body: outgoing.body });
  // The provider's id on the answer's own row only: delivery webhooks find that one.
  await tx.message.update({ where: { id: row.id }, data: { provider: receipt.provider, providerMessageId: receipt.providerMessageId, deliveryStatus: receipt.status ?? null } });
  await recordOnInvoices(tx, rows, 'answer_sent', row, { template, ...(outgoing.headers?.['In-Reply-To'] ? { inReplyTo: outgoing.headers['In-Reply-To'] } : {}) });
  await touchConversation(tx, invoice.customerId, sentAt);
  return { status: 'sent', messageId: row.id, sentAt: sentAt.toISOString() };
}
