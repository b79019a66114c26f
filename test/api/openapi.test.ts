// /openapi.json against what the API really does: what scripts/fuzz-api.sh (Schemathesis) found,
// kept as fast regression tests. Every route is documented, every status it answers too, real
// responses match their documented schemas, and bad input gets a clear 4xx and changes nothing.
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { request as httpRequest } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { z } from 'zod';
import { stripeSignatureHeader, svixHeaders, twilioSignature } from '../support/providerSignatures';
import { ApiClient, invoicePayload, startTestRemit, waitFor, type TestRemit } from '../support/remit';
import { createApp, type ApiDeps } from '../../src/api/app';
import { CreateInvoice, PauseInput, PaymentInput } from '../../src/api/schemas';
import { createLogger } from '../../src/logger';

// Provider webhook secrets are set so their signature checks run (401), instead of 403.
const PROVIDERS = {
  TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000',
  TWILIO_AUTH_TOKEN: 'openapi-test-twilio-token',
  TWILIO_FROM: '+15005550006',
  RESEND_WEBHOOK_SECRET: 'whsec_b3BlbmFwaS10ZXN0LXJlc2VuZC1zZWNyZXQ=',
  STRIPE_WEBHOOK_SECRET: 'whsec_openapi_test_stripe',
};

type Json = Record<string, any>;
let t: TestRemit;
let doc: Json;
before(async () => {
  t = await startTestRemit({ env: PROVIDERS });
  doc = (await t.api.get('/openapi.json')).body;
});
after(() => t.stop());

const operations = () =>
  Object.entries(doc.paths as Json).flatMap(([path, ops]) => Object.entries(ops as Json).map(([method, op]) => ({ path, method, op: op as Json, label: `${method.toUpperCase()} ${path}` })));

const countRows = async () => ({
  invoices: await t.database.prisma.invoice.count(),
  customers: await t.database.prisma.customer.count(),
  payments: await t.database.prisma.payment.count(),
  events: await t.database.prisma.webhookEvent.count(),
  sequences: await t.database.prisma.sequence.count(),
});

/** A part of the document with every `$ref` replaced by what it points to (the document has no cycles). */
function deref(x: unknown): any {
  if (Array.isArray(x)) return x.map(deref);
  if (x && typeof x === 'object') {
    const ref = (x as Json).$ref as string | undefined;
    if (ref) return deref(pointer(ref));
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, deref(v)]));
  }
  return x;
}
/** What a local `$ref` (`#/components/…`) points to, or undefined. */
const pointer = (ref: string): unknown =>
  ref.startsWith('#/') ? ref.slice(2).split('/').reduce((o: any, k) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc) : undefined;

/** The documented schema of one response, $refs resolved, as a zod schema. */
function documented(path: string, method: string, status: number, contentType = 'application/json'): z.ZodType {
  const response = deref(doc.paths[path]?.[method]?.responses?.[String(status)]);
  assert.ok(response, `${method.toUpperCase()} ${path} documents ${status}`);
  const schema = response.content?.[contentType]?.schema;
  assert.ok(schema, `${method.toUpperCase()} ${path} ${status} documents a ${contentType} body`);
  return z.fromJSONSchema(schema);
}

function assertConforms(path: string, method: string, r: { status: number; body: unknown }) {
  const parsed = documented(path, method, r.status).safeParse(r.body);
  assert.ok(parsed.success, `${method.toUpperCase()} ${path} ${r.status} conforms: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}\n${JSON.stringify(r.body)}`);
}

