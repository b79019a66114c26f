// Promise terms: WHEN (and how much) a customer said they would pay, and when an out-of-office
// reply says they are back. Pure: every "today" comes from `receivedAt` seen in the customer's
// zone; no clock, no I/O.
//
// Days are LOCAL calendar days (YYYY-MM-DD) in the customer's zone. "Today" is the local date
// of `receivedAt` there (2026-01-31T23:30Z is already Feb 1 in Paris and Sydney).
//
// Conventions (the labelled corpus uses exactly these):
//  - weekday ("Friday", "fri", "el viernes", "vendredi") = the first such day strictly AFTER
//    today; "next Friday" / "this Friday" / "el próximo viernes" / "vendredi prochain" = the same,
//    so "next Friday" said on a Friday is 7 days later. "Friday next week" = that weekday of the
//    next ISO week. "last Friday" / "el viernes pasado" / "vendredi dernier" are past (ignored).
//  - "tomorrow"/"mañana"/"demain" = +1; "day after tomorrow"/"pasado mañana"/"après-demain" = +2;
//    "today"/"now"/"tonight"/"asap"/"hoy"/"ahora"/"aujourd'hui"/"maintenant"/"ce soir" = today.
//  - "in N days" / "within N days" / "en N días" / "dans N jours" = today+N; weeks are 7 days
//    ("in 2 weeks" = +14); "give me N days" = today+N; "N business/working days" skips Saturdays and Sundays. Numbers are
//    taken literally ("dans 15 jours" = +15, not the French "fortnight" idiom).
//  - "end of (the) month"/"month end"/"EOM"/"fin de mes"/"fin du mois" = last day of this month,
//    or of next month when today already is the last day. "end of next month" = next month's.
//  - "the 15th"/"on the 30th"/"el 15"/"el día 15"/"le 15"/"le 1er" = the next such day of month
//    on or after today; months without that day are skipped (the 31st said in April = May 31,
//    the 30th on Feb 27 = Mar 30). "the 15th of next month" = next month's (clamped to its end).
//    "the 1st of next month"/"start of next month"/"early next month" = the 1st of next month.
//  - "next week"/"la semana que viene"/"la semaine prochaine" = Friday of the next ISO week
//    (Mon–Sun); "this week"/"(by the) end of the week"/"esta semana"/"cette semaine" = Friday of
//    this ISO week, or today when today is Saturday or Sunday. "this weekend" = Saturday of this
//    week (today on a Saturday or Sunday); "after the weekend" = the first Monday strictly after today.
//  - explicit dates ("15/12", "12/15", "Dec 20", "20 December", "2026-12-20"): in English,
//    month/day for America/* zones and day/month elsewhere; Spanish and French are always
//    day/month (how those languages write dates, Latin America included). Without a year, a
//    date already past this year means next year. A range ("1–12 Dec", "between the 10th and
//    the 15th") counts as its end day.
//  - vague ("payday", "when I get paid", "soon", "next month") → no date, so no payment.
//  - amounts need a currency ("$500", "£1,200.50", "500 EUR", "500€", "1.234,50 €", "500 euros")
//    and come back as a decimal string with 2 decimals ("500.00"), never a float; a lone
//    separator followed by exactly 3 digits groups thousands ("1,200" = 1200), by 1–2 digits it
//    is the decimal mark ("12,50" = 12.50). "half"/"la mitad"/"la moitié" → fraction 0.5,
//    "a third" → 0.3333, "a quarter" → 0.25, "30%" → 0.3; "the rest"/"the balance"/"el resto"/
//    "le reste" → remainder.
//  - a date is not a promise in a past-tense clause ("I paid on Friday", "ya pagué el lunes",
//    "j'ai payé vendredi") nor in a refusal ("I can't pay today", "I won't pay"), except a refusal
//    bounded by a date, which IS a promise for it ("I can't pay until the 15th", "not before the
//    15th", "pas avant le 15"). Dates before today are dropped.
//  - a date counts when its sentence talks about paying (a pay verb, an amount, "the rest"...);
//    when no sentence does, every remaining date counts ("Friday." answering "when?"). A bare
//    "now"/"ahora"/"maintenant" needs paying in its own clause ("I'm at work now" is no promise).
//  - evidence: the span of the date (stretched over the amount when both sit in one clause).
//    Results are sorted by date.
//
// chrono-node does the explicit-date grammar (month names in three languages, numeric and ISO
// forms, ranges). Relative expressions use the rules below instead: chrono's weekday and
// relative arithmetic runs in the host's zone and does not follow the conventions above.
// Its reference is `{ instant: receivedAt, timezone: <UTC offset in minutes at receivedAt> }`:
// chrono takes a minute offset or an abbreviation ("CET"), not an IANA name (it silently falls
// back to the host's zone). Only the certain day/month/year components are read, never
// `.date()`, and the year of a date written without one is chosen here, not by chrono (whose
// forwardDate year depends on the host's zone near the end of the year).
import * as chrono from 'chrono-node';
import type { Evidence, PromisedPayment, ReplyLanguage } from './types';
import { fromMinor, toMinor } from '../money';
import { isValidTimeZone, wallTimeAt, zoneOffsetMs } from '../zonedTime';

// ---- calendar days --------------------------------------------------------------------------

interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

