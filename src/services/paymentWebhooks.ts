// The payment processor's webhook (POST /v1/webhooks/payments): each event is recorded and
// applied in one transaction, deduplicated by its id; an event for an invoice not yet
// imported waits for it (the invoice's creation applies it).
import type { Db } from '../db';
import type { Prisma, WebhookEvent } from '../generated/prisma/client';
import type { FollowUpDispatcher } from './dispatcher';
import { isUniqueViolation, notFound } from './errors';
import type { FollowUpService } from './followUps';
import { invoiceByRef } from './invoiceStore';
import type { PaymentWebhook } from './inputs';
import { assertSameEvent } from './webhookEvents';

type Delivery = 'delivered' | 'pending';

export class PaymentWebhookInbox {
  constructor(
    private readonly db: Db,
    private readonly followUps: FollowUpService,
    private readonly dispatcher: FollowUpDispatcher,
  ) {}

  /** Records the event first (deduplicated by id), then applies it; an unknown invoice waits for its import. */
  async handle(e: PaymentWebhook) {
    const [prior] = await this.db.$queryRaw<WebhookEvent[]>`SELECT * FROM "WebhookEvent" WHERE source = 'payments' AND "eventId" = ${e.id}`;
    if (prior) return this.duplicateWebhook(prior, e);
    try {
      const { status, invoiceId, reason } = await this.db.$transaction(async (tx): Promise<{ status: string; invoiceId: string | null; reason?: string }> => {
        const ref = e.data.invoiceId ?? e.data.invoiceExternalId!;
        const event = await tx.webhookEvent.create({
          data: { source: 'payments', eventId: e.id, type: e.type, payload: e as unknown as Prisma.InputJsonValue, invoiceExternalId: e.data.invoiceExternalId ?? null },
        });
        const inv = await invoiceByRef(tx, ref, true);
        if (!inv) {
          if (!e.data.invoiceExternalId) throw notFound('invoice', ref);
          await tx.webhookEvent.update({ where: { id: event.id }, data: { status: 'pending_invoice' } });
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
        await tx.$executeRaw`UPDATE "WebhookEvent" SET status = ${status}, "statusReason" = ${reason ?? null}, "invoiceId" = ${inv.id}::uuid, "appliedAt" = ${new Date()} WHERE id = ${event.id}::uuid`;
        return { status, invoiceId: inv.id, reason };
      });
      return this.webhookResult(e.id, status, false, invoiceId, reason);
    } catch (err) {
      if (isUniqueViolation(err)) {
        const again = await this.db.webhookEvent.findUnique({ where: { source_eventId: { source: 'payments', eventId: e.id } } });
        if (again) return this.duplicateWebhook(again, e);
      }
      throw err;
    }
  }

  /** An event id seen before: the same event again is a duplicate; a different body under that id is refused, never dropped unseen. */
  private duplicateWebhook(prior: WebhookEvent, e: PaymentWebhook) {
    assertSameEvent(prior, e);
    return this.webhookResult(e.id, prior.status, true, prior.invoiceId, prior.statusReason ?? undefined);
  }

  private async webhookResult(eventId: string, status: string, duplicate: boolean, invoiceId: string | null, detail?: string) {
    let delivery: Delivery | 'none' = 'none';
    if (invoiceId) delivery = (await this.dispatcher.deliverInvoice(invoiceId)) ? 'delivered' : 'pending';
    return { eventId, status: status as 'applied' | 'pending_invoice' | 'ignored' | 'refused', duplicate, invoiceId, delivery, ...(detail ? { detail } : {}) };
  }
}
