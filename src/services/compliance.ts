// The compliance settings of a deployment, the signed one-click unsubscribe links, and the
// facts the pure rules (src/domain: quietHours, frequencyCap, sendRules, consent) decide on,
// read from the database the same way for a real send and for a preview.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config';
import type { Db } from '../db';
import { refusal, sameAddress, type PermissionFacts } from '../domain/consent';
import { addressFor } from '../domain/routing';
import { durationMs } from '../domain/duration';
import { invoicePageToken } from '../domain/invoicePageToken';
import type { FrequencyCap } from '../domain/frequencyCap';
import { parseWindow, type SendWindow } from '../domain/quietHours';
import { CHANNELS, type Channel } from '../domain/channel';
import { consentFooterValues, type TokenValues } from '../domain/templates';
import type { Prisma } from '../generated/prisma/client';

export interface ComplianceSettings {
  window: SendWindow;
  /** Zones used when nothing is known of a customer's zone. */
  deploymentZones: string[];
  spreadMaxMs: number;
  cap: FrequencyCap;
  consentRequired: Channel[];
  /** Other invoices with a step due within this long share one message; undefined = one per invoice. */
  consolidationWindowMs: number | undefined;
  smsOptOutNotice: 'first' | 'always';
  postalAddress: string | undefined;
  /** Base of the unsubscribe links. */
  publicUrl: string;
  unsubscribeKey: Buffer;
  /** Signs the invoice page links (`/i/<token>`), which work this long after their message. */
  invoicePageKey: Buffer;
  invoicePageTtlMs: number;
}

export function complianceSettings(config: Config, webhookSecret: string): ComplianceSettings {
  const window = parseWindow(config.REMIT_SEND_WINDOW);
  if (!window) throw new Error(`REMIT_SEND_WINDOW: cannot parse ${config.REMIT_SEND_WINDOW}`);
  return {
    window: { ...window, skipWeekends: config.REMIT_NO_SEND_WEEKENDS, holidays: config.REMIT_NO_SEND_DATES },
    deploymentZones: config.REMIT_SEND_WINDOW_ZONES?.length ? config.REMIT_SEND_WINDOW_ZONES : [config.REMIT_DEFAULT_TIMEZONE],
    spreadMaxMs: durationMs(config.REMIT_SEND_WINDOW_SPREAD),
    cap: { maxMessages: config.REMIT_FREQUENCY_CAP, periodMs: durationMs(config.REMIT_FREQUENCY_PERIOD), minGapMs: durationMs(config.REMIT_MIN_GAP) },
    consentRequired: config.REMIT_CONSENT_REQUIRED,
    consolidationWindowMs: config.REMIT_CONSOLIDATION_WINDOW === 'off' ? undefined : durationMs(config.REMIT_CONSOLIDATION_WINDOW),
    smsOptOutNotice: config.REMIT_SMS_OPT_OUT_NOTICE,
    postalAddress: config.REMIT_SENDER_POSTAL_ADDRESS,
    publicUrl: (config.REMIT_PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, ''),
    // Derived, so there is no extra secret to manage; rotating the webhook secret retires old links.
    unsubscribeKey: createHmac('sha256', webhookSecret).update('remit one-click unsubscribe').digest(),
    invoicePageKey: createHmac('sha256', webhookSecret).update('remit invoice page').digest(),
    invoicePageTtlMs: durationMs(config.REMIT_INVOICE_PAGE_TTL),
  };
}

// ---- one-click unsubscribe links (RFC 8058) ------------------------------------------------

export interface UnsubscribeClaim {
  customerId: string;
  channel: 'email';
  address: string;
  /** Seconds since the epoch; links do not expire. */
  issuedAt: number;
}

const sign = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

export function unsubscribeToken(key: Buffer, claim: Omit<UnsubscribeClaim, 'channel'>): string {
  const payload = Buffer.from(JSON.stringify({ c: claim.customerId, a: claim.address, t: claim.issuedAt })).toString('base64url');
  return `${payload}.${sign(key, payload)}`;
}

export function readUnsubscribeToken(key: Buffer, token: string): UnsubscribeClaim | undefined {
  const [payload, mac, extra] = token.split('.');
  if (!payload || !mac || extra !== undefined) return undefined;
  const expected = Buffer.from(sign(key, payload));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const o = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { c?: unknown; a?: unknown; t?: unknown };
    if (typeof o.c !== 'string' || typeof o.a !== 'string' || typeof o.t !== 'number') return undefined;
    return { customerId: o.c, channel: 'email', address: o.a, issuedAt: o.t };
  } catch {
    return undefined;
  }
}

export function unsubscribeUrl(s: ComplianceSettings, customerId: string, address: string, now: Date): string {
  return `${s.publicUrl}/u/${unsubscribeToken(s.unsubscribeKey, { customerId, address, issuedAt: Math.floor(now.getTime() / 1000) })}`;
}

/** The invoice's self-service page, for the message that links it (expiring `invoicePageTtlMs` after `issuedAt`). */
export function invoicePageUrl(s: ComplianceSettings, link: { invoiceId: string; messageId?: string }, issuedAt: Date): string {
  const expiresAt = Math.floor((issuedAt.getTime() + s.invoicePageTtlMs) / 1000);
  return `${s.publicUrl}/i/${invoicePageToken(s.invoicePageKey, { ...link, expiresAt })}`;
}

