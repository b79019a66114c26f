// When a message may go out: the one place that combines quiet hours with the frequency cap and
// minimum gap, used by the send activity and by the preview. Pure: time comes in as epoch ms.
import { capViolations, earliestUnderCap, type FrequencyCap } from './frequencyCap';
import { allowedUntil, isInsideWindow, nextAllowedInstant, SEARCH_HORIZON_MS, spreadMs, type SendWindow } from './quietHours';
import { wallTimeAt } from './zonedTime';

export type DeferRule = 'quiet_hours' | 'frequency_cap' | 'minimum_gap';

export interface SendTimeFacts {
  zones: readonly string[];
  window: SendWindow;
  cap: FrequencyCap;
  sentAt: readonly number[];
  spreadKey: string;
  spreadMaxMs: number;
}

export type SendTime =
  | { decision: 'send'; at: number }
  | { decision: 'defer'; at: number; rules: DeferRule[]; reason: string }
  | { decision: 'suppress'; rule: 'no_common_window'; reason: string };

// Rules are listed in this order in results and reasons.
const RULE_ORDER: readonly DeferRule[] = ['quiet_hours', 'frequency_cap', 'minimum_gap'];

/** Earliest time >= at that satisfies quiet hours and the cap/gap together (iterate until both hold; add spreadMs only when quiet hours deferred it, and re-check the window after adding the spread so the spread never pushes outside it — clamp). */
export function sendTime(at: number, facts: SendTimeFacts): SendTime {
  const { zones, window, cap, sentAt } = facts;
  const applied = new Set<DeferRule>();
  let t = at;
  // Quiet hours only push to a window start and the cap only to where a send leaves the period,
  // so this settles within a few rounds; once past every send the cap holds for good.
  for (;;) {
    const allowed = nextAllowedInstant(t, zones, window);
    if (allowed === undefined) return suppress(zones, window);
    if (allowed > t) applied.add('quiet_hours');
    t = allowed;
    const capped = earliestUnderCap(sentAt, t, cap);
    if (capped.at === t) break;
    // The cap's rule names only the limit that pushed last; whichever are broken now applied too.
    if (capped.rule) applied.add(capped.rule);
    for (const rule of capViolations(sentAt, t, cap)) applied.add(rule);
    t = capped.at;
  }

  if (t === at) return { decision: 'send', at };

  if (applied.has('quiet_hours')) {
    const spread = spreadMs(facts.spreadKey, facts.spreadMaxMs);
    if (spread > 0) {
      // Scale the spread down to the allowed stretch when that is shorter, so it never leaves the window.
      const room = allowedUntil(t, zones, window, facts.spreadMaxMs) - t;
      const scaled = room >= facts.spreadMaxMs ? spread : Math.floor((spread * room) / facts.spreadMaxMs);
      const spreadAt = t + scaled;
      if (isInsideWindow(spreadAt, zones, window) && earliestUnderCap(sentAt, spreadAt, cap).at === spreadAt) t = spreadAt;
    }
  }

  const rules = RULE_ORDER.filter((r) => applied.has(r));
  return { decision: 'defer', at: t, rules, reason: deferReason(rules, t, zones, window, cap) };
}

// ---- reasons ---------------------------------------------------------------------------------

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number) => String(n).padStart(2, '0');

function clock(sec: number): string {
  const base = `${pad(Math.floor(sec / 3600))}:${pad(Math.floor((sec % 3600) / 60))}`;
  return sec % 60 ? `${base}:${pad(sec % 60)}` : base;
}

/** "08:00–21:00" */
function windowTimes(window: SendWindow): string {
  return `${clock(window.startSec)}–${clock(window.endSec)}`;
}

/** ", not on weekends or holidays", or nothing. */
function windowExceptions(window: SendWindow): string {
  const exceptions = [window.skipWeekends ? 'weekends' : '', window.holidays.length ? 'holidays' : ''].filter(Boolean);
  return exceptions.length ? `, not on ${exceptions.join(' or ')}` : '';
}

function describeDuration(ms: number): string {
  const units: Array<[number, string]> = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1000, 'second'],
  ];
  for (const [size, name] of units) {
    if (ms >= size && ms % size === 0) return `${ms / size} ${name}${ms / size === 1 ? '' : 's'}`;
  }
  return `${ms} ms`;
}

function localTime(at: number, zone: string): string {
  const w = wallTimeAt(at, zone);
  const weekday = WEEKDAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()];
  return `${weekday} ${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)} ${zone}`;
}

function listZones(zones: readonly string[]): string {
  const shown = zones.length ? zones : ['UTC'];
  return shown.length <= 3 ? shown.join(', ') : `${shown.slice(0, 3).join(', ')} and ${shown.length - 3} more`;
}

function deferReason(rules: readonly DeferRule[], at: number, zones: readonly string[], window: SendWindow, cap: FrequencyCap): string {
  const parts = rules.map((rule) => {
    switch (rule) {
      case 'quiet_hours':
        return `quiet hours (sends only ${windowTimes(window)} local time in ${listZones(zones)}${windowExceptions(window)})`;
      case 'frequency_cap':
        return `the frequency cap (at most ${cap.maxMessages} automated message${cap.maxMessages === 1 ? '' : 's'} per ${describeDuration(cap.periodMs)})`;
      case 'minimum_gap':
        return `the minimum gap (${describeDuration(cap.minGapMs)} after the previous message)`;
    }
  });
  const joined = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  const shown = zones.length ? zones : ['UTC'];
  const when = shown.slice(0, 3).map((z) => localTime(at, z)).join(' / ');
  return `Deferred by ${joined}; it will go at ${when}.`;
}

function suppress(zones: readonly string[], window: SendWindow): SendTime {
  return {
    decision: 'suppress',
    rule: 'no_common_window',
    reason:
      `No time in the next ${SEARCH_HORIZON_MS / 86_400_000} days is inside the send window (${windowTimes(window)}${windowExceptions(window)}) ` +
      `in all of ${listZones(zones)} at once, so the message is not sent.`,
  };
}
