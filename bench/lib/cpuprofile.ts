// Summarises a V8 CPU profile (.cpuprofile, from `node --cpu-prof` or the inspector) by
// where the self time was spent: Prisma, the Temporal SDK,
// Express / HTTP, Remit's own code, garbage collection, idle.

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export const CATEGORIES: [string, RegExp][] = [
  ['prisma (client, query compiler)', /@prisma\/|src\/generated\/prisma|query_compiler|prisma/i],
  ['pg driver', /node_modules\/pg(-[a-z]+)?\//],
  ['temporal sdk', /@temporalio\//],
  ['express / body-parser / router', /node_modules\/(express|body-parser|router|raw-body|iconv-lite|qs|send|finalhandler|path-to-regexp|on-finished|type-is|mime)/],
  ['zod', /node_modules\/zod\//],
  ['grpc / protobuf', /node_modules\/(@grpc|protobufjs|long)\//],
  ['undici / fetch (bench client)', /undici|node:internal\/deps\/undici/],
  ['remit src', /\/src\/(?!generated)/],
  ['remit activities', /\/activities\//],
  ['remit workflows', /\/workflows\//],
  ['bench harness', /\/bench\//],
  ['tsx loader', /node_modules\/tsx\//],
  ['node http / net / streams', /^node:(internal\/)?(http|_http|net|stream|streams|internal\/streams|internal\/http|tls|buffer|events)|^node:internal\/(http|net|stream)/],
  ['other node internals', /^node:/],
  ['wasm (other)', /^wasm:\/\//],
];

function category(url: string, fn: string): string {
  if (fn === '(garbage collector)') return 'garbage collection';
  if (fn === '(idle)') return 'idle';
  if (fn === '(program)') return 'program (native, unattributed)';
  if (fn === '(root)') return 'root';
  for (const [name, re] of CATEGORIES) if (re.test(url)) return name;
  if (!url) return 'native / builtins';
  return 'other js';
}

export interface ProfileSummary {
  totalMs: number;
  busyMs: number;
  byCategory: { category: string; ms: number; share: number }[];
  topFunctions: { fn: string; url: string; ms: number }[];
}

/** Wasm and native frames have no useful URL: they count for the nearest JavaScript caller's category. */
const OPAQUE = new Set(['wasm (other)', 'native / builtins', 'other node internals']);

export function summarizeProfile(p: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const attributed = (id: number): string => {
    const n = byId.get(id)!;
    const own = category(n.callFrame.url, n.callFrame.functionName);
    if (!OPAQUE.has(own)) return own;
    for (let up = parent.get(id); up !== undefined; up = parent.get(up)) {
      const a = byId.get(up)!;
      const c = category(a.callFrame.url, a.callFrame.functionName);
      if (!OPAQUE.has(c) && c !== 'root') return c;
    }
    return own;
  };
  const self = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + (p.timeDeltas[i] ?? 0));
  const cats = new Map<string, number>();
  const fns = new Map<string, { fn: string; url: string; ms: number }>();
  let total = 0;
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const c = attributed(id);
    const ms = us / 1000;
    total += ms;
    cats.set(c, (cats.get(c) ?? 0) + ms);
    if (c !== 'idle') {
      const key = `${n.callFrame.functionName}@${n.callFrame.url}:${n.callFrame.lineNumber}`;
      const e = fns.get(key) ?? { fn: n.callFrame.functionName || '(anonymous)', url: `${n.callFrame.url.replace(/^.*node_modules\//, '')}:${n.callFrame.lineNumber}`, ms: 0 };
      e.ms += ms;
      fns.set(key, e);
    }
  }
  const busy = total - (cats.get('idle') ?? 0);
  return {
    totalMs: total,
    busyMs: busy,
    byCategory: [...cats]
      .filter(([c]) => c !== 'idle')
      .map(([c, ms]) => ({ category: c, ms: Math.round(ms), share: Math.round((1000 * ms) / Math.max(busy, 1)) / 10 }))
      .sort((a, b) => b.ms - a.ms),
    topFunctions: [...fns.values()].sort((a, b) => b.ms - a.ms).slice(0, top).map((f) => ({ ...f, ms: Math.round(f.ms) })),
  };
}

export function formatProfile(s: ProfileSummary): string {
  const lines = [`busy ${(s.busyMs / 1000).toFixed(1)} s of ${(s.totalMs / 1000).toFixed(1)} s sampled`];
  for (const c of s.byCategory) lines.push(`  ${String(c.share).padStart(5)} %  ${(c.ms / 1000).toFixed(2).padStart(7)} s  ${c.category}`);
  lines.push('  top functions (self time):');
  for (const f of s.topFunctions) lines.push(`    ${(f.ms / 1000).toFixed(2).padStart(6)} s  ${f.fn}  ${f.url}`);
  return lines.join('\n');
}
