// What each intent of a customer's message does to the invoices it is about (docs/intent.md,
// "What each intent does"): a dispute holds only the disputed invoice, "paid already" holds it
// until a payment arrives or a person has looked, "wrong person" holds every invoice of that
// contact and blocks the address, a dated promise holds until its deadline; anything a person
// must answer opens a task with the conversation attached. Runs in the message's transaction.
import type { Channel } from '../domain/channel';
import { pauseColumns, type PauseInfo } from '../domain/invoiceState';
import type { ReplyIntent, ReplyReading } from '../domain/intent/types';
import { TASK_FOR_INTENT, type TaskType } from '../domain/tasks';
import type { Invoice } from '../generated/prisma/client';
import { openDispute } from './disputes';
import { blockChannel } from './providerEventInbox';
import { RemitError } from './errors';
import { tellFollowUp } from './invoiceChanges';
import type { Tx } from './invoiceStore';
import { makePromise, type PromiseSettings } from './promises';
import { closeTasksFor, openTask, type TaskSettings } from './tasks';
import { recordEvent } from './timeline';

export interface ReplyContext {
  tx: Tx;
  customerId: string;
  conversationId: string;
  inboundMessageId: string;
  /** Where it came from: a channel, or the self-service page. */
  channel: Channel | 'page';
  reading: ReplyReading;
  /** What was read (the evidence spans point into it). */
  text: string;
  receivedAt: Date;
  timeZone: string;
  tasks: TaskSettings;
  promises: PromiseSettings;
}

/** Applies a person's message (not an auto-reply) to its locked invoices; returns each as it now is. */
export async function actOnReply(c: ReplyContext, locked: Invoice[]): Promise<Invoice[]> {
  const out = new Map(locked.map((i) => [i.id, i]));
  const open = locked.filter((i) => i.status === 'open' || i.status === 'paused');
  const handled = new Set<string>();
  const intent = (name: string) => c.reading.intents.find((i) => i.intent === name);

  const dispute = intent('dispute');
  if (dispute) {
    for (const inv of invoicesMeant(dispute, open, c.reading, c.text)) {
      const { invoice } = await openDispute(c.tx, inv, {
        reason: dispute.reason ?? 'other', source: c.channel === 'page' ? 'page' : 'reply', actor: 'customer', evidence: dispute.evidence.text,
        inboundMessageId: c.inboundMessageId, conversationId: c.conversationId,
      }, c.tasks, c.receivedAt);
      out.set(inv.id, invoice);
      handled.add(inv.id);
    }
  }

  const wrong = intent('wrong_person');
  if (wrong) {
    await blockAddress(c);
    const held = await holdEach(c, open.filter((i) => !handled.has(i.id)), { kind: 'wrong_person', reason: 'the customer says this is the wrong person' }, out, handled);
    await task(c, 'fix_contact', held.length ? held : open, `wrong person: "${wrong.evidence.text}"`);
  }

  const paid = intent('paid_already');
  if (paid) {
    const claimed = invoicesMeant(paid, open.filter((i) => !handled.has(i.id)), c.reading, c.text);
    const held = await holdEach(c, claimed, { kind: 'payment_claimed', reason: 'the customer says it is paid' }, out, handled);
    if (held.length) await task(c, 'verify_payment', held, `customer says it is paid: "${paid.evidence.text}"`);
  }

  const promise = intent('promise_to_pay');
  const toPromise = promise?.payments?.length ? invoicesMeant(promise, open.filter((i) => !handled.has(i.id)), c.reading, c.text) : [];
  const promised = toPromise.length ? promiseTerms(promise!, toPromise.length) : undefined;
  if (promised) {
    for (const inv of toPromise) {
      const kept = await promiseFromReply(c, inv, promised);
      if (kept) {
        out.set(inv.id, kept);
        handled.add(inv.id);
      }
    }
  }

  // Everything else a person must answer: one task per kind, with the conversation attached.
  let asked = 0;
  for (const i of c.reading.intents) {
    const type = TASK_FOR_INTENT[i.intent];
    if (!type || type === 'dispute' || type === 'fix_contact' || type === 'verify_payment') continue;
    if (i.intent === 'promise_to_pay' && promised) continue;
    await task(c, type, locked, `${i.intent.replaceAll('_', ' ')}: "${i.evidence.text}"`);
    asked++;
  }
  if (!asked && c.reading.lowConfidence && !dispute && !wrong && !paid) await task(c, 'reply', locked, 'a message Remit could not read with confidence');

  // The rest stop for a person to read the message (unless a promise already holds them).
  for (const inv of open.filter((i) => !handled.has(i.id))) out.set(inv.id, await holdForReply(c, out.get(inv.id)!));
  return locked.map((i) => out.get(i.id)!);
}

/** A payment arrived: the customer's word that it was paid is settled, and the hold it put on the invoice ends. */
export async function settleClaimedPayment(tx: Tx, inv: Invoice): Promise<Invoice> {
  await closeTasksFor(tx, { invoiceId: inv.id, types: ['verify_payment'] }, 'payment_received', 'remit');
  if (inv.status !== 'paused' || inv.pauseKind !== 'payment_claimed') return inv;
  await recordEvent(tx, inv.id, 'follow_up_resumed', 'remit', { reason: 'the payment the customer spoke of arrived' });
  return tx.invoice.update({ where: { id: inv.id }, data: { status: 'open', ...pauseColumns(undefined) } });
}

