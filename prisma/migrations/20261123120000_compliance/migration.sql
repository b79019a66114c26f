-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "addressTimezone" TEXT,
ADD COLUMN     "emailIsWorkplace" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "attentionReason" TEXT;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "consolidatedInto" UUID;

-- CreateTable
CREATE TABLE "Consent" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "consentedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Consent_customerId_channel_idx" ON "Consent"("customerId", "channel");

-- CreateIndex
CREATE INDEX "Message_recipient_idx" ON "Message"("recipient");

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

