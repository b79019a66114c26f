// One message for several invoices of a customer: a step's send also covers the other open
// invoices with a step due within the consolidation window, so the customer hears once.
import type { Channel } from '../src/domain/channel';
import { formatMoney } from '../src/domain/money';
import { scheduleSteps } from '../src/domain/schedule';
import type { SequenceStep } from '../src/domain/sequences';
import type { TokenValues } from '../src/domain/templates';
import { Prisma, type Invoice } from '../src/generated/prisma/client';
import type { ComplianceSettings } from '../src/services/compliance';
import { recordEvent } from '../src/services/timeline';
import type { InvoiceWithCustomer } from './invoiceReads';
import { tokenValues, type CustomerDefaults, type TokenCustomer, type TokenInvoice } from './messageContent';

export interface Sibling {
  invoice: Invoice;
  /** Its steps this message covers: pending ones (their own send waits on the customer lock) and not yet started ones. */
  steps: { index: number; pendingId?: string }[];
}

/** Other open invoices of the customer with a step due within the consolidation window. */
export async function coverableSiblings(
  d: { compliance: ComplianceSettings; defaultTimezone: string },
  tx: Prisma.TransactionClient,
  invoice: InvoiceWithCustomer,
  at: Date,
): Promise<Sibling[]> {
  if (d.compliance.consolidationWindowMs === undefined) return [];
  const horizon = at.getTime() + d.compliance.consolidationWindowMs;
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
  const tz = invoice.customer.timezone ?? d.defaultTimezone;
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

/**
 * What the one message says: a line per invoice with its own page (`pageUrls`, in the same order; where
 * the customer pays or answers about that invoice) and the total (per currency when they differ).
 */
export function consolidatedValues(d: CustomerDefaults, invoices: TokenInvoice[], pageUrls: string[], customer: TokenCustomer, at: Date): TokenValues {
  const locale = customer.locale ?? d.defaultLocale;
  const lines = invoices.map((inv, i) => {
    const v = tokenValues(d, inv, customer, at);
    return `- ${v.invoiceNumber}: ${v.amountDue}, due ${v.dueDate}, pay or answer at ${pageUrls[i]}`;
  });
  const totals = new Map<string, Prisma.Decimal>();
  for (const inv of invoices) totals.set(inv.currency, (totals.get(inv.currency) ?? new Prisma.Decimal(0)).plus(inv.amountDue));
  return {
    ...tokenValues(d, invoices[0]!, customer, at),
    invoiceList: lines.join('\n'),
    totalDue: [...totals].map(([currency, sum]) => formatMoney(sum.toFixed(), currency, locale)).join(' + '),
  };
}

/** Records that a consolidated message covered a sibling's due steps, so its own sends become no-ops. */
export async function cover(tx: Prisma.TransactionClient, s: Sibling, messageId: string, channel: Channel, to: string, sentAt: Date, via: string) {
  const data = { status: 'sent', statusReason: `consolidated with invoice ${via}`, consolidatedInto: messageId, sentAt, recipient: to };
  for (const step of s.steps) {
    if (step.pendingId) await tx.message.update({ where: { id: step.pendingId }, data });
    else {
      await tx.message.create({
        data: { idempotencyKey: `${s.invoice.id}:${step.index}:consolidated`, invoiceId: s.invoice.id, stepIndex: step.index, kind: 'step', channel, template: 'consolidated_reminder', body: '(see the consolidated message)', ...data },
      });
    }
  }
  await recordEvent(tx, s.invoice.id, 'message_sent', 'workflow', { steps: s.steps.map((x) => x.index), channel, consolidatedInto: messageId, via });
}
