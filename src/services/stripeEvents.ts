// What Stripe tells us: payments (invoice.paid, invoice_payment.paid, payment_intent.succeeded,
// checkout.session.completed), voids, refunds and disputes. Routing to an invoice is by
// metadata or the Stripe invoice id as externalId; a refund or dispute by the payment's link
// recorded when it was paid, else the Stripe API, else it is kept for a person. Recorded once
// by event id (providerEventInbox.ts).
import Stripe from 'stripe';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { currencyDigits, decimalToMinor, fromMinor } from '../domain/money';
import { isUniqueViolation, RemitError } from './errors';
import type { FollowUpService } from './followUps';
import { findInvoice } from './invoiceStore';
import { openInvoicesOf, outcome, receiveProviderEvent, type Outcome, type ProviderEventResult } from './providerEventInbox';
import { recordEvent } from './timeline';

export class StripeEvents {
  /** Looks up refunded or disputed payments Remit has no link for (STRIPE_API_KEY). */
  private readonly stripeApi: Stripe | undefined;

  constructor(
    private readonly db: Db,
    private readonly followUps: FollowUpService,
    private readonly logger: Logger,
    stripeApiKey?: string,
    stripeApiBaseUrl?: string,
  ) {
    this.stripeApi = stripeApiKey ? stripeClient(stripeApiKey, stripeApiBaseUrl) : undefined;
  }

  async event(event: Stripe.Event): Promise<ProviderEventResult> {
    return receiveProviderEvent(this.db, 'stripe', event.id, event.type, event, async () => {
      const obj = event.data.object as unknown as Record<string, unknown>;
      const takeBack = TAKE_BACKS.has(event.type);
      const match = await this.stripeMatch(obj, takeBack);
      if ('reason' in match) return takeBack ? this.stripeUnmatched(event, obj, match) : outcome('ignored', match.reason);
      const { ref } = match;
      const source = 'stripe';
      const currency = typeof obj.currency === 'string' ? obj.currency.toUpperCase() : undefined;
      const amount = (minor: unknown) => fromMinor(BigInt(Number(minor ?? 0)), currencyDigits(currency ?? 'USD'));
      let r: { invoiceId: string } | undefined;
      let detail: string | undefined;
      switch (event.type) {
        case 'invoice.paid': // also sent when an invoice is marked paid out of band
          r = await this.followUps.payments.settle(ref, { reference: settledBy(obj) ?? idOf(obj.payment_intent) ?? `stripe:${String(obj.id)}` }, source, event.id);
          break;
        case 'invoice_payment.paid':
          ({ r, detail } = await this.applyInvoicePayment(ref, obj, event.id));
          break;
        case 'payment_intent.succeeded':
          r = await this.followUps.payments.record(ref, { amount: amount(obj.amount_received), currency: currency!, reference: String(obj.id) }, source, event.id);
          break;
        case 'checkout.session.completed':
          if (obj.payment_status !== 'paid') return outcome('ignored', `payment_status is ${String(obj.payment_status)}`);
          r = await this.followUps.payments.record(ref, { amount: amount(obj.amount_total), currency: currency!, reference: idOf(obj.payment_intent) ?? String(obj.id) }, source, event.id);
          break;
        case 'invoice.voided':
        case 'invoice.marked_uncollectible':
          r = await this.followUps.voidInvoice(ref, { actor: 'stripe', reason: event.type }, source).catch((err: unknown) => {
            if (err instanceof RemitError && err.code === 'invoice_paid') return undefined; // paid wins over a late void
            throw err;
          });
          detail = r ? undefined : 'invoice is paid';
          break;
        case 'charge.refunded': {
          // amount_refunded is cumulative: apply what is new since the last report for this charge.
          const total = BigInt(Number(obj.amount_refunded ?? 0));
          r = await this.followUps.payments.recordRefund(ref, { amount: amount(total), currency: currency!, reference: `${String(obj.id)}:${total}`, totalOf: String(obj.id) }, source, event.id);
          break;
        }
        case 'charge.dispute.created':
          r = await this.followUps.markDisputed(ref, 'stripe', { note: `payment disputed (${String(obj.reason ?? 'no reason given')})`, ...(typeof obj.id === 'string' ? { stripeDisputeId: obj.id } : {}) });
          break;
        default:
          return outcome('ignored', `event type ${event.type} is not used`);
      }
      if (r) for (const p of stripePaymentsOf(obj)) await this.linkStripePayment(r.invoiceId, p, event.type);
      return outcome(r ? 'applied' : 'ignored', detail, r?.invoiceId);
    });
  }

