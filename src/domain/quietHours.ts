// Quiet hours: automated messages go out only inside a local send window (e.g. 08:00–21:00),
// judged in every zone the customer might be in. Pure: time comes in as epoch ms.
import { zonesForPhone } from './phoneZones';
import { isValidTimeZone, zoneOffsetMs } from './zonedTime';

export interface SendWindow {
  /** Local wall-clock start and end of the allowed window, seconds after midnight (end exclusive; end may be 86400). */
  startSec: number;
  endSec: number;
  /** No sends on Saturday and Sunday (local). */
  skipWeekends: boolean;
  /** Local dates ("YYYY-MM-DD") with no sends (public holidays). */
  holidays: readonly string[];
}

export const DEFAULT_SEND_WINDOW: SendWindow = Object.freeze({
  startSec: 8 * 3600,
  endSec: 21 * 3600,
  skipWeekends: false,
  holidays: Object.freeze([]) as readonly string[],
});

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** How far ahead nextAllowedInstant looks before concluding the zones never agree. */
export const SEARCH_HORIZON_MS = 14 * DAY_MS;
// No zone changes its offset twice within this span, so equal offsets at both ends mean none
// in between.
const OFFSET_PROBE_MS = 12 * HOUR_MS;

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function parseTime(text: string): number | undefined {
  const m = TIME.exec(text.trim());
  if (!m) return undefined;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (min > 59 || s > 59) return undefined;
  const sec = h * 3600 + min * 60 + s;
  return sec <= 86_400 ? sec : undefined;
}

/** "08:00-21:00" or "08:00:00-21:00:00" → window times; undefined if malformed or start >= end. "00:00-24:00" = always. */
export function parseWindow(text: string): { startSec: number; endSec: number } | undefined {
  const parts = text.split(/[-–]/);
  if (parts.length !== 2) return undefined;
  const startSec = parseTime(parts[0]!);
  const endSec = parseTime(parts[1]!);
  if (startSec === undefined || endSec === undefined || startSec >= endSec) return undefined;
  return { startSec, endSec };
}

export type ZoneBasis = 'customer' | 'phone' | 'address' | 'phone+address' | 'deployment';

/** The zones a customer's quiet hours are judged in: their own zone when known; else the zones their phone number's country allows and their address zone (intersected when both are known and overlap, else all of them); else the deployment's zones. */
export function customerZones(
  facts: { timezone?: string | null; phone?: string | null; addressTimezone?: string | null },
  deploymentZones: readonly string[],
): { zones: string[]; basis: ZoneBasis } {
  const valid = (z: string | null | undefined): z is string => typeof z === 'string' && z.trim() !== '' && isValidTimeZone(z.trim());
  if (valid(facts.timezone)) return { zones: [facts.timezone.trim()], basis: 'customer' };
  const phone = facts.phone ? zonesForPhone(facts.phone) : [];
  const address = valid(facts.addressTimezone) ? facts.addressTimezone.trim() : undefined;
  if (phone.length && address) {
    if (phone.includes(address)) return { zones: [address], basis: 'phone+address' };
    // They disagree (a roaming number, an out-of-date address): respect both.
    return { zones: unique([...phone, address]), basis: 'phone+address' };
  }
  if (phone.length) return { zones: unique(phone), basis: 'phone' };
  if (address) return { zones: [address], basis: 'address' };
  const deployment = unique(deploymentZones.map((z) => z.trim()).filter(valid));
  // A deployment with no usable zone still gets quiet hours, in UTC, rather than none.
  return { zones: deployment.length ? deployment : ['UTC'], basis: 'deployment' };
}

function unique(zones: readonly string[]): string[] {
  return [...new Set(zones)];
}

// ---- one zone, by arithmetic on local time -------------------------------------------------
// Within a stretch of constant UTC offset, local time is just `at + offset`, so the window can
// be checked with Date.UTC arithmetic; Intl is asked only for offsets (it is slow).

interface Rules {
  startMs: number;
  endMs: number;
  skipWeekends: boolean;
  holidays: ReadonlySet<string>;
}

function rulesOf(window: SendWindow): Rules {
  return {
    startMs: Math.max(0, window.startSec) * 1000,
    endMs: Math.min(86_400, window.endSec) * 1000,
    skipWeekends: window.skipWeekends,
    holidays: new Set(window.holidays),
  };
}

function isEmpty(rules: Rules): boolean {
  return !(rules.startMs < rules.endMs);
}

/** Whether sends are allowed at all on the local day starting at `localDayMs` (local ms as UTC). */
function dayAllowed(localDayMs: number, rules: Rules): boolean {
  const d = new Date(localDayMs);
  if (rules.skipWeekends && (d.getUTCDay() === 0 || d.getUTCDay() === 6)) return false;
  if (rules.holidays.size === 0) return true;
  return !rules.holidays.has(d.toISOString().slice(0, 10));
}

function localAllowed(local: number, rules: Rules): boolean {
  const day = Math.floor(local / DAY_MS) * DAY_MS;
  const ofDay = local - day;
  return ofDay >= rules.startMs && ofDay < rules.endMs && dayAllowed(day, rules);
}

/** Earliest instant in [from, to) allowed in a zone whose offset is `offset` throughout; undefined if none. */
function firstAllowedIn(from: number, to: number, offset: number, rules: Rules): number | undefined {
  const local = from + offset;
  if (localAllowed(local, rules)) return from;
  for (let day = Math.floor(local / DAY_MS) * DAY_MS; day + rules.startMs < to + offset; day += DAY_MS) {
    const start = day + rules.startMs;
    if (start >= local && dayAllowed(day, rules)) return start - offset;
  }
  return undefined;
}

