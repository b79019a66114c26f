// Channel figures: send throughput per channel (email unpaced, SMS under the configured
// rate) and webhook handling latency, with the real Resend/Twilio SDKs against the loopback
// fakes, on an in-memory Temporal dev server and the embedded PostgreSQL.
//   npx tsx bench/channels.ts [--emails 200] [--sms 100] [--rate 10] [--webhooks 300]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { loadConfig } from '../src/config';
import { migrate, openDatabase } from '../src/db';
import { startEmbeddedPostgres } from '../src/embeddedPostgres';
import { createLogger } from '../src/logger';
import { startRemit } from '../src/remit';
import { startDevServer } from '../src/temporal/devServer';
import { startFakeResend } from '../test/support/fakeResend';
import { startFakeTwilio } from '../test/support/fakeTwilio';
import { freePort } from '../test/support/net';
import { newSvixSecret, svixHeaders, twilioSignature } from '../test/support/providerSignatures';
import { RULES_OFF } from '../test/support/rules';

const { values } = parseArgs({ options: { emails: { type: 'string', default: '200' }, sms: { type: 'string', default: '100' }, rate: { type: 'string', default: '10' }, webhooks: { type: 'string', default: '300' } } });
const N_EMAIL = Number(values.emails), N_SMS = Number(values.sms), RATE = Number(values.rate), N_HOOKS = Number(values.webhooks);

