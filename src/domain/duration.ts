// ISO-8601 durations for step offsets, signed ("-P1D" = one day before the due date).
// Days and weeks are calendar days in the customer's zone (so "-P1D" keeps the local time
// across a DST change); hours, minutes and seconds are exact elapsed time.

export interface Offset {
  sign: 1 | -1;
  days: number;
  ms: number;
}

const PATTERN =
  /^([+-])?P(?!$)(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,3})?)S)?)?$/;

export function parseOffset(text: string): Offset | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const [, sign, w, d, h, min, s] = m;
  const days = Number(w ?? 0) * 7 + Number(d ?? 0);
  const ms = Math.round(Number(h ?? 0) * 3_600_000 + Number(min ?? 0) * 60_000 + Number(s ?? 0) * 1000);
  return { sign: sign === '-' ? -1 : 1, days, ms };
}

export function isOffset(text: string): boolean {
  return parseOffset(text) !== undefined;
}

/** A positive duration in ms, a day taken as 24 h (for windows such as "PT48H"). */
export function durationMs(text: string): number {
  const o = parseOffset(text);
  if (!o) throw new Error(`invalid duration ${text}`);
  return o.sign * (o.days * 86_400_000 + o.ms);
}

/** A rough ordering key (a day taken as 24 h) to check that steps are in order; NaN for no offset. */
export function offsetOrderKey(offset: string): number {
  return isOffset(offset) ? durationMs(offset) : NaN;
}