  /**
   * The Remit invoice a Stripe object is about: its metadata, the Stripe invoice's id as
   * externalId, then, for a refund or dispute, the payment's recorded link or (with
   * STRIPE_API_KEY) what the Stripe API says the payment paid.
   */
  private async stripeMatch(obj: Record<string, unknown>, takeBack: boolean): Promise<StripeMatch> {
    const ref = await this.stripeInvoiceRef(obj);
    if (ref) return { ref };
    if (!takeBack) return { reason: 'no Remit invoice matches (externalId or metadata.remit_invoice_id)' };
    const payment = stripePaymentsOf(obj)[0] ?? {};
    const local = await this.linkedInvoices(payment);
    const found = local.length === 0 && this.stripeApi ? await this.lookUpStripePayment(payment) : { invoiceIds: local, stripeInvoices: [] };
    const customer = idOf(obj.customer) ?? found.customer;
    const names = [payment.chargeId, payment.paymentIntentId].filter(Boolean).join(' / ') || 'the payment';
    if (found.invoiceIds.length === 1) return { ref: found.invoiceIds[0]! };
    if (found.invoiceIds.length > 1) return { reason: `${names} paid ${found.invoiceIds.length} Remit invoices; a person must decide which one this concerns`, invoiceIds: found.invoiceIds, customer };
    const asked = !this.stripeApi
      ? 'and STRIPE_API_KEY is not set to ask Stripe'
      : found.stripeInvoices.length
        ? `and Stripe says it paid ${found.stripeInvoices.join(', ')}, which Remit does not have`
        : 'nor does Stripe link it to an invoice';
    return { reason: `no Remit invoice matches ${names}: no payment link was recorded for it, ${asked}`, customer };
  }

  /** Remit id or externalId: metadata.remit_invoice_id first, else the Stripe invoice id as externalId. */
  private async stripeInvoiceRef(obj: Record<string, unknown>): Promise<string | undefined> {
    const metadata = (obj.metadata ?? {}) as Record<string, string>;
    const candidates = [
      metadata.remit_invoice_id,
      typeof obj.object === 'string' && obj.object === 'invoice' ? String(obj.id) : undefined,
      // API versions before 2025-03-31 (charges, payment intents) and invoice payments.
      idOf(obj.invoice),
    ].filter((c): c is string => Boolean(c));
    for (const c of candidates) {
      const id = await this.remitInvoiceId(c);
      if (id) return id;
    }
    return undefined;
  }

  private async remitInvoiceId(ref: string): Promise<string | undefined> {
    try {
      return (await findInvoice(this.db, ref)).id;
    } catch (err) {
      if (!(err instanceof RemitError)) throw err;
      return undefined;
    }
  }

  /**
   * One payment towards a Stripe invoice: the rest of what is due settles it, less lowers
   * what is due. An invoice already paid takes no more (invoice.paid may have come first).
   */
  private async applyInvoicePayment(ref: string, obj: Record<string, unknown>, eventId: string) {
    const inv = await findInvoice(this.db, ref);
    if (inv.status === 'paid') return { r: { invoiceId: inv.id }, detail: 'invoice is already paid' };
    const currency = String(obj.currency).toUpperCase();
    const digits = currencyDigits(currency);
    const paid = BigInt(Number(obj.amount_paid ?? 0));
    const reference = paymentReference(obj.payment) ?? String(obj.id);
    const settles = currency === inv.currency && paid >= decimalToMinor(inv.amountDue, digits);
    if (settles) return { r: await this.followUps.payments.settle(ref, { reference }, 'stripe', eventId) };
    // Another currency is refused there.
    return { r: await this.followUps.payments.record(ref, { amount: fromMinor(paid, digits), currency, reference }, 'stripe', eventId) };
  }

  /** Remembers which Stripe payment paid the invoice, so its refunds and disputes find it later. */
  private async linkStripePayment(invoiceId: string, link: StripePaymentLinkInput, source: string): Promise<void> {
    const known = defined(link);
    if (!known.paymentIntentId && !known.chargeId) return;
    const same = (['paymentIntentId', 'chargeId', 'invoicePaymentId'] as const).filter((k) => known[k]).map((k) => ({ [k]: known[k] }));
    try {
      const existing = await this.db.stripePaymentLink.findFirst({ where: { invoiceId, OR: same }, select: { id: true } });
      if (existing) await this.db.stripePaymentLink.update({ where: { id: existing.id }, data: known });
      else await this.db.stripePaymentLink.create({ data: { invoiceId, source, ...known } });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err; // the same link, written by a concurrent event
    }
  }

