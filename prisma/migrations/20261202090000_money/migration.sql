-- AlterTable: what was paid (payments less refunds), so an overpayment is kept as credit.
ALTER TABLE "Invoice" ADD COLUMN     "amountPaid" DECIMAL(20,4) NOT NULL DEFAULT 0;

-- Existing invoices: their payments as recorded.
UPDATE "Invoice" i SET "amountPaid" = COALESCE((
  SELECT SUM(CASE WHEN p.kind = 'refund' THEN -p.amount ELSE p.amount END) FROM "Payment" p WHERE p."invoiceId" = i.id
), 0);

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "overpaid" DECIMAL(20,4) NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "key" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "response" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("key")
);