/**
 * The footer of one message: in email the unsubscribe link (also for the List-Unsubscribe
 * header) and postal address, in SMS/WhatsApp the opt-out wording (in the first message to a
 * number, or always, by configuration). `customerId` absent (a preview's sample): a placeholder link.
 * With `page` (the invoice and the message), `paymentLink` is the invoice's own page, whether or not
 * the invoice has a payment URL (a preview's sample without an invoice id: a placeholder).
 */
export function footerValues(
  s: ComplianceSettings,
  channel: Channel,
  to: { customerId?: string; address: string; firstToNumber: boolean },
  at: Date,
  page?: { invoiceId?: string; messageId?: string },
): { values: TokenValues; unsubscribeUrl?: string } {
  const url = channel === 'email' ? (to.customerId ? unsubscribeUrl(s, to.customerId, to.address, at) : `${s.publicUrl}/u/…`) : undefined;
  const v = consentFooterValues(channel, url);
  return {
    values: {
      ...v,
      optOutText: s.smsOptOutNotice === 'always' || to.firstToNumber ? v.optOutText : '',
      senderAddress: channel === 'email' ? (s.postalAddress ?? '') : '',
      ...(page ? { paymentLink: page.invoiceId ? invoicePageUrl(s, { ...page, invoiceId: page.invoiceId }, at) : `${s.publicUrl}/i/…` } : {}),
    },
    ...(url ? { unsubscribeUrl: url } : {}),
  };
}

// ---- facts from the database ---------------------------------------------------------------

type Reader = Db | Prisma.TransactionClient;

interface CustomerContact {
  id: string;
  email: string | null;
  phone: string | null;
  emailIsWorkplace: boolean;
}

type OptOutFact = NonNullable<PermissionFacts['optOut']> & { channel: string; address: string };
type BlockFact = NonNullable<PermissionFacts['block']> & { channel: string };
type ConsentFact = PermissionFacts['consents'][number];

/** One row of `refusedChannels`' query: an opt-out, a channel block or a consent. */
interface FactRow {
  fact: 'optOut' | 'block' | 'consent';
  channel: string;
  address: string | null;
  reason: string | null;
  source: string | null;
  code: string | null;
  at: Date;
}

/** Why each channel may not be used for this customer (opt-out, consent, provider refusal). */
export async function refusedChannels(db: Reader, s: ComplianceSettings, customer: CustomerContact): Promise<Partial<Record<Channel, string>>> {
  // One statement for the three kinds of fact: it runs twice per touchpoint (route, then send).
  // Email addresses compare without case: Ada@Example.com unsubscribing covers ada@example.com.
  const rows = await db.$queryRaw<FactRow[]>`
    SELECT 'optOut' AS fact, channel, address, reason, source, NULL AS code, "createdAt" AS at FROM "OptOut"
      WHERE (channel = 'email' AND lower(address) = lower(${customer.email}::text))
         OR (channel IN ('sms', 'whatsapp') AND address = ${customer.phone}::text)
    UNION ALL
    SELECT 'block', channel, NULL, reason, NULL, code, "createdAt" FROM "ChannelBlock" WHERE "customerId" = ${customer.id}::uuid
    UNION ALL
    SELECT 'consent', channel, address, NULL, source, NULL, "consentedAt" FROM "Consent" WHERE "customerId" = ${customer.id}::uuid`;
  const facts = { optOuts: [] as OptOutFact[], blocks: [] as BlockFact[], consents: [] as ConsentFact[] };
  for (const r of rows) {
    if (r.fact === 'optOut') facts.optOuts.push({ channel: r.channel, address: r.address!, reason: r.reason!, source: r.source!, createdAt: new Date(r.at) });
    else if (r.fact === 'block') facts.blocks.push({ channel: r.channel, reason: r.reason!, code: r.code });
    else facts.consents.push({ channel: r.channel, address: r.address!, source: r.source!, consentedAt: new Date(r.at) });
  }
  return channelRefusals(s, customer, facts);
}

/** The same, from facts already at hand (a preview's sample customer has no rows). */
export function channelRefusals(
  s: ComplianceSettings,
  customer: Omit<CustomerContact, 'id'>,
  facts: { optOuts: OptOutFact[]; blocks: BlockFact[]; consents: PermissionFacts['consents'] },
): Partial<Record<Channel, string>> {
  const out: Partial<Record<Channel, string>> = {};
  for (const channel of CHANNELS) {
    const address = addressFor(channel, customer);
    if (!address) continue;
    const r = refusal({
      channel,
      address,
      consentRequired: s.consentRequired,
      emailIsWorkplace: customer.emailIsWorkplace,
      consents: facts.consents,
      optOut: facts.optOuts.find((o) => o.channel === channel && sameAddress(channel, o.address, address)),
      block: facts.blocks.find((b) => b.channel === channel),
    });
    if (r) out[channel] = r.reason;
  }
  return out;
}

/** When this customer's automated messages went out (all invoices and channels), one per message; a person's answers are not automated. */
export async function sendHistory(db: Reader, customerId: string, since: Date): Promise<number[]> {
  // Raw: it runs inside every send's transaction.
  const rows = await db.$queryRaw<{ sentAt: Date }[]>`
    SELECT m."sentAt" FROM "Message" m JOIN "Invoice" i ON i.id = m."invoiceId"
     WHERE i."customerId" = ${customerId}::uuid AND m.status = 'sent' AND m."consolidatedInto" IS NULL AND m.kind <> 'answer' AND m."sentAt" >= ${since}`;
  return rows.map((r) => r.sentAt.getTime());
}