const DAY_MS = 86_400_000;
const dayIndex = (x: Day): number => Date.UTC(x.y, x.m - 1, x.d) / DAY_MS;
function fromIndex(n: number): Day {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const plus = (x: Day, days: number): Day => fromIndex(dayIndex(x) + days);
/** 0 = Sunday … 6 = Saturday. */
const weekdayOf = (x: Day): number => new Date(dayIndex(x) * DAY_MS).getUTCDay();
const lastDayOf = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const isoDay = (x: Day): string => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
const nextMonth = (x: Day): { y: number; m: number } => (x.m === 12 ? { y: x.y + 1, m: 1 } : { y: x.y, m: x.m + 1 });

/** The local day of an instant lives with the other zone arithmetic. */
export { localDay } from '../zonedTime';

/** First `wd` strictly after today. */
function nextWeekday(today: Day, wd: number): Day {
  return plus(today, (wd - weekdayOf(today) + 7) % 7 || 7);
}
function lastWeekday(today: Day, wd: number): Day {
  return plus(today, -((weekdayOf(today) - wd + 7) % 7 || 7));
}
function isoMonday(today: Day): Day {
  return plus(today, -((weekdayOf(today) + 6) % 7));
}
function fridayThisWeek(today: Day): Day {
  const wd = weekdayOf(today);
  // Said on Saturday or Sunday this week's Friday is gone: the corpus reads it as "now".
  return wd === 6 || wd === 0 ? today : plus(isoMonday(today), 4);
}
function weekdayOfNextWeek(today: Day, wd: number): Day {
  return plus(isoMonday(today), 7 + ((wd + 6) % 7));
}
function endOfMonth(today: Day): Day {
  const last = lastDayOf(today.y, today.m);
  if (today.d < last) return { y: today.y, m: today.m, d: last };
  const n = nextMonth(today);
  return { ...n, d: lastDayOf(n.y, n.m) };
}
function clampedDay(y: number, m: number, d: number): Day {
  return { y, m, d: Math.min(d, lastDayOf(y, m)) };
}
/** The next `dom` on or after today; months without that day are skipped (the corpus convention). */
function nextDayOfMonth(today: Day, dom: number): Day {
  let ym = { y: today.y, m: today.m };
  if (dom < today.d) ym = nextMonth(today);
  while (dom > lastDayOf(ym.y, ym.m)) ym = nextMonth({ ...ym, d: 1 });
  return { ...ym, d: dom };
}
/** month/day with no year: this year's if not past, else the next year that has it (Feb 29). */
function nextAnnual(today: Day, m: number, d: number): Day | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  for (let y = today.y; y <= today.y + 8; y++) {
    if (d > lastDayOf(y, m)) continue;
    const c = { y, m, d };
    if (dayIndex(c) >= dayIndex(today)) return c;
  }
  return undefined;
}
function addBusinessDays(today: Day, n: number): Day {
  let x = today;
  for (let left = n; left > 0; ) {
    x = plus(x, 1);
    const wd = weekdayOf(x);
    if (wd !== 0 && wd !== 6) left--;
  }
  return x;
}

// ---- words ----------------------------------------------------------------------------------

// JavaScript's \b only knows ASCII letters; these boundaries also respect "é", "ñ", "à".
const L = '(?<![\\p{L}\\p{N}_])';
const R = '(?![\\p{L}\\p{N}_])';
const words = (body: string): RegExp => new RegExp(`${L}(?:${body})${R}`, 'giu');
const test = (re: RegExp, s: string): boolean => {
  re.lastIndex = 0;
  return re.test(s);
};

const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tues: 2, tue: 2, wednesday: 3, weds: 3, wed: 3, thursday: 4,
  thurs: 4, thur: 4, thu: 4, friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 0, sun: 0,
  lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6, domingo: 0,
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 0,
  // common misspellings (texts are typed fast)
  munday: 1, teusday: 2, tusday: 2, wednsday: 3, wensday: 3, wedsday: 3, thursdy: 4, thurday: 4,
  thrusday: 4, fryday: 5, firday: 5, frday: 5, saterday: 6, satuday: 6, sundy: 0,
};
// "mon" is also French for "my", "sun"/"sat"/"wed" are English words: these abbreviations count
// only after "on"/"by"/"next"/"this"/"until", standing alone ("Sat.", "Sat?", "Sun 1"), or
// capitalised mid-sentence.
const AMBIGUOUS_WEEKDAYS = new Set(['mon', 'wed', 'sat', 'sun']);
const WEEKDAY_ABBREVIATIONS = new Set(['mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
// Abbreviations may carry a dot ("Fri."); full names may not (the dot then ends the sentence).
const WD = Object.keys(WEEKDAYS)
  .sort((a, b) => b.length - a.length)
  .map((k) => (WEEKDAY_ABBREVIATIONS.has(k) ? `${k}\\.?` : k))
  .join('|');

const MONTHS_EN: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const MONTHS: Record<string, number> = {
  ...MONTHS_EN,
  enero: 1, ene: 1, febrero: 2, marzo: 3, abril: 4, abr: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
  ago: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, dic: 12,
  janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fevr: 2, mars: 3, avril: 4, avr: 4, mai: 5,
  juin: 6, juillet: 7, juil: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11,
  décembre: 12, decembre: 12, déc: 12,
};
const alternation = (keys: string[]): string => [...keys].sort((a, b) => b.length - a.length).join('|');
const MONTH_EN = alternation(Object.keys(MONTHS_EN));
const ANY_MONTH = alternation(Object.keys(MONTHS));

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
  'a couple of': 2, 'a couple': 2,
  un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8,
  nueve: 9, diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, veinte: 20, treinta: 30,
  une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, vingt: 20, trente: 30,
};
const NUMW = `\\d{1,3}|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+'))
  .join('|')}`;
const numberValue = (s: string): number | undefined => {
  const k = s.toLowerCase().replace(/\s+/g, ' ');
  return /^\d+$/.test(k) ? Number(k) : NUMBER_WORDS[k];
};

// A day number that is really part of an explicit date, a time or an amount is left to chrono
// ("the 15th of December", "el 15 de enero", "le 15 à 10h" is fine, "le 15 €" is not a date).
const NOT_DATE_AFTER = `(?!\\s*(?:of\\s+|de\\s+|del\\s+)?(?:${ANY_MONTH})(?![\\p{L}])|\\s*[/.\\-]\\s*\\d|\\s*(?::\\d|h\\d|am|pm|%|€|\\$|£|eur|usd|gbp|days?|d[ií]as?|jours?|(?:al|au|to|a)\\s+\\d|[-–]\\s*\\d)` +
  // "the 1st payment", "the 2nd half": an ordinal, not a day
  `|\\s+(?:payments?|instal+ments?|half|part|time|week|quarter|cuotas?|pagos?|mitad|vez|paiements?|versements?|fois|semaine|semana)(?![\\p{L}]))`;
const NOT_DATE_BEFORE = `(?<!(?:${MONTH_EN})\\.?\\s+(?:the\\s+)?)`;
const NEXT_MONTH = `\\s+(?:of\\s+next\\s+month|del?\\s+(?:mes\\s+que\\s+viene|pr[oó]ximo\\s+mes|mes\\s+pr[oó]ximo)|du\\s+mois\\s+prochain)`;

// ---- date rules -----------------------------------------------------------------------------

type Kind = 'weekday' | 'relative' | 'explicit';
interface Rule {
  re: RegExp;
  kind: Kind;
  /** A range of days ("from 1 to 12 Dec"): the day returned is its end. */
  range?: boolean;
  /** Counts only with paying in its own clause ("now"). */
  weak?: boolean;
  resolve(m: RegExpExecArray, today: Day, text: string): Day | undefined;
}

const fixed = (f: (today: Day) => Day) => (_m: RegExpExecArray, today: Day) => f(today);
const wdOf = (s: string | undefined): number | undefined =>
  s === undefined ? undefined : WEEKDAYS[s.toLowerCase().replace(/\.$/, '')];

function weekdayAllowed(name: string, start: number, text: string): boolean {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (!AMBIGUOUS_WEEKDAYS.has(key)) return true;
  const before = text.slice(Math.max(0, start - 12), start);
  if (/(?:^|[^\p{L}])(?:on|by|next|this|until|till|before|from|pay|paid)\s+$/iu.test(before)) return true;
  // "Sat.", "Sun, 1 Feb", "ok Sat?", "Mon 2": the word stands alone as a day
  if (name.endsWith('.') || /^\s*(?:[,?!)]|\d|$)/u.test(text.slice(start + name.length))) return true;
  // Capitalised mid-sentence ("pay Sat or Sun"); at a sentence start it may be French "Mon …"
  const head = text.slice(0, start).trimEnd();
  return /^\p{Lu}/u.test(name) && head !== '' && !/[.!?]$/.test(head);
}

