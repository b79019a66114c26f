// What a sequence would do for one invoice (or a sample customer) from a given time, without
// sending: the follow-up's own decision path (src/domain/followUpSimulation: the catch-up rule,
// routing, quiet hours, the frequency cap and the gap), and each message rendered as a send
// renders it. POST /v1/sequences/:name/preview.
import type { Db } from '../db';
import { simulateFollowUp } from '../domain/followUpSimulation';
import { invoiceTokenValues } from '../domain/invoiceTokens';
import { addressFor } from '../domain/routing';
import { customerZones } from '../domain/quietHours';
import { resolveDueDate, scheduleSteps } from '../domain/schedule';
import type { Channel } from '../domain/channel';
import { renderFor, subjectSourceFor, templateName, type TemplateRef } from '../domain/templates';
import { wallTimeAt } from '../domain/zonedTime';
import type { PreviewInput } from './inputs';
import { channelRefusals, footerValues, refusedChannels, sendHistory, type ComplianceSettings } from './compliance';
import { unprocessable } from './errors';
import type { FollowUpService } from './followUps';
import { findInvoice } from './invoiceStore';

export interface SequencePreviewOptions {
  db: Db;
  followUps: FollowUpService;
  settings: ComplianceSettings;
  defaultTimezone: string;
  defaultLocale: string;
  maxMessages: number;
}

export class SequencePreview {
  constructor(private readonly o: SequencePreviewOptions) {}

