// Side effects of a follow-up. Created by a factory so the worker passes real dependencies
// and tests pass their own (a PGlite database, a recording channel).
import { ApplicationFailure } from '@temporalio/activity';
import type { Db } from '../src/db';
import { PermanentSendError, TransientSendError, type ChannelAdapters, type OutgoingMessage } from '../src/channels/types';
import { sendBlock, type SendBlock } from '../src/domain/invoiceState';
import { formatMoney } from '../src/domain/money';
import { addressFor, chooseRoute, type RequestedChannel, type Route } from '../src/domain/routing';
import type { Channel } from '../src/domain/sequences';
import { render, templateName, textToHtml, type TemplateRef, type TokenValues } from '../src/domain/templates';
import { Prisma } from '../src/generated/prisma/client';

export interface ActivityDeps {
  db: Db;
  channels: ChannelAdapters;
  defaultTimezone: string;
  defaultLocale: string;
  now?: () => Date;
}

export interface FollowUpReport {
  event: string;
  detail?: Record<string, unknown>;
  /** New status for the invoice row, when the workflow decided it (a pause lapsed). */
  invoiceStatus?: 'open' | 'paid' | 'void';
}

export interface RouteRequest {
  requested: RequestedChannel;
  sequenceDefault: Channel;
  emailUnopened: boolean;
}

