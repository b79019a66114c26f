// The invoice's self-service page (`/i/<token>`, the payment link in every message): no login,
// the signed token is the key. Server-rendered HTML that works without JavaScript; each form
// posts and is redirected (303) to a confirmation, so a reload does not answer twice. A bad
// link or answer gets a page that says so, never an error body.
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { DISPUTE_REASONS } from '../domain/intent/types';
import { INVOICE_PAGE_CSP, PAGE_ANSWERS, invoicePageHtml, problemPageHtml } from '../domain/invoicePageHtml';
import { RemitError } from '../services/errors';
import type { PageAnswerInput } from '../services/invoicePage';
import type { Logger } from '../logger';
import { databaseTrouble } from './errorHandling';
import { route, unstorableText, type RouteSpec } from './routes';
import type { ApiDeps } from './deps';

const html = (description: string) => ({ description, contentType: 'text/html', schema: z.string() });
/** What every page route may answer besides its own: a page explaining the problem. */
const PROBLEMS = {
  400: html('The link is malformed (cut off, not ours)'),
  403: html('The link was altered (its signature does not match)'),
  404: html('The invoice no longer exists'),
  410: html('The link has expired (REMIT_INVOICE_PAGE_TTL after its message)'),
  503: html('The database is unavailable; try again shortly'),
};

const AnswerForm = z.object({
  answer: z.enum(PAGE_ANSWERS),
  day: z.string().max(20).optional().meta({ description: "promise_to_pay: the customer's local day, YYYY-MM-DD" }),
  reason: z.enum(DISPUTE_REASONS).optional().meta({ description: 'dispute: required' }),
  note: z.string().max(500).optional(),
});

export function invoicePageRoutes(deps: ApiDeps): RouteSpec<z.ZodType | undefined>[] {
  const tag = 'invoice page';
  return [
    route({
      method: 'get', path: '/i/:token', tag, auth: 'none',
      summary: "An invoice's self-service page: amount, due date, Pay now and the one-click answers (records a visit; `?done=<answer>` confirms an answer)",
      responses: { 200: html('The invoice page'), ...PROBLEMS },
      handler: async ({ params, req }) => {
        const claim = deps.invoicePage.claim(params.token!);
        const done = PAGE_ANSWERS.find((a) => a === req.query.done);
        const view = await deps.invoicePage.view(claim, !done);
        return { status: 200, contentType: 'text/html', body: invoicePageHtml(view, { self: params.token!, ...(done ? { done } : {}) }) };
      },
    }),
    route({
      method: 'get', path: '/i/:token/pay', tag, auth: 'none',
      summary: "Pay now: records the click and redirects (303) to the invoice's payment URL",
      responses: { 303: html("To the invoice's paymentUrl"), 409: html('Nothing to pay online (no paymentUrl, or the invoice is paid or void)'), ...PROBLEMS },
      handler: async ({ params, res }) => {
        const url = await deps.invoicePage.payNow(deps.invoicePage.claim(params.token!));
        res.location(url);
        return { status: 303, contentType: 'text/html', body: '' };
      },
    }),
    route({
      method: 'post', path: '/i/:token/answer', tag, auth: 'none',
      summary: "A one-click answer (already paid, a promised day, a dispute, wrong person, unsubscribe), recorded like a reply; redirects (303) to the page's confirmation",
      docBody: { contentType: 'application/x-www-form-urlencoded', schema: AnswerForm },
      responses: {
        303: html('Recorded (or already was): to `/i/<token>?done=<answer>`'),
        409: html('The invoice is paid or void: nothing to answer'),
        422: html('The page again, saying what to correct (a promised day in the past or too far ahead)'),
        ...PROBLEMS,
        400: html('A malformed link, or an answer that is not one of the choices (nothing is recorded)'),
      },
      handler: async ({ params, req, res }) => {
        const claim = deps.invoicePage.claim(params.token!);
        const form = readAnswer(req.body);
        try {
          await deps.invoicePage.answer(claim, form);
        } catch (err) {
          if (!(err instanceof RemitError && err.status === 422)) throw err;
          const view = await deps.invoicePage.view(claim, false);
          const problem = { answer: form.answer, message: err.message, ...('day' in form ? { day: form.day } : {}) };
          return { status: 422, contentType: 'text/html', body: invoicePageHtml(view, { self: `../${params.token!}`, problem }) };
        }
        res.location(`../${params.token!}?done=${form.answer}`);
        return { status: 303, contentType: 'text/html', body: '' };
      },
    }),
  ];
}

function readAnswer(body: unknown): PageAnswerInput {
  const parsed = AnswerForm.safeParse(body ?? {});
  const invalid = () => new RemitError(400, 'invalid_answer', 'That answer was not one of the choices on the page, so nothing was recorded. Go back and choose again.');
  if (!parsed.success || unstorableText(parsed.data).length) throw invalid();
  const { answer, day, reason } = parsed.data;
  const note = parsed.data.note?.trim() ? { note: parsed.data.note.trim() } : {};
  switch (answer) {
    case 'promise_to_pay': return { answer, day: day?.trim() ?? '' };
    case 'dispute':
      if (!reason) throw invalid();
      return { answer, reason, ...note };
    case 'paid_already':
    case 'wrong_person': return { answer, ...note };
    case 'unsubscribe': return { answer };
  }
}

/** Every answer under /i/: not cached, not framed, nothing loaded from elsewhere, no token leaked in a Referer. */
export function invoicePageHeaders(_req: Request, res: Response, next: NextFunction) {
  res.setHeader('Content-Security-Policy', INVOICE_PAGE_CSP);
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('X-Robots-Tag', 'noindex');
  next();
}

const TITLES: Record<string, string> = {
  invoice_link_malformed: 'This link is not complete',
  invoice_link_invalid: 'This link is not valid',
  invoice_link_expired: 'This link has expired',
  invalid_answer: 'That answer was not understood',
  invoice_closed: 'Nothing to answer',
  nothing_to_pay_online: 'Nothing to pay online',
};
const PAGE_NOT_FOUND = { title: 'Page not found', text: 'There is no such page. Please use the link exactly as it is in our message.' };

/** A RemitError (a bad link or answer, an unknown path or method) or an unreachable database, as a page; anything else goes on to the JSON error answer. */
export function invoicePageProblems(logger: Logger) {
  return (err: unknown, req: Request, res: Response, next: NextFunction) => {
    const e = err instanceof RemitError ? err : databaseTrouble(err);
    if (!e || res.headersSent) return next(err);
    if (e.status >= 500) {
      logger.warn('invoice page unavailable', { error: err instanceof Error ? err.message : String(err) });
      res.setHeader('Retry-After', '5');
    }
    const page =
      e.status >= 500 ? { title: 'Please try again shortly', text: 'We cannot show this page right now. Please try again in a few minutes.' }
      : e.code === 'invoice_not_found' ? { title: 'Invoice not found', text: 'We could not find this invoice. It may have been withdrawn; reply to our message if you have questions.' }
      : e.code === 'not_found' || e.code === 'method_not_allowed' ? PAGE_NOT_FOUND
      : { title: TITLES[e.code] ?? 'Something is not right', text: e.message };
    res.status(e.status).type('text/html').send(problemPageHtml(page.title, page.text));
  };
}
