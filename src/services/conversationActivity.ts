// A customer's conversation is made on its first message either way, and its activity time
// moves with every message: sends (activities/sendMessage.ts) and receipts (conversations.ts)
// both go through here.
import type { Db } from '../db';
import type { Prisma } from '../generated/prisma/client';

/** The customer's conversation id; its last activity becomes `at` if that is later. One statement. */
export async function touchConversation(tx: Db | Prisma.TransactionClient, customerId: string, at: Date): Promise<string> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Conversation" (id, "customerId", "lastActivityAt") VALUES (gen_random_uuid(), ${customerId}::uuid, ${at})
    ON CONFLICT ("customerId") DO UPDATE SET "lastActivityAt" = GREATEST("Conversation"."lastActivityAt", EXCLUDED."lastActivityAt")
    RETURNING id`;
  return row!.id;
}
