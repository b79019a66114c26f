// A promise to pay, as arithmetic: the instant it is judged at and whether payments kept it.
// A promise holds the follow-up to the end of the promised day in the customer's zone plus a
// grace period (payments take a day to show); money is compared in minor units.
import { addDays, instantOf, localDay } from './zonedTime';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The start of `day` + `days` in the zone: the end of the promised day is startOf(day, 1). */
export function startOfDay(day: string, timeZone: string, days = 0): Date {
  const m = DAY.exec(day);
  if (!m) throw new RangeError(`not a day: ${day}`);
  const w = addDays({ year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: 0, minute: 0, second: 0, millisecond: 0 }, days);
  return new Date(instantOf(w, timeZone));
}

/** When the promise is judged: midnight after the promised day, plus the grace days. */
export function promiseDeadline(day: string, timeZone: string, graceDays: number): Date {
  return startOfDay(day, timeZone, 1 + graceDays);
}

/** A day is real (2026-02-30 is not) and falls between today and `maxDaysAhead` days on, in the zone. */
export function promiseDayProblem(day: string, timeZone: string, now: Date, maxDaysAhead: number): string | undefined {
  const m = DAY.exec(day);
  if (!m || localDay(new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, 12)), 'UTC') !== day) return 'must be a calendar day, YYYY-MM-DD';
  const today = localDay(now, timeZone);
  if (day < today) return `is in the past (today is ${today} in ${timeZone})`;
  if (startOfDay(day, timeZone) > startOfDay(today, timeZone, maxDaysAhead)) return `is more than ${maxDaysAhead} days away`;
  return undefined;
}

/**
 * Kept once the payments since it was made cover what was promised (`promisedMinor`; undefined:
 * the whole balance, i.e. nothing is left due).
 */
export function promiseKept(p: { promisedMinor?: bigint; paidSinceMinor: bigint; dueMinor: bigint }): boolean {
  if (p.dueMinor <= 0n) return true;
  return p.promisedMinor !== undefined && p.paidSinceMinor >= p.promisedMinor;
}

/** "December 4, 2026": a promised day as the customer reads it. */
export function promisedDayText(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** The confirmation of promises read in one message (REMIT_PROMISE_CONFIRMATION): what was noted, and that reminders wait. */
export function promiseConfirmationText(promises: { invoiceNumber: string; dayText: string; amountText?: string }[]): string {
  const parts = promises.map((p) => `${p.amountText ? `${p.amountText} of ` : ''}invoice ${p.invoiceNumber} by ${p.dayText}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]!;
  return `Thank you. We have noted that you will pay ${list}. We will not send reminders about it before then.`;
}
