// Side effects of a follow-up. Created by a factory so the worker passes real dependencies
// and tests pass their own (a scratch database, a recording channel).
import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/activity';
import type { Db } from '../src/db';
import { PermanentSendError, TransientSendError, addressVerdict, type ChannelAdapters, type OutgoingMessage } from '../src/channels/types';
import { pauseColumns, sendBlock } from '../src/domain/invoiceState';
import { invoiceTokenValues } from '../src/domain/invoiceTokens';
import { formatMoney } from '../src/domain/money';
import { ruleOf } from '../src/domain/consent';
import { addressFor, chooseRoute } from '../src/domain/routing';
import { scheduleSteps } from '../src/domain/schedule';
import { sendTime } from '../src/domain/sendRules';
import type { Channel } from '../src/domain/channel';
import type { SequenceStep } from '../src/domain/sequences';
import { renderFor, subjectSourceFor, templateName, textToHtml, type TemplateRef, type TokenValues } from '../src/domain/templates';
import { Prisma, type Customer, type Invoice, type Message } from '../src/generated/prisma/client';
import { customerZones } from '../src/domain/quietHours';
import { footerValues, refusedChannels, sendHistory, type ComplianceSettings } from '../src/services/compliance';
import { eventInsert, recordEvent } from '../src/services/timeline';
import { recordOptOut } from '../src/services/recordOptOut';
import { viewUpsert } from '../src/services/followUpView';
import type { Activities, FollowUpReport, InvoiceSnapshot, NotSentReason, RouteRequest, SendRequest, SendResult, FollowUpState } from '../workflows/definitions';

export interface ActivityDeps {
  db: Db;
  channels: ChannelAdapters;
  defaultTimezone: string;
  defaultLocale: string;
  compliance: ComplianceSettings;
  now?: () => Date;
}

const DAY_MS = 86_400_000;
const WHATSAPP_SESSION_MS = DAY_MS;

export function idempotencyKey(req: Pick<SendRequest, 'invoiceId' | 'stepIndex' | 'kind' | 'channel'>): string {
  return `${req.invoiceId}:${req.kind === 'step' ? req.stepIndex : req.kind}:${req.channel}`;
}

type InvoiceWithCustomer = Prisma.InvoiceGetPayload<{ include: { customer: true } }>;
type Tx = Prisma.TransactionClient;

// Every touchpoint runs the statements below: they are raw, because a Prisma query costs
// about twice a raw statement's CPU (it is compiled each time), and a send's transaction
// holds a pool connection while they run.

// Every customer column (from the schema, so a new column is never missed), prefixed.
const CUSTOMER_COLUMNS = Prisma.raw(
  Object.values(Prisma.CustomerScalarFieldEnum)
    .map((f) => `c."${f}" AS "customer.${f}"`)
    .join(', '),
);

/**
 * The invoice and its customer as they are now, in one statement (it runs three times per
 * touchpoint), which first makes `writes` (statements of the same round trip, as CTEs).
 */
async function invoiceWithCustomer(db: Db | Tx, invoiceId: string, writes: Prisma.Sql[] = []): Promise<InvoiceWithCustomer> {
  const ctes = writes.length ? Prisma.sql`WITH ${Prisma.join(writes.map((w, i) => Prisma.sql`${Prisma.raw(`w${i}`)} AS (${w})`))} ` : Prisma.empty;
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`
    ${ctes}SELECT i.*, ${CUSTOMER_COLUMNS} FROM "Invoice" i JOIN "Customer" c ON c.id = i."customerId" WHERE i.id = ${invoiceId}::uuid`;
  if (!row) throw ApplicationFailure.retryable(`invoice ${invoiceId} not found`);
  const invoice: Record<string, unknown> = {};
  const customer: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (k.startsWith('customer.')) customer[k.slice('customer.'.length)] = v;
    else invoice[k] = v;
  }
  return { ...(invoice as Invoice), customer: customer as Customer };
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

