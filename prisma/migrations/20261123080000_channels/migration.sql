-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "lastInboundAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Sequence" ADD COLUMN     "defaultChannel" TEXT NOT NULL DEFAULT 'email';

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "disputed" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Reply" ADD COLUMN     "providerMessageId" TEXT;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "channelReason" TEXT,
ADD COLUMN     "clickedAt" TIMESTAMP(3),
ADD COLUMN     "deliveredAt" TIMESTAMP(3),
ADD COLUMN     "deliveryRank" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "deliveryStatus" TEXT,
ADD COLUMN     "errorCode" TEXT,
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'step',
ADD COLUMN     "openedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "OptOut" (
    "id" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OptOut_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelBlock" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "code" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChannelBlock_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OptOut_channel_address_key" ON "OptOut"("channel", "address");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelBlock_customerId_channel_key" ON "ChannelBlock"("customerId", "channel");

-- CreateIndex
CREATE INDEX "Customer_phone_idx" ON "Customer"("phone");

-- CreateIndex
CREATE INDEX "Customer_email_idx" ON "Customer"("email");

-- AddForeignKey
ALTER TABLE "ChannelBlock" ADD CONSTRAINT "ChannelBlock_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

