// What every provider webhook (Twilio, Resend, Stripe) shares: its answer, recording and acting
// on an event once (webhookEvents.ts), delivery statuses that only move forward, channel blocks,
// and a customer's open invoices.
import type { Db } from '../db';
import type { Tx } from './invoiceStore';
import type { Channel } from '../domain/channel';
import { actOnWebhookEvent, recordWebhookEvent, settleWebhookEvent } from './webhookEvents';

/** unmatched: a refund or dispute no invoice matches, kept for a person (see stripeEvents.ts). */
export type EventStatus = 'applied' | 'ignored' | 'unmatched';
export interface ProviderEventResult {
  eventId: string;
  status: EventStatus | 'duplicate';
  detail?: string;
  /** TwiML reply text for an inbound SMS / WhatsApp, when one is due. */
  reply?: string;
}

/** What acting on an event came to. */
export interface Outcome {
  status: EventStatus;
  detail?: string | undefined;
  invoiceId?: string | undefined;
  reply?: string;
}
export const outcome = (status: EventStatus, detail?: string, invoiceId?: string): Outcome => ({ status, detail, invoiceId });

/**
 * Records the event and acts on it (webhookEvents.ts: the one design every webhook follows);
 * a replay of one already handled answers `duplicate`. `act` answers with the outcome.
 */
export async function receiveProviderEvent(db: Db, source: string, eventId: string, type: string, payload: unknown, act: () => Promise<Outcome>): Promise<ProviderEventResult> {
  const { event, handled } = await recordWebhookEvent(db, { source, eventId, type, payload });
  if (handled) return { eventId, status: 'duplicate' };
  const { status, detail, invoiceId, reply } = await actOnWebhookEvent(db, event, act);
  await settleWebhookEvent(db, event, { status, reason: detail, invoiceId });
  return { eventId, status, ...(detail ? { detail } : {}), ...(reply ? { reply } : {}) };
}

/** Delivery statuses only move forward: a late "sent" never overwrites "delivered". */
const RANK: Record<string, number> = {
  accepted: 1, queued: 1, scheduled: 1, sending: 2, sent: 3,
  delivered: 4, undelivered: 4, failed: 4, canceled: 4, bounced: 4, delivery_delayed: 2,
  read: 5, opened: 5, clicked: 6, complained: 7,
};

/** True when the message's delivery status moved forward. */
export async function advanceDelivery(db: Db, messageId: string, status: string, at: Date, errorCode?: string): Promise<boolean> {
  const rank = RANK[status] ?? 0;
  const changed = await db.message.updateMany({
    where: { id: messageId, deliveryRank: { lt: rank } },
    data: {
      deliveryStatus: status,
      deliveryRank: rank,
      ...(errorCode ? { errorCode } : {}),
      ...(status === 'delivered' || status === 'read' ? { deliveredAt: at } : {}),
    },
  });
  return changed.count > 0;
}

/** The channel is unusable for this customer (a bounce, an unreachable number): the next touchpoint uses another. */
export async function blockChannel(db: Db | Tx, customerId: string, channel: Channel, reason: string, code?: string) {
  await db.channelBlock.upsert({
    where: { customerId_channel: { customerId, channel } },
    update: { reason, code: code ?? null },
    create: { customerId, channel, reason, code: code ?? null },
  });
}

export async function openInvoicesOf(db: Db, customerIds: string[]) {
  return db.invoice.findMany({ where: { customerId: { in: customerIds }, status: { in: ['open', 'paused'] } }, select: { id: true } });
}
