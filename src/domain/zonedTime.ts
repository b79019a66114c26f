// Wall-clock arithmetic in IANA time zones using only Intl (no tz library needed).

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall time in `timeZone` at the instant `epochMs`. */
export function wallTimeAt(epochMs: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
    millisecond: ((epochMs % 1000) + 1000) % 1000,
  };
}

function wallAsUtc(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
}

/** Offset of `timeZone` from UTC at `epochMs`, in ms (e.g. +3_600_000 for CET). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  return wallAsUtc(wallTimeAt(epochMs, timeZone)) - epochMs;
}

/**
 * The instant at which `timeZone` shows wall time `w`. A wall time skipped by a DST jump
 * resolves to the same distance after the jump (02:30 → 03:30); a repeated one to its
 * first occurrence.
 */
export function instantOf(w: WallTime, timeZone: string): number {
  const asUtc = wallAsUtc(w);
  const first = asUtc - zoneOffsetMs(asUtc, timeZone);
  const second = asUtc - zoneOffsetMs(first, timeZone);
  if (first === second) {
    // Earlier occurrence wins in an overlap.
    const earlier = asUtc - zoneOffsetMs(first - 3_600_000, timeZone);
    if (earlier < first && sameWall(wallTimeAt(earlier, timeZone), w)) return earlier;
    return first;
  }
  // In a gap neither candidate shows `w`; take the one that lands after the jump.
  return Math.max(first, second);
}

function sameWall(a: WallTime, b: WallTime): boolean {
  return wallAsUtc(a) === wallAsUtc(b);
}

/** Adds calendar days to a wall date (month/year roll-over handled by Date.UTC). */
export function addDays(w: WallTime, days: number): WallTime {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return { ...w, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
