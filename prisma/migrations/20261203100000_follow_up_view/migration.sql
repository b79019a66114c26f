-- CreateTable: the follow-up as its workflow last published it (what GET /v1/invoices/:id
-- shows), written by the invoice's creation and by the workflow's activities.
CREATE TABLE "FollowUpView" (
    "invoiceId" UUID NOT NULL,
    "state" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUpView_pkey" PRIMARY KEY ("invoiceId")
);

-- AddForeignKey
ALTER TABLE "FollowUpView" ADD CONSTRAINT "FollowUpView_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
