// Invoices: create (which starts the follow-up), read, the timeline, and the changes of course
// (payments, replies, pause, resume, void).
import { z } from 'zod';
import { findInvoice } from '../services/invoiceStore';
import { readTimeline } from '../services/timeline';
import { RemitError } from '../services/errors';
import { route, type RouteSpec } from './routes';
import { CommandResult, CreatedInvoice, CreateInvoice, InvoiceView, PauseInput, PaymentInput, PaymentResult, ReplyInput, ResumeInput, TimelineView, VoidInput } from './schemas';
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
  ];
}
