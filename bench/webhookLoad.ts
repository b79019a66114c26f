// The webhook load generator, in its own process so that it does not share an event loop
// (or a CPU budget it cannot see) with the API it loads. The parent sends one job over
// IPC; this runs autocannon for it and answers with the figures and every response.
//
// Each request is a payment.succeeded event with its own id, for one of the given
// invoices in turn, signed at the moment it is sent (fresh timestamp).
import autocannon from 'autocannon';
import { signatureHeader } from '../src/api/signature';

export interface LoadJob {
  url: string;
  path: string;
  secret: string;
  invoices: string[];
  amount: string;
  seconds: number;
  connections: number;
  eventPrefix: string;
}

export interface LoadResult {
  requestsPerSecond: number;
  total: number;
  latency: { p50: number; p90: number; p99: number; max: number; average: number };
  /** Every response's time (ms), for the chart. */
  responseTimes: number[];
  errors: number;
  timeouts: number;
  non2xx: number;
  status: Record<string, number>;
  /** Event ids answered 2xx, with their status code and the body's `duplicate` flag. */
  accepted: { eventId: string; status: number; duplicate: boolean }[];
  rejected: { status: number; body: string }[];
  /** Event ids sent but not answered when the run stopped (autocannon drops requests in flight at the end). */
  unanswered: string[];
  durationS: number;
}

async function run(job: LoadJob): Promise<LoadResult> {
  let n = 0;
  const accepted: LoadResult['accepted'] = [];
  const rejected: LoadResult['rejected'] = [];
  const responseTimes: number[] = [];
  const sent = new Set<string>();
  const instance = autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: job.path,
        setupRequest(req) {
          const i = n++;
          sent.add(`${job.eventPrefix}-${i}`);
          const body = JSON.stringify({
            id: `${job.eventPrefix}-${i}`,
            type: 'payment.succeeded',
            data: { invoiceExternalId: job.invoices[i % job.invoices.length], amount: job.amount, currency: 'USD' },
          });
          return { ...req, body, headers: { 'content-type': 'application/json', 'remit-signature': signatureHeader(job.secret, body) } };
        },
        onResponse(status, body) {
          if (status >= 200 && status < 300) {
            try {
              const parsed = JSON.parse(body) as { eventId: string; duplicate?: boolean };
              sent.delete(parsed.eventId);
              accepted.push({ eventId: parsed.eventId, status, duplicate: Boolean(parsed.duplicate) });
            } catch {
              accepted.push({ eventId: '?', status, duplicate: false });
            }
          } else {
            const id = /"eventId":"([^"]+)"/.exec(body)?.[1];
            if (id) sent.delete(id);
            if (rejected.length < 50) rejected.push({ status, body: body.slice(0, 300) });
          }
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    responseTimes.push(ms);
  });
  const r = await instance;
  const status: Record<string, number> = {};
  for (const [code, v] of Object.entries(r.statusCodeStats ?? {})) status[code] = Number(v.count);
  return {
    requestsPerSecond: r.requests.average,
    total: r.requests.total,
    latency: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, average: r.latency.average },
    responseTimes,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    status,
    accepted,
    rejected,
    unanswered: [...sent],
    durationS: r.duration,
  };
}

process.once('message', (job: LoadJob) => {
  run(job).then(
    (result) => process.send!({ ok: true, result }, () => process.exit(0)),
    (err: Error) => process.send!({ ok: false, error: err.stack ?? err.message }, () => process.exit(1)),
  );
});
