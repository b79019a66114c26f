// What the services accept: the commands of the HTTP API (and of webhooks), as zod schemas
// that validate them at the edge. The services own these shapes; src/api/schemas.ts adds the
// responses and serves both in /openapi.json. Zod stays out of the workflow bundle.
import { z } from 'zod';
import { TASK_STATUSES, TASK_TYPES } from '../domain/tasks';
import { durationMs, isOffset, offsetOrderKey } from '../domain/duration';
import { MAX_TRACKABLE_MINOR } from '../domain/ledger';
import { isAssignedE164 } from '../domain/phoneNumber';
import { currencyDigits, fromMinor, isCurrency, toMinor } from '../domain/money';
import { resolveDueDate } from '../domain/schedule';
import { CHANNELS, STEP_CHANNELS } from '../domain/channel';
import { BUILT_IN_TEMPLATES } from '../domain/templates';
import { checkStepTemplate } from '../domain/templateChecks';
import { isValidTimeZone } from '../domain/zonedTime';
import { DISPUTE_REASONS, REPLY_INTENTS } from '../domain/intent/types';

export const Money = z
  .string()
  .regex(/^\d{1,15}(\.\d{1,4})?$/, 'must be a decimal string such as "1250.00" (not a number, never negative)')
  .meta({ example: '1250.00' });

const IsoDateTime = z.iso.datetime({ offset: true });

export const Channel = z.enum(CHANNELS);

/** The codes isCurrency accepts, listed in the document so that clients (and fuzzers) can pick one. */
const CURRENCY_CODES = Intl.supportedValuesOf('currency').filter(isCurrency);
/** The three forms resolveDueDate accepts, as a pattern for the document (the refinement also checks the calendar). */
const DUE_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?$';

/** How far from the due date a step may be. */
export const MAX_OFFSET_DAYS = 3653;
/** What isOffset accepts, loosened to a plain pattern for the document (the refinement is exact). */
const OFFSET_PATTERN = '^[+-]?P(\\d+W)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,3})?S)?)?$';

export const InlineTemplate = z
  .object({
    subject: z.string().max(500).optional(),
    body: z.string().min(1).max(5000),
  })
  .strict();

export const Step = z
  .object({
    offset: z
      .string()
      .refine(isOffset, 'must be an ISO-8601 duration relative to the due date, e.g. "-P1D", "PT0S", "P3D", "PT30S"')
      // Beyond this the schedule leaves the range of dates (and of sense): an invoice on such a sequence could not start.
      .refine((o) => !isOffset(o) || Math.abs(durationMs(o)) <= MAX_OFFSET_DAYS * 86_400_000, `must be at most ${MAX_OFFSET_DAYS} days (10 years) from the due date`)
      .meta({ example: '-P1D', pattern: OFFSET_PATTERN }),
    channel: z.enum(STEP_CHANNELS).meta({ description: '"auto" picks the channel the customer last responded on, else the sequence defaultChannel' }),
    template: z.union([z.string().min(1).meta({ description: 'a built-in template', enum: Object.keys(BUILT_IN_TEMPLATES) }), InlineTemplate]),
  })
  .strict();

/** `maxSmsSegments`: the SMS budget a template must fit with long values (REMIT_SMS_MAX_SEGMENTS). */
export function sequenceSchema(maxSteps: number, maxSmsSegments: number) {
  return z
    .object({
      name: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'must be 1-63 characters of a-z, 0-9, "_" or "-"'),
      steps: z.array(Step).min(1).max(maxSteps, `at most ${maxSteps} steps (REMIT_MAX_MESSAGES_PER_INVOICE)`),
      defaultChannel: Channel.default('email'),
    })
    .strict()
    .superRefine((seq, ctx) => {
      // Checked when the sequence is saved, not when a message would go out.
      seq.steps.forEach((step, i) => {
        for (const problem of checkStepTemplate(i, step.channel, step.template, { maxSmsSegments })) {
          ctx.addIssue({ code: 'custom', path: ['steps', i, 'template'], message: problem });
        }
      });
      for (let i = 1; i < seq.steps.length; i++) {
        if (offsetOrderKey(seq.steps[i]!.offset) < offsetOrderKey(seq.steps[i - 1]!.offset)) {
          ctx.addIssue({ code: 'custom', path: ['steps', i, 'offset'], message: 'steps must be in order of their offsets' });
        }
      }
    });
}

export const Sequence = z.object({
  name: z.string(),
  builtIn: z.boolean(),
  defaultChannel: Channel,
  steps: z.array(Step),
});

const TimeZone = z.string().refine(isValidTimeZone, 'must be an IANA time zone such as Europe/Paris');
const Phone = z.string().regex(/^\+[1-9]\d{6,14}$/, { message: 'must be an E.164 phone number such as +14155550123', abort: true }).refine(isAssignedE164, 'must be a phone number some country assigns (these digits are in no numbering plan)');

