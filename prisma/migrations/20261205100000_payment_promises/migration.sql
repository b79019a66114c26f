-- Promises to pay: durable, judged at their deadline (kept or broken).
CREATE TABLE "PaymentPromise" (
    "id" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "amount" DECIMAL(20,4),
    "currency" TEXT NOT NULL,
    "promisedDay" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "paidBefore" DECIMAL(20,4) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "source" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "evidence" TEXT,
    "inboundMessageId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "noticeSentAt" TIMESTAMP(3),
    CONSTRAINT "PaymentPromise_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "PaymentPromise_invoiceId_status_idx" ON "PaymentPromise"("invoiceId", "status");
ALTER TABLE "PaymentPromise" ADD CONSTRAINT "PaymentPromise_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
