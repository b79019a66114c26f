// `npm run bench`: starts the embedded stack in this process (Temporal dev server on a temp
// SQLite file, the embedded PostgreSQL server or DATABASE_URL, Remit's API and worker with a
// recording channel, a bench worker for baselines), runs the scenarios, prints a table of
// every figure beside its baseline, and writes bench/results/<timestamp>.json and .svg.
// See bench/README.md.
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { formatBreakdown } from './lib/history';
import { formatProfile, summarizeProfile, type CpuProfile, type ProfileSummary } from './lib/cpuprofile';
import type { CpuPerItem, Usage } from './lib/meter';
import { machineBusySeconds } from './lib/proc';
import { settle } from './lib/invoices';
import { BENCH_DIR, startStack, type Stack } from './lib/stack';
import { renderSvg, type Panel } from './lib/svg';
import { runBurst, type BurstResult } from './scenarios/burst';
import { abortIdle, runIdle, type IdleResult } from './scenarios/idle';
import { runIngest, type IngestResult } from './scenarios/ingest';
import { runRace, type RaceResult } from './scenarios/race';
import { runWebhooks, type WebhookResult } from './scenarios/webhooks';

const SCENARIOS = ['ingest', 'race', 'burst', 'webhooks', 'idle'] as const;
type Scenario = (typeof SCENARIOS)[number];

const { values: flags } = parseArgs({
  options: {
    invoices: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '16' },
    races: { type: 'string', default: '1000' },
    'race-batch': { type: 'string', default: '100' },
    'race-gap-ms': { type: 'string', default: 'auto' },
    'race-jitter-ms': { type: 'string', default: '20' },
    'race-center': { type: 'string', default: 'fire' },
    burst: { type: 'string', default: '1000' },
    idle: { type: 'string', default: '10000' },
    'idle-concurrency': { type: 'string', default: '32' },
    'webhook-seconds': { type: 'string', default: '30' },
    'webhook-baseline-seconds': { type: 'string', default: '10' },
    'webhook-invoices': { type: 'string', default: '200' },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: join(BENCH_DIR, 'results') },
    help: { type: 'boolean', default: false },
  },
});
if (flags.help) {
  console.log(`npm run bench -- [--invoices 2000] [--concurrency 16] [--races 1000] [--race-batch 100] [--race-gap-ms auto]
  [--race-jitter-ms 20] [--race-center fire|due] [--burst 1000] [--idle 10000] [--idle-concurrency 32] [--webhook-seconds 30]
  [--webhook-baseline-seconds 10] [--webhook-invoices 200] [--only ingest,race,burst,webhooks,idle]
  [--profile] [--keep] [--out bench/results]
DATABASE_URL=postgresql://… runs on a fresh database created on that server instead of the embedded PostgreSQL.`);
  process.exit(0);
}
const num = (k: keyof typeof flags) => {
  const v = Number(flags[k]);
  if (!Number.isFinite(v) || v < 0) throw new Error(`--${k} must be a number`);
  return v;
};
const only = new Set<Scenario>(
  (flags.only ?? SCENARIOS.join(','))
    .split(',')
    .map((s) => s.trim())
    .map((s) => (s === 'webhook' ? 'webhooks' : s) as Scenario),
);
for (const s of only) if (!SCENARIOS.includes(s)) throw new Error(`--only: unknown scenario "${s}" (one of ${SCENARIOS.join(', ')})`);
const concurrency = num('concurrency');

