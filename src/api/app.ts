// The HTTP API: JSON over Express 5, zod-validated, Bearer-key authenticated (webhooks are
// signed instead). A rejected request changes nothing.
import { timingSafeEqual, createHash } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Client } from '@temporalio/client';
import type { TemporalCalls } from '../temporal/calls';
import type { Database } from '../db';
import { accessLog, loggedPath, type Logger } from '../logger';
import { Prisma } from '../generated/prisma/client';
import { escapeHtml } from '../domain/templates';
import type { ConsentService } from '../services/consents';
import type { SequencePreview } from '../services/preview';
import { readTimeline } from '../services/timeline';
import type { FollowUpService } from '../services/followUps';
import { RemitError } from '../services/errors';
import { openApiDocument } from './openapi';
import { mount, route, type RouteSpec, type WebhookSignatureDoc } from './routes';
import {
  CommandResult,
  ConsentInput,
  ConsentView,
  CreatedInvoice,
  PaymentResult,
  CreateInvoice,
  CustomerCommandResult,
  Health,
  InvoiceView,
  OptOutInput,
  OptOutView,
  PauseInput,
  PaymentInput,
  PaymentWebhook,
  PreviewInput,
  PreviewView,
  ReplyInput,
  ResumeInput,
  Sequence,
  TimelineView,
  sequenceSchema,
  VoidInput,
  WebhookResult,
} from './schemas';
import { SIGNATURE_HEADER, verifySignature } from './signature';
import type { ProviderEvents } from '../services/providerEvents';
import type { PaymentWebhookInbox } from '../services/paymentWebhooks';
import { assertTwilioRequest, RESEND_WEBHOOK_HEADERS, STRIPE_SIGNATURE_HEADER, TWILIO_SIGNATURE_HEADER, twiml, verifyResendWebhook, verifyStripeEvent, WebhookSignatureError } from '../webhooks/signatures';

export interface ProviderWebhookConfig {
  /** Public base URL providers call (Twilio signs the full URL). */
  publicUrl?: string;
  twilioAuthToken?: string;
  resendWebhookSecret?: string;
  stripeWebhookSecret?: string;
}

// How each webhook is signed, for /openapi.json (the checks themselves are in ../webhooks and ./signature).
const SIGNATURES = {
  remit: {
    scheme: 'remitSignature',
    header: 'Remit-Signature',
    description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with REMIT_WEBHOOK_SECRET>; at most 5 minutes off',
  },
  twilio: {
    scheme: 'twilioSignature',
    header: 'X-Twilio-Signature',
    description: 'base64 HMAC-SHA1, with TWILIO_AUTH_TOKEN, of the URL Twilio called (REMIT_PUBLIC_URL + path) followed by the form parameters sorted by name',
    optional: true,
  },
  svix: {
    scheme: 'svixSignature',
    header: 'svix-signature',
    description: 'Svix (Resend): space-separated "v1,<base64 HMAC-SHA256 of \"<svix-id>.<svix-timestamp>.<raw body>\">", keyed with RESEND_WEBHOOK_SECRET (whsec_…); at most 5 minutes off',
    headers: [
      { name: 'svix-id', description: 'Svix message id; deduplicates the event' },
      { name: 'svix-timestamp', description: 'unix seconds, covered by the signature' },
    ],
    optional: true,
  },
  stripe: {
    scheme: 'stripeSignature',
    header: 'Stripe-Signature',
    description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with STRIPE_WEBHOOK_SECRET>; at most 5 minutes old',
    optional: true,
  },
} satisfies Record<string, WebhookSignatureDoc>;

const ProviderEventResult = z.object({
  eventId: z.string(),
  status: z.enum(['applied', 'ignored', 'unmatched', 'duplicate']).meta({ description: 'unmatched: a refund or dispute no invoice matches, kept for a person (counted by /healthz)' }),
  detail: z.string().optional(),
});