const RULES: Rule[] = [
  // today
  {
    re: words(
      "today|tonight|tonite|this\\s+(?:morning|afternoon|evening)|later\\s+today|asap|a\\.s\\.a\\.p\\.?|as\\s+soon\\s+as\\s+possible|immediately|right\\s+away|straight\\s+away|(?:by\\s+)?(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?day|eod|(?:close|end)\\s+of\\s+(?:business|play)(?!\\s+(?:on\\s+)?(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw))" +
        '|hoy(?:\\s+mismo)?|esta\\s+(?:noche|tarde|mañana|manana)|de\\s+inmediato|inmediatamente|enseguida|en\\s+seguida|cuanto\\s+antes|lo\\s+antes\\s+posible|lo\\s+m[aá]s\\s+pronto\\s+posible' +
        "|aujourd'hui|ce\\s+soir|ce\\s+matin|cet\\s+apr[eè]s-midi|tout\\s+de\\s+suite|imm[eé]diatement|d[eè]s\\s+que\\s+possible|au\\s+plus\\s+vite|dans\\s+la\\s+journ[ée]e",
    ),
    kind: 'relative',
    resolve: fixed((t) => t),
  },
  { re: words('(?:right\\s+)?now|ahora(?:\\s+mismo)?|maintenant'), kind: 'relative', weak: true, resolve: fixed((t) => t) },
  // tomorrow ("la mañana", "esta mañana" is the morning, not tomorrow)
  {
    re: words('tomorrow|tmrw|tmr|2moro|2morrow|tomoro|tomorro|tommorow|tommorrow|tomorow|tmorrow|tomoz|(?<!(?:la|esta|una|cada)\\s)ma[ñn]ana|demain'),
    kind: 'relative',
    resolve: fixed((t) => plus(t, 1)),
  },
  {
    re: words('(?:the\\s+)?day\\s+after\\s+tomorrow|pasado\\s+ma[ñn]ana|apr[eè]s[-\\s]demain'),
    kind: 'relative',
    resolve: fixed((t) => plus(t, 2)),
  },
  // the past: recognised only so it is not mistaken for something else, then dropped
  {
    re: words("yesterday|ayer|anteayer|antier|hier|avant-hier|last\\s+week|la\\s+semana\\s+pasada|la\\s+semaine\\s+derni[eè]re"),
    kind: 'relative',
    resolve: fixed((t) => plus(t, -1)),
  },
  // in / within N days|weeks
  {
    re: words(
      `(?:in|within|in\\s+the\\s+next|within\\s+the\\s+next|en|dentro\\s+de|en\\s+los\\s+pr[oó]ximos|dans|d'ici|sous|dans\\s+les)\\s+(${NUMW})\\s+(business\\s+days?|working\\s+days?|d[ií]as\\s+h[aá]biles|d[ií]as\\s+laborables|jours\\s+ouvr[ée]s|jours\\s+ouvrables|days?|d[ií]as?|jours?|weeks?|semanas?|semaines?)(?:\\s+prochains)?` +
        `|(${NUMW})\\s+(days?|weeks?)\\s+from\\s+(?:now|today)|(?:(?:in|within|give\\s+(?:me|us)|allow\\s+(?:me|us)|have)\\s+)a\\s+fortnight|(?:dans|d'ici|sous)\\s+une\\s+quinzaine` +
        // "give me 5 days" asks for the same delay as "in 5 days"
        `|(?:give|gimme|allow|grant)\\s+(?:me|us)\\s+(?:another\\s+|a\\s+further\\s+|an?\\s+extra\\s+)?(${NUMW})\\s+(?:more\\s+)?(days?|weeks?)`,
    ),
    kind: 'relative',
    resolve(m, today) {
      if (/fortnight|quinzaine/.test(m[0].toLowerCase())) return plus(today, 14);
      const n = numberValue(m[1] ?? m[3] ?? m[5] ?? '');
      const unit = (m[2] ?? m[4] ?? m[6] ?? '').toLowerCase();
      if (n === undefined || n > 366) return undefined;
      if (/h[aá]bil|laborab|business|working|ouvr/.test(unit)) return addBusinessDays(today, n);
      return plus(today, /^(?:week|semana|semaine)/.test(unit) ? n * 7 : n);
    },
  },
  // end of the month
  {
    re: words(
      '(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?month|month[\\s-]end|end-of-month|eom' +
        '|(?:a\\s+)?(?:fin|final|finales|fines)\\s+(?:de|del)\\s+(?:este\\s+)?mes' +
        '|(?:[àa]\\s+la\\s+)?fin\\s+(?:du|de|de\\s+ce)\\s+mois',
    ),
    kind: 'relative',
    resolve: fixed(endOfMonth),
  },
  {
    re: words(
      '(?:the\\s+)?end\\s+of\\s+next\\s+month|(?:a\\s+)?(?:fin|final|finales|fines)\\s+(?:de|del)\\s+(?:mes\\s+que\\s+viene|pr[oó]ximo\\s+mes|mes\\s+pr[oó]ximo)|(?:[àa]\\s+la\\s+)?fin\\s+du\\s+mois\\s+prochain',
    ),
    kind: 'relative',
    resolve: fixed((t) => {
      const n = nextMonth(t);
      return { ...n, d: lastDayOf(n.y, n.m) };
    }),
  },
  {
    re: words(
      '(?:the\\s+)?(?:beginning|start)\\s+of\\s+next\\s+month|early\\s+next\\s+month|(?:the\\s+)?(?:first|1st)\\s+of\\s+(?:next|the)\\s+month|(?:a\\s+)?principios?\\s+del?\\s+(?:mes\\s+que\\s+viene|pr[oó]ximo\\s+mes)|(?:au\\s+)?d[ée]but\\s+du\\s+mois\\s+prochain',
    ),
    kind: 'relative',
    resolve: fixed((t) => ({ ...nextMonth(t), d: 1 })),
  },
  // weeks
  {
    re: words(
      '(?:(?:by\\s+)?(?:the\\s+)?(?:end|beginning|start)\\s+of\\s+)?next\\s+week|(?:la\\s+)?semana\\s+que\\s+viene|(?:la\\s+)?pr[oó]xima\\s+semana|(?:la\\s+)?semana\\s+pr[oó]xima' +
        "|(?:(?:[àa]\\s+la\\s+)?fin\\s+de\\s+)?(?:la\\s+)?semaine\\s+prochaine|(?:a\\s+)?(?:finales|fines|final)\\s+de\\s+la\\s+(?:semana\\s+que\\s+viene|pr[oó]xima\\s+semana)",
    ),
    kind: 'relative',
    resolve: fixed((t) => weekdayOfNextWeek(t, 5)),
  },
  {
    re: words(
      '(?:by\\s+)?(?:the\\s+)?end\\s+of\\s+(?:the|this)\\s+week|(?:later\\s+)?this\\s+week|within\\s+the\\s+week|before\\s+the\\s+weekend' +
        '|esta\\s+semana|(?:a\\s+)?(?:finales|fines|final)\\s+de\\s+(?:esta\\s+|la\\s+)?semana|antes\\s+del\\s+fin\\s+de\\s+semana' +
        "|cette\\s+semaine|(?:en|d'ici\\s+la|avant\\s+la|[àa]\\s+la)\\s+fin\\s+de\\s+(?:la\\s+)?semaine|avant\\s+le\\s+week-?end",
    ),
    kind: 'relative',
    resolve: fixed(fridayThisWeek),
  },
  // "after the weekend" = the first Monday strictly after today (said on a Monday, the next one)
  {
    re: words("after\\s+the\\s+weekend|(?:despu[eé]s\\s+del|pasado\\s+el)\\s+fin\\s+de\\s+semana|apr[eè]s\\s+le\\s+week-?end"),
    kind: 'relative',
    resolve: fixed((t) => nextWeekday(t, 1)),
  },
  {
    re: words('(?:this|the|over\\s+the|at\\s+the)\\s+weekend|(?:este|el)\\s+fin\\s+de\\s+semana|(?:ce|le)\\s+week-?end'),
    kind: 'relative',
    resolve: fixed((t) => {
      const wd = weekdayOf(t);
      return wd === 6 || wd === 0 ? t : plus(isoMonday(t), 5);
    }),
  },
  // "Friday next week", "next week Friday", "el viernes de la semana que viene"
  {
    re: words(
      `(${WD})\\s+(?:of\\s+)?next\\s+week|next\\s+week\\s+(?:on\\s+)?(${WD})|(?:el\\s+)?(${WD})\\s+de\\s+la\\s+(?:semana\\s+que\\s+viene|pr[oó]xima\\s+semana)|(${WD})\\s+de\\s+la\\s+semaine\\s+prochaine`,
    ),
    kind: 'weekday',
    resolve(m, today) {
      const wd = wdOf(m[1] ?? m[2] ?? m[3] ?? m[4]);
      return wd === undefined ? undefined : weekdayOfNextWeek(today, wd);
    },
  },
  // past weekdays
  {
    re: words(`last\\s+(${WD})|(?:el\\s+)?(?:pasado\\s+)?(${WD})\\s+pasado|el\\s+pasado\\s+(${WD})|(${WD})\\s+derni(?:er|ère|ere)`),
    kind: 'weekday',
    resolve(m, today) {
      const wd = wdOf(m[1] ?? m[2] ?? m[3] ?? m[4]);
      return wd === undefined ? undefined : lastWeekday(today, wd);
    },
  },
  // weekday followed by a bare day number: "Friday 30", "el viernes 30", "vendredi 30": the number wins
  {
    re: words(`(${WD}),?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th|er|º|°)?${NOT_DATE_AFTER}`),
    kind: 'explicit',
    resolve(m, today) {
      const dom = Number(m[2]);
      return dom >= 1 && dom <= 31 ? nextDayOfMonth(today, dom) : undefined;
    },
  },
  // plain weekday, with "next"/"this"/"coming"/"próximo"/"prochain" meaning the same
  {
    re: words(
      `(?:(?:next|this|this\\s+coming|coming|el\\s+pr[oó]ximo|pr[oó]ximo|este|ce)\\s+)?(${WD})(?:\\s+(?:prochain|que\\s+viene|pr[oó]ximo))?`,
    ),
    kind: 'weekday',
    resolve(m, today, text) {
      const name = m[1]!;
      if (!weekdayAllowed(name, m.index + m[0].indexOf(name), text)) return undefined;
      const wd = wdOf(name);
      return wd === undefined ? undefined : nextWeekday(today, wd);
    },
  },
  // day of month: "the 15th", "by 15th", "on the 30", "el 15", "el día 15", "del 15", "le 15", "le 1er"
  {
    re: words(
      `${NOT_DATE_BEFORE}(?:(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)|the\\s+(\\d{1,2})|(?:el|del|al)\\s+(?:d[ií]a\\s+)?(\\d{1,2})(?:ro|º|°|o)?|d[ií]a\\s+(\\d{1,2})|(?:le|au|du)\\s+(\\d{1,2})(?:er|e|ème)?|(\\d{1,2})(?:er|ème))(${NEXT_MONTH})?${NOT_DATE_AFTER}`,
    ),
    kind: 'explicit',
    resolve(m, today) {
      const dom = Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]);
      if (!(dom >= 1 && dom <= 31)) return undefined;
      if (m[7]) {
        const n = nextMonth(today);
        return clampedDay(n.y, n.m, dom);
      }
      return nextDayOfMonth(today, dom);
    },
  },
  // "from 1 to 12 Dec", "du 1 au 12 décembre": chrono reads "from 1 to 12" as hours
  {
    re: words(
      `(?:from\\s+|du\\s+|del\\s+)?(\\d{1,2})(?:st|nd|rd|th|er)?\\s*(?:-|–|—|to|until|till|through|au|al|a)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+|de\\s+)?(${ANY_MONTH})\\.?`,
    ),
    kind: 'explicit',
    range: true,
    resolve(m, today) {
      const month = MONTHS[m[3]!.toLowerCase()];
      const from = Number(m[1]);
      const to = Number(m[2]);
      return month === undefined || from > to ? undefined : nextAnnual(today, month, to);
    },
  },
  // "Dec 20": chrono reads a two-digit number after a month name as a year (Dec 2020)
  {
    re: words(`(${MONTH_EN})\\.?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?!\\s*,?\\s*\\d)(?!\\s*(?:am|pm|h)${R})`),
    kind: 'explicit',
    resolve(m, today) {
      const month = MONTHS_EN[m[1]!.toLowerCase()];
      return month === undefined ? undefined : nextAnnual(today, month, Number(m[2]));
    },
  },
];

