// When each step of a sequence falls due for one invoice.
import { parseOffset } from './duration';
import { addDays, instantOf, wallTimeAt, type WallTime } from './zonedTime';

/** A date-only due date means this local time in the customer's zone. */
export const DATE_ONLY_DUE_HOUR = 10;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
const ZONED_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * The instant an invoice falls due. "2026-12-01" → 10:00 in `timeZone`;
 * "2026-12-01T09:00" (no offset) → that wall time in `timeZone`; with Z or an offset → as given.
 */
export function resolveDueDate(input: string, timeZone: string): number | undefined {
  let m = DATE_ONLY.exec(input);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDate(y, mo, d)) return undefined;
    return instantOf({ year: y, month: mo, day: d, hour: DATE_ONLY_DUE_HOUR, minute: 0, second: 0, millisecond: 0 }, timeZone);
  }
  m = LOCAL_DATE_TIME.exec(input);
  if (m) {
    const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
    if (!validDate(y, mo, d) || h > 23 || mi > 59 || Number(m[6] ?? 0) > 59) return undefined;
    const w: WallTime = { year: y, month: mo, day: d, hour: h, minute: mi, second: Number(m[6] ?? 0), millisecond: Number((m[7] ?? '0').padEnd(3, '0')) };
    return instantOf(w, timeZone);
  }
  m = ZONED_DATE_TIME.exec(input);
  // Date.parse rolls "02-30" over into March and accepts "T24:00"; reject both like above.
  if (m && validDate(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[4]) <= 23) {
    const t = Date.parse(input);
    if (Number.isFinite(t)) return t;
  }
  return undefined;
}

/** The instant a step with `offset` falls due, relative to an invoice due at `dueAt`. */
export function stepInstant(dueAt: number, offset: string, timeZone: string): number {
  const o = parseOffset(offset);
  if (!o) throw new Error(`invalid offset ${offset}`);
  const local = o.days === 0 ? dueAt : instantOf(addDays(wallTimeAt(dueAt, timeZone), o.sign * o.days), timeZone);
  return local + o.sign * o.ms;
}

/** Each step of a sequence with the instant it falls due, in the order they fall due. */
export function scheduleSteps<S extends { offset: string }>(steps: readonly S[], dueAt: number, timeZone: string): (Omit<S, 'offset'> & { index: number; at: number })[] {
  return steps
    .map(({ offset, ...rest }, index) => ({ ...rest, index, at: stepInstant(dueAt, offset, timeZone) }))
    .sort((a, b) => a.at - b.at || a.index - b.index);
}
