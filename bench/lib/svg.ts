// One hand-written SVG: a panel per scenario with the empirical CDF of Remit's latency
// (solid) beside its baseline's (dashed) on a log time axis, and the idle panel's resident
// memory against open invoices.
import { cdfPoints } from './stats';

export interface CdfPanel {
  kind: 'cdf';
  title: string;
  unit: string;
  series: { label: string; values: number[]; dashed?: boolean; color: string }[];
  marker?: { at: number; label: string };
}
export interface LinePanel {
  kind: 'line';
  title: string;
  xLabel: string;
  yLabel: string;
  series: { label: string; points: [number, number][]; color: string; dashed?: boolean }[];
}
export type Panel = CdfPanel | LinePanel;

const W = 460;
const H = 300;
const M = { l: 56, r: 16, t: 34, b: 64 };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (v: number) => (v >= 10_000 ? `${Math.round(v / 1000)}k` : v >= 1000 ? `${(v / 1000).toFixed(1)}k` : v >= 10 ? `${Math.round(v)}` : `${+v.toPrecision(2)}`);

function cdfPanel(p: CdfPanel): string {
  const all = p.series.flatMap((s) => s.values).filter(Number.isFinite);
  const floor = 0.5;
  const lo = Math.max(floor, Math.min(...all.map((v) => Math.max(v, floor))));
  const hi = Math.max(lo * 10, ...all);
  const lx0 = Math.floor(Math.log10(lo));
  const lx1 = Math.ceil(Math.log10(hi));
  const pw = W - M.l - M.r;
  const ph = H - M.t - M.b;
  const x = (v: number) => M.l + ((Math.log10(Math.max(v, floor)) - lx0) / (lx1 - lx0)) * pw;
  const y = (f: number) => M.t + (1 - f) * ph;
  const out: string[] = [];
  out.push(`<text x="${W / 2}" y="18" text-anchor="middle" font-weight="bold">${esc(p.title)}</text>`);
  for (let e = lx0; e <= lx1; e++) {
    const v = 10 ** e;
    out.push(`<line x1="${x(v)}" y1="${M.t}" x2="${x(v)}" y2="${M.t + ph}" stroke="#ddd"/>`);
    out.push(`<text x="${x(v)}" y="${M.t + ph + 14}" text-anchor="middle" font-size="10">${fmt(v)}</text>`);
  }
  for (const f of [0, 0.5, 0.9, 0.99, 1]) {
    out.push(`<line x1="${M.l}" y1="${y(f)}" x2="${M.l + pw}" y2="${y(f)}" stroke="${f === 0.99 || f === 0.5 ? '#bbb' : '#eee'}"${f === 0.99 ? ' stroke-dasharray="2,2"' : ''}/>`);
    out.push(`<text x="${M.l - 4}" y="${y(f) + 3}" text-anchor="end" font-size="10">${f === 0.99 ? 'p99' : f === 0.5 ? 'p50' : f}</text>`);
  }
  out.push(`<text x="${M.l + pw / 2}" y="${M.t + ph + 28}" text-anchor="middle" font-size="11">${esc(p.unit)} (log scale)</text>`);
  if (p.marker) {
    out.push(`<line x1="${x(p.marker.at)}" y1="${M.t}" x2="${x(p.marker.at)}" y2="${M.t + ph}" stroke="#c00" stroke-dasharray="4,3"/>`);
    out.push(`<text x="${x(p.marker.at) + 3}" y="${M.t + 10}" font-size="10" fill="#c00">${esc(p.marker.label)}</text>`);
  }
  p.series.forEach((s, i) => {
    const pts = cdfPoints(s.values.filter(Number.isFinite));
    if (pts.length) {
      const d = pts.map(([v, f], k) => `${k ? 'L' : 'M'}${x(v).toFixed(1)},${y(f).toFixed(1)}`).join('');
      out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="1.8"${s.dashed ? ' stroke-dasharray="5,3"' : ''}/>`);
    }
    out.push(...legend(s, i, pw, ph));
  });
  out.push(`<rect x="${M.l}" y="${M.t}" width="${pw}" height="${ph}" fill="none" stroke="#888"/>`);
  return out.join('\n');
}

/** Series i's legend entry below a panel (two per row). */
function legend(s: { color: string; dashed?: boolean; label: string }, i: number, pw: number, ph: number): string[] {
  const ly = M.t + ph + 42 + Math.floor(i / 2) * 13;
  const lx = M.l + (i % 2) * (pw / 2);
  return [
    `<line x1="${lx}" y1="${ly - 4}" x2="${lx + 18}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5,3"' : ''}/>`,
    `<text x="${lx + 22}" y="${ly}" font-size="10">${esc(s.label)}</text>`,
  ];
}

function linePanel(p: LinePanel): string {
  const xs = p.series.flatMap((s) => s.points.map((q) => q[0]));
  const ys = p.series.flatMap((s) => s.points.map((q) => q[1]));
  const x1 = Math.max(1, ...xs);
  const y1 = Math.max(1, ...ys) * 1.1;
  const pw = W - M.l - M.r;
  const ph = H - M.t - M.b;
  const x = (v: number) => M.l + (v / x1) * pw;
  const y = (v: number) => M.t + (1 - v / y1) * ph;
  const out: string[] = [];
  out.push(`<text x="${W / 2}" y="18" text-anchor="middle" font-weight="bold">${esc(p.title)}</text>`);
  for (let k = 0; k <= 4; k++) {
    const vx = (x1 * k) / 4;
    const vy = (y1 * k) / 4;
    out.push(`<line x1="${x(vx)}" y1="${M.t}" x2="${x(vx)}" y2="${M.t + ph}" stroke="#eee"/>`);
    out.push(`<text x="${x(vx)}" y="${M.t + ph + 14}" text-anchor="middle" font-size="10">${fmt(vx)}</text>`);
    out.push(`<line x1="${M.l}" y1="${y(vy)}" x2="${M.l + pw}" y2="${y(vy)}" stroke="#eee"/>`);
    out.push(`<text x="${M.l - 4}" y="${y(vy) + 3}" text-anchor="end" font-size="10">${fmt(vy)}</text>`);
  }
  out.push(`<text x="${M.l + pw / 2}" y="${M.t + ph + 28}" text-anchor="middle" font-size="11">${esc(p.xLabel)}</text>`);
  out.push(`<text x="12" y="${M.t + ph / 2}" text-anchor="middle" font-size="11" transform="rotate(-90 12 ${M.t + ph / 2})">${esc(p.yLabel)}</text>`);
  p.series.forEach((s, i) => {
    const d = s.points.map(([a, b], k) => `${k ? 'L' : 'M'}${x(a).toFixed(1)},${y(b).toFixed(1)}`).join('');
    out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="1.8"${s.dashed ? ' stroke-dasharray="5,3"' : ''}/>`);
    for (const [a, b] of s.points) out.push(`<circle cx="${x(a).toFixed(1)}" cy="${y(b).toFixed(1)}" r="2.5" fill="${s.color}"/>`);
    out.push(...legend(s, i, pw, ph));
  });
  out.push(`<rect x="${M.l}" y="${M.t}" width="${pw}" height="${ph}" fill="none" stroke="#888"/>`);
  return out.join('\n');
}

export function renderSvg(title: string, subtitle: string, panels: Panel[]): string {
  const cols = 2;
  const rows = Math.ceil(panels.length / cols);
  const top = 44;
  const width = cols * W;
  const height = top + rows * H;
  const body = panels
    .map((p, i) => `<g transform="translate(${(i % cols) * W},${top + Math.floor(i / cols) * H})">\n${p.kind === 'cdf' ? cdfPanel(p) : linePanel(p)}\n</g>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
<text x="${width / 2}" y="20" text-anchor="middle" font-size="15" font-weight="bold">${esc(title)}</text>
<text x="${width / 2}" y="36" text-anchor="middle" font-size="11" fill="#555">${esc(subtitle)}</text>
${body}
</svg>
`;
}
