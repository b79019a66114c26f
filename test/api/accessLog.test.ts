// The access log, over real HTTP: every request gets an id, returned in X-Request-Id (a sane
// one the client sent is kept), and one log line with that id, method, path, status and
// duration, but never a query string, a body or the Authorization header.
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, test } from 'node:test';
import { createApp, type ApiDeps } from '../../src/api/app';
import { createLogger } from '../../src/logger';
import { waitFor } from '../support/remit';

interface AccessLine {
  level: string;
  msg: string;
  req?: { id: string; method: string; path: string };
  res?: { status: number };
  responseTime?: number;
}

const API_KEY = 'access-log-test-key';
const written: string[] = [];
let server: Server;
let base: string;

before(async () => {
  const logger = createLogger('debug', { write: (line: string) => void written.push(line) });
  // Only what the requests below reach: the access log runs before any of it.
  const deps = {
    apiKey: API_KEY,
    webhookSecret: 'access-log-test-webhook-secret',
    maxMessages: 10,
    maxSmsSegments: 3,
    providers: {},
    logger,
    service: { getInvoice: async () => Promise.reject(new Error('database on fire')) },
    twilioEvents: { inbound: async () => ({}) },
    consents: { readLink: () => ({ address: 'ada@example.com' }), unsubscribe: async () => Promise.reject(new Error('database on fire')) },
    database: { prisma: { $queryRaw: async () => [1], workflowCommand: { count: async () => 0 }, unmatchedProviderEvent: { count: async () => 0 } } },
    calls: { withDeadline: (_client: unknown, _ms: number, fn: () => Promise<unknown>) => fn() },
    client: { workflowService: { getSystemInfo: async () => ({}) } },
    temporal: { address: 'temporal.test:7233', namespace: 'default' },
  } as unknown as ApiDeps;
  server = createApp(deps).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

/** Sends a request; resolves with its response and the access-log line carrying its X-Request-Id. */
async function send(path: string, init: RequestInit = {}): Promise<{ res: Response; id: string; line: AccessLine }> {
  const res = await fetch(base + path, init);
  await res.arrayBuffer();
  const id = res.headers.get('x-request-id');
  assert.ok(id, 'the response has an X-Request-Id');
  const line = await waitFor(`the access log line of ${path}`, () => lines().find((l) => l.req?.id === id && l.res), 2_000, 10);
  return { res, id, line };
}
const lines = () => written.map((l) => JSON.parse(l) as AccessLine);

test("a sane X-Request-Id is kept and answered; the line has method, path, status, duration, and none of the request's secrets", async () => {
  const { res, id, line } = await send('/v1/sequences?api_key=query-secret&email=ada%40example.com', {
    headers: { 'x-request-id': 'client-req-42', authorization: 'Bearer header-secret' },
  });
  assert.equal(res.status, 401);
  assert.equal(id, 'client-req-42');
  assert.deepEqual(line.req, { id: 'client-req-42', method: 'GET', path: '/v1/sequences' });
  assert.deepEqual(line.res, { status: 401 });
  assert.equal(typeof line.responseTime, 'number');
  assert.equal(line.level, 'warn', 'a refused request is a warning');
  const raw = written.join('');
  for (const secret of ['query-secret', 'ada', 'header-secret', 'Bearer', 'authorization']) assert.ok(!raw.includes(secret), `the log has no ${secret}`);
});

test('an id that is missing, too long or has spaces or control-like characters is replaced by a fresh UUID', async () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const ids = new Set<string>();
  for (const given of [undefined, 'x'.repeat(129), 'forged id", "level":"error', '']) {
    const { id, line } = await send('/healthz', given === undefined ? {} : { headers: { 'x-request-id': given } });
    assert.match(id, UUID);
    assert.equal(line.req?.id, id);
    ids.add(id);
  }
  assert.equal(ids.size, 4, 'each request has its own id');
});

test('a webhook body (contact details, signatures) is never logged', async () => {
  const { res } = await send('/v1/webhooks/twilio/inbound', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'c2lnbmF0dXJlLXNlY3JldC0wMTIzNDU2Nzg5MDE=' },
    body: 'From=%2B14155550123&Body=call+me+at+home',
  });
  assert.equal(res.status, 403); // no TWILIO_AUTH_TOKEN: the webhook is off, but the request is logged
  const raw = written.join('');
  for (const secret of ['4155550123', 'call', 'c2lnbmF0dXJl']) assert.ok(!raw.includes(secret), `the log has no ${secret}`);
});

test('levels: a probe is debug, an answer info, a failure error; an unsubscribe token stays out of the path', async () => {
  assert.equal((await send('/healthz')).line.level, 'debug');
  const page = await send('/u/unsubscribe-token-secret');
  assert.equal(page.res.status, 200);
  assert.equal(page.line.level, 'info');
  assert.equal(page.line.req?.path, '/u/:token');
  assert.ok(!written.join('').includes('unsubscribe-token-secret'));
  const failed = await send('/v1/invoices/inv-1', { headers: { authorization: `Bearer ${API_KEY}` } });
  assert.equal(failed.res.status, 500);
  assert.equal(failed.line.level, 'error');
  assert.deepEqual(failed.line.res, { status: 500 });
  // A failure's own error line names the path too, with the token masked.
  const broken = await send('/u/failing-token-secret', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
  assert.equal(broken.res.status, 500);
  assert.ok(lines().some((l) => (l as { msg?: string }).msg === 'request failed'));
  assert.ok(!written.join('').includes('failing-token-secret'));
});