export function createActivities(deps: ActivityDeps): Activities {
  const { db, channels, compliance } = deps;
  const now = deps.now ?? (() => new Date());

  function tokenValues(invoice: Omit<InvoiceWithCustomer, 'customer'>, customer: InvoiceWithCustomer['customer'], at: Date): TokenValues {
    return invoiceTokenValues(
      {
        invoice: { number: invoice.number, amountDue: invoice.amountDue.toFixed(), currency: invoice.currency, dueAt: invoice.dueAt.getTime(), paymentUrl: invoice.paymentUrl },
        customer,
        defaults: { timezone: deps.defaultTimezone, locale: deps.defaultLocale },
      },
      at.getTime(),
    );
  }

  /** One message for several invoices: a line per invoice and the total (per currency when they differ). */
  function consolidatedValues(invoices: Omit<InvoiceWithCustomer, 'customer'>[], customer: InvoiceWithCustomer['customer'], at: Date): TokenValues {
    const locale = customer.locale ?? deps.defaultLocale;
    const lines = invoices.map((inv) => {
      const v = tokenValues(inv, customer, at);
      return `- ${v.invoiceNumber}: ${v.amountDue}, due ${v.dueDate}${inv.paymentUrl ? `, pay at ${inv.paymentUrl}` : ''}`;
    });
    const totals = new Map<string, Prisma.Decimal>();
    for (const inv of invoices) totals.set(inv.currency, (totals.get(inv.currency) ?? new Prisma.Decimal(0)).plus(inv.amountDue));
    return {
      ...tokenValues(invoices[0]!, customer, at),
      invoiceList: lines.join('\n'),
      totalDue: [...totals].map(([currency, sum]) => formatMoney(sum.toFixed(), currency, locale)).join(' + '),
    };
  }

  async function footer(tx: Tx, channel: Channel, customerId: string, to: string, at: Date) {
    const firstToNumber = channel !== 'email' && (await tx.message.count({ where: { channel: { in: ['sms', 'whatsapp'] }, recipient: to, status: 'sent' } })) === 0;
    return footerValues(compliance, channel, { customerId, address: to, firstToNumber }, at);
  }

  const event = (tx: Tx | Db, invoiceId: string, kind: string, detail: Record<string, unknown>) => recordEvent(tx, invoiceId, kind, 'workflow', detail);

  /**
   * Locks the customer, then the invoice (the order every send takes: every decision about a
   * customer is made by one send at a time; payments lock only their invoice), and reads both
   * as they are now, in two statements.
   */
  async function lockForSend(tx: Tx, customerId: string, invoiceId: string): Promise<InvoiceWithCustomer> {
    const [customer] = await tx.$queryRaw<Customer[]>`SELECT * FROM "Customer" WHERE id = ${customerId}::uuid FOR UPDATE`;
    const [invoice] = await tx.$queryRaw<Invoice[]>`SELECT * FROM "Invoice" WHERE id = ${invoiceId}::uuid FOR UPDATE`;
    if (!customer || !invoice) throw ApplicationFailure.retryable(`invoice ${invoiceId} or its customer ${customerId} vanished`);
    return { ...invoice, customer };
  }

  /**
   * A provider refused for good because of the customer's address: remember it so the next
   * touchpoint uses another channel. A failure of Remit's own making (a message built wrongly,
   * our account) says nothing about the address and is not remembered. True when remembered.
   */
  async function rememberRefusal(tx: Tx, invoice: InvoiceWithCustomer, channel: Channel, to: string, err: PermanentSendError): Promise<boolean> {
    const verdict = addressVerdict(err);
    if (!verdict) return false;
    if (verdict === 'opted_out') {
      // Twilio 21610: the number sent STOP to our sender, for SMS and WhatsApp alike.
      await recordOptOut(tx, ['sms', 'whatsapp'], to, `provider ${err.code}`, 'provider');
    } else {
      await tx.channelBlock.upsert({
        where: { customerId_channel: { customerId: invoice.customerId, channel } },
        update: { reason: err.reason, code: err.code },
        create: { customerId: invoice.customerId, channel, reason: err.reason, code: err.code },
      });
    }
    return true;
  }

  interface Sibling {
    invoice: Omit<InvoiceWithCustomer, 'customer'>;
    /** Its steps this message covers: pending ones (their own send waits on the customer lock) and not yet started ones. */
    steps: { index: number; pendingId?: string }[];
  }

  /** Other open invoices of the customer with a step due within the consolidation window. */
  async function coverableSiblings(tx: Tx, invoice: InvoiceWithCustomer, at: Date): Promise<Sibling[]> {
    if (compliance.consolidationWindowMs === undefined) return [];
    const horizon = at.getTime() + compliance.consolidationWindowMs;
    const candidates = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Invoice"
       WHERE "customerId" = ${invoice.customerId}::uuid AND id <> ${invoice.id}::uuid AND status = 'open' AND NOT disputed AND "attentionReason" IS NULL AND "amountDue" > 0
       ORDER BY id`;
    if (!candidates.length) return [];
    // Locked in id order, so a payment committing on one of them waits or wins.
    await tx.$queryRaw`SELECT id FROM "Invoice" WHERE id = ANY(${candidates.map((c) => c.id)}::uuid[]) ORDER BY id FOR UPDATE`;
    const rows = await tx.invoice.findMany({
      where: { id: { in: candidates.map((c) => c.id) }, status: 'open', amountDue: { gt: 0 } },
      include: { messages: { where: { kind: 'step' }, select: { id: true, stepIndex: true, status: true } } },
      orderBy: { dueAt: 'asc' },
    });
    const tz = invoice.customer.timezone ?? deps.defaultTimezone;
    const out: Sibling[] = [];
    for (const { messages, ...sib } of rows) {
      const settled = messages.filter((m) => m.status !== 'pending');
      const cursor = Math.max(-1, ...settled.map((m) => m.stepIndex));
      const pending = new Map(messages.filter((m) => m.status === 'pending').map((m) => [m.stepIndex, m.id]));
      const steps = scheduleSteps(sib.steps as unknown as SequenceStep[], sib.dueAt.getTime(), tz)
        .filter((s) => s.index > cursor && s.at <= horizon)
        .map((s) => ({ index: s.index, ...(pending.has(s.index) ? { pendingId: pending.get(s.index)! } : {}) }));
      if (steps.length) out.push({ invoice: sib, steps });
    }
    return out;
  }

  /** Records that a consolidated message covered a sibling's due steps, so its own sends become no-ops. */
  async function cover(tx: Tx, s: Sibling, messageId: string, channel: Channel, to: string, sentAt: Date, via: string) {
    const data = { status: 'sent', statusReason: `consolidated with invoice ${via}`, consolidatedInto: messageId, sentAt, recipient: to };
    for (const step of s.steps) {
      if (step.pendingId) await tx.message.update({ where: { id: step.pendingId }, data });
      else {
        await tx.message.create({
          data: { idempotencyKey: `${s.invoice.id}:${step.index}:consolidated`, invoiceId: s.invoice.id, stepIndex: step.index, kind: 'step', channel, template: 'consolidated_reminder', body: '(see the consolidated message)', ...data },
        });
      }
    }
    await event(tx, s.invoice.id, 'message_sent', { steps: s.steps.map((x) => x.index), channel, consolidatedInto: messageId, via });
  }

  return {
    /**
     * The CRM sync step: writes back what the workflow decided, then reads the invoice fresh
     * from the system of record, and (when asked) picks the channel for the next touchpoint.
     */
    async syncInvoice(input: { invoiceId: string; report?: FollowUpReport; route?: RouteRequest; view?: FollowUpState }): Promise<InvoiceSnapshot> {
      const { invoiceId, report } = input;
      const writes = input.view ? [viewUpsert(invoiceId, input.view)] : [];
      if (report?.invoiceStatus || report?.attention !== undefined) {
        await db.$transaction(async (tx) => {
          // The workflow decides a status only for an invoice still in its hands: a lapse reopens
          // a paused invoice, an attention pause stops an open one; never one paid or voided meanwhile.
          const from = report.invoiceStatus === 'open' ? ['paused'] : ['open', 'paused'];
          const { count } = await tx.invoice.updateMany({
            where: { id: invoiceId, status: { in: from } },
            data: {
              ...(report.invoiceStatus ? { status: report.invoiceStatus, ...(report.invoiceStatus === 'open' ? pauseColumns(undefined) : {}) } : {}),
              ...(report.invoiceStatus === 'paused' && report.attention
                ? pauseColumns({ kind: 'attention', actor: 'remit', reason: report.attention, since: now().toISOString() })
                : {}),
              ...(report.attention !== undefined ? { attentionReason: report.attention } : {}),
            },
          });
          if (count) await event(tx, invoiceId, report.event, report.detail ?? {});
        });
      } else if (report) {
        // Only an event to record: in the same statement as the read, no transaction around it.
        writes.push(eventInsert(invoiceId, report.event, 'workflow', report.detail ?? {}));
      }
      const invoice = await invoiceWithCustomer(db, invoiceId, writes);
      const status = sendBlock(invoice, now()) === undefined && invoice.status === 'paused' ? 'open' : invoice.status;
      const snapshot: InvoiceSnapshot = { status, amountDue: invoice.amountDue.toFixed(), currency: invoice.currency };
      if (input.route) {
        const r = input.route;
        snapshot.route = chooseRoute({
          requested: r.requested,
          sequenceDefault: r.sequenceDefault,
          contact: { email: invoice.customer.email, phone: invoice.customer.phone },
          unusable: await refusedChannels(db, compliance, invoice.customer),
          ...(r.requested === 'auto' ? { respondedOn: await respondedOn(db, invoice.customerId) } : {}),
          emailUnopened: r.emailUnopened,
        });
      }
      return snapshot;
    },

    /** Stores the follow-up's view where GET /v1/invoices/:id reads it. */
    async publishView(input: { invoiceId: string; view: FollowUpState }): Promise<void> {
      await db.$executeRaw(viewUpsert(input.invoiceId, input.view));
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
      const invoice = await invoiceWithCustomer(db, req.invoiceId);
      // A template without a subject (written for SMS) that goes by email borrows its step's built-in one.
      const subjectFrom = subjectSourceFor({ kind: req.kind, offset: (invoice.steps as unknown as SequenceStep[] | null)?.[req.stepIndex]?.offset });
      const firstDraft = renderFor(req.template, tokenValues(invoice, invoice.customer, now()), req.channel, subjectFrom);
      // Insert, and only on a duplicate key read what a replayed or retried send left.
      const [inserted] = await db.$queryRaw<Message[]>`
        INSERT INTO "Message" (id, "idempotencyKey", "invoiceId", "stepIndex", kind, channel, "channelReason", template, recipient, subject, body, "createdAt")
        VALUES (${randomUUID()}::uuid, ${key}, ${req.invoiceId}::uuid, ${req.stepIndex}, ${req.kind}, ${req.channel}, ${req.channelReason ?? null},
                ${templateName(req.template)}, ${addressFor(req.channel, invoice.customer) ?? null}, ${firstDraft.subject ?? null}, ${firstDraft.body}, ${now()})
        ON CONFLICT ("idempotencyKey") DO NOTHING
        RETURNING *`;
      const message = inserted ?? (await db.$queryRaw<Message[]>`SELECT * FROM "Message" WHERE "idempotencyKey" = ${key}`)[0];
      if (!message) throw ApplicationFailure.retryable(`message ${key} vanished`);
      if (message.status !== 'pending') return resultOf(message);

      return db.$transaction(
        async (tx) => {
          const fresh = await lockForSend(tx, invoice.customerId, req.invoiceId);
          // This message as it is now, and (one query) a consolidated message sent for another
          // invoice of this customer that already covered this step.
          const rows = await tx.$queryRaw<Message[]>`
            SELECT * FROM "Message" WHERE id = ${message.id}::uuid
               OR (${req.kind === 'step'} AND "invoiceId" = ${req.invoiceId}::uuid AND "stepIndex" = ${req.stepIndex} AND kind = 'step' AND status = 'sent' AND "consolidatedInto" IS NOT NULL)`;
          const locked = rows.find((m) => m.id === message.id);
          if (!locked) throw ApplicationFailure.retryable(`message ${message.id} vanished`);
          if (locked.status !== 'pending') return resultOf(locked);
          const at = now();
          const detail = { stepIndex: req.stepIndex, kind: req.kind, channel: req.channel };
          const covered = rows.find((m) => m.id !== message.id);
          if (covered) {
            await tx.message.delete({ where: { id: message.id } });
            return resultOf(covered);
          }
          const customer = fresh.customer;
          const block = sendBlock(fresh, at);
          if (block === 'invoice_paused') {
            // Nothing left; the step may still be sent after a resume, so no suppression is kept.
            await tx.message.delete({ where: { id: message.id } });
            await event(tx, req.invoiceId, 'message_held', { ...detail, reason: block });
            return { status: 'suppressed', reason: block } as const;
          }
          const to = addressFor(req.channel, customer);
          const refused = to ? (await refusedChannels(tx, compliance, customer))[req.channel] : undefined;
          const reason: NotSentReason | undefined = block ?? (!to ? 'no_recipient' : refused ? ruleOf(refused) : undefined);
          if (reason) {
            await tx.message.update({ where: { id: message.id }, data: { status: 'suppressed', statusReason: refused ? `${reason}: ${refused}` : reason } });
            await event(tx, req.invoiceId, 'message_suppressed', { ...detail, reason, ...(refused ? { why: refused } : {}) });
            return { status: 'suppressed', messageId: message.id, reason, ...(refused ? { why: refused } : {}) } as const;
          }

          // Quiet hours, frequency cap and minimum gap, judged now, across the customer's invoices.
          const { zones, basis } = customerZones(customer, compliance.deploymentZones);
          const when = sendTime(at.getTime(), {
            zones,
            window: compliance.window,
            cap: compliance.cap,
            sentAt: await sendHistory(tx, customer.id, new Date(at.getTime() - Math.max(compliance.cap.periodMs, compliance.cap.minGapMs))),
            spreadKey: key,
            spreadMaxMs: compliance.spreadMaxMs,
          });
          if (when.decision === 'suppress') {
            await tx.message.update({ where: { id: message.id }, data: { status: 'suppressed', statusReason: `${when.rule}: ${when.reason}` } });
            await event(tx, req.invoiceId, 'message_suppressed', { ...detail, reason: when.rule, why: when.reason, zones, zoneBasis: basis });
            return { status: 'suppressed', messageId: message.id, reason: when.rule, why: when.reason } as const;
          }
          if (when.decision === 'defer') {
            await tx.message.delete({ where: { id: message.id } });
            const until = new Date(when.at).toISOString();
            await event(tx, req.invoiceId, 'message_deferred', { ...detail, rules: when.rules, until, reason: when.reason, zones, zoneBasis: basis });
            return { status: 'deferred', until, rules: when.rules, reason: when.reason } as const;
          }

          const siblings = req.kind === 'step' ? await coverableSiblings(tx, fresh, at) : [];
          // Re-rendered under the lock: a partial payment that just landed shows its new amount.
          // The unsubscribe link is issued when the outbox row was first written, so a retried
          // send renders the same body: a provider that got the first attempt refuses the same
          // idempotency key with a different body (Resend: 409 invalid_idempotent_request).
          const foot = await footer(tx, req.channel, customer.id, to!, locked.createdAt);
          const values = {
            ...(siblings.length ? consolidatedValues([fresh, ...siblings.map((s) => s.invoice)], customer, at) : tokenValues(fresh, customer, at)),
            ...foot.values,
          };
          // Valid for the channel it lands on, whichever it was written for (a pivot): see renderFor.
          const content = renderFor(siblings.length ? 'consolidated_reminder' : req.template, values, req.channel, subjectFrom);
          const body = content.body;
          const outgoing: OutgoingMessage = {
            messageId: message.id,
            idempotencyKey: key,
            invoiceId: req.invoiceId,
            channel: req.channel,
            to: to!,
            ...(content.subject !== undefined ? { subject: content.subject } : {}),
            body,
            ...(req.channel === 'email'
              ? {
                  html: textToHtml(body),
                  // RFC 8058 one-click unsubscribe: mailbox providers POST to the link.
                  headers: { 'List-Unsubscribe': `<${foot.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
                }
              : {}),
            ...(req.channel === 'whatsapp'
              ? {
                  whatsappSessionOpen: Boolean(customer.lastInboundAt && at.getTime() - customer.lastInboundAt.getTime() < WHATSAPP_SESSION_MS),
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
              const remembered = await rememberRefusal(tx, fresh, req.channel, to!, err);
              const consequence = !remembered
                ? `${req.channel} stays usable: the failure is Remit's own, not the customer's address`
                : err.reason === 'opted_out'
                  ? 'the number is opted out of SMS and WhatsApp'
                  : `${req.channel} is marked unusable for this customer`;
              await event(tx, req.invoiceId, 'message_failed', { ...detail, code: err.code, reason: err.reason, blame: err.blame, why: `${err.message}; ${consequence}` });
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
          await tx.$executeRaw`
            UPDATE "Message" SET status = 'sent', "sentAt" = ${sentAt}, recipient = ${to!}, template = ${siblings.length ? 'consolidated_reminder' : templateName(req.template)},
                   subject = ${content.subject ?? null}, body = ${body}, provider = ${receipt.provider}, "providerMessageId" = ${receipt.providerMessageId},
                   "deliveryStatus" = ${receipt.status ?? null}
             WHERE id = ${message.id}::uuid`;
          const coveredInvoices = siblings.map((s) => s.invoice.number);
          await event(tx, req.invoiceId, 'message_sent', {
            ...detail,
            messageId: message.id,
            channelReason: req.channelReason,
            ...(content.adapted.length ? { adapted: content.adapted } : {}),
            ...(siblings.length ? { consolidated: coveredInvoices } : {}),
          });
          for (const s of siblings) await cover(tx, s, message.id, req.channel, to!, sentAt, fresh.number);
          return { status: 'sent', messageId: message.id, sentAt: sentAt.toISOString(), ...(siblings.length ? { coveredInvoices } : {}) } as const;
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