// ---- amounts --------------------------------------------------------------------------------

interface Quantity {
  start: number;
  end: number;
  amount?: string;
  fraction?: number;
  remainder?: boolean;
}

const NUM = '\\d{1,3}(?:[,.\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d{1,2})?(?!\\d)|\\d+(?:[.,]\\d{1,2})?(?!\\d)';
const CODES = 'USD|EUR|GBP|CAD|AUD|NZD|MXN|CHF|JPY|INR';
const AMOUNT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:US|CA|C|A|AU|NZ|MX|R)?\\$|£|€|¥|₹|(?:${CODES})\\s?)\\s?(${NUM})(?![.,]?\\d)(?:(k)(?![\\p{L}]))?` +
    `|(?<![\\p{L}\\p{N}.,])(${NUM})(k)?\\s?(?:€|\\$|£|(?:${CODES}|eur|euros?|dollars?|bucks|pounds?|quid|d[oó]lares|pesos|libras|livres)(?![\\p{L}]))`,
  'giu',
);

/** "1.234,50" / "1,234.50" / "1 234,50" / "500" → "1234.50" / … / "500.00"; exact, no float. "1.5k" = 1500. */
function parseAmount(raw: string, thousands: boolean): string | undefined {
  const s = raw.replace(/\s/g, '');
  const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  let whole = s;
  let frac = '';
  if (last >= 0 && s.length - last - 1 <= 2) {
    whole = s.slice(0, last);
    frac = s.slice(last + 1);
  }
  const minor = toMinor(whole.replace(/[.,]/g, '') + (frac ? `.${frac}` : ''), 2);
  return minor === undefined ? undefined : fromMinor(thousands ? minor * 1000n : minor, 2);
}

const FRACTIONS: Array<[RegExp, number]> = [
  [words('(?:a\\s+|one\\s+)?half|(?:la\\s+)?mitad|(?:la\\s+)?moiti[eé]'), 0.5],
  [words('(?:a|one)\\s+third|(?:un|una)\\s+tercio|(?:la\\s+)?tercera\\s+parte|(?:un|le)\\s+tiers'), 0.3333],
  [words('two\\s+thirds|dos\\s+tercios|deux\\s+tiers'), 0.6667],
  [words('(?:a|one)\\s+quarter|un\\s+cuarto|(?:la\\s+)?cuarta\\s+parte|(?:un|le)\\s+quart'), 0.25],
  [words('three\\s+quarters|tres\\s+cuartos|trois\\s+quarts'), 0.75],
];
const PERCENT_RE = new RegExp(`${L}(\\d{1,3})(?:\\s?%|\\s+(?:percent|per\\s+cent|por\\s+ciento|pour\\s+cent)${R})`, 'giu');
const REMAINDER_RE = words(
  "the\\s+rest(?:\\s+of\\s+(?:it|the\\s+(?:balance|amount|money|invoice)))?|the\\s+remainder|the\\s+remaining(?:\\s+(?:balance|amount|part|half))?|the\\s+balance|(?:the\\s+)?remaining\\s+balance|what(?:'s|\\s+is)\\s+left|whatever\\s+is\\s+left|the\\s+other\\s+half" +
    '|el\\s+resto|lo\\s+restante|lo\\s+que\\s+(?:queda|falta|resta)|el\\s+saldo(?:\\s+restante)?|la\\s+otra\\s+mitad|el\\s+remanente' +
    "|le\\s+reste|le\\s+solde|le\\s+restant|le\\s+reliquat|ce\\s+qui\\s+reste|l'autre\\s+moiti[eé]",
);

function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(AMOUNT_RE)) {
    const amount = parseAmount(m[1] ?? m[3] ?? '', (m[2] ?? m[4]) !== undefined);
    if (amount !== undefined) found.push({ start: m.index, end: m.index + m[0].length, amount });
  }
  for (const [re, fraction] of FRACTIONS) {
    for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, fraction });
  }
  for (const m of text.matchAll(PERCENT_RE)) {
    const n = Number(m[1]);
    if (n > 0 && n <= 100) found.push({ start: m.index, end: m.index + m[0].length, fraction: n / 100 });
  }
  for (const m of text.matchAll(REMAINDER_RE)) found.push({ start: m.index, end: m.index + m[0].length, remainder: true });
  return nonOverlapping(found);
}

/** Earliest first, the longer of two that start together; later overlapping ones are dropped. */
function nonOverlapping<T extends { start: number; end: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let reach = -1;
  for (const it of sorted) {
    if (it.start >= reach) {
      kept.push(it);
      reach = it.end;
    }
  }
  return kept;
}

// ---- finding the dates ----------------------------------------------------------------------

interface Mention {
  start: number;
  end: number;
  day: Day;
  kind: Kind;
  weak: boolean;
  /** A range of days ("1–12 Dec", "between the 10th and the 15th"); `day` is its end. */
  range?: boolean;
}

interface Scan {
  text: string;
  today: Day;
  mentions: Mention[];
  quantities: Quantity[];
}

function chronoFor(language: ReplyLanguage, timeZone: string): chrono.Chrono {
  if (language === 'es') return chrono.es.casual;
  if (language === 'fr') return chrono.fr.casual;
  return timeZone.startsWith('America/') ? chrono.en.casual : chrono.en.GB;
}

function scan(rawText: string, receivedAt: Date, timeZone: string, language: ReplyLanguage): Scan | undefined {
  const ms = receivedAt instanceof Date ? receivedAt.getTime() : NaN;
  if (typeof rawText !== 'string' || !Number.isFinite(ms)) return undefined;
  const zone = typeof timeZone === 'string' && isValidTimeZone(timeZone) ? timeZone : 'UTC';
  // Same length, so offsets found here are offsets into the caller's text.
  const text = rawText.replace(/[’‘`´]/g, "'");
  const w = wallTimeAt(ms, zone);
  const today: Day = { y: w.year, m: w.month, d: w.day };

  const quantities = findQuantities(text);
  const candidates: Mention[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const day = rule.resolve(m, today, text);
      if (day) candidates.push({ start: m.index, end: m.index + m[0].length, day, kind: rule.kind, weak: !!rule.weak, range: !!rule.range });
    }
  }
  const overlapsQuantity = (x: { start: number; end: number }) => quantities.some((q) => x.start < q.end && q.start < x.end);
  const mentions = nonOverlapping(candidates.filter((c) => !overlapsQuantity(c)));

  // chrono reads what the rules left: mask their spans (same length) so it cannot glue a
  // relative word onto a date ("viernes, mañana"), and read the LOCAL day from its components.
  let masked = text;
  for (const x of [...mentions, ...quantities]) masked = masked.slice(0, x.start) + ' '.repeat(x.end - x.start) + masked.slice(x.end);
  const reference = { instant: new Date(ms), timezone: Math.round(zoneOffsetMs(ms, zone) / 60_000) };
  let parsed: chrono.ParsedResult[] = [];
  try {
    parsed = chronoFor(language, zone).parse(masked, reference, { forwardDate: true });
  } catch {
    parsed = []; // a third-party parser must not turn a reply into an error
  }
  for (const r of parsed) {
    const day = chronoDay(r.start, today);
    if (!day || !/\d/.test(r.text)) continue;
    if ([...r.tags()].some((t) => t.startsWith('result/relativeDate') || t.startsWith('casualReference'))) continue;
    const endDay = r.end ? chronoDay(r.end, day) : undefined;
    const start = r.index;
    const end = r.index + r.text.length;
    if (mentions.some((x) => start < x.end && x.start < end) || overlapsQuantity({ start, end })) continue;
    mentions.push({ start, end, day: endDay ?? day, kind: 'explicit', weak: false, range: !!endDay });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { text, today, mentions: mergeBetween(text, absorbWeekdays(text, mentions)), quantities };
}

