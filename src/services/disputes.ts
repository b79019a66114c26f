// Disputes: a customer contests an invoice (the API, a reply, the self-service page, a Stripe
// chargeback). Only that invoice's follow-up is held (the customer's other invoices carry on),
// it is flagged `disputed`, and a person gets a task; resolving it resumes or voids the invoice.
import { pauseColumns, type PauseInfo } from '../domain/invoiceState';
import type { Dispute, Invoice } from '../generated/prisma/client';
import type { Db } from '../db';
import { conflict, notFound } from './errors';
import type { DisputeInput, DisputeResolveInput, VoidInput } from './inputs';
import { tellFollowUp, type InvoiceChanges } from './invoiceChanges';
import { isUuid, type Tx } from './invoiceStore';
import { closeTasksFor, openTask, type TaskSettings, type TimerKick } from './tasks';
import { recordEvent } from './timeline';

export interface NewDispute {
  reason: string;
  note?: string;
  source: string;
  actor: string;
  evidence?: string;
  inboundMessageId?: string;
  stripeDisputeId?: string;
  conversationId?: string;
}

/**
 * Opens a dispute on a locked invoice, holds its follow-up and opens a task for a person. A
 * dispute the invoice already has open for the same Stripe dispute is returned as it is.
 */
export async function openDispute(tx: Tx, inv: Invoice, d: NewDispute, tasks: TaskSettings, now = new Date()): Promise<{ dispute: Dispute; invoice: Invoice }> {
  if (inv.status === 'void') throw conflict('invoice_closed', 'The invoice is void; there is nothing to dispute');
  if (d.stripeDisputeId) {
    const seen = await tx.dispute.findUnique({ where: { stripeDisputeId: d.stripeDisputeId } });
    if (seen) return { dispute: seen, invoice: inv };
  }
  const dispute = await tx.dispute.create({
    data: {
      invoiceId: inv.id, reason: d.reason, note: d.note ?? null, source: d.source, actor: d.actor, evidence: d.evidence ?? null,
      inboundMessageId: d.inboundMessageId ?? null, stripeDisputeId: d.stripeDisputeId ?? null,
    },
  });
  await recordEvent(tx, inv.id, 'dispute_opened', d.actor, { disputeId: dispute.id, reason: d.reason, source: d.source, ...(d.note ? { note: d.note } : {}) });
  await openTask(tx, tasks, {
    type: 'dispute', customerId: inv.customerId, invoiceIds: [inv.id], disputeId: dispute.id, actor: d.actor,
    reason: `invoice ${inv.number} disputed: ${d.reason.replaceAll('_', ' ')}${d.note ? ` (${d.note})` : ''}`,
    ...(d.conversationId ? { conversationId: d.conversationId } : {}), ...(d.inboundMessageId ? { inboundMessageId: d.inboundMessageId } : {}),
  }, now);
  // A chargeback on a paid invoice takes the money back: its follow-up is held like any other.
  const pause: PauseInfo = { kind: 'dispute', actor: d.actor, reason: `disputed: ${d.reason.replaceAll('_', ' ')}`, since: now.toISOString() };
  const invoice = await tx.invoice.update({ where: { id: inv.id }, data: { disputed: true, status: 'paused', ...pauseColumns(pause) } });
  return { dispute, invoice: await tellFollowUp(tx, invoice) };
}

export class Disputes {
  constructor(
    private readonly db: Db,
    private readonly changes: InvoiceChanges,
    private readonly tasks: TaskSettings,
    private readonly kick: TimerKick,
    /** Voiding belongs to the follow-up service (it closes the follow-up); a dispute resolved for the customer uses it. */
    private readonly applyVoid: (tx: Tx, inv: Invoice, v: VoidInput, source: string) => Promise<Invoice>,
  ) {}

  /** POST /v1/invoices/:id/disputes. */
  async open(ref: string, input: DisputeInput) {
    let opened: Dispute | undefined;
    const result = await this.changes.change(ref, async (tx, inv) => {
      const out = await openDispute(tx, inv, { reason: input.reason, source: input.source, actor: input.actor, ...(input.note ? { note: input.note } : {}) }, this.tasks);
      opened = out.dispute;
      return out.invoice;
    });
    this.kick();
    return { dispute: disputeView(opened!), invoice: result };
  }

  /** POST /v1/disputes/:id/resolve: the invoice stands (its follow-up resumes) or is voided. Once. */
  async resolve(id: string, r: DisputeResolveInput) {
    if (!isUuid(id)) throw notFound('dispute', id);
    const found = await this.db.dispute.findUnique({ where: { id } });
    if (!found) throw notFound('dispute', id);
    let resolved: Dispute = found;
    const result = await this.changes.change(found.invoiceId, async (tx, inv) => {
      const d = await tx.dispute.findUniqueOrThrow({ where: { id } });
      if (d.status === 'resolved') {
        if (d.outcome === r.outcome) return inv; // a repeat of the same decision
        throw conflict('dispute_resolved', `The dispute was already resolved (${d.outcome})`);
      }
      resolved = await tx.dispute.update({ where: { id }, data: { status: 'resolved', outcome: r.outcome, resolvedAt: new Date(), resolvedBy: r.actor, resolutionNote: r.note ?? null } });
      await recordEvent(tx, inv.id, 'dispute_resolved', r.actor, { disputeId: id, outcome: r.outcome, ...(r.note ? { note: r.note } : {}) });
      await closeTasksFor(tx, { disputeId: id }, 'dispute_resolved', r.actor);
      const others = await tx.dispute.count({ where: { invoiceId: inv.id, status: 'open' } });
      if (others) return inv; // still held by another dispute
      const cleared = await tx.invoice.update({ where: { id: inv.id }, data: { disputed: false } });
      if (r.outcome === 'void') return this.applyVoid(tx, cleared, { actor: r.actor, reason: `dispute upheld${r.note ? `: ${r.note}` : ''}` }, 'dispute');
      if (cleared.status !== 'paused' || cleared.pauseKind !== 'dispute') return cleared;
      // Back to where it was: open, or paid (a chargeback lost by the customer).
      const status = cleared.paidAt && cleared.amountDue.lte(0) ? 'paid' : 'open';
      return tellFollowUp(tx, await tx.invoice.update({ where: { id: inv.id }, data: { status, ...pauseColumns(undefined) } }));
    });
    this.kick();
    return { dispute: disputeView(resolved), invoice: result };
  }
}

export function disputeView(d: Dispute) {
  return {
    id: d.id,
    invoiceId: d.invoiceId,
    status: d.status,
    reason: d.reason,
    note: d.note,
    source: d.source,
    actor: d.actor,
    evidence: d.evidence,
    outcome: d.outcome,
    createdAt: d.createdAt.toISOString(),
    resolvedAt: d.resolvedAt?.toISOString() ?? null,
    resolvedBy: d.resolvedBy,
  };
}