/** A consent to be messaged on a channel; the address defaults to the customer's email or phone. */
export const ConsentInput = z
  .object({
    channel: Channel,
    address: z.union([z.email().max(320), Phone]).optional(),
    source: z.string().min(1).max(200).meta({ example: 'checkout form, SMS opt-in box' }),
    consentedAt: IsoDateTime.refine((t) => Date.parse(t) <= Date.now() + 5 * 60_000, 'must not be in the future'),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.address && (c.channel === 'email') !== c.address.includes('@')) {
      ctx.addIssue({ code: 'custom', path: ['address'], message: c.channel === 'email' ? 'must be an email address for email' : `must be an E.164 phone number for ${c.channel}` });
    }
  });

export const OptOutInput = z
  .object({
    channel: Channel,
    address: z.union([z.email().max(320), Phone]).optional().meta({ description: "defaults to the customer's email or phone" }),
    reason: z.string().min(1).max(500).optional(),
  })
  .strict();

export const CustomerInput = z
  .object({
    externalId: z.string().min(1).max(200),
    name: z.string().max(200).optional(),
    email: z.email().max(320).optional(),
    phone: Phone.optional(),
    timezone: TimeZone.optional(),
    locale: z
      .string()
      .refine((l) => {
        try {
          return Intl.getCanonicalLocales(l).length === 1;
        } catch {
          return false;
        }
      }, 'must be a BCP-47 locale such as en-US')
      .optional(),
    addressTimezone: TimeZone.optional().meta({ description: "the zone of the customer's postal address: quiet hours use it when timezone is unknown" }),
    emailIsWorkplace: z.boolean().optional().meta({ description: 'a workplace address: used only with a recorded email consent' }),
    consents: z.array(ConsentInput).max(20).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    (c.consents ?? []).forEach((consent, i) => {
      if (!consent.address && !(consent.channel === 'email' ? c.email : c.phone)) {
        ctx.addIssue({ code: 'custom', path: ['consents', i, 'address'], message: `required: the customer has no ${consent.channel === 'email' ? 'email' : 'phone'}` });
      }
    });
  });

export const CreateInvoice = z
  .object({
    externalId: z.string().min(1).max(200),
    number: z.string().min(1).max(100),
    amountDue: Money,
    currency: z.string().refine(isCurrency, 'must be an ISO-4217 currency code such as USD').meta({ enum: CURRENCY_CODES, example: 'USD' }),
    dueDate: z
      .string()
      .refine((d) => resolveDueDate(d, 'UTC') !== undefined, 'must be a date (2026-12-01) or an ISO-8601 date-time')
      .meta({ example: '2026-12-01', pattern: DUE_DATE_PATTERN }),
    paymentUrl: z.url({ protocol: /^https?$/ }).max(2000).optional(),
    sequence: z.string().min(1).optional(),
    customer: CustomerInput,
  })
  .strict()
  .superRefine((inv, ctx) => {
    if (isCurrency(inv.currency) && /^\d{1,15}(\.\d{1,4})?$/.test(inv.amountDue)) {
      const digits = currencyDigits(inv.currency);
      const minor = toMinor(inv.amountDue, digits);
      if (minor === undefined) {
        ctx.addIssue({ code: 'custom', path: ['amountDue'], message: `${inv.currency} amounts have at most ${digits} decimal places` });
      } else if (minor > MAX_TRACKABLE_MINOR) {
        // The AmountDue search attribute holds minor units exactly only up to 2^53.
        ctx.addIssue({ code: 'custom', path: ['amountDue'], message: `at most ${fromMinor(MAX_TRACKABLE_MINOR, digits)} for ${inv.currency}` });
      }
    }
  });
export type CreateInvoiceInput = z.infer<typeof CreateInvoice>;

export const Actor = z.string().min(1).max(200);

/** PATCH /v1/customers/:id: who the customer is and how to reach them. */
export const ContactInput = z
  .object({
    name: z.string().min(1).max(200).optional(),
    email: z.email().max(320).optional(),
    phone: Phone.optional(),
    actor: Actor,
  })
  .strict()
  .refine((c) => c.name !== undefined || c.email !== undefined || c.phone !== undefined, { message: 'give at least one of name, email and phone', path: ['email'] });
export type ContactInput = z.infer<typeof ContactInput>;

export const PaymentInput = z
  .object({
    amount: Money,
    paidAt: IsoDateTime.optional(),
    reference: z.string().min(1).max(200).optional(),
  })
  .strict();
export type PaymentInput = z.infer<typeof PaymentInput>;

