// The load driver: a child process that sends the bench's requests and signals and takes
// their client-side timestamps. It does not share an event loop with the API under test:
// the API's loop is busy with the worker and the database client in the same process, and
// timing from it would count its delays into (or hide them from) every client-side latency.
//
// Jobs arrive over IPC as { id, job }; the answer is { id, result } or { id, error }.
import { Client, Connection } from '@temporalio/client';
import { defineSearchAttributeKey, SearchAttributeType, WorkflowIdReusePolicy } from '@temporalio/common';
import { signatureHeader } from '../src/api/signature';
import { timedFetch, type HttpResult } from './lib/http';
import { pool, sleep } from './lib/stats';

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
      /** Signals at `concurrency` in flight for `seconds`, round-robin over running workflows. */
      type: 'signal';
      address: string;
      workflowIds: string[];
      signal: string;
      seconds: number;
      concurrency: number;
      eventPrefix: string;
    }
  | {
      type: 'race';
      url: string;
      address: string;
      secret: string;
      center: 'fire' | 'due';
      items: { externalId: string; dueAt: number; offset: number; baselineId: string }[];
    };

export interface SignalLoadResult {
  acknowledged: number;
  errors: number;
  firstError?: string;
  /** Each acknowledged signal's round trip (ms). */
  latencies: number[];
  /** From the first signal sent to the last answer. */
  durationS: number;
}

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

function post(url: string, headers: Record<string, string>, body: string): Promise<HttpResult> {
  return timedFetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

let center = 0;

/** Payment-shaped signals, one event id each, until the time is up (requests in flight then still count). */
async function signalLoad(job: Extract<DriverJob, { type: 'signal' }>): Promise<SignalLoadResult> {
  const client = await temporalClient(job.address);
  const out: SignalLoadResult = { acknowledged: 0, errors: 0, latencies: [], durationS: 0 };
  const t0 = performance.now();
  const deadline = t0 + job.seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      while (performance.now() < deadline) {
        const i = next++;
        const p0 = performance.now();
        try {
          await client.workflow.getHandle(job.workflowIds[i % job.workflowIds.length]!).signal(job.signal, { paymentId: `${job.eventPrefix}-${i}`, amount: '0.01' });
          out.latencies.push(performance.now() - p0);
          out.acknowledged++;
        } catch (err) {
          out.errors++;
          out.firstError ??= (err as Error).message;
        }
      }
    }),
  );
  out.durationS = (performance.now() - t0) / 1000;
  return out;
}

async function run(job: DriverJob): Promise<unknown> {
  if (job.type === 'post') {
    const out: HttpResult[] = new Array(job.requests.length);
    await pool(0, job.requests.length, job.concurrency, async (i) => {
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
    await pool(0, job.starts.length, job.concurrency, async (i) => {
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
  if (job.type === 'signal') return signalLoad(job);
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
