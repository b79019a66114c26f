// When automation hands over to a person (the product brief's escalation rule): a high-value
// invoice that is still unanswered after a few touchpoints gets a personal outreach task (and is
// flagged), and a sequence that has sent its last step hands over with a task instead of
// silently ending. Both run in the transaction of the activity that noticed.
import { decimalToMinor, toMinor } from '../domain/money';
import type { Invoice } from '../generated/prisma/client';
import { money, type Tx } from './invoiceStore';
import { openTask, type TaskSettings } from './tasks';
import { recordEvent } from './timeline';

/** After a touchpoint was sent: opens the personal outreach task once, when the rule holds. */
export async function escalateUnanswered(tx: Tx, s: TaskSettings, inv: Pick<Invoice, 'id' | 'customerId' | 'number' | 'currency' | 'amountDue' | 'escalatedAt'>, now: Date): Promise<void> {
  const threshold = s.highValue[inv.currency];
  if (threshold === undefined || inv.escalatedAt || decimalToMinor(inv.amountDue, 4) < toMinor(threshold, 4)!) return;
  const [facts] = await tx.$queryRaw<{ sent: number; answered: number }[]>`
    WITH sent AS (SELECT "sentAt" FROM "Message" WHERE "invoiceId" = ${inv.id}::uuid AND status = 'sent' AND kind <> 'answer')
    SELECT (SELECT count(*) FROM sent)::int AS sent,
           (SELECT count(*) FROM "InboundMessage" im JOIN "Conversation" c ON c.id = im."conversationId"
             WHERE c."customerId" = ${inv.customerId}::uuid AND NOT im."autoReply" AND im."receivedAt" >= (SELECT min("sentAt") FROM sent))::int AS answered`;
  if (!facts || facts.sent < s.outreachAfterTouchpoints || facts.answered > 0) return;
  const reason = `high-value invoice ${inv.number} (${money(inv.amountDue, inv.currency)}) has had no answer after ${facts.sent} touchpoints`;
  await tx.invoice.update({ where: { id: inv.id }, data: { escalatedAt: now } });
  await recordEvent(tx, inv.id, 'handed_to_person', 'remit', { reason, task: 'personal_outreach' });
  await openTask(tx, s, { type: 'personal_outreach', customerId: inv.customerId, invoiceIds: [inv.id], reason, actor: 'remit' }, now);
}

/** The sequence has no step left and the invoice is unpaid: a person takes it from here. */
export async function handOver(tx: Tx, s: TaskSettings, invoiceId: string, now: Date): Promise<void> {
  const [inv] = await tx.$queryRaw<Invoice[]>`SELECT * FROM "Invoice" WHERE id = ${invoiceId}::uuid FOR UPDATE`;
  if (!inv || (inv.status !== 'open' && inv.status !== 'paused')) return;
  // Once per invoice: a behaviour follow-up after the last step ends the sequence again.
  const [seen] = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "Task" WHERE type = 'handover' AND ${invoiceId}::uuid = ANY("invoiceIds") LIMIT 1`;
  if (seen) return;
  const reason = `the sequence for ${inv.number} has ended with ${money(inv.amountDue, inv.currency)} still due`;
  await openTask(tx, s, { type: 'handover', customerId: inv.customerId, invoiceIds: [inv.id], reason, actor: 'remit' }, now);
}