  /** The invoices a payment was linked to when it was applied (by its charge or its payment intent). */
  private async linkedInvoices(p: StripePayment): Promise<string[]> {
    const or = [...(p.chargeId ? [{ chargeId: p.chargeId }] : []), ...(p.paymentIntentId ? [{ paymentIntentId: p.paymentIntentId }] : [])];
    if (or.length === 0) return [];
    const links = await this.db.stripePaymentLink.findMany({ where: { OR: or }, select: { invoiceId: true }, distinct: ['invoiceId'] });
    return links.map((l) => l.invoiceId);
  }

  /**
   * Asks Stripe which invoice a payment paid: the charge's payment intent, that intent's invoice
   * payments, else the intent's metadata.remit_invoice_id. What it finds is linked for next time.
   */
  private async lookUpStripePayment(payment: StripePayment): Promise<StripeLookup> {
    const stripe = this.stripeApi!;
    const { chargeId } = payment;
    let { paymentIntentId } = payment;
    let customer: string | undefined;
    if (!paymentIntentId && chargeId) {
      const charge = await unlessMissing(stripe.charges.retrieve(chargeId));
      paymentIntentId = idOf(charge?.payment_intent);
      customer = idOf(charge?.customer);
    }
    // Invoice payments can be searched by payment intent, not by a bare charge.
    if (!paymentIntentId) return { invoiceIds: [], stripeInvoices: [], customer };
    const linked = await this.linkedInvoices({ paymentIntentId });
    if (linked.length) return { invoiceIds: linked, stripeInvoices: [], customer };

    const invoiceIds = new Set<string>();
    const stripeInvoices: string[] = [];
    const paid = await stripe.invoicePayments.list({ payment: { type: 'payment_intent', payment_intent: paymentIntentId }, status: 'paid', limit: 10 });
    for (const ip of paid.data) {
      const stripeInvoiceId = idOf(ip.invoice);
      if (!stripeInvoiceId) continue;
      stripeInvoices.push(stripeInvoiceId);
      const id = await this.remitInvoiceId(stripeInvoiceId);
      if (!id) continue;
      invoiceIds.add(id);
      await this.linkStripePayment(id, { paymentIntentId, chargeId, invoicePaymentId: ip.id, stripeInvoiceId }, 'lookup');
    }
    if (invoiceIds.size === 0) {
      // A payment taken outside Stripe Invoicing (Remit's own payment link) names the invoice in its metadata.
      const intent = await unlessMissing(stripe.paymentIntents.retrieve(paymentIntentId));
      customer ??= idOf(intent?.customer);
      const ref = intent?.metadata?.remit_invoice_id;
      const id = ref ? await this.remitInvoiceId(ref) : undefined;
      if (id) {
        invoiceIds.add(id);
        await this.linkStripePayment(id, { paymentIntentId, chargeId }, 'lookup');
      }
    }
    return { invoiceIds: [...invoiceIds], stripeInvoices, customer };
  }

  /**
   * A refund or dispute no invoice could be found for: kept for a person (UnmatchedProviderEvent,
   * counted by /healthz) and written on the timelines it may concern, never silently dropped.
   */
  private async stripeUnmatched(event: Stripe.Event, obj: Record<string, unknown>, miss: StripeMiss): Promise<Outcome> {
    const { reason } = miss;
    const customer = miss.customer ? await this.db.customer.findUnique({ where: { externalId: miss.customer }, select: { id: true } }) : null;
    const currency = typeof obj.currency === 'string' ? obj.currency.toUpperCase() : undefined;
    const minor = obj.object === 'charge' ? obj.amount_refunded : obj.amount;
    const detail = defined({
      ...stripePaymentsOf(obj)[0],
      ...(currency && minor !== undefined ? { amount: fromMinor(BigInt(Number(minor)), currencyDigits(currency)), currency } : {}),
      stripeCustomerId: miss.customer,
    });
    const invoiceIds = miss.invoiceIds ?? (customer ? (await openInvoicesOf(this.db, [customer.id])).map((i) => i.id) : []);
    await this.db.$transaction(async (tx) => {
      const { count } = await tx.unmatchedProviderEvent.createMany({
        data: [{ source: 'stripe', eventId: event.id, type: event.type, reason, customerId: customer?.id ?? null, detail }],
        skipDuplicates: true, // an event retried after a failure half-way
      });
      if (count) for (const id of invoiceIds) await recordEvent(tx, id, 'stripe_payment_unmatched', 'stripe', { eventId: event.id, type: event.type, reason, ...detail });
    });
    this.logger.warn('Stripe refund or dispute matches no invoice', { eventId: event.id, type: event.type, reason });
    return outcome('unmatched', reason);
  }
}