/** A chrono date with a certain day and month; without a certain year, the next one on or after `from`. */
function chronoDay(c: chrono.ParsedComponents, from: Day): Day | undefined {
  if (!c.isCertain('day') || !c.isCertain('month')) return undefined;
  const m = c.get('month')!;
  const d = c.get('day')!;
  if (c.isCertain('year')) {
    const y = c.get('year')!;
    return d <= lastDayOf(y, m) ? { y, m, d } : undefined;
  }
  return nextAnnual(from, m, d);
}

/** "between the 10th and the 15th", "entre el 10 y el 15": one range, counted as its end day. */
function mergeBetween(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    const from = Math.max(0, a.start - 12);
    const lead = /(?<![\p{L}])(?:between|entre)\s+$/iu.exec(text.slice(from, a.start));
    if (b && lead && /^\s+(?:and|y|et)\s+$/i.test(text.slice(a.end, b.start))) {
      const day = dayIndex(b.day) >= dayIndex(a.day) ? b.day : a.day;
      out.push({ ...b, start: from + lead.index, day, range: true });
      i++;
    } else out.push(a);
  }
  return out;
}

/** "Friday, 30 January", "today (Friday)": the weekday only names the other date. */
function absorbWeekdays(text: string, mentions: Mention[]): Mention[] {
  const out = [...mentions];
  const GAP = /^[\s,.()\-–]*(?:the\s+|el\s+|le\s+|on\s+)?$/i;
  for (let i = 0; i < out.length; i++) {
    const x = out[i]!;
    if (x.kind !== 'weekday') continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    const joins = (a: Mention, b: Mention) => b.start - a.end <= 6 && GAP.test(text.slice(a.end, b.start));
    const host = next && next.kind !== 'weekday' && joins(x, next) ? next : prev && prev.kind !== 'weekday' && joins(prev, x) ? prev : undefined;
    if (!host) continue;
    host.start = Math.min(host.start, x.start);
    host.end = Math.max(host.end, x.end);
    out.splice(i, 1);
    i--;
  }
  return out;
}

