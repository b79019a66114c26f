// Every webhook event, whatever its provider, is handled one way: recorded under its id first
// (committed), then acted on, then marked with its outcome. A replay of an event that has an
// outcome is answered from it; one recorded without an outcome (its action failed half-way, or
// the process died) is acted on again when the provider retries, so every action is idempotent
// by the event: payments by their reference, replies by the provider message id, delivery
// statuses by rank. The same id with another body is refused, never dropped unseen; an event
// refused as the client's mistake (a 4xx) is forgotten, so a bad request changes nothing.
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Db } from '../db';
import type { Prisma, WebhookEvent } from '../generated/prisma/client';
import { conflict, RemitError } from './errors';

type Tx = Prisma.TransactionClient;

export interface IncomingEvent {
  source: string;
  eventId: string;
  type: string;
  payload: unknown;
  invoiceExternalId?: string | null;
}

/** The event's record, new or the one its id already has; `handled`: it has an outcome already (a replay). */
export async function recordWebhookEvent(db: Db, e: IncomingEvent): Promise<{ event: WebhookEvent; handled: boolean }> {
  // One statement in the common case (a new event); the prior record is read only on a replay.
  const [fresh] = await db.$queryRaw<WebhookEvent[]>`
    INSERT INTO "WebhookEvent" (id, source, "eventId", type, payload, "invoiceExternalId", status, "receivedAt")
    VALUES (${randomUUID()}::uuid, ${e.source}, ${e.eventId}, ${e.type}, ${JSON.stringify(e.payload)}::jsonb, ${e.invoiceExternalId ?? null}, 'received', ${new Date()})
    ON CONFLICT (source, "eventId") DO NOTHING
    RETURNING *`;
  if (fresh) return { event: fresh, handled: false };
  const [prior] = await db.$queryRaw<WebhookEvent[]>`SELECT * FROM "WebhookEvent" WHERE source = ${e.source} AND "eventId" = ${e.eventId}`;
  if (!prior) throw new Error(`webhook event ${e.source}/${e.eventId} vanished`);
  assertSameEvent(prior, e.payload);
  return { event: prior, handled: prior.status !== 'received' };
}

/**
 * Within the transaction that acts on it: takes the event (its row lock), or answers false when
 * another delivery of it acted first (two retries at once: the second waits, then sees the outcome).
 */
export async function claimWebhookEvent(tx: Tx, event: WebhookEvent): Promise<boolean> {
  const claimed = await tx.$queryRaw<{ id: string }[]>`UPDATE "WebhookEvent" SET status = 'received' WHERE id = ${event.id}::uuid AND status = 'received' RETURNING id`;
  return claimed.length > 0;
}

/** Marks the event with its outcome (in the action's transaction, when it has one). */
export async function settleWebhookEvent(db: Db | Tx, event: WebhookEvent, outcome: { status: string; reason?: string | undefined; invoiceId?: string | null | undefined }) {
  await db.$executeRaw`
    UPDATE "WebhookEvent" SET status = ${outcome.status}, "statusReason" = ${outcome.reason ?? null}, "invoiceId" = COALESCE(${outcome.invoiceId ?? null}::uuid, "invoiceId"), "appliedAt" = ${new Date()}
     WHERE id = ${event.id}::uuid`;
}

/** Runs the action; an event it refuses as the client's mistake is forgotten (it changed nothing). */
export async function actOnWebhookEvent<T>(db: Db, event: WebhookEvent, act: () => Promise<T>): Promise<T> {
  try {
    return await act();
  } catch (err) {
    if (err instanceof RemitError && err.status < 500) await db.$executeRaw`DELETE FROM "WebhookEvent" WHERE id = ${event.id}::uuid AND status = 'received'`;
    throw err;
  }
}

/** Throws a 409 when `payload` (as it would be stored) differs from what was first recorded under the id. */
export function assertSameEvent(prior: Pick<WebhookEvent, 'eventId' | 'receivedAt' | 'payload'>, payload: unknown): void {
  if (isDeepStrictEqual(prior.payload, JSON.parse(JSON.stringify(payload)))) return;
  throw conflict(
    'webhook_event_conflict',
    `Event "${prior.eventId}" was received at ${prior.receivedAt.toISOString()} with a different body; the first is kept and this one was not applied. Send a new event id for a new event`,
    { field: 'id' },
  );
}