/**
 * The invoices an intent is about. An invoice named by number belongs to the intent whose words
 * are nearest ("INV-12 is wrong, we never ordered it. I'll pay INV-11 on Friday"); an intent
 * near no number is about the invoices no other intent took, or the one it points at ("the
 * second one", in the order they were sent); else all of them.
 */
export function invoicesMeant(intent: ReplyIntent, invoices: Invoice[], reading: ReplyReading, text: string): Invoice[] {
  const lower = text.toLowerCase();
  const mentions = invoices.flatMap((inv) => {
    const at = inv.number.length >= 3 ? lower.indexOf(inv.number.toLowerCase()) : -1;
    return at >= 0 ? [{ inv, start: at, end: at + inv.number.length }] : [];
  });
  const nearest = (m: { start: number; end: number }) =>
    reading.intents.reduce((best, i) => (gap(m, i.evidence) < gap(m, best.evidence) ? i : best), reading.intents[0]!);
  const mine = mentions.filter((m) => nearest(m) === intent).map((m) => m.inv);
  if (mine.length) return mine;
  const rest = invoices.filter((inv) => !mentions.some((m) => m.inv === inv));
  const words = intent.evidence.text.toLowerCase();
  const ordinal = ORDINALS.findIndex((forms) => forms.some((w) => new RegExp(`\\b${w}\\b`).test(words)));
  if (ordinal >= 0 && rest.length > 1) {
    const inv = ordinal === ORDINALS.length - 1 ? rest.at(-1) : rest[ordinal];
    if (inv) return [inv];
  }
  return rest.length ? rest : invoices;
}

/** Characters between a mention and an intent's words (0 inside them). */
const gap = (m: { start: number; end: number }, e: { start: number; end: number }) => (m.end <= e.start ? e.start - m.end : m.start >= e.end ? m.start - e.end : 0);

/** first, second, third, then last: as customers point at one of several invoices. */
const ORDINALS = [['first', 'primera', 'primero', 'premi[eè]re'], ['second', 'segunda', 'segundo', 'seconde', 'deuxi[eè]me'], ['third', 'tercera', 'tercero', 'troisi[eè]me'], ['last', 'latest', '[uú]ltima', 'derni[eè]re']];

async function holdEach(c: ReplyContext, invoices: Invoice[], hold: { kind: PauseInfo['kind']; reason: string }, out: Map<string, Invoice>, handled: Set<string>): Promise<Invoice[]> {
  for (const inv of invoices) {
    const pause: PauseInfo = { kind: hold.kind, actor: 'customer', reason: hold.reason, since: c.receivedAt.toISOString() };
    out.set(inv.id, await tellFollowUp(c.tx, await c.tx.invoice.update({ where: { id: inv.id }, data: { status: 'paused', ...pauseColumns(pause) } })));
    handled.add(inv.id);
  }
  return invoices;
}

async function task(c: ReplyContext, type: TaskType, invoices: Invoice[], reason: string) {
  await openTask(c.tx, c.tasks, {
    type, customerId: c.customerId, invoiceIds: invoices.map((i) => i.id), reason, actor: 'customer',
    conversationId: c.conversationId, inboundMessageId: c.inboundMessageId,
  }, c.receivedAt);
}

/** "Wrong number" / "not me": nothing more goes to that address until the contact changes (PATCH /v1/customers/:id). */
async function blockAddress(c: ReplyContext) {
  const channels: Channel[] = c.channel === 'email' ? ['email'] : c.channel === 'page' ? [] : ['sms', 'whatsapp'];
  for (const channel of channels) await blockChannel(c.tx, c.customerId, channel, 'wrong person', 'wrong_person');
}

/** A person's message stops the follow-up until someone resumes it, unless a promise already holds it. */
async function holdForReply(c: ReplyContext, inv: Invoice): Promise<Invoice> {
  if (inv.status === 'paused' && inv.pauseKind === 'promise' && inv.pausedUntil && inv.pausedUntil.getTime() > Date.now()) return inv;
  const pause: PauseInfo = { kind: 'reply', actor: 'customer', reason: c.channel === 'page' ? 'customer answered on the invoice page' : `customer replied by ${c.channel}`, since: c.receivedAt.toISOString() };
  return tellFollowUp(c.tx, await c.tx.invoice.update({ where: { id: inv.id }, data: { status: 'paused', ...pauseColumns(pause) } }));
}

/**
 * The promise a reply makes for each invoice: the last day it names (split payments end there),
 * for the whole balance unless it is one payment of a stated amount about one invoice.
 */
function promiseTerms(intent: ReplyIntent, invoices: number): { day: string; amount?: string; evidence: string } {
  const parts = intent.payments!;
  const day = parts.map((p) => p.date).sort().at(-1)!;
  const amount = invoices === 1 && parts.length === 1 ? parts[0]!.amount : undefined;
  return { day, ...(amount ? { amount } : {}), evidence: intent.evidence.text };
}

/** A dated promise holds the invoice until its deadline; one that cannot be held (a day past) leaves a plain reply. */
async function promiseFromReply(c: ReplyContext, inv: Invoice, promised: { day: string; amount?: string; evidence: string }): Promise<Invoice | undefined> {
  try {
    const source = c.channel === 'page' ? 'page' : 'reply';
    return (await makePromise(c.tx, inv, c.timeZone, { ...promised, source, actor: 'customer', inboundMessageId: c.inboundMessageId }, c.promises)).invoice;
  } catch (err) {
    // The page's own date picker: the customer is told there (a 422) rather than held for nothing.
    if (err instanceof RemitError && err.status < 500 && c.channel !== 'page') return undefined;
    throw err;
  }
}
