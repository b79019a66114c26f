// Webhook events are recorded once by their id. A provider retrying sends the same body again;
// the same id with another body is a different claim, refused so it is never dropped unseen.
import { isDeepStrictEqual } from 'node:util';
import type { WebhookEvent } from '../generated/prisma/client';
import { conflict } from './errors';

/** Throws a 409 when `payload` (as it would be stored) differs from what was first recorded under the id. */
export function assertSameEvent(prior: Pick<WebhookEvent, 'eventId' | 'receivedAt' | 'payload'>, payload: unknown): void {
  if (isDeepStrictEqual(prior.payload, JSON.parse(JSON.stringify(payload)))) return;
  throw conflict(
    'webhook_event_conflict',
    `Event "${prior.eventId}" was received at ${prior.receivedAt.toISOString()} with a different body; the first is kept and this one was not applied. Send a new event id for a new event`,
    { field: 'id' },
  );
}