describe('the document', () => {
  test('every protected route declares its security and 401; every signed webhook a signature scheme', () => {
    const schemes = doc.components.securitySchemes as Json;
    for (const { label, op, path } of operations()) {
      if (path === '/healthz' || path.startsWith('/u/') || path.startsWith('/i/')) {
        // Health checks, one-click unsubscribe links (RFC 8058: no login) and invoice pages (a signed link).
        assert.deepEqual(op.security, [], `${label} is public`);
        continue;
      }
      assert.equal(op.security?.length, 1, `${label} declares one security requirement`);
      const [scheme] = Object.keys(op.security[0]);
      assert.ok(schemes[scheme!], `${label}: scheme ${scheme} is defined`);
      assert.ok(op.responses['401'], `${label} documents 401`);
      if (path.startsWith('/v1/webhooks/')) {
        assert.equal(schemes[scheme!].type, 'apiKey', `${label} is signed, not keyed`);
        assert.equal(schemes[scheme!].in, 'header');
        assert.match(op.description, /signature, not by the API key/);
      } else {
        assert.equal(scheme, 'bearerAuth', `${label} takes the API key`);
      }
    }
    // Provider webhooks whose secret may be unset answer 403; the payments one always has its secret.
    for (const p of ['twilio/status', 'twilio/inbound', 'resend', 'stripe']) assert.ok(doc.paths[`/v1/webhooks/${p}`].post.responses['403'], p);
    assert.equal(doc.paths['/v1/webhooks/payments'].post.responses['403'], undefined);
  });

  test('every route the app serves is documented, and every documented operation is served', () => {
    // The route table itself, from an app given only the settings its routes read when they are
    // declared (nothing is served; the document checked is the running Remit's).
    const declaringOnly = { maxMessages: 10, maxSmsSegments: 3, logger: createLogger('error'), apiKey: 'k', webhookSecret: 's', providers: {} };
    const app = createApp(declaringOnly as unknown as ApiDeps);
    const served = (app.router.stack as { route?: { path: string; methods: Record<string, boolean> } }[])
      .flatMap((l) => (l.route ? Object.keys(l.route.methods).map((m) => `${m.toUpperCase()} ${l.route!.path.replace(/:([A-Za-z]+)/g, '{$1}')}`) : []))
      .filter((r) => r !== 'GET /openapi.json');
    assert.ok(served.length > 20, 'the route table was read');
    assert.deepEqual(operations().map((o) => o.label).sort(), served.sort());
  });

  test('every $ref resolves; shared schemas and error answers are components, each one used', () => {
    const refs = new Set<string>();
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') {
        for (const [k, v] of Object.entries(x)) {
          if (k === '$ref') refs.add(v as string);
          else walk(v);
        }
      }
    };
    walk(doc);
    for (const ref of refs) assert.notEqual(pointer(ref), undefined, `${ref} resolves`);
    for (const kind of ['schemas', 'responses']) {
      const names = Object.keys(doc.components[kind] ?? {});
      assert.ok(names.length > 5, `components.${kind} is used`);
      for (const name of names) assert.ok(refs.has(`#/components/${kind}/${name}`), `components.${kind}.${name} is referenced`);
    }
    // A response shape several routes answer is written once.
    for (const p of ['pause', 'resume', 'void']) {
      assert.deepEqual(doc.paths[`/v1/invoices/{id}/${p}`].post.responses['200'].content['application/json'].schema, { $ref: '#/components/schemas/CommandResult' }, p);
    }
    assert.deepEqual(doc.paths['/v1/invoices/{id}'].get.responses['404'], { $ref: '#/components/responses/NotFound' });
  });

  test('request bodies refuse what the routes refuse, where JSON Schema can say it', () => {
    const documentedBody = (path: string) => z.fromJSONSchema(deref(doc.paths[path].post.requestBody.content['application/json'].schema));
    const cases: [string, z.ZodType, unknown[], unknown[]][] = [
      [
        '/v1/invoices',
        CreateInvoice,
        [invoicePayload(), invoicePayload({ dueDate: '2026-12-01', paymentUrl: undefined })],
        [invoicePayload({ amountDue: 12 }), invoicePayload({ amountDue: '-5.00' }), invoicePayload({ currency: 'ZZZ' }), invoicePayload({ customer: undefined }), invoicePayload({ extra: true })],
      ],
      [
        '/v1/invoices/{id}/payments',
        PaymentInput,
        [{ amount: '10.00' }, { amount: '5', reference: 'r-1', paidAt: '2026-01-01T10:00:00Z' }],
        [{ amount: '1.23456' }, { amount: 10 }, { reference: 'r-1' }, { amount: '1', note: 'x' }, { amount: '1', paidAt: 'yesterday' }],
      ],
      ['/v1/invoices/{id}/pause', PauseInput, [{ actor: 'ops' }, { actor: 'ops', reason: 'call', until: '2030-01-01T00:00:00+02:00' }], [{}, { actor: '' }, { actor: 'ops', until: 'soon' }]],
    ];
    for (const [path, routeSchema, good, bad] of cases) {
      const body = documentedBody(path);
      for (const v of good) {
        assert.ok(routeSchema.safeParse(v).success, `${path}: the route takes ${JSON.stringify(v)}`);
        assert.ok(body.safeParse(v).success, `${path}: the document takes ${JSON.stringify(v)}`);
      }
      for (const v of bad) {
        assert.equal(routeSchema.safeParse(v).success, false, `${path}: the route refuses ${JSON.stringify(v)}`);
        assert.equal(body.safeParse(v).success, false, `${path}: the document refuses ${JSON.stringify(v)}`);
      }
    }
  });

  test('provider signature headers are documented (Svix needs three)', () => {
    const schemes = doc.components.securitySchemes as Json;
    const header = (p: string) => schemes[Object.keys(doc.paths[p].post.security[0])[0]!].name;
    assert.equal(header('/v1/webhooks/payments'), 'Remit-Signature');
    assert.equal(header('/v1/webhooks/twilio/inbound'), 'X-Twilio-Signature');
    assert.equal(header('/v1/webhooks/resend'), 'svix-signature');
    assert.equal(header('/v1/webhooks/stripe'), 'Stripe-Signature');
    const svix = (doc.paths['/v1/webhooks/resend'].post.parameters as Json[]).filter((p) => p.in === 'header');
    assert.deepEqual(svix.map((p) => [p.name, p.required]), [['svix-id', true], ['svix-timestamp', true]]);
  });

  test('statuses the API really answers are documented', () => {
    for (const { label, op, path } of operations()) {
      const statuses = Object.keys(op.responses);
      for (const s of ['400', '500', '503']) assert.ok(statuses.includes(s), `${label} documents ${s}`);
      if (op.requestBody) for (const s of ['413', '415']) assert.ok(statuses.includes(s), `${label} documents ${s}`);
      if (path.includes('{id}')) assert.ok(statuses.includes('404'), `${label} documents 404`);
      // Every 4xx/5xx is an Error body, except /healthz's 503, which is its degraded Health report.
      for (const s of statuses.filter((x) => Number(x) >= 400 && !(path === '/healthz' && x === '503'))) {
        const response = op.responses[s].$ref ? (pointer(op.responses[s].$ref) as Json) : op.responses[s];
        // The invoice page answers its problems as pages, for people.
        if (path.startsWith('/i/') && response.content?.['text/html']) continue;
        assert.deepEqual(response.content, { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }, `${label} ${s} is an Error body`);
      }
    }
    const post = (p: string) => Object.keys(doc.paths[p].post.responses);
    for (const s of ['409', '422']) assert.ok(post('/v1/invoices/{id}/payments').includes(s));
    for (const s of ['409', '422']) assert.ok(post('/v1/invoices/{id}/pause').includes(s));
    assert.ok(post('/v1/sequences').includes('409'));
    assert.ok(post('/v1/invoices').includes('422'));
    assert.ok(doc.paths['/healthz'].get.responses['503'].content['application/json']);
  });

  test('the Twilio inbound webhook answers TwiML, documented as text/xml', async () => {
    const ok = doc.paths['/v1/webhooks/twilio/inbound'].post.responses['200'];
    assert.deepEqual(Object.keys(ok.content), ['text/xml']);
    assert.equal(ok.content['text/xml'].schema.type, 'string');
    assert.match(ok.content['text/xml'].schema.example, /^<\?xml .*<Response>/);
    // Its errors are still JSON.
    assert.ok(deref(doc.paths['/v1/webhooks/twilio/inbound'].post.responses['401']).content['application/json']);
    // And a signed request really gets text/xml.
    const params = { MessageSid: `SM${Date.now()}`, From: '+14155550199', Body: 'HELP' };
    const body = new URLSearchParams(params).toString();
    const signature = twilioSignature(PROVIDERS.TWILIO_AUTH_TOKEN, `${t.url}/v1/webhooks/twilio/inbound`, params);
    const r = await fetch(`${t.url}/v1/webhooks/twilio/inbound`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature } });
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /^text\/xml\b/);
    assert.match(await r.text(), /^<\?xml .*<Response><Message>/);
  });
});

