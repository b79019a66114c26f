// Frequency cap: however many invoices a customer has overdue, they get at most a few automated
// messages a week, and never two in quick succession. Pure: every time is epoch ms.

export interface FrequencyCap {
  /** At most this many automated messages in any rolling `periodMs` (Infinity: no cap). */
  maxMessages: number;
  periodMs: number;
  /** At least this long after the latest automated message (0: no gap). */
  minGapMs: number;
}

export const DEFAULT_FREQUENCY_CAP: FrequencyCap = Object.freeze({
  maxMessages: 3,
  periodMs: 7 * 86_400_000,
  minGapMs: 48 * 3_600_000,
});

export type CapRule = 'frequency_cap' | 'minimum_gap';

function checkCap(cap: FrequencyCap): void {
  if (!(cap.maxMessages >= 1) || (Number.isFinite(cap.maxMessages) && !Number.isInteger(cap.maxMessages))) {
    throw new RangeError(`maxMessages must be a positive integer or Infinity, got ${cap.maxMessages}`);
  }
  if (!(cap.periodMs >= 0) || !Number.isFinite(cap.periodMs)) throw new RangeError(`periodMs must be a finite duration >= 0, got ${cap.periodMs}`);
  if (!(cap.minGapMs >= 0) || !Number.isFinite(cap.minGapMs)) throw new RangeError(`minGapMs must be a finite duration >= 0, got ${cap.minGapMs}`);
}

/** The rules one more message at `t` would break; empty when it respects the cap. */
export function capViolations(sentAt: readonly number[], t: number, cap: FrequencyCap): CapRule[] {
  checkCap(cap);
  const broken: CapRule[] = [];
  if (Number.isFinite(cap.maxMessages) && cap.periodMs > 0) {
    if (sentAt.filter((s) => s > t - cap.periodMs && s <= t).length >= cap.maxMessages) broken.push('frequency_cap');
  }
  if (cap.minGapMs > 0 && sentAt.some((s) => t < s + cap.minGapMs)) broken.push('minimum_gap');
  return broken;
}

/** The earliest instant >= at at which one more automated message to this customer respects the cap (fewer than maxMessages sent in the rolling period ending then, i.e. in (t - periodMs, t]) and the minimum gap after the latest send. `sentAt`: epoch ms of the customer's automated messages, all invoices and channels, any order. */
export function earliestUnderCap(sentAt: readonly number[], at: number, cap: FrequencyCap): { at: number; rule?: 'frequency_cap' | 'minimum_gap' } {
  checkCap(cap);
  const sends = sentAt.filter((s) => Number.isFinite(s)).sort((a, b) => a - b);
  let t = at;
  let rule: CapRule | undefined;
  // Each pass moves t to where the broken rule stops applying; that can bring later sends into
  // the period, so repeat until neither rule is broken (both only ever push later).
  for (;;) {
    const latest = sends[sends.length - 1];
    // Scheduled sends later than `at` count too: the gap is kept after the latest send of all.
    if (cap.minGapMs > 0 && latest !== undefined && t < latest + cap.minGapMs) {
      t = latest + cap.minGapMs;
      rule = 'minimum_gap';
      continue;
    }
    if (Number.isFinite(cap.maxMessages) && cap.periodMs > 0) {
      const inPeriod = sends.filter((s) => s > t - cap.periodMs && s <= t);
      if (inPeriod.length >= cap.maxMessages) {
        // The period must slide past enough of its oldest sends to leave room for one more.
        t = inPeriod[inPeriod.length - cap.maxMessages]! + cap.periodMs;
        rule = 'frequency_cap';
        continue;
      }
    }
    return rule ? { at: t, rule } : { at: t };
  }
}