/** Earliest instant in [from, to) not allowed in a zone whose offset is `offset` throughout; undefined if none. */
function firstBlockedIn(from: number, to: number, offset: number, rules: Rules): number | undefined {
  const local = from + offset;
  if (!localAllowed(local, rules)) return from;
  for (let day = Math.floor(local / DAY_MS) * DAY_MS; day < to + offset; day += DAY_MS) {
    let blocked: number | undefined;
    if (rules.endMs < DAY_MS) blocked = day + rules.endMs;
    // A window reaching midnight continues into the next day only if that day allows sends from 00:00.
    else if (rules.startMs > 0 || !dayAllowed(day + DAY_MS, rules)) blocked = day + DAY_MS;
    if (blocked !== undefined) return blocked - offset < to ? blocked - offset : undefined;
  }
  return undefined;
}

/** The first instant in (from, to] at which the zone's offset differs from `offset` at `from`. */
function offsetChange(from: number, to: number, offsetAtFrom: number, zone: string): number {
  let lo = from;
  let hi = to;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (zoneOffsetMs(mid, zone) === offsetAtFrom) lo = mid;
    else hi = mid;
  }
  return hi;
}

type OffsetAt = (at: number, zone: string) => number;

/** zoneOffsetMs, remembered for the length of one call (Intl is slow, and rounds repeat instants). */
function offsetCache(): OffsetAt {
  const known = new Map<string, number>();
  return (at, zone) => {
    const key = `${zone} ${at}`;
    let offset = known.get(key);
    if (offset === undefined) {
      offset = zoneOffsetMs(at, zone);
      known.set(key, offset);
    }
    return offset;
  };
}

/**
 * Walks [from, limit) in stretches of constant offset, returning the first instant `find`
 * reports in any of them. Offsets change at DST transitions, which can jump into or out of the
 * window (a 02:30 start on a spring-forward night begins at 03:00).
 */
function scanZone(
  from: number,
  limit: number,
  zone: string,
  offsetAt: OffsetAt,
  find: (from: number, to: number, offset: number) => number | undefined,
): number | undefined {
  let t = from;
  let offset = offsetAt(t, zone);
  while (t < limit) {
    const probe = Math.min(t + OFFSET_PROBE_MS, limit);
    const found = find(t, probe, offset);
    if (found === t) return t;
    // `found` assumed the offset at `t` held until then; the same offset at that instant
    // proves it did, since no zone changes twice within the probe span.
    const check = found ?? probe;
    const offsetAtCheck = offsetAt(check, zone);
    if (offsetAtCheck === offset) {
      if (found !== undefined) return found;
      t = probe;
      continue;
    }
    const change = offsetChange(t, check, offset, zone);
    const before = find(t, change, offset);
    if (before !== undefined) return before;
    t = change;
    offset = offsetAt(change, zone);
  }
  return undefined;
}

// Zones judged when none are given: quiet hours never silently switch off.
const zonesOrUtc = (zones: readonly string[]) => (zones.length ? zones : ['UTC']);

/** True when `at` is inside the window in every one of `zones` (several zones: only inside the overlap of their windows). */
export function isInsideWindow(at: number, zones: readonly string[], window: SendWindow): boolean {
  const rules = rulesOf(window);
  if (isEmpty(rules)) return false;
  return zonesOrUtc(zones).every((zone) => localAllowed(at + zoneOffsetMs(at, zone), rules));
}

/** The earliest instant >= at inside the window in every zone; `at` itself when allowed. undefined when no instant in the next 14 days qualifies (zones whose windows never overlap). */
export function nextAllowedInstant(at: number, zones: readonly string[], window: SendWindow): number | undefined {
  const rules = rulesOf(window);
  if (isEmpty(rules)) return undefined;
  const limit = at + SEARCH_HORIZON_MS + 1;
  const all = zonesOrUtc(zones);
  const offsetAt = offsetCache();
  // Each zone's own earliest allowed instant is a lower bound for all of them together; raising
  // t to the largest bound until every zone accepts it finds the earliest common instant.
  let t = at;
  for (;;) {
    let next = t;
    for (const zone of all) {
      const own = scanZone(next, limit, zone, offsetAt, (from, to, offset) => firstAllowedIn(from, to, offset, rules));
      if (own === undefined) return undefined;
      next = own;
    }
    if (next === t) return t;
    t = next;
  }
}

/**
 * The end of the allowed stretch that `at` is in: the first instant after `at` outside the window
 * in some zone (at most `at + maxMs`). `at` itself when `at` is not allowed.
 */
export function allowedUntil(at: number, zones: readonly string[], window: SendWindow, maxMs: number = DAY_MS): number {
  const rules = rulesOf(window);
  if (isEmpty(rules)) return at;
  const limit = at + Math.max(0, maxMs);
  let end = limit;
  const offsetAt = offsetCache();
  for (const zone of zonesOrUtc(zones)) {
    const blocked = scanZone(at, end, zone, offsetAt, (from, to, offset) => firstBlockedIn(from, to, offset, rules));
    if (blocked !== undefined) end = Math.min(end, blocked);
  }
  return end;
}

/** A deterministic spread in [0, maxMs) from a key (e.g. invoice id + step), so a thousand deferred messages do not all fire at 08:00:00. FNV-1a or similar. */
export function spreadMs(key: string, maxMs: number): number {
  if (!(maxMs > 0) || !Number.isFinite(maxMs)) return 0;
  // FNV-1a over UTF-16 code units…
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // …then a murmur3 finaliser, since FNV's low bits barely change between keys like "inv-1:2"/"inv-1:3".
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return Math.floor(((h >>> 0) / 0x1_0000_0000) * maxMs);
}