// ---- clauses and their mood -----------------------------------------------------------------

const PAST_RE = words(
  'paid|sent|transferred|wired|settled|deposited|made\\s+(?:the|a|my|our)\\s+payment|did\\s+pay|already\\s+cleared' +
    '|pagu[eé]|pagado|ya\\s+pagamos|se\\s+(?:realiz[oó]|efectu[oó]|hizo|envi[oó]|transfiri[oó]|pag[oó]|abon[oó]|liquid[oó]|deposit[oó])|realiz[oó]|efectu[oó]|transfer[ií]|transferido|envi[eé]|enviado|abon[eé]|abonado|deposit[eé]|depositado|realic[eé]|hice\\s+(?:el|la|un|una)\\s+(?:pago|transferencia)|liquid[eé]' +
    // French: the participle with its accent ("payé", not the present "paye"), or after an auxiliary
    '|(?:pay|r[ée]gl|vir|envoy|vers|effectu)ée?s?|(?:ai|avons|avez|a|ont)\\s+(?:d[ée]j[àa]\\s+)?(?:pay|r[ée]gl|vir|envoy|vers|effectu)[ée]e?s?',
);
const FUTURE_RE = new RegExp(
  `'ll${R}|${L}(?:will|shall|going\\s+to|gonna|can|could|would|should|might|plans?|planning|intend|promise|expect|hope|try|able|want|aim|need|to\\s+be|be\\s+(?:paid|sent|transferred|wired|settled|cleared)|get\\s+(?:it\\s+)?(?:paid|sent|transferred)|have\\s+it\\s+(?:paid|sent|transferred|settled)` +
    '|voy\\s+a|vamos\\s+a|va\\s+a|van\\s+a|pagar[eé]|pagaremos|podr[eé]|podremos|puedo|podemos|har[eé]|haremos|enviar[eé]|transferir[eé]|abonar[eé]|depositar[eé]|ser[aá]|estar[aá]|quedar[aá]|te\\s+pago|le\\s+pago|les\\s+pago|pienso|espero|intentar[eé]|prometo|me\\s+comprometo' +
    `|vais|allons|va|vont|paierai|payerai|paierons|payerons|r[eé]glerai|r[eé]glerons|virerai|enverrai|verserai|effectuerai|pourrai|pourrons|peux|pouvons|sera|seront|compte|pense|esp[eè]re|promets|m'engage|essaierai|devrais)${R}`,
  'iu',
);
const NEGATION_RE = new RegExp(
  `${L}(?:can't|cannot|can\\s+not|won't|will\\s+not|wont|don't|do\\s+not|doesn't|didn't|not|never|unable|couldn't|no\\s+way|nunca|jam[aá]s|imposible|ne|pas|jamais|impossible)${R}|${L}n'` +
    // Spanish "no" only before a verb or money ("no puedo pagar"); English "no problem" is no refusal
    `|${L}no\\s+(?:\\p{L}+\\s+){0,2}?(?:pag\\p{L}*|pued\\p{L}*|podr\\p{L}*|voy|vamos|tengo|tenemos|hay|dinero|plata|money|funds|cash)${R}`,
  'iu',
);
const PAY_VERB_RE = new RegExp(
  `${L}(?:pay|paying|make\\s+(?:the|a)\\s+payment|send|transfer|settle|afford|manage|cover|money|funds|cash|dinero|plata|argent|fonds|pag\\p{L}*|transferir|abonar|depositar|pai\\p{L}*|pay\\p{L}*|r[eé]gl\\p{L}*|vir\\p{L}*|vers\\p{L}*|envoy\\p{L}*)${R}`,
  'iu',
);
// A refusal bounded by a date is a promise for it.
const BOUND_RE = words(
  "until|till|til|before|after|no\\s+earlier\\s+than|earliest|hasta|antes\\s+del?|a\\s+partir\\s+del?|despu[eé]s\\s+del?|avant|jusqu'(?:au|à|a)|[àa]\\s+partir\\s+du|apr[eè]s",
);
const PAY_CONTEXT_RE = words(
  // "payday", "paycheck" are when money comes in, not a payment; "give me until" asks for time to pay
  'pay(?!day|check|cheque|slip|roll)\\p{L}*|give\\s+(?:me|us)\\s+(?:until|till|til|to|up\\s+to)|paid|send\\p{L}*|sent|transfer\\p{L}*|wir\\p{L}*|settl\\p{L}*|clear|deposit\\p{L}*|money|funds?|balance|invoice|bill|amount|instal+ments?' +
    '|pag\\p{L}*|abon\\p{L}*|liquid\\p{L}*|sald\\p{L}*|factura|dinero|importe|cuota' +
    '|pai\\p{L}*|r[eè]gl\\p{L}*|vir\\p{L}*|vers\\p{L}*|envo\\p{L}*|facture|argent|montant|solde',
);
const CONTRAST = /^\s*(?:,\s*)?(?:but|however|though|although|pero|sino|aunque|mais|cependant|pourtant)\b/i;

