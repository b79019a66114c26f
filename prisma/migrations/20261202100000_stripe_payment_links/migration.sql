-- CreateTable
CREATE TABLE "StripePaymentLink" (
    "id" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "paymentIntentId" TEXT,
    "chargeId" TEXT,
    "invoicePaymentId" TEXT,
    "stripeInvoiceId" TEXT,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripePaymentLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnmatchedProviderEvent" (
    "id" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "customerId" UUID,
    "detail" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "UnmatchedProviderEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StripePaymentLink_invoicePaymentId_key" ON "StripePaymentLink"("invoicePaymentId");

-- CreateIndex
CREATE UNIQUE INDEX "StripePaymentLink_paymentIntentId_invoiceId_key" ON "StripePaymentLink"("paymentIntentId", "invoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "StripePaymentLink_chargeId_invoiceId_key" ON "StripePaymentLink"("chargeId", "invoiceId");

-- CreateIndex
CREATE INDEX "UnmatchedProviderEvent_resolvedAt_idx" ON "UnmatchedProviderEvent"("resolvedAt");

-- CreateIndex
CREATE UNIQUE INDEX "UnmatchedProviderEvent_source_eventId_key" ON "UnmatchedProviderEvent"("source", "eventId");