export interface ApiDeps {
  service: FollowUpService;
  paymentWebhooks: PaymentWebhookInbox;
  providerEvents: ProviderEvents;
  providers: ProviderWebhookConfig;
  database: Database;
  client: Client;
  calls: TemporalCalls;
  temporal: { address: string; namespace: string };
  apiKey: string;
  webhookSecret: string;
  maxMessages: number;
  /** SMS budget a template must fit when a sequence is saved (REMIT_SMS_MAX_SEGMENTS). */
  maxSmsSegments: number;
  consents: ConsentService;
  preview: SequencePreview;
  logger: Logger;
  version?: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    rawBody?: Buffer;
  }
}

const sha = (s: string) => createHash('sha256').update(s).digest();

function requireApiKey(apiKey: string) {
  const expected = sha(apiKey);
  return (req: Request, _res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (!m || !timingSafeEqual(sha(m[1]!.trim()), expected)) {
      return next(new RemitError(401, 'unauthorized', m ? 'Wrong API key' : 'Send Authorization: Bearer <REMIT_API_KEY>'));
    }
    next();
  };
}

/**
 * A database that cannot serve the request right now, as a 503 the client may retry: down or
 * restarting, or every connection busy for longer than a transaction may wait for one.
 */
export function databaseTrouble(err: unknown): RemitError | undefined {
  if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2028' && /Unable to start a transaction/i.test(err.message)) {
    return new RemitError(503, 'database_busy', 'The database is busy; retry shortly');
  }
  const down =
    err instanceof Prisma.PrismaClientInitializationError ||
    (err instanceof Prisma.PrismaClientKnownRequestError && ['P1001', 'P1002', 'P1008', 'P1017', 'P2024'].includes(err.code)) ||
    // Raw statements fail as P2010 with the driver's message inside ("Can't reach database server").
    /ECONNREFUSED|ECONNRESET|Connection terminated|connect ETIMEDOUT|Can't reach database server|Server has closed the connection|the database system is (starting up|shutting down)|terminating connection|is not queryable/i.test(
      err instanceof Error ? `${err.name} ${err.message}` : '',
    );
  return down ? new RemitError(503, 'database_unavailable', 'The database is unreachable; retry shortly') : undefined;
}