interface Clause {
  start: number;
  end: number;
  sentence: number;
  /** The break before it was a contrast ("but"), which stops the past tense carrying over. */
  contrast: boolean;
}

function clauses(text: string, protectedSpans: Array<{ start: number; end: number }>): Clause[] {
  const inside = (i: number) => protectedSpans.some((p) => i > p.start && i < p.end);
  const breaks: Array<{ at: number; sentence: boolean; contrast: boolean }> = [];
  for (const m of text.matchAll(/[.!?]+(?=\s|$)|\n/g)) {
    if (!inside(m.index)) breaks.push({ at: m.index + m[0].length, sentence: true, contrast: false });
  }
  for (const m of text.matchAll(
    /[,;:()](?=\s)|\s[-–—]\s|(?<=\s)(?:and|but|then|or|however|though|although|y|e|o|pero|sino|luego|aunque|et|mais|puis|ou|cependant|pourtant)(?=\s)/giu,
  )) {
    if (!inside(m.index)) breaks.push({ at: m.index, sentence: false, contrast: CONTRAST.test(text.slice(m.index)) });
  }
  breaks.sort((a, b) => a.at - b.at);
  const out: Clause[] = [];
  let start = 0;
  let sentence = 0;
  let contrast = false;
  for (const b of breaks) {
    if (b.at > start) out.push({ start, end: b.at, sentence, contrast });
    if (b.sentence) sentence++;
    contrast = b.contrast && !b.sentence;
    start = Math.max(start, b.at);
  }
  out.push({ start, end: text.length, sentence, contrast });
  return out;
}

type Mood = 'past' | 'refused' | 'open';

function moods(text: string, cs: Clause[]): Mood[] {
  const out: Mood[] = [];
  cs.forEach((c, i) => {
    const s = text.slice(c.start, c.end);
    const past = test(PAST_RE, s);
    const future = FUTURE_RE.test(s);
    const neg = NEGATION_RE.exec(s);
    const refused = !!neg && PAY_VERB_RE.test(s.slice(neg.index)) && !test(BOUND_RE, s);
    const hasVerb = past || future || PAY_VERB_RE.test(s);
    const prev = cs[i - 1];
    let mood: Mood = refused ? 'refused' : past && !future ? 'past' : 'open';
    // "I paid $200 on Monday and $300 on Friday": a verbless clause keeps the tense before it.
    // "I paid half, the rest next week": what is left looks ahead.
    if (mood === 'open' && !hasVerb && prev && prev.sentence === c.sentence && !c.contrast && out[i - 1] === 'past' && !test(REMAINDER_RE, s)) mood = 'past';
    out.push(mood);
  });
  return out;
}

// ---- promised payments ----------------------------------------------------------------------

/**
 * The payments promised in `text`, each on a local day (YYYY-MM-DD) in `timeZone` (UTC when the
 * zone is unknown), resolved from `receivedAt`; see the conventions at the top of this file.
 * `language` picks chrono's grammar for explicit dates (English by default); the rules for
 * relative words, amounts and tense know all three languages whatever it says.
 * Sorted by date; [] when none. Never throws.
 */
