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

const DAY_MS = 86_400_000;

/**
 * The instant at which `timeZone` shows wall time `w`. A wall time skipped by a DST jump
 * resolves to the same distance after the jump (02:30 → 03:30); a repeated one to its
 * first occurrence.
 */
export function instantOf(w: WallTime, timeZone: string): number {
  const asUtc = wallAsUtc(w);
  // The offsets in force a day either side of the wall time are the only candidates
  // (offsets stay within ±14 h, and a zone does not change offset twice in two days).
  const before = zoneOffsetMs(asUtc - DAY_MS, timeZone);
  const after = zoneOffsetMs(asUtc + DAY_MS, timeZone);
  const shown = [asUtc - before, asUtc - after].filter((t) => sameWall(wallTimeAt(t, timeZone), w));
  // Earlier occurrence wins in an overlap.
  if (shown.length > 0) return Math.min(...shown);
  // In a gap no instant shows `w`; the offset from before the jump lands the same distance after it.
  return asUtc - before;
}

function sameWall(a: WallTime, b: WallTime): boolean {
  return wallAsUtc(a) === wallAsUtc(b);
}

/** Adds calendar days to a wall date (month/year roll-over handled by Date.UTC). */
export function addDays(w: WallTime, days: number): WallTime {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return { ...w, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone; UTC for a zone Intl does not know. */
export function localDay(at: Date, timeZone: string): string {
  const w = wallTimeAt(at.getTime(), isValidTimeZone(timeZone) ? timeZone : 'UTC');
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}
