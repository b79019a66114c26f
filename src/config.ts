// The one place configuration is read. Everything comes from the environment, validated
// with zod at start-up; a bad or missing variable stops the process with its name.
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseOffset } from './domain/duration';
import { parseWindow } from './domain/quietHours';
import { parseAmountsByCurrency, parseTaskSla, PRIORITY_RULES } from './domain/tasks';

const optionalString = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s ? s : undefined));

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

function isPositiveDuration(text: string): boolean {
  const o = parseOffset(text);
  return o !== undefined && o.sign === 1 && o.days * 86_400_000 + o.ms > 0;
}

function isDuration(text: string): boolean {
  const o = parseOffset(text);
  return o !== undefined && o.sign === 1;
}

const WINDOW = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?-(([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?|24:00(:00)?)$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A real calendar date ("2026-02-30" is not). */
const isDate = (d: string) => DATE.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

/** "a, b,c" → ["a", "b", "c"]; every item must pass `ok`. */
const list = (ok: (item: string) => boolean, message: string) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .refine((items) => items.every(ok), message);

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  REMIT_DATA_DIR: z.string().default('.data'),
  DATABASE_URL: optionalString.pipe(
    z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL').optional(),
  ),
  /** Port of the embedded PostgreSQL (no DATABASE_URL), on 127.0.0.1; taken by something else → a free one. */
  REMIT_POSTGRES_PORT: z.coerce.number().int().min(0).max(65535).default(54320),
  TEMPORAL_ADDRESS: optionalString,
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_CLI_PATH: optionalString,
  TEMPORAL_DEV_SERVER_PORT: positiveInt(7233),
  TEMPORAL_UI_PORT: positiveInt(8233),
  REMIT_TASK_QUEUE: z.string().min(1).default('remit-follow-up'),
  REMIT_API_KEY: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  REMIT_WEBHOOK_SECRET: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  REMIT_DEFAULT_TIMEZONE: z.string().default('UTC').refine(isTimeZone, 'must be an IANA time zone, e.g. Europe/Paris'),
  REMIT_DEFAULT_LOCALE: z.string().default('en-US'),
  REMIT_MAX_MESSAGES_PER_INVOICE: positiveInt(5),
  // A promise to pay holds the follow-up this many days past the promised day (payments take time to show).
  REMIT_PROMISE_GRACE_DAYS: z.coerce.number().int().min(0).max(30).default(1),
  // A promise read in a customer's message (or made on the invoice page) is confirmed to them, as an answer from "remit".
  REMIT_PROMISE_CONFIRMATION: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  // Tasks for people (docs/tasks.md): SLA per type over the defaults ("question=PT4H,dispute=P1D"),
  // who an SLA breach goes to, how priority is counted and how much an escalation raises it.
  REMIT_TASK_SLA: z.string().default('').superRefine((s, ctx) => {
    const r = parseTaskSla(s);
    if ('problem' in r) ctx.addIssue({ code: 'custom', message: `must be comma-separated type=ISO-8601 duration: ${r.problem}` });
  }),
  REMIT_TASK_LEAD: optionalString,
  REMIT_TASK_PRIORITY: z.enum(PRIORITY_RULES).default('amount_x_days_overdue'),
  REMIT_TASK_ESCALATION_FACTOR: z.coerce.number().int().min(1).max(100).default(2),
  /** Amount due from which an invoice is high-value, per currency ("USD=5000,EUR=5000"): unanswered, it gets a person. */
  REMIT_HIGH_VALUE_AMOUNTS: z.string().default('USD=5000,EUR=5000,GBP=4000').superRefine((s, ctx) => {
    const r = parseAmountsByCurrency(s);
    if ('problem' in r) ctx.addIssue({ code: 'custom', message: `must be comma-separated CURRENCY=amount: ${r.problem}` });
  }),
  /** A high-value invoice with no answer after this many touchpoints opens a personal outreach task. */
  REMIT_HIGH_VALUE_AFTER_TOUCHPOINTS: positiveInt(3),
  /** How long ago an invoice may have fallen due, and how far ahead it may fall due, to be followed up. */
  REMIT_DUE_DATE_MAX_PAST: z.string().default('P730D').refine(isPositiveDuration, 'must be an ISO-8601 duration such as P730D'),
  REMIT_DUE_DATE_MAX_FUTURE: z.string().default('P730D').refine(isPositiveDuration, 'must be an ISO-8601 duration such as P730D'),
  REMIT_RECONCILE_INTERVAL_MS: positiveInt(5000),
  REMIT_WORKER_MAX_CACHED_WORKFLOWS: positiveInt(100),
  REMIT_WORKER_MAX_CONCURRENT_ACTIVITIES: positiveInt(100),
  REMIT_WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: positiveInt(50),
  REMIT_WORKER_STICKY_TIMEOUT_MS: positiveInt(60_000),
  REMIT_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),

  // Public base URL of this service, as providers reach it (Twilio status callbacks and
  // signature checks).
  REMIT_PUBLIC_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** How long the invoice page link in a message works (ISO-8601 duration; a day is 24 h). */
  REMIT_INVOICE_PAGE_TTL: z
    .string()
    .default('P30D')
    .refine(isPositiveDuration, 'must be an ISO-8601 duration such as P30D')
    // The token carries its expiry in 32-bit seconds; ten years is more than any invoice needs.
    .refine((t) => { const o = parseOffset(t); return !o || o.days + o.ms / 86_400_000 <= 3650; }, 'must be at most P3650D'),

  // Email through Resend. Without RESEND_API_KEY, email stays on the `log` channel.
  RESEND_API_KEY: optionalString,
  RESEND_BASE_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  RESEND_WEBHOOK_SECRET: optionalString,
  REMIT_EMAIL_FROM: optionalString,
  REMIT_EMAIL_REPLY_TO: optionalString.pipe(z.email().optional()),

  // SMS and WhatsApp through Twilio. Without account SID and auth token, both stay on `log`.
  TWILIO_ACCOUNT_SID: optionalString.pipe(z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'must look like AC followed by 32 hex digits').optional()),
  TWILIO_AUTH_TOKEN: optionalString,
  TWILIO_MESSAGING_SERVICE_SID: optionalString.pipe(z.string().regex(/^MG[0-9a-fA-F]{32}$/, 'must look like MG followed by 32 hex digits').optional()),
  TWILIO_FROM: optionalString.pipe(z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number such as +14155550100').optional()),
  TWILIO_WHATSAPP_FROM: optionalString.pipe(z.string().regex(/^(whatsapp:)?\+[1-9]\d{6,14}$/, 'must be an E.164 number, optionally prefixed whatsapp:').optional()),
  /** Approved WhatsApp template (Content SID) used outside the 24-hour customer-service window. */
  TWILIO_WHATSAPP_CONTENT_SID: optionalString.pipe(z.string().regex(/^HX[0-9a-fA-F]{32}$/, 'must look like HX followed by 32 hex digits').optional()),
  TWILIO_API_BASE_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),

  // Stripe payment events.
  STRIPE_WEBHOOK_SECRET: optionalString,
  /** Looks up the invoice of a refunded or disputed payment Remit has no link for (a restricted key with read access to charges, payment intents and invoices is enough). */
  STRIPE_API_KEY: optionalString.pipe(z.string().regex(/^(sk|rk)_/, 'must be a Stripe secret (sk_…) or restricted (rk_…) key').optional()),
  STRIPE_API_BASE_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),

  // Pacing and behaviour.
  /** Sends per second for SMS and WhatsApp (a long code does about 1). */
  REMIT_SMS_RATE_PER_SECOND: z.coerce.number().positive().max(1000).default(1),
  REMIT_SMS_MAX_SEGMENTS: positiveInt(3),
  /** A provider call that takes longer is abandoned and retried; it must end well inside the send's 8 s lock. */
  REMIT_PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(100).max(7000).default(5000),
  /** An email not opened within this ISO-8601 duration makes the next touchpoint use SMS. */
  REMIT_UNOPENED_PIVOT_AFTER: z.string().default('PT48H').refine(isPositiveDuration, 'must be an ISO-8601 duration such as PT48H'),
  /** An opened (or clicked) email with no payment within this duration gets a behaviour follow-up. */
  REMIT_OPENED_UNPAID_AFTER: z.string().default('PT48H').refine(isPositiveDuration, 'must be an ISO-8601 duration such as PT48H'),
  /** A behaviour follow-up this close to the next scheduled step replaces it. */
  REMIT_BEHAVIOUR_MERGE_WINDOW: z.string().default('PT24H').refine(isPositiveDuration, 'must be an ISO-8601 duration such as PT24H'),

  // Compliance: when, how often and to whom a message may go (see docs/compliance.md).
  /** Local time window in which messages may be sent, "HH:MM-HH:MM" (end exclusive; 00:00-24:00 = any time). */
  REMIT_SEND_WINDOW: z
    .string()
    .default('08:00-21:00')
    .refine((w) => WINDOW.test(w) && parseWindow(w) !== undefined, 'must be a local time window such as 08:00-21:00 (start before end)'),
  /** Zones to judge the window in when nothing is known of a customer's zone (default: REMIT_DEFAULT_TIMEZONE). */
  REMIT_SEND_WINDOW_ZONES: optionalString.pipe(list(isTimeZone, 'must be comma-separated IANA time zones').optional()),
  REMIT_NO_SEND_WEEKENDS: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** Local dates with no sends (public holidays), "2026-12-25,2027-01-01". */
  REMIT_NO_SEND_DATES: z.string().default('').pipe(list(isDate, 'must be comma-separated dates such as 2026-12-25')),
  /** Deferred messages are spread over this long after the window opens. */
  REMIT_SEND_WINDOW_SPREAD: z.string().default('PT15M').refine(isDuration, 'must be an ISO-8601 duration such as PT15M'),
  /** Channels that need a recorded consent for the customer's address ("none" for none). */
  REMIT_CONSENT_REQUIRED: z
    .string()
    .default('sms,whatsapp')
    .transform((s) => (s.trim() === 'none' ? [] : s.split(',').map((x) => x.trim()).filter(Boolean)))
    .refine((chs) => chs.every((c) => ['email', 'sms', 'whatsapp'].includes(c)), 'must be "none" or comma-separated channels among email, sms, whatsapp')
    .transform((chs) => chs as ('email' | 'sms' | 'whatsapp')[]),
  /** At most this many automated messages per customer in REMIT_FREQUENCY_PERIOD, across invoices and channels. */
  REMIT_FREQUENCY_CAP: positiveInt(3),
  REMIT_FREQUENCY_PERIOD: z.string().default('P7D').refine(isPositiveDuration, 'must be an ISO-8601 duration such as P7D'),
  /** Minimum time between two automated messages to one customer. */
  REMIT_MIN_GAP: z.string().default('PT48H').refine(isDuration, 'must be an ISO-8601 duration such as PT48H'),
  /** Other invoices of the customer with a step due within this long are covered by one consolidated message; "off" sends one per invoice. */
  REMIT_CONSOLIDATION_WINDOW: z
    .string()
    .default('PT24H')
    .refine((v) => v === 'off' || isDuration(v), 'must be "off" or an ISO-8601 duration such as PT24H'),
  /** SMS opt-out wording ("Reply STOP to opt out."): in the first message to a number, or in every one. */
  REMIT_SMS_OPT_OUT_NOTICE: z.enum(['first', 'always']).default('first'),
  /** The sender's postal address, printed in every email; required to send real email. */
  REMIT_SENDER_POSTAL_ADDRESS: optionalString,
}).superRefine((c, ctx) => {
  if (c.RESEND_API_KEY && !c.REMIT_SENDER_POSTAL_ADDRESS) {
    ctx.addIssue({ code: 'custom', path: ['REMIT_SENDER_POSTAL_ADDRESS'], message: 'required when RESEND_API_KEY is set: every email must carry the sender\'s postal address' });
  }
  if (c.RESEND_API_KEY && !c.REMIT_EMAIL_FROM) {
    ctx.addIssue({ code: 'custom', path: ['REMIT_EMAIL_FROM'], message: 'required when RESEND_API_KEY is set (e.g. "Acme Billing <billing@acme.com>")' });
  }
  if (Boolean(c.TWILIO_ACCOUNT_SID) !== Boolean(c.TWILIO_AUTH_TOKEN)) {
    ctx.addIssue({ code: 'custom', path: [c.TWILIO_ACCOUNT_SID ? 'TWILIO_AUTH_TOKEN' : 'TWILIO_ACCOUNT_SID'], message: 'TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN go together' });
  }
  if (c.TWILIO_ACCOUNT_SID && !c.TWILIO_MESSAGING_SERVICE_SID && !c.TWILIO_FROM) {
    ctx.addIssue({ code: 'custom', path: ['TWILIO_FROM'], message: 'set TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID when Twilio credentials are set' });
  }
});

export type RawConfig = z.infer<typeof schema>;

export interface Config extends RawConfig {
  dataDir: string;
  /** No TEMPORAL_ADDRESS: Remit runs its own Temporal dev server. */
  embeddedTemporal: boolean;
  /** No DATABASE_URL: Remit runs its own PostgreSQL server under the data directory. */
  embeddedDatabase: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // A blank variable (PORT= in an env file) counts as unset, so it gets its default.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = schema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    ...c,
    dataDir: resolve(c.REMIT_DATA_DIR),
    embeddedTemporal: !c.TEMPORAL_ADDRESS,
    embeddedDatabase: !c.DATABASE_URL,
  };
}