/** The events that take a payment back: they must reach their invoice, or a person. */
const TAKE_BACKS = new Set(['charge.refunded', 'charge.dispute.created']);

interface StripePayment {
  paymentIntentId?: string | undefined;
  chargeId?: string | undefined;
}

interface StripePaymentLinkInput extends StripePayment {
  invoicePaymentId?: string | undefined;
  stripeInvoiceId?: string | undefined;
}

interface StripeLookup {
  invoiceIds: string[];
  /** Stripe invoices the payment paid (whether Remit has them or not). */
  stripeInvoices: string[];
  customer?: string | undefined;
}

interface StripeMiss {
  reason: string;
  /** Several invoices the payment paid (the match is ambiguous). */
  invoiceIds?: string[];
  /** The Stripe customer id. */
  customer?: string | undefined;
}

type StripeMatch = { ref: string } | StripeMiss;

/** `o` without its undefined (or empty) fields. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T;
}

/** An id, or the id of an expanded object. */
function idOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  return typeof v === 'object' && v && 'id' in v ? String((v as { id: unknown }).id) : undefined;
}

/** The id an InvoicePayment's `payment` names: its payment intent, else its charge. */
function paymentReference(payment: unknown): string | undefined {
  const p = (payment ?? {}) as { payment_intent?: unknown; charge?: unknown };
  return idOf(p.payment_intent) ?? idOf(p.charge);
}

/** The payments a Stripe object names (an invoice's `payments`, when expanded, are its InvoicePayments). */
function stripePaymentsOf(obj: Record<string, unknown>): StripePaymentLinkInput[] {
  const invoicePayment = (ip: Record<string, unknown>): StripePaymentLinkInput => {
    const p = (ip.payment ?? {}) as Record<string, unknown>;
    return { paymentIntentId: idOf(p.payment_intent), chargeId: idOf(p.charge), invoicePaymentId: idOf(ip.id), stripeInvoiceId: idOf(ip.invoice) };
  };
  switch (obj.object) {
    case 'invoice': {
      const listed = ((obj.payments as { data?: Record<string, unknown>[] } | undefined)?.data ?? []).filter((ip) => ip.status === 'paid');
      // Before API version 2025-03-31 the invoice named its payment intent and charge itself.
      const legacy = { paymentIntentId: idOf(obj.payment_intent), chargeId: idOf(obj.charge), stripeInvoiceId: String(obj.id) };
      return [...listed.map(invoicePayment), legacy];
    }
    case 'invoice_payment':
      return [invoicePayment(obj)];
    case 'charge':
      return [{ chargeId: String(obj.id), paymentIntentId: idOf(obj.payment_intent) }];
    case 'payment_intent':
      return [{ paymentIntentId: String(obj.id), chargeId: idOf(obj.latest_charge) }];
    case 'checkout.session':
      return [{ paymentIntentId: idOf(obj.payment_intent) }];
    case 'dispute':
    case 'refund':
      return [{ chargeId: idOf(obj.charge), paymentIntentId: idOf(obj.payment_intent) }];
    default:
      return [];
  }
}

/** The payment that completed an invoice, from its expanded `payments`: the last one paid. */
function settledBy(invoice: Record<string, unknown>): string | undefined {
  const paid = ((invoice.payments as { data?: Record<string, unknown>[] } | undefined)?.data ?? []).filter((ip) => ip.status === 'paid');
  const at = (ip: Record<string, unknown>) => Number((ip.status_transitions as { paid_at?: number } | undefined)?.paid_at ?? 0);
  const last = paid.sort((a, b) => at(a) - at(b)).at(-1);
  return last ? paymentReference(last.payment) : undefined;
}

/** A 404 from Stripe (resource_missing) is an answer: there is no such object. Anything else is thrown, so Stripe sends the event again. */
async function unlessMissing<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (err) {
    if (err instanceof Stripe.errors.StripeInvalidRequestError && err.code === 'resource_missing') return undefined;
    throw err;
  }
}

/** The Stripe SDK, pointed at `baseUrl` when one is given (a proxy, or the tests' fake). */
function stripeClient(apiKey: string, baseUrl?: string): Stripe {
  const url = baseUrl ? new URL(baseUrl) : undefined;
  const protocol = url?.protocol === 'http:' ? 'http' : 'https';
  return new Stripe(apiKey, {
    // A lookup runs while Stripe waits for the webhook's answer: a slow one fails the event, and Stripe sends it again.
    timeout: 5_000,
    maxNetworkRetries: 1,
    ...(url ? { host: url.hostname, port: url.port || (protocol === 'http' ? 80 : 443), protocol } : {}),
  });
}