Runtime.install({ logger: new DefaultLogger('ERROR') });
const runStarted = Date.now();
const stamp = new Date(runStarted).toISOString().replace(/[:.]/g, '-');
const log = (line: string) => console.log(`[${((Date.now() - runStarted) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const tag = randomBytes(3).toString('hex');

log(`remit bench ${tag}: ${[...only].join(', ')}`);
const stack: Stack = await startStack({
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  keep: flags.keep,
  log,
});
log(`stack up: API ${stack.url}, task queue ${stack.taskQueue}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the stack`);
    const force = setTimeout(() => process.exit(130), 20_000);
    // The idle scenario's worker and dev server too: a signal sent to this process alone
    // (kill, pkill) would otherwise leave them running, and busy.
    void Promise.allSettled([stack.stop(), abortIdle()]).finally(() => {
      clearTimeout(force);
      process.exit(130);
    });
  });
}

interface Outcome<T> {
  result?: T;
  error?: string;
  seconds: number;
  machineBusyShare: number;
  profile?: ProfileSummary;
}
const outcomes: Partial<Record<Scenario, Outcome<unknown>>> = {};

async function scenario<T>(name: Scenario, fn: () => Promise<T>): Promise<T | undefined> {
  if (!only.has(name)) return undefined;
  const waited = await settle(stack);
  log(`— ${name}${waited > 1 ? ` (waited ${waited.toFixed(0)} s for earlier work to drain)` : ''}`);
  const t0 = Date.now();
  const busy0 = machineBusySeconds();
  let session: Session | undefined;
  if (flags.profile) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 1000 });
    await session.post('Profiler.start');
  }
  const outcome: Outcome<T> = { seconds: 0, machineBusyShare: 0 };
  try {
    outcome.result = await fn();
  } catch (err) {
    outcome.error = (err as Error).stack ?? String(err);
    log(`${name} failed: ${(err as Error).message}`);
  }
  outcome.seconds = (Date.now() - t0) / 1000;
  outcome.machineBusyShare = (machineBusySeconds() - busy0) / (outcome.seconds * cpus().length);
  if (session) {
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    session.disconnect();
    mkdirSync(flags.out!, { recursive: true });
    writeFileSync(join(flags.out!, `${stamp}-${name}.cpuprofile`), JSON.stringify(profile));
    outcome.profile = summarizeProfile(profile);
    log(`${name} CPU profile of this process (main thread):\n${formatProfile(outcome.profile)}`);
  }
  log(`${name} done in ${outcome.seconds.toFixed(0)} s (machine ${(outcome.machineBusyShare * 100).toFixed(0)} % busy)`);
  outcomes[name] = outcome as Outcome<unknown>;
  return outcome.result;
}

// The idle scenario runs from here on beside the others, at idle CPU priority (see
// scenarios/idle.ts), and at normal priority once they are done.
let releaseIdle = () => {};
const idleForeground = new Promise<void>((r) => (releaseIdle = r));
const idleT0 = Date.now();
const idleBusy0 = machineBusySeconds();
const idleRun = only.has('idle')
  ? (log('— idle (in the background, at idle CPU priority)'),
    runIdle(stack, { target: num('idle'), concurrency: num('idle-concurrency'), tag: `${tag}-id`, log, foreground: idleForeground, ...(flags.profile ? { profileDir: join(flags.out!, `${stamp}-idle-worker`) } : {}) }).then(
      (result): { result?: IdleResult; error?: string } => ({ result }),
      (err: Error): { result?: IdleResult; error?: string } => {
        log(`idle failed: ${err.message}`);
        return { error: err.stack ?? String(err) };
      },
    ))
  : undefined;

let msPerInvoice = 60;
const ingest = await scenario('ingest', () => runIngest(stack, { n: num('invoices'), concurrency, tag: `${tag}-in`, log }));
if (ingest) msPerInvoice = 1000 / ingest.remit.perSecond;
const race = await scenario('race', () =>
  runRace(stack, {
    races: num('races'),
    batch: Math.max(1, num('race-batch')),
    gapMs: flags['race-gap-ms'] === 'auto' ? Math.min(500, Math.max(20, Math.round(2 * msPerInvoice))) : num('race-gap-ms'),
    jitterMs: num('race-jitter-ms'),
    center: flags['race-center'] === 'due' ? 'due' : 'fire',
    concurrency,
    tag: `${tag}-ra`,
    msPerInvoice,
    log,
  }),
);
// The burst's due time is set from the latest invoice-creation rate (the machine's load drifts).
if (race && race.createSeconds > 0) msPerInvoice = (race.createSeconds * 1000) / (race.races + race.probes);
const burst = await scenario('burst', () => runBurst(stack, { burst: num('burst'), concurrency, tag: `${tag}-bu`, msPerInvoice, log }));
const webhooks = await scenario('webhooks', () =>
  runWebhooks(stack, {
    seconds: num('webhook-seconds'),
    baselineSeconds: num('webhook-baseline-seconds'),
    connections: concurrency,
    invoices: Math.max(1, num('webhook-invoices')),
    tag: `${tag}-wh`,
    log,
  }),
);
releaseIdle();
let idle: IdleResult | undefined;
if (idleRun) {
  const o = await idleRun;
  const seconds = (Date.now() - idleT0) / 1000;
  outcomes.idle = { ...o, seconds, machineBusyShare: (machineBusySeconds() - idleBusy0) / (seconds * cpus().length) };
  idle = o.result;
  if (idle) log(`idle done in ${seconds.toFixed(0)} s (${idle.backgroundS.toFixed(0)} s beside the other scenarios, then ${idle.foregroundS.toFixed(0)} s alone)`);
}

log('stopping the stack');
await stack.stop();
const totalS = (Date.now() - runStarted) / 1000;

// ---- the table ------------------------------------------------------------------------
type Row = { scenario: string; figure: string; remit: string; baseline: string; ratio: string; target: string; verdict: string; why?: string };
const rows: Row[] = [];
const f0 = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '—');
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '—');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) && b !== 0 ? `${f2(a / b)}×` : '—');
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const row = (r: Row) => rows.push(r);
// CPU per item by process, Remit beside its baseline; `target` goes on Remit's process.
const cpuRows = (what: string, remit: CpuPerItem, base: CpuPerItem, baseWhat: string, target?: { text: string; ok: boolean }) => {
  const processes = [
    ['thisProcessMs', 'this process (Remit | bench worker)'],
    ['temporalMs', 'Temporal server'],
    ['postgresMs', stack.dbKind === 'embedded' ? 'PostgreSQL (embedded server)' : 'PostgreSQL (local postgres processes)'],
  ] as const;
  processes.forEach(([k, label], i) =>
    row({
      scenario: '',
      figure: `CPU ms per ${what}: ${label}`,
      remit: f1(remit[k]),
      baseline: `${f1(base[k])}${i === 0 ? ` per ${baseWhat}` : ''}`,
      ratio: ratio(remit[k], base[k]),
      target: i === 0 && target ? target.text : '',
      verdict: i === 0 && target ? verdict(target.ok) : '',
    }),
  );
};
/** Remit's CPU per touchpoint before this target (ms): the issue's figure. */
const CPU_PER_TOUCH_BEFORE_MS = 108;
const failed = (s: Scenario) => {
  const o = outcomes[s];
  if (o?.error) row({ scenario: s, figure: 'scenario failed', remit: o.error.split('\n')[0]!.slice(0, 60), baseline: '', ratio: '', target: '', verdict: 'MISS' });
};

if (ingest) {
  const r = ingest as IngestResult;
  row({ scenario: 'ingest', figure: `invoices/s (n=${r.n}, c=${r.concurrency}) vs bare workflows to their first timer`, remit: f1(r.remit.perSecond), baseline: `${f1(r.baseline.perSecond)} starts/s`, ratio: ratio(r.remit.perSecond, r.baseline.perSecond), target: '≥ 0.70×', verdict: verdict(r.ratio >= 0.7) });
  row({ scenario: '', figure: 'old: invoices/s at the last 201 vs starts no worker runs', remit: f1(r.remit.answeredPerSecond), baseline: `${f1(r.unpolled.perSecond)} starts/s`, ratio: ratio(r.remit.answeredPerSecond, r.unpolled.perSecond), target: '(old baseline)', verdict: '' });
  row({ scenario: '', figure: 'request latency p50 (ms)', remit: f0(r.remit.latencyMs.p50), baseline: f0(r.baseline.latencyMs.p50), ratio: ratio(r.remit.latencyMs.p50, r.baseline.latencyMs.p50), target: '', verdict: '' });
  row({ scenario: '', figure: 'request latency p99 (ms)', remit: f0(r.remit.latencyMs.p99), baseline: f0(r.baseline.latencyMs.p99), ratio: ratio(r.remit.latencyMs.p99, r.baseline.latencyMs.p99), target: '', verdict: '' });
  row({ scenario: '', figure: 'started (201, delivered) / pending commands', remit: `${r.remit.delivered} / ${r.remit.pendingCommands}`, baseline: '', ratio: '', target: `${r.n} / 0`, verdict: verdict(r.remit.delivered === r.n && r.remit.pendingCommands === 0) });
  cpuRows('invoice', r.remit.cpuMsPerItem, r.baseline.cpuMsPerItem, 'bare start');
} else failed('ingest');
if (race) {
  const r = race as RaceResult;
  row({ scenario: 'race', figure: `post-payment sends (${r.races} races)`, remit: String(r.postPaymentSends), baseline: '—', ratio: '', target: '0', verdict: verdict(r.postPaymentSends === 0 && r.notClosed === 0) });
  row({ scenario: '', figure: 'outcomes: payment first / send during webhook / send before', remit: `${r.paymentFirst} / ${r.sentWhileWebhookInFlight} / ${r.sentBeforeWebhook}`, baseline: '', ratio: '', target: '', verdict: '' });
  row({ scenario: '', figure: 'stop latency p50 (ms)', remit: f0(r.stopLatencyMs.p50), baseline: f0(r.baseline.stopLatencyMs.p50), ratio: ratio(r.stopLatencyMs.p50, r.baseline.stopLatencyMs.p50), target: '', verdict: '' });
  row({ scenario: '', figure: 'stop latency p99 (ms)', remit: f0(r.stopLatencyMs.p99), baseline: f0(r.baseline.stopLatencyMs.p99), ratio: ratio(r.stopLatencyMs.p99, r.baseline.stopLatencyMs.p99), target: '≤ 2.00×', verdict: verdict(r.ratioP99 <= 2) });
  row({ scenario: '', figure: 'webhook request p50 / p99 (ms)', remit: `${f0(r.webhookLatencyMs.p50)} / ${f0(r.webhookLatencyMs.p99)}`, baseline: '', ratio: '', target: '', verdict: '' });
} else failed('race');
if (burst) {
  const r = burst as BurstResult;
  row({ scenario: 'burst', figure: `lateness p50 (ms, ${r.burst} due at once)`, remit: f0(r.latenessMs.p50), baseline: f0(r.baseline.latenessMs.p50), ratio: ratio(r.latenessMs.p50, r.baseline.latenessMs.p50), target: '', verdict: '' });
  row({ scenario: '', figure: 'lateness p99 (ms)', remit: f0(r.latenessMs.p99), baseline: f0(r.baseline.latenessMs.p99), ratio: ratio(r.latenessMs.p99, r.baseline.latenessMs.p99), target: '≤ 1.20×', verdict: verdict(r.ratioP99 <= 1.2) });
  row({ scenario: '', figure: 'lateness p99 under 5 s (information, not a target)', remit: f0(r.latenessMs.p99), baseline: f0(r.baseline.latenessMs.p99), ratio: '', target: '< 5000 ms', verdict: r.latenessMs.p99 < 5000 ? '(yes)' : '(no)' });
  row({ scenario: '', figure: 'lateness max (ms)', remit: f0(r.latenessMs.max), baseline: f0(r.baseline.latenessMs.max), ratio: ratio(r.latenessMs.max, r.baseline.latenessMs.max), target: '', verdict: '' });
  row({ scenario: '', figure: 'sends/s', remit: f1(r.sendsPerSecond), baseline: f1(r.baseline.perSecond), ratio: ratio(r.sendsPerSecond, r.baseline.perSecond), target: '', verdict: '' });
  row({ scenario: '', figure: 'lost / duplicated (outbox rows)', remit: `${r.lost} / ${r.duplicated} (${r.outboxSentRows})`, baseline: `${r.baseline.lost} lost`, ratio: '', target: `0 / 0 (${r.burst})`, verdict: verdict(r.lost === 0 && r.duplicated === 0 && r.outboxSentRows === r.burst && r.outboxInvoicesWithOneSent === r.burst) });
  const half = CPU_PER_TOUCH_BEFORE_MS / 2;
  cpuRows('touchpoint sent', r.cpuMsPerTouch, r.baseline.cpuMsPerTouch, 'bare timer fired', { text: `≤ ${f0(half)} ms (½ of ${CPU_PER_TOUCH_BEFORE_MS})`, ok: r.cpuMsPerTouch.thisProcessMs <= half });
} else failed('burst');
if (webhooks) {
  const r = webhooks as WebhookResult;
  const sig = r.signalBaseline;
  row({ scenario: 'webhooks', figure: `requests/s (${r.seconds} s, c=${r.connections}) vs bare signals/s (${sig.seconds} s)`, remit: f1(r.remit.requestsPerSecond), baseline: `${f1(sig.signalsPerSecond)} signals/s`, ratio: ratio(r.remit.requestsPerSecond, sig.signalsPerSecond), target: '≥ 0.50×', verdict: verdict(r.ratioSignals >= 0.5) });
  row({ scenario: '', figure: 'latency p50 (ms) vs bare signal', remit: f1(r.remit.latencyMs.p50), baseline: f1(sig.latencyMs.p50), ratio: ratio(r.remit.latencyMs.p50, sig.latencyMs.p50), target: '', verdict: '' });
  row({ scenario: '', figure: 'latency p99 (ms) vs bare signal', remit: f1(r.remit.latencyMs.p99), baseline: f1(sig.latencyMs.p99), ratio: ratio(r.remit.latencyMs.p99, sig.latencyMs.p99), target: '< 500 ms', verdict: verdict(r.remit.latencyMs.p99 < 500) });
  row({ scenario: '', figure: 'bare signals acknowledged / counted by their workflows / errors', remit: '', baseline: `${sig.acknowledged} / ${sig.applied} / ${sig.errors}`, ratio: '', target: 'equal / 0', verdict: sig.applied === sig.acknowledged && sig.errors === 0 ? '' : 'CHECK' });
  row({ scenario: '', figure: `requests/s vs bare HTTP + HMAC endpoint (${r.baseline.durationS.toFixed(0)} s)`, remit: f1(r.remit.requestsPerSecond), baseline: `${f1(r.baseline.requestsPerSecond)} req/s`, ratio: ratio(r.remit.requestsPerSecond, r.baseline.requestsPerSecond), target: '', verdict: '' });
  row({ scenario: '', figure: 'latency p99 (ms) vs bare HTTP endpoint', remit: f1(r.remit.latencyMs.p99), baseline: f1(r.baseline.latencyMs.p99), ratio: ratio(r.remit.latencyMs.p99, r.baseline.latencyMs.p99), target: '', verdict: '' });
  const errs = r.remit.errors + r.remit.timeouts + r.remit.non2xx;
  row({ scenario: '', figure: 'errors (conn + timeouts + non-2xx)', remit: `${r.remit.errors} + ${r.remit.timeouts} + ${r.remit.non2xx}`, baseline: String(r.baseline.errors + r.baseline.timeouts + r.baseline.non2xx), ratio: '', target: '0', verdict: verdict(errs === 0) });
  const e = r.exactlyOnce;
  row({ scenario: '', figure: '2xx events / payment rows (+ in flight at stop) / dup ids', remit: `${e.acceptedEvents} / ${e.paymentRows - e.unansweredApplied} (+${e.unansweredApplied} of ${e.unanswered}) / ${e.duplicatePaymentEventIds}`, baseline: '', ratio: '', target: 'equal / 0', verdict: verdict(e.ok) });
  row({ scenario: '', figure: 'amount & workflow state mismatches', remit: `${e.amountMismatches} / ${e.workflowMismatches} of ${e.workflowsChecked}`, baseline: '', ratio: '', target: '0 / 0', verdict: '' });
} else failed('webhooks');
if (idle) {
  const r = idle as IdleResult;
  const p0 = r.points[0]!;
  const last = r.points[r.points.length - 1]!;
  const p1k = r.points.find((p) => p.open === r.fromOpen)!;
  row({ scenario: 'idle', figure: `worker RSS at ${r.fromOpen} open (MB)`, remit: f0(p1k.workerRssMB), baseline: `${f0(p0.workerRssMB)} at 0`, ratio: ratio(p1k.workerRssMB, p0.workerRssMB), target: '', verdict: '' });
  row({ scenario: '', figure: `worker RSS at ${r.toOpen} open (MB)`, remit: f0(last.workerRssMB), baseline: `${f0(p1k.workerRssMB)} at ${r.fromOpen}`, ratio: ratio(last.workerRssMB, p1k.workerRssMB), target: '≤ +50 MB', verdict: verdict(r.workerGrowthMB <= 50) });
  row({ scenario: '', figure: `Temporal RSS at ${r.toOpen} open (MB)`, remit: f0(last.temporalRssMB), baseline: `${f0(p0.temporalRssMB)} at 0`, ratio: ratio(last.temporalRssMB, p0.temporalRssMB), target: '', verdict: '' });
  row({ scenario: '', figure: 'RSS per 1,000 open: worker / Temporal (MB)', remit: `${f1(r.workerPer1000MB)} / ${f1(r.temporalPer1000MB)}`, baseline: '', ratio: '', target: '', verdict: '' });
  row({ scenario: '', figure: 'cached workflows / activities run', remit: `${last.cachedWorkflows} / ${r.activitiesRun}`, baseline: '', ratio: '', target: `≤ ${r.maxCachedWorkflows} / 0`, verdict: '' });
} else failed('idle');

const cols: (keyof Row)[] = ['scenario', 'figure', 'remit', 'baseline', 'ratio', 'target', 'verdict'];
const heads: Record<string, string> = { scenario: 'scenario', figure: 'figure', remit: 'Remit', baseline: 'baseline', ratio: 'ratio', target: 'target', verdict: 'result' };
const width = Object.fromEntries(cols.map((c) => [c, Math.max(heads[c]!.length, ...rows.map((r) => String(r[c] ?? '').length))]));
const line = (r: Record<string, string>) => cols.map((c) => String(r[c] ?? '').padEnd(width[c]!)).join('  ');
const table = [line(heads), cols.map((c) => '-'.repeat(width[c]!)).join('  '), ...rows.map((r) => line(r as unknown as Record<string, string>))].join('\n');

const usageLine = (name: string, u: Usage | undefined, per?: { n: number; what: string }) => {
  if (!u) return undefined;
  const other = Math.max(0, u.machineBusyS - u.nodeCpuS - u.temporalCpuS - u.postgresCpuS - u.backgroundCpuS);
  return `${name.padEnd(18)} wall ${f1(u.wallS).padStart(6)} s | CPU s: this process ${f1(u.nodeCpuS).padStart(5)}, Temporal ${f1(u.temporalCpuS).padStart(5)}, PostgreSQL ${f1(u.postgresCpuS).padStart(5)}, idle scenario (idle priority) ${f1(u.backgroundCpuS).padStart(5)}, other processes ${f1(other).padStart(5)} | DB ops ${u.dbOps}${per ? ` (${f1(u.dbOps / per.n)} per ${per.what})` : ''} | event-loop p99 ${f0(u.eventLoopDelayP99Ms)} ms`;
};
const usageLines = [
  usageLine('ingest Remit', ingest?.remit.usage, ingest ? { n: ingest.n, what: 'invoice' } : undefined),
  usageLine('ingest bare', ingest?.baseline.usage, ingest ? { n: ingest.n, what: 'start' } : undefined),
  usageLine('ingest unpolled', ingest?.unpolled.usage, ingest ? { n: ingest.n, what: 'start' } : undefined),
  usageLine('race Remit', race?.usage, race ? { n: race.races, what: 'race' } : undefined),
  usageLine('burst Remit', burst?.usage, burst ? { n: burst.burst, what: 'touchpoint' } : undefined),
  usageLine('burst bare', burst?.baseline.usage, burst ? { n: Math.max(1, burst.baseline.cpuMsPerTouch.items), what: 'timer' } : undefined),
  usageLine('webhooks Remit', webhooks?.remit.usage, webhooks ? { n: Math.max(1, webhooks.remit.accepted), what: 'event' } : undefined),
  usageLine('webhooks signals', webhooks?.signalBaseline.usage, webhooks ? { n: Math.max(1, webhooks.signalBaseline.acknowledged), what: 'signal' } : undefined),
].filter(Boolean);

const header = `Remit bench ${new Date(runStarted).toISOString()} — ${stack.dbKind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : 'embedded PostgreSQL'}, Temporal dev server on SQLite, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; total ${f0(totalS)} s`;
console.log(`\n${header}\n\n${table}\n\nwhere the time went (CPU seconds by process during each measured phase):\n${usageLines.join('\n')}`);
const breakdowns = [
  race && formatBreakdown('race: payment signal → workflow closed', race.signalToClose),
  race && formatBreakdown('race baseline: signal → workflow closed', race.baseline.signalToClose),
  burst && formatBreakdown('burst: timer fired → send activity completed', burst.timerToSend),
  burst && formatBreakdown('burst baseline: timer fired → second activity completed', burst.baseline.timerToSend),
].filter(Boolean);
if (breakdowns.length) console.log(`\nwhere the time went inside the workflows (server timestamps from event histories):\n${breakdowns.join('\n')}`);
for (const s of SCENARIOS) {
  const o = outcomes[s];
  if (o) console.log(`${s.padEnd(9)} ${f0(o.seconds).padStart(4)} s, machine ${f0(o.machineBusyShare * 100)} % busy${s === 'idle' && idle ? ` (from the start of the run, beside the others; ${f0(idle.foregroundS)} s after them)` : ''}`);
}

// ---- files ----------------------------------------------------------------------------
mkdirSync(flags.out!, { recursive: true });
const gitCommit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: BENCH_DIR, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
})();
const json = {
  startedAt: new Date(runStarted).toISOString(),
  totalSeconds: totalS,
  git: gitCommit,
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: totalmem() / 2 ** 30, loadavg: loadavg(), node: process.version },
  database: stack.dbKind,
  flags,
  env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('REMIT_'))),
  table: rows,
  scenarios: Object.fromEntries(Object.entries(outcomes).map(([k, o]) => [k, o])),
};
const jsonPath = join(flags.out!, `${stamp}.json`);
writeFileSync(jsonPath, JSON.stringify(json, null, 1));

const panels: Panel[] = [];
if (ingest) panels.push({ kind: 'cdf', title: 'ingest: request latency', unit: 'ms', series: [{ label: 'POST /v1/invoices', values: ingest.latencies.remit, color: '#1f77b4' }, { label: 'baseline: workflow.start, bare worker', values: ingest.latencies.baseline, color: '#1f77b4', dashed: true }, { label: 'old baseline: start, no worker', values: ingest.latencies.unpolled, color: '#7f7f7f', dashed: true }] });
if (race) panels.push({ kind: 'cdf', title: 'stop race: 2xx → workflow closed', unit: 'ms', series: [{ label: 'payment webhook 2xx → closed', values: race.latencies.remit, color: '#d62728' }, { label: 'baseline: signal ack → closed', values: race.latencies.baseline, color: '#d62728', dashed: true }], marker: { at: 2 * race.baseline.stopLatencyMs.p99, label: '2× baseline p99' } });
if (burst) panels.push({ kind: 'cdf', title: `due burst: lateness (${burst.burst} due at once)`, unit: 'ms after due', series: [{ label: 'message handed to channel', values: burst.latencies.remit, color: '#2ca02c' }, { label: 'baseline: timer + 2 activities', values: burst.latencies.baseline, color: '#2ca02c', dashed: true }], marker: { at: 1.2 * burst.baseline.latenessMs.p99, label: '1.2× baseline p99' } });
if (webhooks) panels.push({ kind: 'cdf', title: 'webhook load: response time', unit: 'ms', series: [{ label: 'POST /v1/webhooks/payments', values: webhooks.latencies.remit, color: '#9467bd' }, { label: 'baseline: bare signal', values: webhooks.latencies.signals, color: '#9467bd', dashed: true }, { label: 'HTTP baseline: parse + verify only', values: webhooks.latencies.baseline, color: '#7f7f7f', dashed: true }] });
if (idle) panels.push({ kind: 'line', title: 'idle capacity: resident memory', xLabel: 'open invoices (sleeping follow-ups)', yLabel: 'RSS (MB)', series: [{ label: 'worker process', points: idle.points.map((p) => [p.open, p.workerRssMB]), color: '#ff7f0e' }, { label: 'Temporal dev server', points: idle.points.map((p) => [p.open, p.temporalRssMB]), color: '#8c564b', dashed: true }] });
const svgPath = join(flags.out!, `${stamp}.svg`);
writeFileSync(svgPath, renderSvg('Remit bench — latency distributions (solid: Remit, dashed: baseline)', header, panels));
console.log(`\nwrote ${jsonPath}\nwrote ${svgPath}`);
process.exit(0);