export function findPromisedPayments(
  text: string,
  receivedAt: Date,
  timeZone: string,
  language: ReplyLanguage = 'en',
): PromisedPayment[] {
  const s = scan(text, receivedAt, timeZone, language);
  if (!s) return [];
  const todayIndex = dayIndex(s.today);
  const cs = clauses(s.text, [...s.mentions, ...s.quantities]);
  const mood = moods(s.text, cs);
  const clauseOf = (pos: number) => {
    const i = cs.findIndex((c) => pos >= c.start && pos < c.end);
    return i < 0 ? cs.length - 1 : i;
  };
  const payingIn = (from: number, to: number) =>
    test(PAY_CONTEXT_RE, s.text.slice(from, to)) || s.quantities.some((q) => q.start >= from && q.start < to);

  interface Candidate extends Mention {
    clause: number;
    sentence: number;
    q?: Quantity;
  }
  const all: Candidate[] = [];
  for (const m of s.mentions) {
    const clause = clauseOf(m.start);
    if (mood[clause] !== 'open' || dayIndex(m.day) < todayIndex) continue;
    const c = cs[clause]!;
    if (m.weak && !payingIn(c.start, c.end)) continue;
    all.push({ ...m, clause, sentence: c.sentence });
  }
  const sentenceSpan = (n: number) => {
    const in_ = cs.filter((c) => c.sentence === n);
    return [in_[0]!.start, in_[in_.length - 1]!.end] as const;
  };
  const withContext = all.filter((m) => m.weak || payingIn(...sentenceSpan(m.sentence)));
  // No sentence talks about paying ("Friday." answering "when?"): the dates alone are the answer.
  const dated = withContext.length > 0 ? withContext : all;

  // Pair amounts with dates: first within a clause, in order; then a leftover amount goes to the
  // nearest date of its sentence that has none ("I can pay $200, on Friday").
  const open = s.quantities.filter((q) => mood[clauseOf(q.start)] === 'open');
  const used = new Set<Quantity>();
  for (let ci = 0; ci < cs.length; ci++) {
    const ds = dated.filter((d) => d.clause === ci);
    const qs = open.filter((q) => clauseOf(q.start) === ci);
    ds.forEach((d, k) => {
      const q = qs[k];
      if (q) {
        d.q = q;
        used.add(q);
      }
    });
  }
  for (const q of open) {
    if (used.has(q)) continue;
    const sentence = cs[clauseOf(q.start)]!.sentence;
    const free = dated.filter((d) => !d.q && d.sentence === sentence);
    const near = free.sort((a, b) => distance(a, q) - distance(b, q))[0];
    if (near) {
      near.q = q;
      used.add(q);
    }
  }

  const out: Array<PromisedPayment & { at: number }> = [];
  for (const d of dated) {
    const adjacent = d.q && clauseOf(d.q.start) === d.clause;
    const start = adjacent ? Math.min(d.start, d.q!.start) : d.start;
    const end = adjacent ? Math.max(d.end, d.q!.end) : d.end;
    const p: PromisedPayment & { at: number } = { date: isoDay(d.day), evidence: evidence(text, start, end), at: d.start };
    if (d.q?.amount !== undefined) p.amount = d.q.amount;
    if (d.q?.fraction !== undefined) p.fraction = d.q.fraction;
    if (d.q?.remainder) p.remainder = true;
    // The same promise said twice ("Friday. Yes, Friday.") is one payment.
    if (out.some((o) => o.date === p.date && o.amount === p.amount && o.fraction === p.fraction && o.remainder === p.remainder)) continue;
    out.push(p);
  }
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.at - b.at));
  return out.map(({ at: _at, ...p }) => p);
}

const distance = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;

function evidence(text: string, start: number, end: number): Evidence {
  return { start, end, text: text.slice(start, end) };
}

// ---- out-of-office return -------------------------------------------------------------------

const BACK_RE = words(
  "back|return|returning|returns|will\\s+return|available\\s+(?:again\\s+)?(?:from|on)|reachable\\s+(?:again\\s+)?(?:from|on)|in\\s+the\\s+office\\s+(?:again\\s+)?(?:from|on)" +
    '|de\\s+vuelta|vuelvo|volver[eé]|regreso|regresar[eé]|regreso|me\\s+reincorporo|me\\s+reincorporar[eé]|disponible\\s+(?:de\\s+nuevo\\s+)?(?:el|a\\s+partir\\s+del?)|a\\s+partir\\s+del?' +
    "|de\\s+retour|retour|reviens|reviendrai|rentre|rentrerai|disponible\\s+(?:[àa]\\s+partir\\s+du|le|d[eè]s)|[àa]\\s+partir\\s+du|d[eè]s\\s+le",
);
const UNTIL_RE = new RegExp(
  `${L}(?:until|till|til|through|thru|to|up\\s+to|hasta(?:\\s+el)?|al|jusqu'(?:au|à|a)?|au)\\s*(?:the\\s+|el\\s+|le\\s+|on\\s+)?$`,
  'iu',
);
const AWAY_RE = words(
  'out\\s+of\\s+(?:the\\s+)?office|ooo|away|on\\s+(?:annual\\s+)?(?:leave|holiday|holidays|vacation|pto)|vacation|holidays?|absent|off' +
    '|fuera\\s+de\\s+la\\s+oficina|ausente|vacaciones|de\\s+permiso|de\\s+baja' +
    '|absente?|cong[ée]s?|vacances|en\\s+d[ée]placement',
);

/**
 * The day an out-of-office reply says its writer is back (YYYY-MM-DD in `timeZone`):
 * "back on 14 December", "returning Monday", "de retour le 5 janvier". "until/till/through X"
 * and a range "1–12 Dec" give X / the end day as written (no day is added: whether "until"
 * includes X is not ours to guess). A date after "back"/"return" wins over one after "until";
 * otherwise, in a reply that says it is away, the latest date. Undefined when there is none.
 */
export function findReturnDate(
  text: string,
  receivedAt: Date,
  timeZone: string,
  language: ReplyLanguage = 'en',
): { date: string; evidence: Evidence } | undefined {
  const s = scan(text, receivedAt, timeZone, language);
  if (!s) return undefined;
  const todayIndex = dayIndex(s.today);
  const away = test(AWAY_RE, s.text);
  let best: { score: number; day: Day; start: number; end: number } | undefined;
  for (const m of s.mentions) {
    if (dayIndex(m.day) < todayIndex) continue;
    const lineStart = Math.max(s.text.lastIndexOf('\n', m.start - 1) + 1, s.text.lastIndexOf('. ', m.start - 1) + 1, m.start - 40);
    const before = s.text.slice(lineStart, m.start);
    let score = 0;
    let start = m.start;
    const back = lastMatch(BACK_RE, before);
    if (back) {
      score = 3;
      start = lineStart + back.index;
    } else if (UNTIL_RE.test(before) || m.range) score = 2;
    else if (away) score = 1;
    if (score === 0) continue;
    const better =
      !best || score > best.score || (score === best.score && dayIndex(m.day) > dayIndex(best.day));
    if (better) best = { score, day: m.day, start, end: m.end };
  }
  return best ? { date: isoDay(best.day), evidence: evidence(text, best.start, best.end) } : undefined;
}

function lastMatch(re: RegExp, s: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of s.matchAll(re)) last = m as RegExpExecArray;
  return last;
}
