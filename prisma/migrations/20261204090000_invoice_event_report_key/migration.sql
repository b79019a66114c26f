-- A workflow's report recorded once: a local activity re-run after a failed workflow task
-- (or an activity retried after its first attempt committed) writes the same key again.
ALTER TABLE "InvoiceEvent" ADD COLUMN "reportKey" TEXT;
CREATE UNIQUE INDEX "InvoiceEvent_reportKey_key" ON "InvoiceEvent"("reportKey");
