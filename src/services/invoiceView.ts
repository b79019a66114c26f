// GET /v1/invoices/:id: the invoice, its messages and payments, and the view its follow-up
// published, all from the database (no worker is asked, except for runs that publish none).
import type { Client } from '@temporalio/client';
import type { TemporalCalls } from '../temporal/calls';
import type { Db } from '../db';
import { followUpState, type FollowUpState } from '../../workflows/definitions';
import { creditOf, findInvoice, money, unappliedPayments } from './invoiceStore';
import { promiseView } from './promises';
import { disputeView } from './disputes';

export async function invoiceView(o: { db: Db; client: Client; calls: TemporalCalls }, ref: string) {
  const found = await findInvoice(o.db, ref);
  const inv = await o.db.invoice.findUniqueOrThrow({
    where: { id: found.id },
    include: { customer: true, messages: { orderBy: { createdAt: 'asc' } }, payments: { orderBy: { createdAt: 'asc' } }, promises: { orderBy: { createdAt: 'desc' } }, disputes: { orderBy: { createdAt: 'desc' } }, followUpView: true },
  });
  // The view its workflow published; the money is the invoice's own. Follow-ups started
  // before views were published have none: those are asked.
  let followUp: FollowUpState | null = inv.followUpView ? { ...(inv.followUpView.state as unknown as FollowUpState), amountDue: money(inv.amountDue, inv.currency) } : null;
  let followUpError: string | undefined;
  if (!followUp) {
    try {
      followUp = await o.calls.withDeadline(o.client, 3000, () => o.client.workflow.getHandle(inv.workflowId).query(followUpState));
    } catch (err) {
      followUpError = `follow-up state unavailable: ${(err as Error).message}`;
    }
  }
  return {
    id: inv.id,
    externalId: inv.externalId,
    number: inv.number,
    status: inv.status,
    currency: inv.currency,
    amountOriginal: money(inv.amountOriginal, inv.currency),
    amountDue: money(inv.amountDue, inv.currency),
    amountPaid: money(inv.amountPaid, inv.currency),
    credit: creditOf(inv),
    disputed: inv.disputed,
    attentionReason: inv.attentionReason,
    escalatedAt: inv.escalatedAt?.toISOString() ?? null,
    dueDate: inv.dueDateInput,
    dueAt: inv.dueAt.toISOString(),
    paymentUrl: inv.paymentUrl,
    sequence: inv.sequenceName,
    workflowId: inv.workflowId,
    customer: { id: inv.customer.id, externalId: inv.customer.externalId, name: inv.customer.name, timezone: inv.customer.timezone },
    followUp,
    ...(followUpError ? { followUpError } : {}),
    messages: inv.messages.map((m) => ({
      id: m.id,
      stepIndex: m.stepIndex,
      channel: m.channel,
      template: m.template,
      recipient: m.recipient,
      subject: m.subject,
      body: m.body,
      status: m.status,
      statusReason: m.statusReason,
      sentAt: m.sentAt?.toISOString() ?? null,
    })),
    payments: inv.payments.map((p) => ({
      id: p.id,
      kind: p.kind,
      amount: money(p.amount, p.currency),
      overpaid: money(p.overpaid, p.currency),
      paidAt: p.paidAt.toISOString(),
      reference: p.reference,
      source: p.source,
    })),
    unappliedPayments: await unappliedPayments(o.db, inv.id),
    promises: inv.promises.map(promiseView),
    disputes: inv.disputes.map(disputeView),
    createdAt: inv.createdAt.toISOString(),
  };
}
