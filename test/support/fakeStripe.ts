// A stand-in for the Stripe API on loopback, answering the few reads Remit makes as
// api.stripe.com does (list envelopes, `{ error: { type, code, message, param } }` bodies), so
// the real `stripe` SDK can be driven against it. Objects are put in its maps by the tests;
// failures can be scripted for the next requests.
import { json, ScriptedFailures, startLoopbackServer, type ScriptedFailure } from './fakeHttp';

export interface StripeRequest {
  method: string;
  path: string;
  query: Record<string, string>;
}

type StripeObject = Record<string, unknown>;

export interface FakeStripe {
  /** Base URL to hand the SDK (STRIPE_API_BASE_URL). */
  url: string;
  apiKey: string;
  charges: Map<string, StripeObject>;
  paymentIntents: Map<string, StripeObject>;
  /** Listed by GET /v1/invoice_payments, filtered by payment[payment_intent] and status. */
  invoicePayments: StripeObject[];
  requests: StripeRequest[];
  /** Answer the next `n` requests with `response` (an outage, a rate limit). */
  failNext(n: number, response: ScriptedFailure): void;
  /** Drop the scripted failures still queued (an outage ends); the request log is kept. */
  clearFailures(): void;
  reset(): void;
  close(): Promise<void>;
}

/** Stripe's own error answers. */
export const stripeErrors = {
  missing: (kind: string, id: string, param = 'id') => ({
    status: 404,
    body: { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${kind}: '${id}'`, param, doc_url: 'https://stripe.com/docs/error-codes/resource-missing' } },
  }),
  apiError: () => ({
    status: 500,
    body: { error: { type: 'api_error', message: 'An unknown error occurred' } },
  }),
};

export async function startFakeStripe(opts: { apiKey?: string } = {}): Promise<FakeStripe> {
  const apiKey = opts.apiKey ?? 'sk_test_remit_fake_0123456789';
  const charges = new Map<string, StripeObject>();
  const paymentIntents = new Map<string, StripeObject>();
  const invoicePayments: StripeObject[] = [];
  const requests: StripeRequest[] = [];
  const failures = new ScriptedFailures();

  const server = await startLoopbackServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const request: StripeRequest = { method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams) };
    requests.push(request);

    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ')) {
      return json(res, 401, { error: { type: 'invalid_request_error', message: 'You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. \'Authorization: Bearer YOUR_SECRET_KEY\').' } });
    }
    if (auth !== `Bearer ${apiKey}`) {
      return json(res, 401, { error: { type: 'invalid_request_error', message: `Invalid API Key provided: ${auth.slice(7, 15)}${'*'.repeat(12)}${auth.slice(-4)}` } });
    }
    if (failures.answer(res)) return;

    const one = (map: Map<string, StripeObject>, kind: string, param: string, id: string) => {
      const found = map.get(decodeURIComponent(id));
      if (found) return json(res, 200, found);
      const e = stripeErrors.missing(kind, decodeURIComponent(id), param);
      return json(res, e.status, e.body);
    };
    const charge = /^\/v1\/charges\/([^/]+)$/.exec(url.pathname);
    if (charge && req.method === 'GET') return one(charges, 'charge', 'id', charge[1]!);
    const intent = /^\/v1\/payment_intents\/([^/]+)$/.exec(url.pathname);
    if (intent && req.method === 'GET') return one(paymentIntents, 'payment_intent', 'intent', intent[1]!);
    if (url.pathname === '/v1/invoice_payments' && req.method === 'GET') {
      const q = request.query;
      const data = invoicePayments.filter((ip) => {
        const payment = (ip.payment ?? {}) as Record<string, unknown>;
        return (!q['payment[payment_intent]'] || payment.payment_intent === q['payment[payment_intent]']) && (!q.status || ip.status === q.status) && (!q.invoice || ip.invoice === q.invoice);
      });
      const limit = Number(q.limit ?? 10);
      return json(res, 200, { object: 'list', data: data.slice(0, limit), has_more: data.length > limit, url: '/v1/invoice_payments' });
    }
    return json(res, 404, {
      error: { type: 'invalid_request_error', message: `Unrecognized request URL (${req.method}: ${url.pathname}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.` },
    });
  });

  return {
    url: server.url,
    apiKey,
    charges,
    paymentIntents,
    invoicePayments,
    requests,
    failNext(n, response) {
      failures.add(n, response);
    },
    clearFailures() {
      failures.clear();
    },
    reset() {
      charges.clear();
      paymentIntents.clear();
      invoicePayments.length = 0;
      requests.length = 0;
      failures.clear();
    },
    close: server.close,
  };
}