describe('real responses match the document', () => {
  test('an invoice with messages sent, a payment and a pause; its commands; sequences; health', async () => {
    const created = await t.api.post('/v1/invoices', invoicePayload({}, -2 * 86_400_000));
    assertConforms('/v1/invoices', 'post', created);
    const id = created.body.id as string;
    const got = await waitFor('a message sent', async () => {
      const r = await t.api.get(`/v1/invoices/${id}`);
      return r.body.followUp?.messagesSent?.length > 0 && r;
    });
    assertConforms('/v1/invoices/{id}', 'get', got);
    assertConforms('/v1/invoices/{id}/payments', 'post', await t.api.post(`/v1/invoices/${id}/payments`, { amount: '10.00', reference: 'conf-1' }));
    assertConforms('/v1/invoices/{id}/pause', 'post', await t.api.post(`/v1/invoices/${id}/pause`, { actor: 'ops', reason: 'checking', until: new Date(Date.now() + 86_400_000).toISOString() }));
    const paused = await waitFor('paused', async () => {
      const r = await t.api.get(`/v1/invoices/${id}`);
      return r.body.followUp?.pause && r;
    });
    assertConforms('/v1/invoices/{id}', 'get', paused);
    assertConforms('/v1/customers/{id}/resume', 'post', await t.api.post(`/v1/customers/${got.body.customer.id}/resume`, { actor: 'ops' }));
    assertConforms('/v1/sequences', 'get', await t.api.get('/v1/sequences'));
    assertConforms('/healthz', 'get', await t.api.get('/healthz'));
  });

  test('signed provider webhooks answer their documented result', async () => {
    const resendBody = JSON.stringify({ type: 'email.delivered', created_at: new Date().toISOString(), data: { email_id: 'no-such-email' } });
    const svix = svixHeaders(PROVIDERS.RESEND_WEBHOOK_SECRET, resendBody);
    const resend = await t.api.request('POST', '/v1/webhooks/resend', resendBody, { 'svix-id': svix.id, 'svix-timestamp': svix.timestamp, 'svix-signature': svix.signature });
    assert.equal(resend.status, 200, JSON.stringify(resend.body));
    assertConforms('/v1/webhooks/resend', 'post', resend);
    const stripeBody = JSON.stringify({ id: `evt_${Date.now()}`, object: 'event', type: 'customer.created', data: { object: {} } });
    const stripe = await t.api.request('POST', '/v1/webhooks/stripe', stripeBody, { 'stripe-signature': stripeSignatureHeader(PROVIDERS.STRIPE_WEBHOOK_SECRET, stripeBody) });
    assert.equal(stripe.status, 200, JSON.stringify(stripe.body));
    assertConforms('/v1/webhooks/stripe', 'post', stripe);
    const payment = await t.api.webhook({ id: `evt_${Date.now()}`, type: 'invoice.voided', data: { invoiceExternalId: 'not-imported-yet' } });
    assert.equal(payment.status, 202);
    assertConforms('/v1/webhooks/payments', 'post', payment);
  });

  test('errors match the Error schema; a 422 names its field like a 400 does', async () => {
    const inv = await t.api.post('/v1/invoices', invoicePayload({ currency: 'JPY', amountDue: '5000' }, 3_600_000));
    const r = await t.api.post(`/v1/invoices/${inv.body.id}/payments`, { amount: '0' });
    assert.equal(r.status, 422);
    assertConforms('/v1/invoices/{id}/payments', 'post', r);
    assert.deepEqual(r.body.error.details.map((d: { field: string }) => d.field), ['amount']);
    const bad = await t.api.post('/v1/invoices', invoicePayload({ amountDue: 12 }));
    assertConforms('/v1/invoices', 'post', bad);
    assertConforms('/v1/invoices/{id}', 'get', await t.api.get('/v1/invoices/no-such-invoice'));
    assertConforms('/v1/sequences', 'get', await new ApiClient(t.url, '').get('/v1/sequences'));
  });
});

