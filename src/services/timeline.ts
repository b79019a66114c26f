// The invoice timeline (GET /v1/invoices/:id/timeline): one row per thing that happened, by
// whom. Every writer (the API's services and the workflow's activities) goes through here,
// and so does the reader, which says what each event decided and why.
import type { Db } from '../db';
import { Prisma } from '../generated/prisma/client';

/**
 * The statement that records one event; also a part of a larger statement (a CTE) where a round
 * trip counts. `reportKey`: an event written again under the same key is recorded once.
 */
export function eventInsert(invoiceId: string, kind: string, actor: string, detail: Record<string, unknown>, reportKey?: string): Prisma.Sql {
  const once = reportKey ? Prisma.sql` ON CONFLICT ("reportKey") DO NOTHING` : Prisma.empty;
  return Prisma.sql`INSERT INTO "InvoiceEvent" ("invoiceId", kind, actor, detail, at, "reportKey") VALUES (${invoiceId}::uuid, ${kind}, ${actor}, ${JSON.stringify(detail)}::jsonb, ${new Date()}, ${reportKey ?? null})${once}`;
}

/** One raw statement: several are written per touchpoint, and a Prisma create costs twice a raw statement's CPU. */
export async function recordEvent(db: Db | Prisma.TransactionClient, invoiceId: string, kind: string, actor: string, detail: Record<string, unknown>, reportKey?: string): Promise<void> {
  await db.$executeRaw(eventInsert(invoiceId, kind, actor, detail, reportKey));
}

export type Decision = 'sent' | 'deferred' | 'suppressed' | 'stopped' | 'recorded';

/** How each audit event reads in the timeline: the decision it was, and why. */
export function decisionOf(kind: string, detail: Record<string, unknown>): { decision: Decision; reason: string } {
  const d = detail as Record<string, string | undefined>;
  switch (kind) {
    case 'message_sent':
      return { decision: 'sent', reason: d.consolidatedInto ? `covered by the consolidated message sent for invoice ${d.via}` : `sent by ${d.channel}${d.channelReason ? ` (${d.channelReason})` : ''}` };
    case 'message_deferred':
      return { decision: 'deferred', reason: d.reason ?? `deferred until ${d.until}` };
    case 'message_suppressed':
    case 'message_failed':
      return { decision: 'suppressed', reason: `${d.reason ?? 'failed'}${d.why ? `: ${d.why}` : d.code ? ` (${d.code})` : ''}` };
    case 'message_held':
      return { decision: 'suppressed', reason: 'held: the follow-up is paused' };
    case 'follow_up_paid':
      return { decision: 'stopped', reason: 'paid' };
    case 'follow_up_voided':
    case 'invoice_voided':
      return { decision: 'stopped', reason: `void${d.reason ? `: ${d.reason}` : ''}` };
    case 'customer_replied':
      return { decision: 'stopped', reason: `the customer replied by ${d.channel}` };
    case 'follow_up_paused':
      return { decision: 'stopped', reason: `paused${d.reason ? `: ${d.reason}` : ''}` };
    case 'follow_up_needs_attention':
      return { decision: 'stopped', reason: `flagged for a person: ${d.reason}` };
    case 'dispute_opened':
      return { decision: 'stopped', reason: `disputed (${(d.reason ?? 'other').replace(/_/g, ' ')})${d.note ? `: ${d.note}` : ''}; held until it is resolved` };
    case 'dispute_resolved':
      return { decision: 'recorded', reason: `dispute resolved: ${d.outcome === 'void' ? 'the invoice is voided' : 'the invoice stands'}${d.note ? ` (${d.note})` : ''}` };
    case 'handed_to_person':
      return { decision: 'recorded', reason: `a person takes over too: ${d.reason}` };
    case 'answer_sent':
      return { decision: 'sent', reason: `a person's answer, sent by ${d.channel ?? 'its channel'}` };
    case 'answer_deferred':
      return { decision: 'deferred', reason: `a person's answer, held${d.until ? ` until ${d.until}` : ''}${d.reason ? `: ${d.reason}` : ''}` };
    case 'answer_failed':
    case 'answer_suppressed':
      return { decision: 'suppressed', reason: `a person's answer was not sent: ${d.reason ?? d.statusReason ?? 'refused'}` };
    default:
      return { decision: 'recorded', reason: kind.replace(/_/g, ' ') };
  }
}

/** The timeline of one invoice, oldest first, each event with its decision and reason. */
export async function readTimeline(db: Db, invoiceId: string) {
  const events = await db.invoiceEvent.findMany({ where: { invoiceId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
  return {
    invoiceId,
    events: events.map((e) => {
      const detail = (e.detail ?? {}) as Record<string, unknown>;
      return { at: e.at.toISOString(), kind: e.kind, actor: e.actor, ...decisionOf(e.kind, detail), detail };
    }),
  };
}