export function createApp(deps: ApiDeps) {
  const { service } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(accessLog(deps.logger)); // first: every answer, a parse error's too, is logged with its X-Request-Id
  app.use(
    express.json({
      limit: '256kb',
      type: ['application/json', 'application/*+json'],
      verify: (req, _res, buf) => {
        (req as Request).rawBody = buf;
      },
    }),
  );
  // Twilio posts form-encoded parameters.
  app.use(express.urlencoded({ extended: false, limit: '64kb' }));

  const configured = (value: string | undefined, variable: string): string => {
    if (!value) throw new RemitError(403, 'webhook_not_configured', `This webhook is off: set ${variable}`);
    return value;
  };
  const signatureFailure = (err: unknown): never => {
    if (err instanceof WebhookSignatureError) throw new RemitError(401, `signature_${err.reason}`, err.message);
    throw err;
  };
  const twilioParams = (req: Request): Record<string, string> => {
    if (!req.is('application/x-www-form-urlencoded')) throw new RemitError(415, 'unsupported_media_type', 'Twilio webhooks are application/x-www-form-urlencoded');
    const token = configured(deps.providers.twilioAuthToken, 'TWILIO_AUTH_TOKEN');
    const params = (req.body ?? {}) as Record<string, string>;
    // Twilio signs the URL it called: the public one, not what a proxy forwarded to us.
    const url = deps.providers.publicUrl ? new URL(req.originalUrl, deps.providers.publicUrl).toString() : `${req.protocol}://${req.get('host')}${req.originalUrl}`;
    // Without REMIT_PUBLIC_URL the URL comes from the request's Host header: one that makes no
    // URL is a bad request (no signature can match it), not our misconfiguration.
    if (!deps.providers.publicUrl && !URL.canParse(url)) throw new RemitError(400, 'bad_request', 'The Host header does not make a URL');
    try {
      assertTwilioRequest({ authToken: token, signature: req.get(TWILIO_SIGNATURE_HEADER), url, params });
    } catch (err) {
      signatureFailure(err);
    }
    return params;
  };
  const rawText = (req: Request) => (req.rawBody ?? Buffer.alloc(0)).toString('utf8');
  const TwilioForm = z.record(z.string(), z.string()).meta({ description: "Twilio's form parameters (MessageSid, MessageStatus, ErrorCode, From, To, Body, …)" });

  const specs: RouteSpec<z.ZodType | undefined>[] = [
    route({
      method: 'post', path: '/v1/sequences', tag: 'sequences', auth: 'apiKey', summary: 'Create a sequence (immutable once created)',
      body: sequenceSchema(deps.maxMessages, deps.maxSmsSegments),
      responses: { 201: { description: 'Created', schema: Sequence }, 409: { description: 'Name taken' } },
      handler: async ({ body }) => ({ status: 201, body: await service.sequences.create(body.name, body.steps, body.defaultChannel) }),
    }),
    route({
      method: 'get', path: '/v1/sequences', tag: 'sequences', auth: 'apiKey', summary: 'List sequences, the built-in "default" first',
      responses: { 200: { description: 'Sequences', schema: z.object({ sequences: z.array(Sequence) }) } },
      handler: async () => ({ status: 200, body: { sequences: await service.sequences.list() } }),
    }),
    route({
      method: 'post', path: '/v1/sequences/:id/preview', tag: 'sequences', auth: 'apiKey',
      summary: 'Render every step of a sequence for an invoice (or a sample) without sending: when each would go after quiet hours, the cap and the gap, on which channel, and why',
      body: PreviewInput,
      responses: { 200: { description: 'The steps as Remit would run them', schema: PreviewView }, 404: { description: 'No such invoice' }, 422: { description: 'Unknown sequence' } },
      handler: async ({ params, body }) => ({ status: 200, body: await deps.preview.forSequence(params.id!, body) }),
    }),
    route({
      method: 'post', path: '/v1/invoices', tag: 'invoices', auth: 'apiKey', summary: 'Create an invoice and start its follow-up (idempotent by externalId)',
      body: CreateInvoice,
      responses: {
        201: { description: 'Created; its follow-up started (or queued for delivery to Temporal)', schema: CreatedInvoice },
        200: { description: 'An invoice with this externalId and the same amount, currency and due date already exists; nothing was changed', schema: CreatedInvoice },
        409: { description: 'An invoice with this externalId exists with a different amount, currency or due date (`invoice_exists_different`, the fields in `details`); nothing was changed' },
        422: { description: 'Unknown sequence' },
      },
      handler: async ({ body }) => {
        const { created, invoice, delivery, unappliedPayments } = await service.createInvoice(body);
        return { status: created ? 201 : 200, body: { id: invoice.id, workflowId: invoice.workflowId, status: invoice.status, delivery, unappliedPayments } };
      },
    }),
    route({
      method: 'get', path: '/v1/invoices/:id', tag: 'invoices', auth: 'apiKey', summary: 'An invoice, its follow-up state and its messages',
      responses: { 200: { description: 'The invoice', schema: InvoiceView } },
      handler: async ({ params }) => ({ status: 200, body: await service.getInvoice(params.id!) }),
    }),
    route({
      method: 'get', path: '/v1/invoices/:id/timeline', tag: 'invoices', auth: 'apiKey',
      summary: 'Every decision about the invoice in order, with its reason: sent, deferred, suppressed, stopped',
      responses: { 200: { description: 'The audit trail', schema: TimelineView } },
      handler: async ({ params }) => ({ status: 200, body: await readTimeline(deps.database.prisma, (await service.resolveInvoice(params.id!)).id) }),
    }),
    route({
      method: 'post', path: '/v1/invoices/:id/payments', tag: 'invoices', auth: 'apiKey',
      summary: 'Record a payment (full payment completes the follow-up; beyond the amount due it is credit). Send an Idempotency-Key header to make client retries safe',
      body: PaymentInput,
      headers: [{ name: 'Idempotency-Key', description: 'Any unique string (1-255 characters) per payment; a retry with the same key and body gets the first answer (header Idempotent-Replayed: true)' }],
      responses: {
        200: { description: 'Recorded (see recordedAs)', schema: PaymentResult },
        409: { description: 'Invoice is void (`invoice_void`), or the reference is already recorded with another amount (`payment_reference_conflict`)' },
        422: { description: 'Amount not valid for the currency, or the Idempotency-Key was used with another request (`idempotency_key_reused`)' },
      },
      handler: async ({ req, res, params, body }) => {
        const key = req.get('idempotency-key');
        if (key !== undefined && (key.length < 1 || key.length > 255)) throw new RemitError(400, 'validation_failed', 'Idempotency-Key must be 1-255 characters', { field: 'Idempotency-Key' });
        const result = await service.recordPayment(params.id!, body, 'api', undefined, key);
        if (result.replayed) res.setHeader('Idempotent-Replayed', 'true');
        return { status: 200, body: result };
      },
    }),
    route({
      method: 'post', path: '/v1/invoices/:id/replies', tag: 'invoices', auth: 'apiKey', summary: 'Record a customer reply (pauses the follow-up until a person resumes it)',
      body: ReplyInput,
      responses: { 200: { description: 'Recorded', schema: CommandResult } },
      handler: async ({ params, body }) => ({ status: 200, body: await service.recordReply(params.id!, body) }),
    }),
    route({
      method: 'post', path: '/v1/invoices/:id/pause', tag: 'invoices', auth: 'apiKey', summary: 'Pause the follow-up (optionally until a time)',
      body: PauseInput,
      responses: { 200: { description: 'Paused', schema: CommandResult }, 409: { description: 'Invoice is paid or void' }, 422: { description: '`until` is in the past' } },
      handler: async ({ params, body }) => ({ status: 200, body: await service.pauseInvoice(params.id!, body) }),
    }),
    route({
      method: 'post', path: '/v1/invoices/:id/resume', tag: 'invoices', auth: 'apiKey', summary: 'Resume the follow-up (only the most recent due step is sent)',
      body: ResumeInput,
      responses: { 200: { description: 'Resumed', schema: CommandResult }, 409: { description: 'Invoice is paid or void' } },
      handler: async ({ params, body }) => ({ status: 200, body: await service.resumeInvoice(params.id!, body) }),
    }),
    route({
      method: 'post', path: '/v1/invoices/:id/void', tag: 'invoices', auth: 'apiKey', summary: 'Void the invoice (cancels the follow-up)',
      body: VoidInput,
      responses: { 200: { description: 'Voided', schema: CommandResult }, 409: { description: 'Invoice is paid' } },
      handler: async ({ params, body }) => ({ status: 200, body: await service.voidInvoice(params.id!, body) }),
    }),
    route({
      method: 'post', path: '/v1/customers/:id/pause', tag: 'customers', auth: 'apiKey', summary: "Pause every open follow-up of a customer, and new ones while paused",
      body: PauseInput,
      responses: { 200: { description: 'Paused', schema: CustomerCommandResult }, 422: { description: '`until` is in the past' } },
      handler: async ({ params, body }) => ({ status: 200, body: await service.pauseCustomer(params.id!, body) }),
    }),
    route({
      method: 'post', path: '/v1/customers/:id/resume', tag: 'customers', auth: 'apiKey', summary: "Resume every paused follow-up of a customer",
      body: ResumeInput,
      responses: { 200: { description: 'Resumed', schema: CustomerCommandResult } },
      handler: async ({ params, body }) => ({ status: 200, body: await service.resumeCustomer(params.id!, body) }),
    }),
    route({
      method: 'post', path: '/v1/customers/:id/consents', tag: 'customers', auth: 'apiKey',
      summary: 'Record a consent (source and time); one given after an opt-out of the same address lifts it',
      body: ConsentInput,
      responses: { 201: { description: 'Recorded', schema: ConsentView }, 422: { description: 'The customer has no address for this channel' } },
      handler: async ({ params, body }) => ({ status: 201, body: await deps.consents.addConsent(params.id!, body) }),
    }),
    route({
      method: 'post', path: '/v1/customers/:id/opt-outs', tag: 'customers', auth: 'apiKey',
      summary: 'Opt an address out of a channel (honoured by the next send); only the customer (START) or a new consent lifts it',
      body: OptOutInput,
      responses: { 201: { description: 'Opted out (or already was)', schema: OptOutView }, 422: { description: 'The customer has no address for this channel' } },
      handler: async ({ params, body }) => ({ status: 201, body: await deps.consents.addOptOut(params.id!, body) }),
    }),
    route({
      method: 'get', path: '/u/:token', tag: 'unsubscribe', auth: 'none', summary: "An email's unsubscribe link: a confirmation page with a button (changes nothing)",
      responses: { 200: { description: 'Confirmation page', contentType: 'text/html', schema: z.string() }, 400: { description: 'Not a valid link' } },
      handler: async ({ params }) => {
        const claim = deps.consents.readLink(params.token!);
        return { status: 200, contentType: 'text/html', body: unsubscribePage(`Stop emails to ${claim.address}?`, 'You will get no more payment reminders by email at this address.', true) };
      },
    }),
    route({
      method: 'post', path: '/u/:token', tag: 'unsubscribe', auth: 'none', summary: 'One-click unsubscribe (RFC 8058): opts the address out of email at once, no login',
      docBody: { contentType: 'application/x-www-form-urlencoded', schema: z.object({ 'List-Unsubscribe': z.literal('One-Click').optional() }) },
      responses: { 200: { description: 'Unsubscribed (or already was)', contentType: 'text/html', schema: z.string() }, 400: { description: 'Not a valid link' } },
      handler: async ({ params }) => {
        const r = await deps.consents.unsubscribe(params.token!);
        return { status: 200, contentType: 'text/html', body: unsubscribePage('You are unsubscribed', `No more payment reminders will be emailed to ${r.address}.`, false) };
      },
    }),
    route({
      method: 'post', path: '/v1/webhooks/payments', tag: 'webhooks', auth: 'webhookSignature', signature: SIGNATURES.remit,
      summary: 'Payment processor events; answered 2xx once recorded (200: delivered to the follow-up, 202: queued)',
      body: PaymentWebhook,
      responses: {
        200: { description: 'Recorded and delivered (or a replay of an event already received)', schema: WebhookResult },
        202: { description: 'Recorded; delivery to the follow-up is queued, or the invoice is not imported yet', schema: WebhookResult },
        404: { description: 'No invoice with that Remit id' },
        409: { description: 'Event conflicts with the invoice' },
        422: { description: 'Currency does not match the invoice' },
      },
      handler: async ({ body }) => {
        const r = await deps.paymentWebhooks.handle(body);
        return { status: r.status === 'pending_invoice' || r.delivery === 'pending' ? 202 : 200, body: r };
      },
    }),
    route({
      method: 'post', path: '/v1/webhooks/twilio/status', tag: 'webhooks', auth: 'webhookSignature', signature: SIGNATURES.twilio,
      summary: 'Twilio message status callbacks (queued → sent → delivered / undelivered / failed / read; never backwards)',
      docBody: { contentType: 'application/x-www-form-urlencoded', schema: TwilioForm },
      responses: { 200: { description: 'Recorded (or a replay)', schema: ProviderEventResult } },
      handler: async ({ req }) => ({ status: 200, body: await deps.providerEvents.twilioStatus(twilioParams(req)) }),
    }),
    route({
      method: 'post', path: '/v1/webhooks/twilio/inbound', tag: 'webhooks', auth: 'webhookSignature', signature: SIGNATURES.twilio,
      summary: 'Inbound SMS / WhatsApp: STOP-words opt out, START opts in, HELP gets help, anything else is a reply that pauses the follow-up',
      docBody: { contentType: 'application/x-www-form-urlencoded', schema: TwilioForm },
      responses: {
        200: {
          description: 'TwiML: an empty `<Response/>`, or one reply `<Message>` (opt-out, opt-in and HELP confirmations)',
          contentType: 'text/xml',
          schema: z.string().meta({ example: twiml('You are unsubscribed and will receive no more messages. Reply START to resubscribe.') }),
        },
      },
      handler: async ({ req }) => {
        const r = await deps.providerEvents.twilioInbound(twilioParams(req));
        return { status: 200, body: twiml(r.reply), contentType: 'text/xml' };
      },
    }),
    route({
      method: 'post', path: '/v1/webhooks/resend', tag: 'webhooks', auth: 'webhookSignature', signature: SIGNATURES.svix,
      summary: 'Resend events (Svix-signed): delivered, opened, clicked, bounced, complained, failed, received',
      docBody: { contentType: 'application/json', schema: z.object({ type: z.string(), created_at: z.string().optional(), data: z.record(z.string(), z.unknown()) }) },
      responses: { 200: { description: 'Recorded (or a replay)', schema: ProviderEventResult } },
      handler: async ({ req }) => {
        const secret = configured(deps.providers.resendWebhookSecret, 'RESEND_WEBHOOK_SECRET');
        const headers = { id: req.get(RESEND_WEBHOOK_HEADERS.id), timestamp: req.get(RESEND_WEBHOOK_HEADERS.timestamp), signature: req.get(RESEND_WEBHOOK_HEADERS.signature) };
        let event: unknown;
        try {
          event = verifyResendWebhook({ secret, rawBody: rawText(req), headers });
        } catch (err) {
          signatureFailure(err);
        }
        return { status: 200, body: await deps.providerEvents.resend(headers.id!, event as Parameters<ProviderEvents['resend']>[1]) };
      },
    }),
    route({
      method: 'post', path: '/v1/webhooks/stripe', tag: 'webhooks', auth: 'webhookSignature', signature: SIGNATURES.stripe,
      summary: 'Stripe events: invoice.paid, invoice_payment.paid, payment_intent.succeeded, checkout.session.completed, invoice.voided, invoice.marked_uncollectible, charge.refunded, charge.dispute.created',
      docBody: { contentType: 'application/json', schema: z.object({ id: z.string(), type: z.string(), data: z.object({ object: z.record(z.string(), z.unknown()) }) }) },
      responses: { 200: { description: 'Recorded (or a replay)', schema: ProviderEventResult } },
      handler: async ({ req }) => {
        const secret = configured(deps.providers.stripeWebhookSecret, 'STRIPE_WEBHOOK_SECRET');
        let event;
        try {
          event = verifyStripeEvent({ secret, rawBody: req.rawBody ?? Buffer.alloc(0), signature: req.get(STRIPE_SIGNATURE_HEADER) });
        } catch (err) {
          signatureFailure(err);
        }
        return { status: 200, body: await deps.providerEvents.stripe(event!) };
      },
    }),
  ];

  const health = route({
    method: 'get', path: '/healthz', tag: 'operations', auth: 'none', summary: 'Database and Temporal reachability',
    responses: { 200: { description: 'All reachable', schema: Health }, 503: { description: 'Something is unreachable', schema: Health } },
    handler: async () => {
      const [db, temporal] = await Promise.all([
        deps.database.prisma.$queryRaw`SELECT 1`.then(
          () => ({ ok: true }),
          (e: Error) => ({ ok: false, error: e.message.slice(0, 200) }),
        ),
        deps.calls
          .withDeadline(deps.client, 2000, () => deps.client.workflowService.getSystemInfo({}))
          .then(
            () => ({ ok: true }),
            (e: Error) => ({ ok: false, error: e.message.slice(0, 200) }),
          ),
      ]);
      const pendingCommands = db.ok ? await deps.database.prisma.workflowCommand.count({ where: { status: 'pending' } }).catch(() => undefined) : undefined;
      const unmatchedProviderEvents = db.ok ? await deps.database.prisma.unmatchedProviderEvent.count({ where: { resolvedAt: null } }).catch(() => undefined) : undefined;
      const ok = db.ok && temporal.ok;
      return {
        status: ok ? 200 : 503,
        body: {
          status: ok ? 'ok' : 'degraded',
          database: { kind: 'postgres', ...db },
          temporal: { address: deps.temporal.address, namespace: deps.temporal.namespace, ...temporal },
          ...(pendingCommands !== undefined ? { pendingCommands } : {}),
          ...(unmatchedProviderEvents !== undefined ? { unmatchedProviderEvents } : {}),
        },
      };
    },
  });

  const all = [...specs, health];
  const doc = openApiDocument(all, deps.version ?? '0.1.0');
  app.get('/openapi.json', (_req, res) => {
    res.json(doc);
  });
  mount(app, [health]);

  // Webhooks authenticate by signature, everything else under /v1 by API key.
  app.use('/v1/webhooks/payments', (req, _res, next) => {
    const check = verifySignature(req.get(SIGNATURE_HEADER), deps.webhookSecret, req.rawBody ?? Buffer.alloc(0));
    if (check.ok) return next();
    const messages = {
      missing: 'Missing Remit-Signature header',
      malformed: 'Remit-Signature must look like t=<unix seconds>,v1=<hex>',
      stale_timestamp: 'Signature timestamp is more than 5 minutes from now',
      mismatch: 'Signature does not match the body',
    } as const;
    next(new RemitError(401, `signature_${check.reason}`, messages[check.reason]));
  });
  const webhookPaths = specs.filter((s) => s.auth === 'webhookSignature').map((s) => s.path);
  const auth = requireApiKey(deps.apiKey);
  app.use('/v1', (req, res, next) => (webhookPaths.includes(req.baseUrl + req.path) ? next() : auth(req, res, next)));
  mount(app, specs);

  // A known path with another method is 405 (with Allow), not "no such route".
  const known = [...all.map((s) => ({ method: s.method.toUpperCase(), path: s.path })), { method: 'GET', path: '/openapi.json' }].map((r) => ({
    method: r.method,
    re: new RegExp(`^${r.path.replace(/[.]/g, '\\.').replace(/:[A-Za-z]+/g, '[^/]+')}/?$`, 'i'),
  }));
  app.use((req, res, next) => {
    const allowed = [...new Set(known.filter((k) => k.re.test(req.path)).flatMap((k) => (k.method === 'GET' ? ['GET', 'HEAD'] : [k.method])))];
    if (allowed.length === 0) return next(new RemitError(404, 'not_found', `No route ${req.method} ${req.path}`));
    res.setHeader('Allow', allowed.join(', '));
    next(new RemitError(405, 'method_not_allowed', `${req.method} is not allowed on ${req.path}; allowed: ${allowed.join(', ')}`));
  });
  // Express 5 passes rejected promises from handlers here.
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    let e: RemitError | undefined;
    if (err instanceof RemitError) e = err;
    else if (isClientError(err)) e = clientError(err);
    else if ((e = databaseTrouble(err))) res.setHeader('Retry-After', '5');
    else {
      deps.logger.error('request failed', { method: req.method, path: loggedPath(req), error: err instanceof Error ? err.stack : String(err) });
      e = new RemitError(500, 'internal_error', 'Something went wrong on our side; nothing was recorded unless a later GET shows it');
    }
    res.status(e.status).json({ error: { code: e.code, message: e.message, ...(e.details !== undefined ? { details: e.details } : {}) } });
  });
  return app;
}