export interface InvoiceSnapshot {
  status: string;
  amountDue: string;
  currency: string;
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

export type NotSentReason = SendBlock | 'no_recipient' | 'opted_out' | 'channel_unusable';

export type SendResult =
  | { status: 'sent'; messageId: string; sentAt: string }
  | { status: 'suppressed'; messageId?: string; reason: NotSentReason }
  | { status: 'failed'; messageId: string; reason: string };

const DAY_MS = 86_400_000;
const WHATSAPP_SESSION_MS = DAY_MS;

export function idempotencyKey(req: Pick<SendRequest, 'invoiceId' | 'stepIndex' | 'kind' | 'channel'>): string {
  return `${req.invoiceId}:${req.kind === 'step' ? req.stepIndex : req.kind}:${req.channel}`;
}

type InvoiceWithCustomer = Prisma.InvoiceGetPayload<{ include: { customer: true } }>;
type Tx = Prisma.TransactionClient;

/** Why a channel cannot be used for this customer: opted out (by address) or marked unusable. */
async function unusableChannels(db: Tx | Db, customer: InvoiceWithCustomer['customer']): Promise<Partial<Record<Channel, string>>> {
  const out: Partial<Record<Channel, string>> = {};
  const addresses = [customer.email, customer.phone].filter((a): a is string => Boolean(a));
  const [optOuts, blocks] = await Promise.all([
    addresses.length ? db.optOut.findMany({ where: { address: { in: addresses } } }) : [],
    db.channelBlock.findMany({ where: { customerId: customer.id } }),
  ]);
  for (const b of blocks) out[b.channel as Channel] = `unusable: ${b.reason}${b.code ? ` (${b.code})` : ''}`;
  for (const o of optOuts) {
    const addr = o.channel === 'email' ? customer.email : customer.phone;
    if (addr === o.address) out[o.channel as Channel] = `opted out (${o.reason})`;
  }
  return out;
}

/** The channel this customer last answered on, or paid after, across all their invoices. */
async function respondedOn(db: Db, customerId: string): Promise<Channel | undefined> {
  const reply = await db.reply.findFirst({ where: { invoice: { customerId } }, orderBy: { receivedAt: 'desc' }, select: { channel: true } });
  if (reply) return reply.channel as Channel;
  const payment = await db.payment.findFirst({ where: { kind: 'payment', invoice: { customerId } }, orderBy: { paidAt: 'desc' } });
  if (!payment) return undefined;
  const before = await db.message.findFirst({
    where: { invoiceId: payment.invoiceId, status: 'sent', sentAt: { lte: payment.paidAt } },
    orderBy: { sentAt: 'desc' },
    select: { channel: true },
  });
  return (before?.channel as Channel | undefined) ?? undefined;
}

export function createActivities(deps: ActivityDeps) {
  const { db, channels } = deps;
  const now = deps.now ?? (() => new Date());

  function tokenValues(invoice: InvoiceWithCustomer, at: Date): TokenValues {
    const tz = invoice.customer.timezone ?? deps.defaultTimezone;
    const locale = invoice.customer.locale ?? deps.defaultLocale;
    const overdueDays = Math.max(0, Math.floor((at.getTime() - invoice.dueAt.getTime()) / DAY_MS));
    return {
      customerName: invoice.customer.name ?? undefined,
      invoiceNumber: invoice.number,
      amountDue: formatMoney(invoice.amountDue.toFixed(), invoice.currency, locale),
      dueDate: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: tz }).format(invoice.dueAt),
      daysOverdue: String(overdueDays),
      paymentLink: invoice.paymentUrl ?? undefined,
    };
  }

  async function event(tx: Tx, invoiceId: string, kind: string, detail: Record<string, unknown>) {
    await tx.invoiceEvent.create({ data: { invoiceId, kind, actor: 'workflow', detail: JSON.parse(JSON.stringify(detail)) as Prisma.InputJsonValue } });
  }

  /** A provider refused for good: remember it so the next touchpoint uses another channel. */
  async function rememberRefusal(tx: Tx, invoice: InvoiceWithCustomer, channel: Channel, to: string, err: PermanentSendError) {
    if (err.reason === 'opted_out') {
      // Twilio 21610: the number sent STOP to our sender, for SMS and WhatsApp alike.
      for (const ch of ['sms', 'whatsapp'] as const) {
        await tx.optOut.upsert({ where: { channel_address: { channel: ch, address: to } }, update: {}, create: { channel: ch, address: to, reason: `provider ${err.code}`, source: 'provider' } });
      }
    } else {
      await tx.channelBlock.upsert({
        where: { customerId_channel: { customerId: invoice.customerId, channel } },
        update: { reason: err.reason, code: err.code },
        create: { customerId: invoice.customerId, channel, reason: err.reason, code: err.code },
      });
    }
  }

  return {
    /**
     * The CRM sync step: writes back what the workflow decided, then reads the invoice fresh
     * from the system of record, and (when asked) picks the channel for the next touchpoint.
     */
    async syncInvoice(input: { invoiceId: string; report?: FollowUpReport; route?: RouteRequest }): Promise<InvoiceSnapshot> {
      const { invoiceId, report } = input;
      if (report) {
        await db.$transaction(async (tx) => {
          if (report.invoiceStatus) {
            await tx.invoice.update({
              where: { id: invoiceId },
              data: { status: report.invoiceStatus, ...(report.invoiceStatus === 'open' ? { pausedUntil: null } : {}) },
            });
          }
          await event(tx, invoiceId, report.event, report.detail ?? {});
        });
      }
      const invoice = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { customer: true } });
      const status = sendBlock(invoice, now()) === undefined && invoice.status === 'paused' ? 'open' : invoice.status;
      const snapshot: InvoiceSnapshot = { status, amountDue: invoice.amountDue.toFixed(), currency: invoice.currency };
      if (input.route) {
        const r = input.route;
        snapshot.route = chooseRoute({
          requested: r.requested,
          sequenceDefault: r.sequenceDefault,
          contact: { email: invoice.customer.email, phone: invoice.customer.phone },
          unusable: await unusableChannels(db, invoice.customer),
          ...(r.requested === 'auto' ? { respondedOn: await respondedOn(db, invoice.customerId) } : {}),
          emailUnopened: r.emailUnopened,
        });
      }
      return snapshot;
    },

    /**
     * Renders and sends one touchpoint. The outbox row is written before any adapter is
     * called; its key (invoice + step + channel) makes a retried or replayed activity a
     * no-op. The send happens while the invoice row is locked, so a payment, pause, void or
     * opt-out that commits first always wins, and one that commits after waits until this
     * send is done.
     */
    async sendMessage(req: SendRequest): Promise<SendResult> {
      const key = idempotencyKey(req);
      const existing = await db.message.findUnique({ where: { idempotencyKey: key } });
      if (existing && existing.status !== 'pending') return resultOf(existing);

      const invoice = await db.invoice.findUniqueOrThrow({ where: { id: req.invoiceId }, include: { customer: true } });
      const firstDraft = render(req.template, tokenValues(invoice, now()));
      const message =
        existing ??
        (await db.message.upsert({
          where: { idempotencyKey: key },
          update: {},
          create: {
            idempotencyKey: key,
            invoiceId: req.invoiceId,
            stepIndex: req.stepIndex,
            kind: req.kind,
            channel: req.channel,
            channelReason: req.channelReason ?? null,
            template: templateName(req.template),
            recipient: addressFor(req.channel, invoice.customer) ?? null,
            subject: firstDraft.subject ?? null,
            body: firstDraft.body,
          },
        }));
      if (message.status !== 'pending') return resultOf(message);

      return db.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT id FROM "Invoice" WHERE id = ${req.invoiceId}::uuid FOR UPDATE`;
          const locked = await tx.message.findUniqueOrThrow({ where: { id: message.id } });
          if (locked.status !== 'pending') return resultOf(locked);
          const fresh = await tx.invoice.findUniqueOrThrow({ where: { id: req.invoiceId }, include: { customer: true } });
          const at = now();
          const detail = { stepIndex: req.stepIndex, kind: req.kind, channel: req.channel };
          const block = sendBlock(fresh, at);
          if (block === 'invoice_paused') {
            // Nothing left; the step may still be sent after a resume, so no suppression is kept.
            await tx.message.delete({ where: { id: message.id } });
            await event(tx, req.invoiceId, 'message_held', { ...detail, reason: block });
            return { status: 'suppressed', reason: block } as const;
          }
          const to = addressFor(req.channel, fresh.customer);
          const unusable = to ? (await unusableChannels(tx, fresh.customer))[req.channel] : undefined;
          const reason: NotSentReason | undefined =
            block ?? (!to ? 'no_recipient' : unusable?.startsWith('opted out') ? 'opted_out' : unusable ? 'channel_unusable' : undefined);
          if (reason) {
            await tx.message.update({ where: { id: message.id }, data: { status: 'suppressed', statusReason: unusable ? `${reason}: ${unusable}` : reason } });
            await event(tx, req.invoiceId, 'message_suppressed', { ...detail, reason, ...(unusable ? { why: unusable } : {}) });
            return { status: 'suppressed', messageId: message.id, reason } as const;
          }
          // Re-rendered under the lock: a partial payment that just landed shows its new amount.
          const values = tokenValues(fresh, at);
          const content = render(req.template, values);
          const outgoing: OutgoingMessage = {
            messageId: message.id,
            idempotencyKey: key,
            invoiceId: req.invoiceId,
            channel: req.channel,
            to: to!,
            ...(content.subject !== undefined ? { subject: content.subject } : {}),
            body: content.body,
            ...(req.channel === 'email' ? { html: textToHtml(content.body) } : {}),
            ...(req.channel === 'whatsapp'
              ? {
                  whatsappSessionOpen: Boolean(fresh.customer.lastInboundAt && at.getTime() - fresh.customer.lastInboundAt.getTime() < WHATSAPP_SESSION_MS),
                  templateVariables: { '1': values.customerName ?? 'there', '2': values.invoiceNumber ?? '', '3': values.amountDue ?? '', '4': values.paymentLink ?? '' },
                }
              : {}),
          };
          let receipt;
          try {
            receipt = await channels[req.channel].send(outgoing);
          } catch (err) {
            if (err instanceof PermanentSendError) {
              await tx.message.update({
                where: { id: message.id },
                data: { status: 'failed', statusReason: `${err.reason}: ${err.message}`, errorCode: err.code, recipient: to! },
              });
              await rememberRefusal(tx, fresh, req.channel, to!, err);
              await event(tx, req.invoiceId, 'message_failed', { ...detail, code: err.code, reason: err.reason });
              return { status: 'failed', messageId: message.id, reason: `${err.reason} (${err.code})` } as const;
            }
            if (err instanceof TransientSendError) {
              // Retried by Temporal, after the provider's Retry-After when it gave one.
              throw ApplicationFailure.create({
                message: `${req.channel} provider unavailable: ${err.message}`,
                type: 'ProviderUnavailable',
                details: [err.code],
                ...(err.retryAfterMs !== undefined ? { nextRetryDelay: err.retryAfterMs } : {}),
              });
            }
            throw err;
          }
          const sentAt = now();
          await tx.message.update({
            where: { id: message.id },
            data: {
              status: 'sent',
              sentAt,
              recipient: to!,
              subject: content.subject ?? null,
              body: content.body,
              provider: receipt.provider,
              providerMessageId: receipt.providerMessageId,
              deliveryStatus: receipt.status ?? null,
            },
          });
          await event(tx, req.invoiceId, 'message_sent', { ...detail, messageId: message.id, channelReason: req.channelReason });
          return { status: 'sent', messageId: message.id, sentAt: sentAt.toISOString() } as const;
        },
        // Within the activity's 10 s start-to-close timeout.
        { timeout: 8_000, maxWait: 5_000 },
      );
    },
  };
}

function resultOf(m: { id: string; status: string; statusReason: string | null; sentAt: Date | null }): SendResult {
  if (m.status === 'sent') return { status: 'sent', messageId: m.id, sentAt: (m.sentAt ?? new Date(0)).toISOString() };
  if (m.status === 'failed') return { status: 'failed', messageId: m.id, reason: m.statusReason ?? 'failed' };
  if (m.status === 'suppressed') return { status: 'suppressed', messageId: m.id, reason: (m.statusReason?.split(':')[0] ?? 'no_recipient') as NotSentReason };
  throw ApplicationFailure.retryable(`message ${m.id} is still pending`);
}

export type Activities = ReturnType<typeof createActivities>;