export const ReplyInput = z
  .object({
    channel: Channel,
    from: z.string().max(320).optional(),
    subject: z.string().max(998).optional(),
    body: z.string().min(1).max(10_000),
    /** When the customer sent it (provider webhooks arrive late; past conversations get imported). Default: now. */
    receivedAt: IsoDateTime.optional(),
  })
  .strict();
export type ReplyInput = z.infer<typeof ReplyInput>;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD');
export const PromiseInput = z
  .object({
    amount: Money.optional().meta({ description: 'what was promised; absent: the whole balance' }),
    date: Day.optional().meta({ description: "the customer's local day the payment was promised by" }),
    at: IsoDateTime.optional().meta({ description: 'or an instant: its day in the customer\'s zone' }),
    source: z.string().min(1).max(100).default('api').meta({ description: 'where the promise was made: api, phone, email, …' }),
    actor: Actor,
    evidence: z.string().max(2000).optional().meta({ description: 'the words of the promise' }),
  })
  .strict()
  .refine((p) => (p.date === undefined) !== (p.at === undefined), { message: 'give exactly one of date and at', path: ['date'] });
export type PromiseInput = z.infer<typeof PromiseInput>;

export const PauseInput = z
  .object({
    actor: Actor,
    reason: z.string().max(1000).optional(),
    until: IsoDateTime.optional(),
  })
  .strict();
export type PauseInput = z.infer<typeof PauseInput>;

/** Who did it and why: resume and void take nothing else. */
export const ActorNote = z.object({ actor: Actor, reason: z.string().max(1000).optional() }).strict();
export const ResumeInput = ActorNote;
export type ResumeInput = z.infer<typeof ActorNote>;
export const VoidInput = ActorNote;
export type VoidInput = z.infer<typeof ActorNote>;

export const PaymentWebhook = z
  .object({
    id: z.string().min(1).max(200),
    type: z.enum(['payment.succeeded', 'payment.refunded', 'invoice.voided']),
    data: z
      .object({
        invoiceId: z.string().min(1).optional(),
        invoiceExternalId: z.string().min(1).optional(),
        amount: Money.optional(),
        currency: z.string().refine(isCurrency, 'must be an ISO-4217 currency code').meta({ enum: CURRENCY_CODES, example: 'USD' }).optional(),
        paidAt: IsoDateTime.optional(),
      })
      .refine((d) => d.invoiceId || d.invoiceExternalId, { message: 'invoiceId or invoiceExternalId is required', path: ['invoiceId'] }),
  })
  .superRefine((e, ctx) => {
    if (e.type !== 'invoice.voided') {
      if (!e.data.amount) ctx.addIssue({ code: 'custom', path: ['data', 'amount'], message: `required for ${e.type}` });
      if (!e.data.currency) ctx.addIssue({ code: 'custom', path: ['data', 'currency'], message: `required for ${e.type}` });
    }
  });
export type PaymentWebhook = z.infer<typeof PaymentWebhook>;

/** A preview walks the calendar from here: far-off years would leave the range of dates. */
const inPreviewRange = (t: string) => {
  const ms = Date.parse(t.length === 10 ? `${t}T00:00:00Z` : t);
  return !Number.isFinite(ms) || (ms >= Date.UTC(2000, 0, 1) && ms < Date.UTC(2100, 0, 1));
};

export const PreviewInput = z
  .object({
    invoice: z.string().min(1).max(200).optional().meta({ description: 'an invoice id or externalId: preview for its customer, amounts and history' }),
    from: IsoDateTime.refine(inPreviewRange, 'must be between 2000 and 2100').optional().meta({ description: 'preview as if starting at this time (default: now)' }),
    sample: z
      .object({
        customer: z
          .object({
            name: z.string().max(200).optional(),
            email: z.email().max(320).optional(),
            phone: Phone.optional(),
            timezone: TimeZone.optional(),
            addressTimezone: TimeZone.optional(),
            locale: z.string().max(35).refine((l) => { try { return Intl.getCanonicalLocales(l).length === 1; } catch { return false; } }, 'must be a BCP-47 locale such as en-US').optional(),
            emailIsWorkplace: z.boolean().optional(),
            consents: z.array(ConsentInput).max(20).optional(),
          })
          .strict()
          .optional(),
        number: z.string().min(1).max(100).optional(),
        amountDue: Money.optional(),
        currency: z.string().refine(isCurrency, 'must be an ISO-4217 currency code such as USD').optional(),
        dueDate: z
          .string()
          .refine((d) => resolveDueDate(d, 'UTC') !== undefined, 'must be a date (2026-12-01) or an ISO-8601 date-time')
          .refine((d) => inPreviewRange(d), 'must be between 2000 and 2100')
          .optional(),
        paymentUrl: z.url({ protocol: /^https?$/ }).max(2000).optional(),
      })
      .strict()
      .optional()
      .meta({ description: 'a made-up invoice and customer (used when `invoice` is absent)' }),
  })
  .strict()
  .refine((p) => !(p.invoice && p.sample), { message: 'give either invoice or sample, not both', path: ['sample'] });