function unsubscribePage(title: string, text: string, button: boolean): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="font-family:sans-serif;max-width:32rem;margin:3rem auto"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>
${button ? '<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>' : ''}</body></html>\n`;
}

/**
 * A 4xx from Express itself: body-parser (bad JSON, size, charset, encoding, corrupt gzip: a
 * `type`, or an http-errors `expose`) or the router (bad %-encoding: a URIError with status 400).
 * Not any error with a `status`: a provider SDK's 4xx is our failure, not the client's.
 */
interface ClientError {
  type?: string;
  status: number;
  message: string;
  limit?: number;
  expose?: boolean;
}
function isClientError(err: unknown): err is ClientError {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as Partial<ClientError>;
  if (typeof e.status !== 'number' || e.status < 400 || e.status >= 500) return false;
  return typeof e.type === 'string' || e.expose === true || err instanceof URIError;
}
function clientError(err: ClientError): RemitError {
  if (err instanceof URIError) return new RemitError(400, 'invalid_path', 'The path is not valid percent-encoded UTF-8');
  if (err.type === 'entity.parse.failed') return new RemitError(400, 'invalid_json', 'The body is not valid JSON');
  if (err.type === 'entity.too.large') {
    const limit = typeof err.limit === 'number' ? `${Math.round(err.limit / 1024)} kB` : 'the limit';
    return new RemitError(413, 'body_too_large', `The body is larger than ${limit}`);
  }
  if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported') return new RemitError(415, 'unsupported_encoding', err.message);
  if (err.type === undefined && err.status === 400) return new RemitError(400, 'bad_request', `The body could not be read: ${err.message}`);
  return new RemitError(err.status, 'bad_request', err.message);
}
