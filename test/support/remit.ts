// Starts Remit in-process for a test: real Temporal server, real database, real HTTP on a
// free port, and a recording channel in place of the `log` one.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db';
import { createLogger } from '../../src/logger';
import { startRemit, type Mode, type Remit } from '../../src/remit';
import { signatureHeader } from '../../src/api/signature';
import { recordingChannels, type Delivered } from './channels';
import { RULES_OFF } from './rules';
export { RULES_OFF };
import { testDatabase } from './db';
import { heldPort } from './net';
import { temporalAddress, workflowBundle } from './temporal';

// Only the SDK's warnings, not every worker state change.
try {
  Runtime.install({ logger: new DefaultLogger('WARN') });
} catch {
  /* already installed in this process */
}

export const API_KEY = 'test-api-key-0123456789';
export const WEBHOOK_SECRET = 'test-webhook-secret-0123456789';

export interface TestRemit {
  remit: Remit;
  url: string;
  taskQueue: string;
  database: Database;
  sent: Delivered[];
  api: ApiClient;
  stop(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  mode?: Mode;
  database?: Database;
  taskQueue?: string;
  temporalAddress?: string;
  /** Use the channels configuration chooses (Resend / Twilio adapters pointed at fakes) instead of recording ones. */
  configuredChannels?: boolean;
}

export async function startTestRemit(opts: StartOptions = {}): Promise<TestRemit> {
  const taskQueue = opts.taskQueue ?? `test-${randomBytes(4).toString('hex')}`;
  const ownDatabase = !opts.database;
  const database = opts.database ?? (await testDatabase());
  const channels = recordingChannels();
  const dataDir = mkdtempSync(join(tmpdir(), 'remit-data-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    REMIT_DATA_DIR: dataDir,
    TEMPORAL_ADDRESS: opts.temporalAddress ?? (await temporalAddress()),
    REMIT_TASK_QUEUE: taskQueue,
    REMIT_API_KEY: API_KEY,
    REMIT_WEBHOOK_SECRET: WEBHOOK_SECRET,
    REMIT_RECONCILE_INTERVAL_MS: '500',
    REMIT_LOG_LEVEL: 'warn',
    ...RULES_OFF,
    ...opts.env,
  });
  const remit = await startRemit({
    config,
    mode: opts.mode ?? 'all',
    database,
    ...(opts.configuredChannels ? {} : { channels: channels.adapters }),
    workflowBundle: await workflowBundle(),
    logger: createLogger('error'),
  });
  const url = remit.url ?? '';
  return {
    remit,
    url,
    taskQueue,
    database,
    sent: channels.sent,
    api: new ApiClient(url),
    async stop() {
      await remit.stop();
      if (ownDatabase) await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * An API-only Remit on its own database whose Temporal is "down": every connection to
 * `temporalPort` is reset until `temporalPort.release()`, after which a server may start on it.
 */
export async function startRemitWithTemporalDown(taskQueue: string) {
  const temporalPort = await heldPort();
  const database = await testDatabase();
  const api = await startTestRemit({ mode: 'api', database, temporalAddress: `127.0.0.1:${temporalPort.port}`, taskQueue });
  return { temporalPort, database, api };
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class ApiClient {
  constructor(
    readonly url: string,
    readonly apiKey = API_KEY,
  ) {}

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const res = await fetch(this.url + path, {
      method,
      headers: {
        ...(this.apiKey ? { authorization: `Bearer ${this.apiKey}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body: unknown) {
    return this.request<T>('POST', path, body);
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }

  /** A payment webhook signed like a payment processor would. */
  webhook(event: unknown, opts: { secret?: string; timestamp?: number } = {}) {
    const raw = JSON.stringify(event);
    return this.request('POST', '/v1/webhooks/payments', raw, {
      'remit-signature': signatureHeader(opts.secret ?? WEBHOOK_SECRET, raw, opts.timestamp),
    });
  }
}

let counter = 0;
/** A unique invoice payload; dueInMs from now, as an ISO date-time. */
export function invoicePayload(over: Record<string, unknown> = {}, dueInMs = 5_000) {
  const n = `${Date.now().toString(36)}-${++counter}-${randomBytes(2).toString('hex')}`;
  return {
    externalId: `inv-${n}`,
    number: `INV-${n}`,
    amountDue: '1250.00',
    currency: 'USD',
    dueDate: new Date(Date.now() + dueInMs).toISOString(),
    paymentUrl: 'https://pay.example.com/i/' + n,
    customer: { externalId: `cus-${n}`, name: 'Ada Lovelace', email: 'ada@example.com', phone: '+14155550123', timezone: 'Europe/London' },
    ...over,
  };
}

export async function waitFor<T>(what: string, fn: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
