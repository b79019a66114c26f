-- AlterTable: the pause is the invoice's own fact (who paused it, why, since when), so the
-- follow-up is told the committed state and a read needs no workflow.
ALTER TABLE "Invoice" ADD COLUMN "pauseKind" TEXT,
                      ADD COLUMN "pausedBy" TEXT,
                      ADD COLUMN "pauseReason" TEXT,
                      ADD COLUMN "pausedAt" TIMESTAMP(3);

-- Invoices paused today: the pause as their latest pausing timeline event recorded it.
UPDATE "Invoice" i SET
  "pauseKind" = CASE WHEN i."attentionReason" IS NOT NULL THEN 'attention' WHEN p.kind = 'customer_replied' THEN 'reply' ELSE 'support' END,
  "pausedBy" = CASE WHEN i."attentionReason" IS NOT NULL THEN 'remit' ELSE COALESCE(p.actor, 'support') END,
  "pauseReason" = COALESCE(i."attentionReason", CASE WHEN p.kind = 'customer_replied' THEN 'customer replied by ' || (p.detail->>'channel') ELSE p.detail->>'reason' END),
  "pausedAt" = COALESCE(p.at, i."updatedAt")
FROM (
  SELECT inv.id, e.kind, e.actor, e.detail, e.at FROM "Invoice" inv
  LEFT JOIN LATERAL (
    SELECT ev.kind, ev.actor, ev.detail, ev.at FROM "InvoiceEvent" ev
     WHERE ev."invoiceId" = inv.id AND ev.kind IN ('follow_up_paused', 'customer_replied', 'payment_disputed', 'follow_up_needs_attention')
     ORDER BY ev.at DESC LIMIT 1
  ) e ON true
  WHERE inv.status = 'paused'
) p
WHERE i.id = p.id;
