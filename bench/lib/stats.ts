// Small statistics helpers: nearest-rank percentiles and a fixed summary shape that every
// scenario reports (and the JSON keeps).

export interface Summary {
  n: number;
  min: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of an ascending array (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarize(xs: readonly number[]): Summary {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return { n: 0, min: NaN, p50: NaN, p90: NaN, p99: NaN, max: NaN, mean: NaN };
  return {
    n: s.length,
    min: s[0]!,
    p50: percentile(s, 50),
    p90: percentile(s, 90),
    p99: percentile(s, 99),
    max: s[s.length - 1]!,
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
}

/** Up to `points` (value, cumulative fraction) pairs of the empirical CDF, for the chart. */
export function cdfPoints(xs: readonly number[], points = 200): [number, number][] {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return [];
  const out: [number, number][] = [];
  const step = Math.max(1, Math.floor(s.length / points));
  for (let i = 0; i < s.length; i += step) out.push([s[i]!, (i + 1) / s.length]);
  out.push([s[s.length - 1]!, 1]);
  return out;
}

export const round = (x: number, digits = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);

/** Runs `fn(i)` for i in [from, to) with at most `concurrency` calls in flight. */
export async function pool(from: number, to: number, concurrency: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = from;
  const runners = Array.from({ length: Math.max(1, Math.min(concurrency, to - from)) }, async () => {
    while (next < to) {
      const i = next++;
      await fn(i);
    }
  });
  await Promise.all(runners);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function waitUntil(what: string, fn: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await fn()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await sleep(everyMs);
  }
}
