// What people read: the conversations (newest activity first) and one conversation's messages
// in order, both ways, across channels and invoices; and the invoice list. Reads only.
import type { Db } from '../db';
import { ANSWER_KIND } from '../domain/customerAnswer';
import type { ReplyReading } from '../domain/intent/types';
import { Prisma } from '../generated/prisma/client';
import { notFound } from './errors';
import { findCustomer, isUuid, money } from './invoiceStore';
import { decodeCursor, page, pageSize } from './pages';

/** A conversation shows its newest messages; older ones are rarely what a person needs. */
export const CONVERSATION_MESSAGE_LIMIT = 500;

export interface ConversationFilters {
  status?: string;
  assignee?: string;
  intent?: string;
  customer?: string;
  cursor?: string;
  limit?: string;
}

interface ConversationRow {
  id: string;
  status: string;
  assignee: string | null;
  lastActivityAt: Date;
  lastInboundAt: Date | null;
  lastIntents: string[];
  customerId: string;
  customerExternalId: string;
  customerName: string | null;
}

/** A conversation with its customer's names, as both reads return it. */
const CONVERSATION_ROWS = Prisma.sql`
  SELECT c.id, c.status, c.assignee, c."lastActivityAt", c."lastInboundAt", c."lastIntents", c."customerId",
         cu."externalId" AS "customerExternalId", cu.name AS "customerName"
    FROM "Conversation" c JOIN "Customer" cu ON cu.id = c."customerId"`;

