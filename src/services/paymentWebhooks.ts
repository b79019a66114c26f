// The payment processor's webhook (POST /v1/webhooks/payments): each event is recorded under
// its id, then applied and marked in one transaction (webhookEvents.ts has the one design every
// webhook follows); an event for an invoice not yet imported waits for it (its creation applies it).
import type { Db } from '../db';
import type { WebhookEvent } from '../generated/prisma/client';
import type { FollowUpDispatcher } from './dispatcher';
import { notFound } from './errors';
import type { FollowUpService } from './followUps';
import { invoiceByRef, type Delivery } from './invoiceStore';
import type { PaymentWebhook } from './inputs';
import { actOnWebhookEvent, claimWebhookEvent, recordWebhookEvent, settleWebhookEvent } from './webhookEvents';

export class PaymentWebhookInbox {
  constructor(
    private readonly db: Db,
    private readonly followUps: FollowUpService,
    private readonly dispatcher: FollowUpDispatcher,
  ) {}

  /** Records the event (deduplicated by id), then applies it in one transaction; an unknown invoice waits for its import. */
  async handle(e: PaymentWebhook) {
    const { event, handled } = await recordWebhookEvent(this.db, { source: 'payments', eventId: e.id, type: e.type, payload: e, invoiceExternalId: e.data.invoiceExternalId ?? null });
    if (handled) return this.duplicateWebhook(event);
    const outcome = await actOnWebhookEvent(this.db, event, () =>
      this.db.$transaction(async (tx): Promise<{ status: string; invoiceId: string | null; reason?: string } | undefined> => {
        if (!(await claimWebhookEvent(tx, event))) return undefined;
        const ref = e.data.invoiceId ?? e.data.invoiceExternalId!;
        const inv = await invoiceByRef(tx, ref, true);
        if (!inv) {
          if (!e.data.invoiceExternalId) throw notFound('invoice', ref);
          await settleWebhookEvent(tx, event, { status: 'pending_invoice' });
          return { status: 'pending_invoice', invoiceId: null };
        }
        let status = 'applied';
        let reason: string | undefined;
        if (e.type === 'payment.succeeded') {
          if (inv.status === 'void') [status, reason] = ['refused', 'the invoice is void: the payment was not applied'];
          else {
            const { recordedAs } = await this.followUps.payments.apply(tx, inv, { amount: e.data.amount!, currency: e.data.currency!, ...(e.data.paidAt ? { paidAt: e.data.paidAt } : {}), reference: e.id }, 'webhook', e.id);
            if (recordedAs === 'credit') reason = 'recorded as credit: the invoice was already paid';
            if (recordedAs === 'overpayment') reason = 'paid in full, and the excess recorded as credit';
          }
        } else if (e.type === 'payment.refunded') {
          await this.followUps.payments.applyRefund(tx, inv, e.data.amount!, e.data.currency!, 'webhook', e.id);
        } else if (inv.status === 'paid') {
          [status, reason] = ['ignored', 'invoice is paid'];
        } else {
          await this.followUps.applyVoid(tx, inv, { actor: 'payment-processor', reason: `webhook ${e.id}` }, 'webhook');
        }
        await settleWebhookEvent(tx, event, { status, reason, invoiceId: inv.id });
        return { status, invoiceId: inv.id, reason };
      }),
    );
    // Another delivery of the same event acted first: answer from its outcome.
    if (!outcome) return this.duplicateWebhook(await this.db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } }));
    return this.webhookResult(e.id, outcome.status, false, outcome.invoiceId, outcome.reason);
  }

  /** An event id seen before, with an outcome: answered from it. */
  private duplicateWebhook(prior: WebhookEvent) {
    return this.webhookResult(prior.eventId, prior.status, true, prior.invoiceId, prior.statusReason ?? undefined);
  }

  private async webhookResult(eventId: string, status: string, duplicate: boolean, invoiceId: string | null, detail?: string) {
    let delivery: Delivery | 'none' = 'none';
    if (invoiceId) delivery = (await this.dispatcher.deliverInvoice(invoiceId)) ? 'delivered' : 'pending';
    return { eventId, status: status as 'applied' | 'pending_invoice' | 'ignored' | 'refused', duplicate, invoiceId, delivery, ...(detail ? { detail } : {}) };
  }
}
