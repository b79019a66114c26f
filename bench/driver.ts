// The load driver: a child process that sends the bench's requests and signals and takes
// their client-side timestamps. It does not share an event loop with the API under test:
// with PGlite in the API's process the loop is often blocked for hundreds of milliseconds,
// which would otherwise be counted into (or hide) every client-side latency.
//
// Jobs arrive over IPC as { id, job }; the answer is { id, result } or { id, error }.
import { Client, Connection } from '@temporalio/client';
import { defineSearchAttributeKey, SearchAttributeType, WorkflowIdReusePolicy } from '@temporalio/common';
import { signatureHeader } from '../src/api/signature';
import { timedFetch, type HttpResult } from './lib/http';

export type { HttpResult };

export type DriverJob =
  | { type: 'post'; url: string; apiKey: string; requests: { path: string; body: unknown; signed?: string }[]; concurrency: number }
  | {
      type: 'start';
      address: string;
      starts: { workflowType: string; workflowId: string; taskQueue: string; args: unknown[]; searchAttributes?: { name: string; type: 'keyword' | 'int' | 'datetime'; value: string | number }[] }[];
      concurrency: number;
    }
  | {
      type: 'race';
      url: string;
      address: string;
      secret: string;
      center: 'fire' | 'due';
      items: { externalId: string; dueAt: number; offset: number; baselineId: string }[];
    };

export interface RaceItemResult {
  firedAt: number;
  t2xx: number;
  status: number;
  ms: number;
  baseAck: number;
  d: number;
}

const clients = new Map<string, Promise<Client>>();
const temporalClient = (address: string) => {
  let c = clients.get(address);
  if (!c) {
    c = Connection.connect({ address }).then((connection) => new Client({ connection, namespace: 'default' }));
    clients.set(address, c);
  }
  return c;
};

async function pool(n: number, concurrency: number, fn: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(concurrency, n)) }, async () => {
      while (next < n) await fn(next++);
    }),
  );
}

function post(url: string, headers: Record<string, string>, body: string): Promise<HttpResult> {
  return timedFetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
let center = 0;

async function run(job: DriverJob): Promise<unknown> {
  if (job.type === 'post') {
    const out: HttpResult[] = new Array(job.requests.length);
    await pool(job.requests.length, job.concurrency, async (i) => {
      const r = job.requests[i]!;
      const raw = JSON.stringify(r.body);
      const headers: Record<string, string> = r.signed ? { 'remit-signature': signatureHeader(r.signed, raw) } : { authorization: `Bearer ${job.apiKey}` };
      out[i] = await post(job.url + r.path, headers, raw);
    });
    return out;
  }
  if (job.type === 'start') {
    const client = await temporalClient(job.address);
    const out: { ms: number; error?: string }[] = new Array(job.starts.length);
    await pool(job.starts.length, job.concurrency, async (i) => {
      const s = job.starts[i]!;
      const p0 = performance.now();
      try {
        await client.workflow.start(s.workflowType, {
          workflowId: s.workflowId,
          taskQueue: s.taskQueue,
          args: s.args,
          workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
          ...(s.searchAttributes
            ? {
                typedSearchAttributes: s.searchAttributes.map((a) =>
                  a.type === 'keyword'
                    ? { key: defineSearchAttributeKey(a.name, SearchAttributeType.KEYWORD), value: String(a.value) }
                    : a.type === 'int'
                      ? { key: defineSearchAttributeKey(a.name, SearchAttributeType.INT), value: Number(a.value) }
                      : { key: defineSearchAttributeKey(a.name, SearchAttributeType.DATETIME), value: new Date(a.value) },
                ),
              }
            : {}),
        });
        out[i] = { ms: performance.now() - p0 };
      } catch (err) {
        out[i] = { ms: performance.now() - p0, error: (err as Error).message };
      }
    });
    return out;
  }
  // race: each webhook at dueAt + d + offset (d from the parent's probe estimate), and the
  // paired baseline workflow's signal at the same instant.
  const client = await temporalClient(job.address);
  return Promise.all(
    job.items.map(async (it): Promise<RaceItemResult> => {
      const first = it.dueAt + Math.min(0, it.offset);
      if (first > Date.now()) await sleep(first - Date.now());
      const d = job.center === 'fire' ? center : 0;
      const at = Math.round(it.dueAt + d + it.offset);
      if (at > Date.now()) await sleep(at - Date.now());
      const firedAt = Date.now();
      let baseAck = NaN;
      const signal = client.workflow
        .getHandle(it.baselineId)
        .signal('benchStop')
        .then(() => {
          baseAck = Date.now();
        });
      const raw = JSON.stringify({ id: `evt-${it.externalId}`, type: 'payment.succeeded', data: { invoiceExternalId: it.externalId, amount: '1250.00', currency: 'USD' } });
      const r = await post(`${job.url}/v1/webhooks/payments`, { 'remit-signature': signatureHeader(job.secret, raw) }, raw);
      await signal;
      return { firedAt, t2xx: r.t1, status: r.status, ms: r.ms, baseAck, d };
    }),
  );
}

process.on('message', (m: { id?: number; job?: DriverJob; center?: number }) => {
  if (m.center !== undefined) {
    center = m.center;
    return;
  }
  if (m.id === undefined || !m.job) return;
  const id = m.id;
  run(m.job).then(
    (result) => process.send!({ id, result }),
    (err: Error) => process.send!({ id, error: err.stack ?? err.message }),
  );
});
process.send!({ ready: true });
