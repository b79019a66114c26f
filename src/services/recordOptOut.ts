// An opt-out of being messaged at an address, as the opt-out API, a one-click unsubscribe, an
// SMS STOP and a provider's refusal (Twilio 21610) all record it: the one writer.
import type { Db } from '../db';
import type { Channel } from '../domain/channel';
import type { OptOut, Prisma } from '../generated/prisma/client';

/** Records the opt-out on each channel; an address already opted out keeps its first reason and time. */
export async function recordOptOut(db: Db | Prisma.TransactionClient, channels: readonly Channel[], address: string, reason: string, source: string): Promise<OptOut[]> {
  const rows: OptOut[] = [];
  for (const channel of channels) {
    rows.push(await db.optOut.upsert({ where: { channel_address: { channel, address } }, update: {}, create: { channel, address, reason, source } }));
  }
  return rows;
}
