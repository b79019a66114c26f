// Webhooks: payment processors (Remit-signed), Twilio, Resend (Svix) and Stripe. Each checks
// its provider's signature over the raw request before anything is read.
import type { Request } from 'express';
import { z } from 'zod';
import { RemitError } from '../services/errors';
import type { ResendEvents } from '../services/resendEvents';
import { assertTwilioRequest, RESEND_WEBHOOK_HEADERS, STRIPE_SIGNATURE_HEADER, TWILIO_SIGNATURE_HEADER, twiml, verifyResendWebhook, verifyStripeEvent, WebhookSignatureError } from '../webhooks/signatures';
import { route, type RouteSpec, type WebhookSignatureDoc } from './routes';
import { PaymentWebhook, ProviderEventResult, WebhookResult } from './schemas';
import type { ApiDeps } from './deps';

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

export function webhookRoutes(deps: ApiDeps): RouteSpec<z.ZodType | undefined>[] {
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

  return [
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
      handler: async ({ req }) => ({ status: 200, body: await deps.twilioEvents.status(twilioParams(req)) }),
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
        const r = await deps.twilioEvents.inbound(twilioParams(req));
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
        return { status: 200, body: await deps.resendEvents.event(headers.id!, event as Parameters<ResendEvents['event']>[1]) };
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
        return { status: 200, body: await deps.stripeEvents.event(event!) };
      },
    }),
  ];
}