describe('inputs the fuzzer found now get a 4xx and change nothing', () => {
  test('NUL characters and lone surrogates in JSON strings → 400 naming the field (they used to be 500s)', async () => {
    const before = await countRows();
    const cases: [unknown, string][] = [
      [invoicePayload({ customer: { externalId: 'cus\u0000x' } }), 'customer.externalId'],
      [invoicePayload({ number: 'INV\ud800' }), 'number'],
    ];
    for (const [body, field] of cases) {
      const r = await t.api.post('/v1/invoices', body);
      assert.equal(r.status, 400, JSON.stringify(r.body));
      assert.equal(r.body.error.code, 'validation_failed');
      assert.deepEqual(r.body.error.details.map((d: { field: string }) => d.field), [field]);
    }
    const inv = await t.api.post('/v1/invoices', invoicePayload({}, 3_600_000));
    const reply = await t.api.post(`/v1/invoices/${inv.body.id}/replies`, { channel: 'email', body: 'hello\u0000' });
    assert.equal(reply.status, 400);
    assert.deepEqual(await countRows(), { ...before, invoices: before.invoices + 1, customers: before.customers + 1 }, 'only the valid invoice was stored');
    assert.equal(await t.database.prisma.inboundMessage.count({ where: { invoiceIds: { has: inv.body.id } } }), 0);
  });

  test('path ids with NUL or broken %-encoding → 400, not 500', async () => {
    const nul = await t.api.get('/v1/invoices/a%00b');
    assert.equal(nul.status, 400);
    assert.equal(nul.body.error.details[0].field, 'id');
    for (const p of ['/v1/invoices/%ED%A0%80', '/v1/invoices/%zz', '/v1/customers/%E0%A4%A/pause']) {
      const r = await t.api.request(p.endsWith('pause') ? 'POST' : 'GET', p, p.endsWith('pause') ? { actor: 'a' } : undefined);
      assert.equal(r.status, 400, p);
      assert.equal(r.body.error.code, 'invalid_path');
    }
  });

  test('a step offset too far from the due date → 400 (an invoice on it used to 500 or start a broken workflow)', async () => {
    const before = await countRows();
    for (const offset of ['P99999999999D', 'PT99999999999999999999S', 'P1000000W', '-P200000000D', 'P3654D']) {
      const r = await t.api.post('/v1/sequences', { name: `far-${before.sequences}-${offset.length}`, steps: [{ offset, channel: 'email', template: 'follow_up' }] });
      assert.equal(r.status, 400, `${offset}: ${JSON.stringify(r.body)}`);
      assert.equal(r.body.error.details[0].field, 'steps.0.offset');
    }
    assert.deepEqual(await countRows(), before);
    const ok = await t.api.post('/v1/sequences', { name: `far-ok-${Date.now()}`, steps: [{ offset: 'P3653D', channel: 'email', template: 'follow_up' }] });
    assert.equal(ok.status, 201);
    // At the far end of the due dates a follow-up takes (REMIT_DUE_DATE_MAX_FUTURE), the last step 10 years on.
    assert.equal((await t.api.post('/v1/invoices', invoicePayload({ sequence: ok.body.name }, 729 * 86_400_000))).status, 201);
    assert.equal((await t.api.post('/v1/invoices', invoicePayload({ sequence: ok.body.name, dueDate: '9999-12-31' }))).status, 400);
  });

  test('bodies that cannot be read: corrupt gzip → 400, unknown encoding or charset → 415, too large → 413, too deep → 400', async () => {
    const before = await countRows();
    const json = { 'content-type': 'application/json' };
    const corrupt = await t.api.request('POST', '/v1/invoices', '{"not":"gzip"}', { ...json, 'content-encoding': 'gzip' });
    assert.equal(corrupt.status, 400);
    assert.equal(corrupt.body.error.code, 'bad_request');
    const gz = await rawPost('/v1/invoices', gzipSync(JSON.stringify(invoicePayload({ amountDue: 'x' }))), { ...json, 'content-encoding': 'gzip' });
    assert.equal(gz.status, 400, 'a real gzip body is read (and validated)');
    assert.equal((await t.api.request('POST', '/v1/invoices', '{}', { ...json, 'content-encoding': 'compress' })).status, 415);
    assert.equal((await t.api.request('POST', '/v1/invoices', '{}', { 'content-type': 'application/json; charset=latin1' })).status, 415);
    const big = await t.api.request('POST', '/v1/invoices', JSON.stringify({ pad: 'x'.repeat(300_000) }), json);
    assert.equal(big.status, 413);
    assert.match(big.body.error.message, /256 kB/);
    const bigForm = await t.api.request('POST', '/v1/webhooks/twilio/inbound', `Body=${'x'.repeat(70_000)}`, { 'content-type': 'application/x-www-form-urlencoded' });
    assert.equal(bigForm.status, 413);
    assert.match(bigForm.body.error.message, /64 kB/);
    const deep = await t.api.request('POST', '/v1/invoices', `{"number":${'['.repeat(50_000)}${']'.repeat(50_000)}}`, json);
    assert.equal(deep.status, 400);
    assert.deepEqual(await countRows(), before);
  });

  test('unsigned junk to every webhook → 401 (415 for a Twilio body that is not a form), never 5xx, nothing recorded', async () => {
    const before = await countRows();
    const anon = new ApiClient(t.url, '');
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const cases: [string, string, Record<string, string>, number][] = [
      ['/v1/webhooks/payments', '{"id":"e","type":"payment.succeeded","data":{}}', { 'content-type': 'application/json', 'remit-signature': 't=1,v1=zz' }, 401],
      ['/v1/webhooks/twilio/status', 'MessageSid=SM1&MessageStatus=delivered', { ...form, 'x-twilio-signature': 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' }, 401],
      ['/v1/webhooks/twilio/inbound', 'MessageSid=SM1&From=%2B14155550123&Body=STOP&Body=x', form, 401],
      ['/v1/webhooks/twilio/inbound', '{"Body":"STOP"}', { 'content-type': 'application/json' }, 415],
      ['/v1/webhooks/resend', '{"type":"email.opened","data":{}}', { 'content-type': 'application/json', 'svix-id': 'msg_1', 'svix-timestamp': 'soon', 'svix-signature': 'v1,abc' }, 401],
      ['/v1/webhooks/resend', '{"type":"email.opened","data":{}}', { 'content-type': 'application/json', 'svix-id': 'msg_1', 'svix-timestamp': String(Math.floor(Date.now() / 1000)), 'svix-signature': 'v1,AAAA' }, 401],
      ['/v1/webhooks/stripe', '{"id":"evt_1","type":"invoice.paid","data":{"object":{}}}', { 'content-type': 'application/json', 'stripe-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` }, 401],
      ['/v1/webhooks/stripe', 'not json', { 'content-type': 'text/plain' }, 401],
    ];
    for (const [path, body, headers, status] of cases) {
      const r = await anon.request('POST', path, body, headers);
      assert.equal(r.status, status, `${path} ${JSON.stringify(headers)}: ${JSON.stringify(r.body)}`);
      assert.ok(doc.paths[path].post.responses[String(status)], `${path} documents ${status}`);
    }
    // Without REMIT_PUBLIC_URL Twilio's URL comes from the Host header; one that makes no URL is a bad request, not a 500.
    const badHost = await rawPost('/v1/webhooks/twilio/status', Buffer.from('MessageSid=SM1'), { ...form, host: 'bad host', 'x-twilio-signature': 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' });
    assert.equal(badHost.status, 400, JSON.stringify(badHost.body));
    assert.deepEqual(await countRows(), before);
  });

  test('a known path with a method it does not take → 405 with Allow (was 404)', async () => {
    const r = await t.api.request('DELETE', '/v1/invoices/some-id');
    assert.equal(r.status, 405);
    assert.equal(r.headers.get('allow'), 'GET, HEAD');
    const put = await t.api.request('PUT', '/v1/sequences', {});
    assert.equal(put.status, 405);
    assert.equal(put.headers.get('allow'), 'POST, GET, HEAD');
    assert.equal((await t.api.get('/v1/no-such-thing')).status, 404);
    assert.equal((await new ApiClient(t.url, '').request('DELETE', '/v1/invoices/x')).status, 401, 'auth first');
  });
});

/** A request fetch() will not send as is (a raw gzip body, a Host header of our choosing). */
function rawPost(path: string, body: Buffer, headers: Record<string, string>): Promise<{ status: number; body: any }> {
  const url = new URL(t.url + path);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path, method: 'POST', headers: { authorization: `Bearer ${t.api.apiKey}`, 'content-length': String(body.length), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