export type PreviewInput = z.infer<typeof PreviewInput>;
export type ConsentInput = z.infer<typeof ConsentInput>;
export type OptOutInput = z.infer<typeof OptOutInput>;

// List queries. Query strings carry text only: the page size is digits, read as a number.
const PageQuery = {
  cursor: z.string().min(1).max(500).optional().meta({ description: 'nextCursor of the previous page' }),
  limit: z.string().regex(/^(?:[1-9]\d?|1\d\d|200)$/, 'must be a whole number from 1 to 200').optional().meta({ description: 'page size, 1-200 (default 50)' }),
};
const Ref = z.string().min(1).max(200);

export const ConversationQuery = z.object({
  status: z.enum(['open', 'waiting']).optional().meta({ description: 'open: a customer message waits for a person; waiting: nothing of theirs is unanswered' }),
  assignee: Ref.optional(),
  intent: z.enum(REPLY_INTENTS).optional().meta({ description: 'an intent of the newest message from the customer' }),
  customer: Ref.optional().meta({ description: 'customer id or externalId' }),
  ...PageQuery,
});
export type ConversationQuery = z.infer<typeof ConversationQuery>;

export const InvoiceQuery = z.object({
  status: z.enum(['open', 'paused', 'paid', 'void', 'disputed']).optional(),
  customer: Ref.optional().meta({ description: 'customer id or externalId' }),
  q: Ref.optional().meta({ description: 'part of the invoice number or externalId, or of the customer name or email (any case)' }),
  ...PageQuery,
});
export type InvoiceQuery = z.infer<typeof InvoiceQuery>;

export const TaskQuery = z.object({
  status: z.enum(TASK_STATUSES).optional(),
  type: z.enum(TASK_TYPES).optional(),
  assignee: Ref.optional(),
  customer: Ref.optional().meta({ description: 'customer id or externalId' }),
  invoice: z.uuid().optional().meta({ description: 'tasks about this invoice (id)' }),
  ...PageQuery,
});
export type TaskQuery = z.infer<typeof TaskQuery>;

export const TaskAssignInput = z.object({ assignee: Actor.meta({ description: 'who takes it (an email or a name)' }), actor: Actor }).strict();
export type TaskAssignInput = z.infer<typeof TaskAssignInput>;

export const TaskSnoozeInput = z.object({ until: IsoDateTime.meta({ description: 'when it comes back to the queue (with a fresh SLA)' }), reason: z.string().max(1000).optional(), actor: Actor }).strict();
export type TaskSnoozeInput = z.infer<typeof TaskSnoozeInput>;

export const TaskCompleteInput = z
  .object({
    outcome: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'must be a short snake_case word such as answered, fixed, paid').meta({ description: 'how it ended: answered, fixed, paid, no_action, …' }),
    note: z.string().max(2000).optional(),
    actor: Actor,
  })
  .strict();
export type TaskCompleteInput = z.infer<typeof TaskCompleteInput>;

export const DisputeInput = z
  .object({
    reason: z.enum(DISPUTE_REASONS).meta({ description: 'what the customer contests' }),
    note: z.string().max(2000).optional(),
    source: z.string().min(1).max(100).default('api').meta({ description: 'where it came from: api, phone, email, …' }),
    actor: Actor,
  })
  .strict();
export type DisputeInput = z.infer<typeof DisputeInput>;

export const DisputeResolveInput = z
  .object({
    outcome: z.enum(['resume', 'void']).meta({ description: 'resume: the invoice stands and its follow-up carries on; void: the customer was right, the invoice is voided' }),
    note: z.string().max(2000).optional(),
    actor: Actor,
  })
  .strict();
export type DisputeResolveInput = z.infer<typeof DisputeResolveInput>;

/** A person's answer to a customer (POST /v1/conversations/:id/messages). */
export const CustomerAnswerInput = z
  .object({
    body: z.string().trim().min(1).max(5000).meta({ description: "what the person says; an SMS must fit REMIT_SMS_MAX_SEGMENTS with the opt-out wording" }),
    actor: Actor.meta({ description: 'who is answering (an email or a name): the message is recorded as theirs' }),
    channel: Channel.optional().meta({ description: "default: the channel of the customer's newest message, else what an auto step would use" }),
    invoiceIds: z.array(z.uuid()).min(1).max(100).optional().meta({ description: "the customer's invoices it is about; default: those of their newest message, else their open ones" }),
  })
  .strict();
export type CustomerAnswerInput = z.infer<typeof CustomerAnswerInput>;