export async function listConversations(db: Db, f: ConversationFilters) {
  const limit = pageSize(f.limit);
  const after = decodeCursor(f.cursor);
  const customerId = f.customer ? (await findCustomer(db, f.customer)).id : undefined;
  const where = [
    f.status ? Prisma.sql`c.status = ${f.status}` : undefined,
    f.assignee ? Prisma.sql`c.assignee = ${f.assignee}` : undefined,
    f.intent ? Prisma.sql`${f.intent} = ANY(c."lastIntents")` : undefined,
    customerId ? Prisma.sql`c."customerId" = ${customerId}::uuid` : undefined,
    after ? Prisma.sql`(c."lastActivityAt", c.id) < (${after.at}, ${after.id}::uuid)` : undefined,
  ].filter((w): w is Prisma.Sql => w !== undefined);
  const rows = await db.$queryRaw<ConversationRow[]>`
    ${CONVERSATION_ROWS}
     ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, ' AND ')}` : Prisma.empty}
     ORDER BY c."lastActivityAt" DESC, c.id DESC
     LIMIT ${limit + 1}`;
  const { items, nextCursor } = page(rows, limit, (r) => ({ at: r.lastActivityAt, id: r.id }));
  const latest = await latestMessages(db, items);
  return {
    conversations: items.map((r) => ({ ...conversationHead(r), lastMessage: latest.get(r.id) ?? null })),
    nextCursor,
  };
}

function conversationHead(r: ConversationRow) {
  return {
    id: r.id,
    customer: { id: r.customerId, externalId: r.customerExternalId, name: r.customerName },
    status: r.status,
    assignee: r.assignee,
    lastActivityAt: r.lastActivityAt.toISOString(),
    lastInboundAt: r.lastInboundAt?.toISOString() ?? null,
    lastIntents: r.lastIntents,
  };
}

/** The newest message of each listed conversation, either way: two statements for the page. */
async function latestMessages(db: Db, rows: ConversationRow[]) {
  const out = new Map<string, { direction: 'inbound' | 'outbound'; channel: string; at: string; text: string }>();
  if (!rows.length) return out;
  const inbound = await db.$queryRaw<{ conversationId: string; channel: string; at: Date; text: string }[]>`
    SELECT DISTINCT ON ("conversationId") "conversationId", channel, "receivedAt" AS at, text FROM "InboundMessage"
     WHERE "conversationId" = ANY(${rows.map((r) => r.id)}::uuid[]) ORDER BY "conversationId", "receivedAt" DESC`;
  const outbound = await db.$queryRaw<{ customerId: string; channel: string; at: Date; text: string }[]>`
    SELECT DISTINCT ON (i."customerId") i."customerId", m.channel, m."sentAt" AS at, m.body AS text FROM "Message" m JOIN "Invoice" i ON i.id = m."invoiceId"
     WHERE i."customerId" = ANY(${rows.map((r) => r.customerId)}::uuid[]) AND m.status = 'sent' AND m."consolidatedInto" IS NULL
     ORDER BY i."customerId", m."sentAt" DESC`;
  const outByCustomer = new Map(outbound.map((m) => [m.customerId, m]));
  for (const r of rows) {
    const i = inbound.find((m) => m.conversationId === r.id);
    const o = outByCustomer.get(r.customerId);
    const pick = i && (!o || i.at >= o.at) ? { direction: 'inbound' as const, ...i } : o ? { direction: 'outbound' as const, ...o } : undefined;
    if (pick) out.set(r.id, { direction: pick.direction, channel: pick.channel, at: pick.at.toISOString(), text: snippet(pick.text) });
  }
  return out;
}

const snippet = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

/** One conversation: every message both ways, oldest first (the newest CONVERSATION_MESSAGE_LIMIT). */
export async function conversationView(db: Db, id: string) {
  if (!isUuid(id)) throw notFound('conversation', id);
  const [row] = await db.$queryRaw<ConversationRow[]>`
    ${CONVERSATION_ROWS} WHERE c.id = ${id}::uuid`;
  if (!row) throw notFound('conversation', id);
  const inbound = await db.inboundMessage.findMany({ where: { conversationId: id }, orderBy: { receivedAt: 'desc' }, take: CONVERSATION_MESSAGE_LIMIT });
  const outbound = await db.message.findMany({
    // A person's answer shows from the moment it is accepted (pending, deferred, suppressed too).
    where: { invoice: { customerId: row.customerId }, OR: [{ status: { in: ['sent', 'failed'] } }, { kind: ANSWER_KIND }], consolidatedInto: null },
    orderBy: { createdAt: 'desc' },
    take: CONVERSATION_MESSAGE_LIMIT,
    include: { invoice: { select: { number: true } } },
  });
  // A consolidated message covered other invoices too (their rows point at it).
  const covered = await db.message.findMany({ where: { consolidatedInto: { in: outbound.map((m) => m.id) } }, select: { consolidatedInto: true, invoiceId: true } });
  const messages = [
    ...inbound.map((m) => ({
      id: m.id,
      direction: 'inbound' as const,
      channel: m.channel,
      at: m.receivedAt.toISOString(),
      from: m.from,
      subject: m.subject,
      text: m.text,
      autoReply: m.autoReply,
      invoiceIds: m.invoiceIds,
      intents: (m.reading as unknown as ReplyReading).intents ?? [],
      ...(m.answersMessageId ? { answers: m.answersMessageId } : {}),
    })),
    ...outbound.map((m) => ({
      id: m.id,
      direction: 'outbound' as const,
      channel: m.channel,
      at: (m.sentAt ?? m.createdAt).toISOString(),
      to: m.recipient,
      subject: m.subject,
      text: m.body,
      status: m.status,
      deliveryStatus: m.deliveryStatus,
      invoiceIds: [m.invoiceId, ...covered.filter((c) => c.consolidatedInto === m.id).map((c) => c.invoiceId)],
      actor: m.actor ?? 'remit',
      kind: m.kind,
      statusReason: m.statusReason,
    })),
  ]
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
    .slice(-CONVERSATION_MESSAGE_LIMIT);
  return { ...conversationHead(row), messages };
}

export interface InvoiceFilters {
  status?: string;
  customer?: string;
  q?: string;
  cursor?: string;
  limit?: string;
}

/** Invoices, newest first: by status, by customer, or matching `q` (number, external id, customer name or email). */
export async function listInvoices(db: Db, f: InvoiceFilters) {
  const limit = pageSize(f.limit);
  const after = decodeCursor(f.cursor);
  const customerId = f.customer ? (await findCustomer(db, f.customer)).id : undefined;
  const and: Prisma.InvoiceWhereInput[] = [];
  if (f.status) and.push(f.status === 'disputed' ? { disputed: true } : { status: f.status });
  if (customerId) and.push({ customerId });
  if (f.q) {
    // Prisma hands `contains` to LIKE as it is: escaped, % and _ are characters, not wildcards.
    const has = { contains: f.q.replace(/[\\%_]/g, (c) => `\\${c}`), mode: 'insensitive' as const };
    and.push({ OR: [{ number: has }, { externalId: has }, { customer: { name: has } }, { customer: { email: has } }] });
  }
  if (after) and.push({ OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] });
  const rows = await db.invoice.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    include: { customer: { select: { id: true, externalId: true, name: true } } },
  });
  const { items, nextCursor } = page(rows, limit, (r) => ({ at: r.createdAt, id: r.id }));
  return {
    invoices: items.map((inv) => ({
      id: inv.id,
      externalId: inv.externalId,
      number: inv.number,
      status: inv.status,
      disputed: inv.disputed,
      currency: inv.currency,
      amountOriginal: money(inv.amountOriginal, inv.currency),
      amountDue: money(inv.amountDue, inv.currency),
      dueAt: inv.dueAt.toISOString(),
      customer: inv.customer,
      createdAt: inv.createdAt.toISOString(),
    })),
    nextCursor,
  };
}
