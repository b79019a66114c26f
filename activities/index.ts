// Side effects of a follow-up. Created by a factory so the worker passes real dependencies
// and tests pass their own (a PGlite database, a recording channel).
import { ApplicationFailure } from '@temporalio/activity';
import type { Db } from '../src/db';
import { PermanentSendError, type ChannelAdapters } from '../src/channels/types';
import { sendBlock, type SendBlock } from '../src/domain/invoiceState';
import { formatMoney } from '../src/domain/money';
import type { Channel } from '../src/domain/sequences';
import { render, templateName, type TemplateRef, type TokenValues } from '../src/domain/templates';
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
  /** New status for the invoice row, when the workflow decided it (a pause lapsed, CRM says paid). */
  invoiceStatus?: 'open' | 'paid' | 'void';
}

export interface InvoiceSnapshot {
  status: string;
  amountDue: string;
  currency: string;
}

export interface SendRequest {
  invoiceId: string;
  stepIndex: number;
  channel: Channel;
  template: TemplateRef;
}

export type SendResult =
  | { status: 'sent'; messageId: string; sentAt: string }
  | { status: 'suppressed'; messageId?: string; reason: SendBlock | 'no_recipient' }
  | { status: 'failed'; messageId: string; reason: string };

const DAY_MS = 86_400_000;

export function idempotencyKey(req: Pick<SendRequest, 'invoiceId' | 'stepIndex' | 'channel'>): string {
  return `${req.invoiceId}:${req.stepIndex}:${req.channel}`;
}

type InvoiceWithCustomer = Prisma.InvoiceGetPayload<{ include: { customer: true } }>;

function recipientFor(channel: Channel, customer: InvoiceWithCustomer['customer']): string | undefined {
  return (channel === 'email' ? customer.email : customer.phone) ?? undefined;
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

  return {
    /**
     * The CRM sync step: writes back what the workflow decided, then reads the invoice
     * fresh from the system of record.
     */
    async syncInvoice(input: { invoiceId: string; report?: FollowUpReport }): Promise<InvoiceSnapshot> {
      const { invoiceId, report } = input;
      if (report) {
        await db.$transaction(async (tx) => {
          if (report.invoiceStatus) {
            await tx.invoice.update({
              where: { id: invoiceId },
              data: { status: report.invoiceStatus, ...(report.invoiceStatus === 'open' ? { pausedUntil: null } : {}) },
            });
          }
          await tx.invoiceEvent.create({
            data: { invoiceId, kind: report.event, actor: 'workflow', detail: (report.detail ?? {}) as Prisma.InputJsonValue },
          });
        });
      }
      const invoice = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
      const status = sendBlock(invoice, now()) === undefined && invoice.status === 'paused' ? 'open' : invoice.status;
      return { status, amountDue: invoice.amountDue.toFixed(), currency: invoice.currency };
    },

    /**
     * Renders and sends one step. The outbox row is written before any adapter is called;
     * its key (invoice + step + channel) makes a retried or replayed activity a no-op.
     * The send happens while the invoice row is locked, so a payment, pause or void that
     * commits first always wins, and one that commits after waits until this send is done.
     */
    async sendMessage(req: SendRequest): Promise<SendResult> {
      const key = idempotencyKey(req);
      const existing = await db.message.findUnique({ where: { idempotencyKey: key } });
      if (existing && existing.status !== 'pending') return resultOf(existing);

      const invoice = await db.invoice.findUniqueOrThrow({ where: { id: req.invoiceId }, include: { customer: true } });
      const to = recipientFor(req.channel, invoice.customer);
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
            channel: req.channel,
            template: templateName(req.template),
            recipient: to ?? null,
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
          const block = sendBlock(fresh, at);
          const recipient = recipientFor(req.channel, fresh.customer);
          const reason = block ?? (recipient ? undefined : 'no_recipient');
          if (reason === 'invoice_paused') {
            // Nothing left; the step may still be sent after a resume, so no suppression is kept.
            await tx.message.delete({ where: { id: message.id } });
            await tx.invoiceEvent.create({
              data: { invoiceId: req.invoiceId, kind: 'message_held', actor: 'workflow', detail: { stepIndex: req.stepIndex, channel: req.channel, reason } },
            });
            return { status: 'suppressed', reason } as const;
          }
          if (reason) {
            await tx.message.update({ where: { id: message.id }, data: { status: 'suppressed', statusReason: reason } });
            await tx.invoiceEvent.create({
              data: { invoiceId: req.invoiceId, kind: 'message_suppressed', actor: 'workflow', detail: { stepIndex: req.stepIndex, channel: req.channel, reason } },
            });
            return { status: 'suppressed', messageId: message.id, reason } as const;
          }
          // Re-rendered under the lock: a partial payment that just landed shows its new amount.
          const content = render(req.template, tokenValues(fresh, at));
          let receipt;
          try {
            receipt = await channels[req.channel].send({
              messageId: message.id,
              idempotencyKey: key,
              invoiceId: req.invoiceId,
              channel: req.channel,
              to: recipient!,
              ...(content.subject !== undefined ? { subject: content.subject } : {}),
              body: content.body,
            });
          } catch (err) {
            if (err instanceof PermanentSendError) {
              await tx.message.update({
                where: { id: message.id },
                data: { status: 'failed', statusReason: `${err.code}: ${err.message}`, recipient: recipient! },
              });
              return { status: 'failed', messageId: message.id, reason: err.code } as const;
            }
            throw err;
          }
          const sentAt = now();
          await tx.message.update({
            where: { id: message.id },
            data: {
              status: 'sent',
              sentAt,
              recipient: recipient!,
              subject: content.subject ?? null,
              body: content.body,
              provider: receipt.provider,
              providerMessageId: receipt.providerMessageId,
            },
          });
          await tx.invoiceEvent.create({
            data: { invoiceId: req.invoiceId, kind: 'message_sent', actor: 'workflow', detail: { stepIndex: req.stepIndex, channel: req.channel, messageId: message.id } },
          });
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
  if (m.status === 'suppressed') return { status: 'suppressed', messageId: m.id, reason: (m.statusReason ?? 'invoice_paused') as SendBlock };
  throw ApplicationFailure.retryable(`message ${m.id} is still pending`);
}

export type Activities = ReturnType<typeof createActivities>;
