-- Conversations: one per customer, holding every inbound message (which replaces Reply, a row
-- per invoice) beside the outbound Message rows of that customer's invoices.
CREATE TABLE "Conversation" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'waiting',
    "assignee" TEXT,
    "lastActivityAt" TIMESTAMP(3) NOT NULL,
    "lastInboundAt" TIMESTAMP(3),
    "lastIntents" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Conversation_customerId_key" ON "Conversation"("customerId");
CREATE INDEX "Conversation_lastActivityAt_id_idx" ON "Conversation"("lastActivityAt" DESC, "id");
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "InboundMessage" (
    "id" UUID NOT NULL,
    "conversationId" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "from" TEXT,
    "subject" TEXT,
    "text" TEXT NOT NULL,
    "rawText" TEXT,
    "headers" JSONB,
    "providerMessageId" TEXT,
    "emailMessageId" TEXT,
    "answersMessageId" UUID,
    "autoReply" BOOLEAN NOT NULL DEFAULT false,
    "reading" JSONB NOT NULL,
    "invoiceIds" UUID[],
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InboundMessage_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "InboundMessage_conversationId_channel_providerMessageId_key" ON "InboundMessage"("conversationId", "channel", "providerMessageId");
CREATE INDEX "InboundMessage_conversationId_receivedAt_idx" ON "InboundMessage"("conversationId", "receivedAt");
ALTER TABLE "InboundMessage" ADD CONSTRAINT "InboundMessage_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Every customer with a message either way gets its conversation.
INSERT INTO "Conversation" ("id", "customerId", "lastActivityAt", "lastInboundAt")
SELECT gen_random_uuid(), c."customerId", max(c.at), max(c.inbound_at)
FROM (
  SELECT i."customerId", r."receivedAt" AS at, r."receivedAt" AS inbound_at FROM "Reply" r JOIN "Invoice" i ON i.id = r."invoiceId"
  UNION ALL
  SELECT i."customerId", coalesce(m."sentAt", m."createdAt"), NULL FROM "Message" m JOIN "Invoice" i ON i.id = m."invoiceId" WHERE m.status = 'sent'
) c
GROUP BY c."customerId";

-- A reply fanned out to several invoices was one message: one row, with all its invoices.
-- Replies recorded before the reader existed keep an empty reading (intent unknown).
INSERT INTO "InboundMessage" ("id", "conversationId", "channel", "from", "text", "providerMessageId", "reading", "invoiceIds", "receivedAt", "recordedAt")
SELECT gen_random_uuid(), conv.id, r.channel, min(r."from"), min(r.body), r."providerMessageId",
       '{"intents":[],"lowConfidence":true,"language":"en","legacy":true}'::jsonb, array_agg(r."invoiceId"), min(r."receivedAt"), min(r."receivedAt")
FROM "Reply" r JOIN "Invoice" i ON i.id = r."invoiceId" JOIN "Conversation" conv ON conv."customerId" = i."customerId"
GROUP BY conv.id, r.channel, coalesce(r."providerMessageId", r.id::text), r."providerMessageId";

DROP TABLE "Reply";
