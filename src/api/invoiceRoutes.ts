// Invoices: create (which starts the follow-up), read, the timeline, and the changes of course
// (payments, replies, pause, resume, void).
import { z } from 'zod';
import { findInvoice } from '../services/invoiceStore';
import { readTimeline } from '../services/timeline';
import { listInvoices } from '../services/conversationView';
import { RemitError } from '../services/errors';
import { route, type RouteSpec } from './routes';
import { CommandResult, CreatedInvoice, CreateInvoice, InvoiceList, InvoiceQuery, InvoiceView, PauseInput, PaymentInput, PaymentResult, PromiseInput, PromiseResult, ReplyInput, ReplyResult, ResumeInput, TimelineView, VoidInput } from './schemas';
import type { ApiDeps } from './deps';

export function invoiceRoutes(deps: ApiDeps): RouteSpec<z.ZodType | undefined>[] {
  const { service } = deps;
  return [
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
        const { created, invoice, delivery, unappliedPayments } = await service.intake.create(body);
        return { status: created ? 201 : 200, body: { id: invoice.id, workflowId: invoice.workflowId, status: invoice.status, delivery, unappliedPayments } };
      },
    }),
    route({
      method: 'get', path: '/v1/invoices', tag: 'invoices', auth: 'apiKey', summary: 'Invoices, newest first: by status, customer or a search (paginated)',
      query: InvoiceQuery,
      responses: { 200: { description: 'A page of invoices; pass nextCursor as cursor for the next', schema: InvoiceList }, 404: { description: 'No such customer' } },
      handler: async ({ query }) => ({ status: 200, body: await listInvoices(deps.database.prisma, query as InvoiceQuery) }),
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
      handler: async ({ params }) => ({ status: 200, body: await readTimeline(deps.database.prisma, (await findInvoice(deps.database.prisma, params.id!)).id) }),
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
        const result = await service.payments.record(params.id!, body, 'api', undefined, key);
        if (result.replayed) res.setHeader('Idempotent-Replayed', 'true');
        return { status: 200, body: result };
      },
    }),
    route({
      method: 'post', path: '/v1/invoices/:id/replies', tag: 'invoices', auth: 'apiKey', summary: 'Record a customer reply: read for its intents, kept in the customer\'s conversation; a person\'s reply pauses the follow-up until someone resumes it, an auto-reply does not (a return date holds the next message until that day)',
      body: ReplyInput,
      responses: { 200: { description: 'Recorded', schema: ReplyResult }, 422: { description: '`receivedAt` is in the future' } },
      handler: async ({ params, body }) => {
        const receivedAt = body.receivedAt ? new Date(body.receivedAt) : new Date();
        // A minute of clock skew is allowed; a message from the future is a mistake.
        if (receivedAt.getTime() > Date.now() + 60_000) throw new RemitError(422, 'validation_failed', 'receivedAt must not be in the future', { field: 'receivedAt' });
        const input = { channel: body.channel, text: body.body, receivedAt, ...(body.from ? { from: body.from } : {}), ...(body.subject ? { subject: body.subject } : {}) };
        return { status: 200, body: await service.conversations.receiveForInvoice(params.id!, input) };
      },
    }),
    route({
      method: 'post', path: '/v1/invoices/:id/promises', tag: 'invoices', auth: 'apiKey',
      summary: "Record a promise to pay (by a day, optionally an amount): the follow-up holds until the end of that day in the customer's zone plus the grace period, then the promise is kept or broken",
      body: PromiseInput,
      responses: {
        201: { description: 'Recorded; an earlier open promise for the invoice is replaced', schema: PromiseResult },
        409: { description: 'Invoice is paid or void' },
        422: { description: 'The day is in the past or more than a year away, or the amount is more than is due' },
      },
      handler: async ({ params, body }) => ({ status: 201, body: await service.promises.make(params.id!, body) }),
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
  ];
}
