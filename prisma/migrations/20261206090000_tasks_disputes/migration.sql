-- Disputes, tasks for people (with their history), and who sent a person's answer.
CREATE TABLE "Dispute" (
    "id" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "outcome" TEXT,
    "source" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "evidence" TEXT,
    "inboundMessageId" UUID,
    "stripeDisputeId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedBy" TEXT,
    "resolutionNote" TEXT,
    CONSTRAINT "Dispute_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Dispute_stripeDisputeId_key" ON "Dispute"("stripeDisputeId");
CREATE INDEX "Dispute_invoiceId_status_idx" ON "Dispute"("invoiceId", "status");
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An invoice already flagged by a Stripe dispute keeps it, now as an open dispute.
INSERT INTO "Dispute" ("id", "invoiceId", "reason", "source", "actor", "createdAt")
SELECT gen_random_uuid(), "id", 'payment_dispute', 'stripe', 'stripe', "updatedAt" FROM "Invoice" WHERE "disputed";

CREATE TABLE "Task" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "customerId" UUID NOT NULL,
    "conversationId" UUID,
    "invoiceIds" UUID[],
    "disputeId" UUID,
    "inboundMessageId" UUID,
    "reason" TEXT NOT NULL,
    "priority" DECIMAL(24,4) NOT NULL,
    "assignee" TEXT,
    "slaDueAt" TIMESTAMP(3) NOT NULL,
    "escalatedAt" TIMESTAMP(3),
    "snoozedUntil" TIMESTAMP(3),
    "outcome" TEXT,
    "doneBy" TEXT,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "timerVersion" INTEGER NOT NULL DEFAULT 1,
    "timerSynced" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Task_status_priority_id_idx" ON "Task"("status", "priority" DESC, "id");
CREATE INDEX "Task_customerId_type_status_idx" ON "Task"("customerId", "type", "status");
-- The reconciler's question: which timers has Temporal not been told about yet?
CREATE INDEX "Task_timer_unsynced_idx" ON "Task"("updatedAt") WHERE "timerSynced" < "timerVersion";
ALTER TABLE "Task" ADD CONSTRAINT "Task_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "TaskEvent" (
    "id" BIGSERIAL NOT NULL,
    "taskId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "detail" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TaskEvent_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "TaskEvent_taskId_id_idx" ON "TaskEvent"("taskId", "id");
ALTER TABLE "TaskEvent" ADD CONSTRAINT "TaskEvent_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "Message" ADD COLUMN "actor" TEXT;

ALTER TABLE "Invoice" ADD COLUMN "escalatedAt" TIMESTAMP(3);