  /**
   * Every step of a sequence for one invoice (or a sample), as Remit would run it from `from`:
   * the catch-up rule, routing, quiet hours, the frequency cap and the gap, without sending.
   */
  async forSequence(sequenceName: string, input: PreviewInput) {
    const { db, settings } = this.o;
    const from = input.from ? Date.parse(input.from) : Date.now();
    const { steps: sequenceSteps, defaultChannel } = await this.o.followUps.sequences.get(db, sequenceName);
    const sample = !input.invoice;
    let facts: {
      invoiceKey: string;
      customer: { id?: string; name: string | null; email: string | null; phone: string | null; timezone: string | null; addressTimezone: string | null; locale: string | null };
      number: string;
      amountDue: string;
      currency: string;
      dueAt: number;
      paymentUrl: string | null;
      refused: Partial<Record<Channel, string>>;
      history: number[];
      smsSent: boolean;
    };
    if (input.invoice) {
      const inv = await findInvoice(db, input.invoice);
      const full = await db.invoice.findUniqueOrThrow({ where: { id: inv.id }, include: { customer: true } });
      const c = full.customer;
      facts = {
        invoiceKey: full.id,
        customer: c,
        number: full.number,
        amountDue: full.amountDue.toFixed(),
        currency: full.currency,
        dueAt: full.dueAt.getTime(),
        paymentUrl: full.paymentUrl,
        refused: await refusedChannels(db, settings, c),
        history: await sendHistory(db, c.id, new Date(from - Math.max(settings.cap.periodMs, settings.cap.minGapMs))),
        smsSent: c.phone ? (await db.message.count({ where: { channel: { in: ['sms', 'whatsapp'] }, recipient: c.phone, status: 'sent' } })) > 0 : false,
      };
    } else {
      const c = input.sample?.customer ?? {};
      const timezone = c.timezone ?? null;
      const tz = timezone ?? this.o.defaultTimezone;
      const dueAt = resolveDueDate(input.sample?.dueDate ?? new Date(from + 86_400_000).toISOString().slice(0, 10), tz);
      if (dueAt === undefined) throw unprocessable('validation_failed', 'sample.dueDate is not a valid date', { field: 'sample.dueDate' });
      const customer = { name: c.name ?? 'Ada Lovelace', email: c.email ?? null, phone: c.phone ?? null, timezone, addressTimezone: c.addressTimezone ?? null, locale: c.locale ?? null };
      const consents = (c.consents ?? []).map((k) => ({ ...k, address: k.address ?? addressFor(k.channel, customer) ?? '', consentedAt: new Date(k.consentedAt) }));
      facts = {
        invoiceKey: 'sample',
        customer,
        number: input.sample?.number ?? 'INV-SAMPLE',
        amountDue: input.sample?.amountDue ?? '1250.00',
        currency: input.sample?.currency ?? 'USD',
        dueAt,
        paymentUrl: input.sample?.paymentUrl ?? null,
        refused: channelRefusals(settings, { ...customer, emailIsWorkplace: c.emailIsWorkplace ?? false }, { optOuts: [], blocks: [], consents }),
        history: [],
        smsSent: false,
      };
    }

    const tz = facts.customer.timezone ?? this.o.defaultTimezone;
    const { zones, basis } = customerZones(facts.customer, settings.deploymentZones);
    const scheduled = scheduleSteps(sequenceSteps, facts.dueAt, tz);
    // The invoice is taken to stay unpaid: the preview shows what the sequence would send.
    const walk = simulateFollowUp(
      { steps: scheduled, maxMessages: this.o.maxMessages, from, sequenceDefault: defaultChannel },
      {
        invoiceKey: facts.invoiceKey,
        contact: { email: facts.customer.email, phone: facts.customer.phone },
        refusals: Object.entries(facts.refused).map(([channel, reason]) => ({ channel: channel as Channel, reason })),
        zones,
        window: settings.window,
        cap: settings.cap,
        spreadMaxMs: settings.spreadMaxMs,
        history: facts.history,
      },
    );
    let smsSent = facts.smsSent;
    const out: Record<string, unknown>[] = [];
    const local = (t: number) => Object.fromEntries(zones.map((z) => [z, localText(t, z)]));
    const row = (s: { index: number; at: number }) => ({ index: s.index, offset: sequenceSteps[s.index]!.offset, dueAt: iso(s.at) });
    // The deferrals since the last step settled: why the next send (or skip) went when it did.
    let deferrals: string[] = [];
    const because = () => (deferrals.length ? { deferredBecause: deferrals } : {});
    for (const d of walk) {
      switch (d.kind) {
        case 'skipped':
          out.push({ ...row(d.step), status: 'skipped', reason: 'catch-up: a later step was due by then, only the most recent is sent', ...because() });
          break;
        case 'deferred':
          deferrals = [...deferrals, d.reason];
          break;
        case 'not_sent':
          out.push({ ...row(d.step), status: 'not_sent', channel: d.channel, reason: d.why ?? d.reason });
          deferrals = [];
          break;
        case 'no_channel':
          out.push({ ...row(d.step), status: 'not_sent', reason: `${d.reason}; the follow-up would stop and be flagged for a person` });
          break;
        case 'done':
          for (const s of d.unsent) out.push({ ...row(s), status: 'not_sent', reason: 'the per-invoice message cap is reached' });
          break;
        case 'sent': {
          const values = {
            ...invoiceTokenValues(
              {
                invoice: { number: facts.number, amountDue: facts.amountDue, currency: facts.currency, dueAt: facts.dueAt, paymentUrl: facts.paymentUrl },
                customer: facts.customer,
                defaults: { timezone: this.o.defaultTimezone, locale: this.o.defaultLocale },
              },
              d.at,
            ),
            ...footerValues(settings, d.channel, { ...(facts.customer.id ? { customerId: facts.customer.id } : {}), address: d.to, firstToNumber: d.channel !== 'email' && !smsSent }, new Date(d.at), sample ? {} : { invoiceId: facts.invoiceKey }).values,
          };
          // Rendered as a send renders it: for the channel it lands on (a subject, the opt-out wording).
          const sequenceStep = sequenceSteps[d.step.index]!;
          const template = sequenceStep.template as TemplateRef;
          const content = renderFor(template, values, d.channel, subjectSourceFor({ kind: 'step', offset: sequenceStep.offset }));
          if (d.channel !== 'email') smsSent = true;
          out.push({
            ...row(d.step),
            status: 'send',
            sendAt: iso(d.at),
            localTime: local(d.at),
            channel: d.channel,
            channelReason: d.channelReason,
            template: templateName(template),
            ...because(),
            ...(content.subject !== undefined ? { subject: content.subject } : {}),
            body: content.body,
          });
          deferrals = [];
          break;
        }
      }
    }
    return {
      sequence: sequenceName,
      invoice: sample ? null : facts.invoiceKey,
      from: iso(from),
      zones,
      zoneBasis: basis,
      sendWindow: settings.window,
      steps: out.sort((a, b) => (a.index as number) - (b.index as number)),
      notes: ['Consolidation with other invoices of the customer is decided at send time and is not shown.'],
    };
  }
}

const iso = (t: number) => new Date(t).toISOString();

function localText(t: number, zone: string): string {
  const w = wallTimeAt(t, zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)} ${zone}`;
}