Runtime.install({ logger: new DefaultLogger('ERROR') });
const logger = createLogger('error');
const temporal = await startDevServer({ port: await freePort(), logger });
const resend = await startFakeResend();
const twilio = await startFakeTwilio();
const svix = newSvixSecret();
const port = await freePort();
const publicUrl = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'remit-bench-channels-'));
const postgres = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port: 0, password: 'bench', logFile: join(dataDir, 'postgres.log'), logger });
const database = await openDatabase({ url: postgres.url });
await migrate(database);
const API_KEY = 'bench-api-key-0123456789';
const remit = await startRemit({
  config: loadConfig({
    // The bench measures the engine: compliance rules would defer a burst (quiet hours, the gap).
    ...RULES_OFF,
    PORT: String(port), HOST: '127.0.0.1', REMIT_DATA_DIR: dataDir, TEMPORAL_ADDRESS: temporal.address,
    REMIT_API_KEY: API_KEY, REMIT_WEBHOOK_SECRET: 'bench-webhook-secret-0123', REMIT_PUBLIC_URL: publicUrl,
    RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url, REMIT_EMAIL_FROM: 'Bench <b@acme.test>', REMIT_SENDER_POSTAL_ADDRESS: 'Bench Ltd, 1 Market Street', RESEND_WEBHOOK_SECRET: svix,
    TWILIO_ACCOUNT_SID: twilio.accountSid, TWILIO_AUTH_TOKEN: twilio.authToken, TWILIO_FROM: '+15005550006', TWILIO_API_BASE_URL: twilio.url,
    REMIT_SMS_RATE_PER_SECOND: String(RATE), REMIT_LOG_LEVEL: 'error',
  }),
  database,
  logger,
});
const api = async (path: string, body: unknown) => {
  const r = await fetch(publicUrl + path, { method: 'POST', headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (r.status >= 300) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return r.json() as Promise<{ id: string }>;
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function burst(channel: 'email' | 'sms', n: number) {
  const seq = `bench-${channel}-${randomBytes(3).toString('hex')}`;
  await api('/v1/sequences', { name: seq, steps: [{ offset: 'PT0S', channel, template: 'due_date_notice' }] });
  // Far enough ahead that every invoice exists before the burst falls due.
  const dueAt = Date.now() + 5_000 + n * 60;
  const tag = randomBytes(3).toString('hex');
  for (let i = 0; i < n; i++) {
    await api('/v1/invoices', {
      externalId: `${tag}-${i}`, number: `B-${i}`, amountDue: '10.00', currency: 'USD', dueDate: new Date(dueAt).toISOString(), sequence: seq,
      customer: { externalId: `${tag}-c${i}`, email: `c${i}-${tag}@example.com`, phone: `+1415${String(2_000_000 + i).padStart(7, '0')}` },
    });
  }
  const count = () => (channel === 'email' ? resend.received.filter((d) => String(d.body.to).endsWith(`${tag}@example.com`)).length : twilio.received.filter((d) => d.params.To!.startsWith('+1415')).length);
  const before = channel === 'sms' ? twilio.received.length : 0;
  while ((channel === 'email' ? count() : twilio.received.length - before) < n) {
    if (Date.now() > dueAt + 120_000) throw new Error(`${channel}: only ${count()} of ${n} after 2 minutes`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const rows = await database.prisma.message.findMany({ where: { channel, status: 'sent', invoice: { externalId: { startsWith: tag } } }, select: { sentAt: true } });
  const sent = rows.map((r) => r.sentAt!.getTime());
  const lateness = sent.map((t) => t - dueAt);
  const spread = (Math.max(...sent) - Math.min(...sent)) / 1000;
  return { n: rows.length, perSecond: (rows.length - 1) / Math.max(spread, 0.001), p50: pct(lateness, 50), p99: pct(lateness, 99), max: Math.max(...lateness) };
}

async function webhookLatency() {
  const sids = (await database.prisma.message.findMany({ where: { channel: 'sms', status: 'sent' }, select: { providerMessageId: true }, take: N_HOOKS })).map((m) => m.providerMessageId!);
  const emails = (await database.prisma.message.findMany({ where: { channel: 'email', status: 'sent' }, select: { providerMessageId: true }, take: N_HOOKS })).map((m) => m.providerMessageId!);
  const twilioMs: number[] = [];
  for (let i = 0; i < N_HOOKS; i++) {
    const params = { MessageSid: sids[i % sids.length]!, MessageStatus: i < sids.length ? 'delivered' : 'read', AccountSid: twilio.accountSid };
    const t0 = performance.now();
    const r = await fetch(`${publicUrl}/v1/webhooks/twilio/status`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(twilio.authToken, `${publicUrl}/v1/webhooks/twilio/status`, params) }, body: new URLSearchParams(params).toString() });
    await r.text();
    if (r.status !== 200) throw new Error(`twilio status ${r.status}`);
    twilioMs.push(performance.now() - t0);
  }
  const resendMs: number[] = [];
  for (let i = 0; i < N_HOOKS; i++) {
    const body = JSON.stringify({ type: 'email.delivered', created_at: new Date().toISOString(), data: { email_id: emails[i % emails.length] } });
    const h = svixHeaders(svix, body);
    const t0 = performance.now();
    const r = await fetch(`${publicUrl}/v1/webhooks/resend`, { method: 'POST', headers: { 'content-type': 'application/json', 'svix-id': h.id, 'svix-timestamp': h.timestamp, 'svix-signature': h.signature }, body });
    await r.text();
    if (r.status !== 200) throw new Error(`resend status ${r.status}`);
    resendMs.push(performance.now() - t0);
  }
  return { twilioMs, resendMs };
}

const email = await burst('email', N_EMAIL);
const sms = await burst('sms', N_SMS);
const hooks = await webhookLatency();
const f = (x: number) => x.toFixed(1);
console.log(`\nchannel  sent  rate (per s)   configured   lateness p50 / p99 / max (ms)`);
console.log(`email    ${email.n}   ${f(email.perSecond).padStart(8)}        unpaced      ${email.p50} / ${email.p99} / ${email.max}`);
console.log(`sms      ${sms.n}   ${f(sms.perSecond).padStart(8)}        ${RATE}/s         ${sms.p50} / ${sms.p99} / ${sms.max}`);
console.log(`\nwebhook                     n     p50 ms   p99 ms`);
console.log(`twilio status (signed)      ${hooks.twilioMs.length}   ${f(pct(hooks.twilioMs, 50)).padStart(6)}   ${f(pct(hooks.twilioMs, 99)).padStart(6)}`);
console.log(`resend event (svix)         ${hooks.resendMs.length}   ${f(pct(hooks.resendMs, 50)).padStart(6)}   ${f(pct(hooks.resendMs, 99)).padStart(6)}`);
await remit.stop();
await database.close();
await postgres.stop();
rmSync(dataDir, { recursive: true, force: true });
await temporal.stop();
await resend.close();
await twilio.close();
process.exit(0);
