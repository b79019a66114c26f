import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findPromisedPayments, findReturnDate, localDay } from '../../src/domain/intent/promiseTerms';
import type { PromisedPayment, ReplyLanguage } from '../../src/domain/intent/types';
import { instantOf } from '../../src/domain/zonedTime';

// 2026 calendar: Jan 28 Wed, Jan 30 Fri, Jan 31 Sat, Feb 1 Sun, Feb 27 Fri, Mar 29 Sun (London
// springs forward), Nov 1 Sun (New York falls back), Dec 31 Thu. 2026 is not a leap year.

/** The instant a zone shows local "YYYY-MM-DDTHH:MM" (first occurrence). */
function local(zone: string, text: string): Date {
  const [date, time] = text.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Date(instantOf({ year, month, day, hour, minute, second: 0, millisecond: 0 }, zone));
}
const LON = 'Europe/London';
const NY = 'America/New_York';
const WED = local(LON, '2026-01-28T10:00'); // Wednesday
const FRI = local(LON, '2026-01-30T10:00');
const SAT = local(LON, '2026-01-31T10:00');
const SUN = local(LON, '2026-02-01T10:00');
const MON = local(LON, '2026-02-02T10:00');

const dates = (text: string, at: Date, zone = LON, language?: ReplyLanguage) =>
  findPromisedPayments(text, at, zone, language).map((p) => p.date);
/** The payments without their evidence. */
const terms = (ps: PromisedPayment[]) => ps.map(({ evidence: _e, ...rest }) => rest);

type Case = [text: string, at: Date, want: string[], zone?: string, language?: ReplyLanguage];
function table(name: string, cases: Case[]): void {
  describe(name, () => {
    for (const [text, at, want, zone = LON, language] of cases) {
      test(`${JSON.stringify(text)} @ ${localDay(at, zone)} ${zone}${language ? ` (${language})` : ''} → ${want.join(', ') || '[]'}`, () =>
        assert.deepEqual(dates(text, at, zone, language), want));
    }
  });
}

describe('localDay', () => {
  const cases: Array<[string, string, string]> = [
    ['2026-01-31T23:30:00Z', 'Europe/Paris', '2026-02-01'],
    ['2026-01-31T23:30:00Z', 'UTC', '2026-01-31'],
    ['2026-01-31T23:30:00Z', 'Australia/Sydney', '2026-02-01'],
    ['2026-01-31T07:30:00Z', 'America/Los_Angeles', '2026-01-30'],
    ['2026-01-30T10:30:00Z', 'Pacific/Kiritimati', '2026-01-31'],
    ['2026-02-01T10:00:00Z', 'Pacific/Pago_Pago', '2026-01-31'],
    ['2026-03-29T00:59:00Z', LON, '2026-03-29'],
    ['2026-03-29T23:00:00Z', LON, '2026-03-30'], // 00:00 BST
    ['2026-11-01T05:30:00Z', NY, '2026-11-01'], // 01:30 EDT, before the repeat
    ['2026-11-02T04:59:00Z', NY, '2026-11-01'], // 23:59 EST
  ];
  for (const [at, zone, want] of cases) test(`${at} in ${zone} → ${want}`, () => assert.equal(localDay(new Date(at), zone), want));
});

table('weekdays: the first such day strictly after today; "next" means the same', [
  ['I will pay on Friday', WED, ['2026-01-30']],
  ['I will pay next Friday', WED, ['2026-01-30']],
  ['I will pay this Friday', WED, ['2026-01-30']],
  ['pay fri', WED, ['2026-01-30']],
  ['Fri.', WED, ['2026-01-30']],
  ['I will pay on Friday', FRI, ['2026-02-06']],
  ['I will pay next Friday', FRI, ['2026-02-06']],
  ['fri', FRI, ['2026-02-06']],
  ['Wednesday', WED, ['2026-02-04']],
  ['Monday', WED, ['2026-02-02']],
  ['I can pay on Sat', WED, ['2026-01-31']],
  ['Sunday', SAT, ['2026-02-01']],
  ['Saturday', SAT, ['2026-02-07']],
  ['Friday next week', WED, ['2026-02-06']],
  ['next week on Monday', WED, ['2026-02-02']],
  ['Monday next week', SUN, ['2026-02-02']],
  ['Friday, 30 January', WED, ['2026-01-30']],
  ['Friday the 30th', WED, ['2026-01-30']],
  ['today (Wednesday)', WED, ['2026-01-28']],
  // lower-case "sat"/"sun"/"wed"/"mon" are ordinary words, not days
  ['I sat down and will pay tomorrow', WED, ['2026-01-29']],
  ['I will pay last Friday', WED, []],
  ['el viernes', WED, ['2026-01-30'], 'Europe/Madrid', 'es'],
  ['te pago el viernes', FRI, ['2026-02-06'], 'Europe/Madrid', 'es'],
  ['el próximo viernes', WED, ['2026-01-30'], 'Europe/Madrid', 'es'],
  ['el viernes que viene', FRI, ['2026-02-06'], 'Europe/Madrid', 'es'],
  ['el lunes 2', WED, ['2026-02-02'], 'Europe/Madrid', 'es'],
  ['vendredi prochain', WED, ['2026-01-30'], 'Europe/Paris', 'fr'],
  ['vendredi prochain', FRI, ['2026-02-06'], 'Europe/Paris', 'fr'],
  ['je paierai lundi', WED, ['2026-02-02'], 'Europe/Paris', 'fr'],
  ['ce vendredi', WED, ['2026-01-30'], 'Europe/Paris', 'fr'],
]);

table('today, tomorrow, in N days', [
  ['I can pay today', WED, ['2026-01-28']],
  ['I will pay now', WED, ['2026-01-28']],
  ['I will pay tonight', WED, ['2026-01-28']],
  ['paying asap', WED, ['2026-01-28']],
  ['I will transfer it as soon as possible', WED, ['2026-01-28']],
  ['I will pay tomorrow', WED, ['2026-01-29']],
  ['the day after tomorrow', WED, ['2026-01-30']],
  ['in 3 days', WED, ['2026-01-31']],
  ['within 5 days', WED, ['2026-02-02']],
  ['within the next 10 days', WED, ['2026-02-07']],
  ['in 2 weeks', WED, ['2026-02-11']],
  ['in two weeks', WED, ['2026-02-11']],
  ['in a week', WED, ['2026-02-04']],
  ['in a fortnight', WED, ['2026-02-11']],
  ['3 days from now', WED, ['2026-01-31']],
  ['within 10 business days', WED, ['2026-02-11']],
  ['hoy', WED, ['2026-01-28'], 'Europe/Madrid', 'es'],
  ['mañana', WED, ['2026-01-29'], 'Europe/Madrid', 'es'],
  ['le pago mañana por la mañana', WED, ['2026-01-29'], 'Europe/Madrid', 'es'],
  ['te pago esta mañana', WED, ['2026-01-28'], 'Europe/Madrid', 'es'],
  ['pasado mañana', WED, ['2026-01-30'], 'Europe/Madrid', 'es'],
  ['dentro de 3 días', WED, ['2026-01-31'], 'Europe/Madrid', 'es'],
  ['en dos semanas', WED, ['2026-02-11'], 'Europe/Madrid', 'es'],
  ['demain', WED, ['2026-01-29'], 'Europe/Paris', 'fr'],
  ["aujourd'hui", WED, ['2026-01-28'], 'Europe/Paris', 'fr'],
  ['après-demain', WED, ['2026-01-30'], 'Europe/Paris', 'fr'],
  ['dans 3 jours', WED, ['2026-01-31'], 'Europe/Paris', 'fr'],
  ['sous 15 jours', WED, ['2026-02-12'], 'Europe/Paris', 'fr'],
  // "now" with nothing about paying in its clause is no promise
  ['I am at work now', WED, []],
]);

table('end of the month', [
  ['end of the month', WED, ['2026-01-31']],
  ['by end of month', WED, ['2026-01-31']],
  ['month end', WED, ['2026-01-31']],
  ['month-end', WED, ['2026-01-31']],
  ['EOM', WED, ['2026-01-31']],
  ['end of this month', WED, ['2026-01-31']],
  // today is the last day: next month's end (2026 is not a leap year)
  ['end of the month', SAT, ['2026-02-28']],
  ['end of the month', local(LON, '2026-02-27T10:00'), ['2026-02-28']],
  ['end of the month', local(LON, '2026-02-28T10:00'), ['2026-03-31']],
  ['end of the month', local(LON, '2026-12-31T10:00'), ['2027-01-31']],
  ['end of the month', local(LON, '2028-02-10T10:00'), ['2028-02-29']],
  ['end of next month', WED, ['2026-02-28']],
  ['a fin de mes', WED, ['2026-01-31'], 'Europe/Madrid', 'es'],
  ['a finales de mes', WED, ['2026-01-31'], 'Europe/Madrid', 'es'],
  ['fin de mes', SAT, ['2026-02-28'], 'Europe/Madrid', 'es'],
  ['fin du mois', WED, ['2026-01-31'], 'Europe/Paris', 'fr'],
  ['à la fin du mois', WED, ['2026-01-31'], 'Europe/Paris', 'fr'],
  ['fin du mois prochain', WED, ['2026-02-28'], 'Europe/Paris', 'fr'],
]);

table('day of the month: the next such day on or after today', [
  ['the 15th', WED, ['2026-02-15']],
  ['on the 30th', WED, ['2026-01-30']],
  ['by the 28th', WED, ['2026-01-28']],
  ['by 15th', WED, ['2026-02-15']],
  ['on the 1st', WED, ['2026-02-01']],
  ['on the 15', WED, ['2026-02-15']],
  ['the 15th', local(LON, '2026-12-31T10:00'), ['2027-01-15']],
  // months without the day are skipped (corpus convention)
  ['the 31st', local(LON, '2026-04-10T10:00'), ['2026-05-31']],
  ['on the 30th', local(LON, '2026-02-27T10:00'), ['2026-03-30']],
  ['on the 31st', SAT, ['2026-01-31']],
  ['on the 30th', SAT, ['2026-03-30']],
  ['early next month', WED, ['2026-02-01']],
  ['start of next month', WED, ['2026-02-01']],
  ['the 1st of next month', WED, ['2026-02-01']],
  ['the 15th of next month', WED, ['2026-02-15']],
  ['the 1st of next month', local(LON, '2026-12-31T10:00'), ['2027-01-01']],
  ['el 15', WED, ['2026-02-15'], 'Europe/Madrid', 'es'],
  ['el día 30', WED, ['2026-01-30'], 'Europe/Madrid', 'es'],
  ['antes del 5', WED, ['2026-02-05'], 'Europe/Madrid', 'es'],
  ['le 15', WED, ['2026-02-15'], 'Europe/Paris', 'fr'],
  ['le 1er', WED, ['2026-02-01'], 'Europe/Paris', 'fr'],
  ["jusqu'au 15", WED, ['2026-02-15'], 'Europe/Paris', 'fr'],
]);

table('weeks: Friday of next ISO week / of this week', [
  ['next week', WED, ['2026-02-06']],
  ['next week', SAT, ['2026-02-06']],
  ['next week', SUN, ['2026-02-06']],
  ['next week', MON, ['2026-02-13']],
  ['early next week', WED, ['2026-02-06']],
  ['by the end of next week', WED, ['2026-02-06']],
  ['this week', WED, ['2026-01-30']],
  ['by the end of the week', WED, ['2026-01-30']],
  ['end of this week', WED, ['2026-01-30']],
  ['this week', FRI, ['2026-01-30']],
  // on a weekend this week's Friday is gone: today
  ['this week', SAT, ['2026-01-31']],
  ['by the end of the week', SUN, ['2026-02-01']],
  ['after the weekend', WED, ['2026-02-02']],
  ['after the weekend', SAT, ['2026-02-02']],
  ['after the weekend', MON, ['2026-02-09']],
  ['give me 5 days', WED, ['2026-02-02']],
  ['i will pay fryday', WED, ['2026-01-30']],
  ['will send it tomoro', WED, ['2026-01-29']],
  ['in 5 days', WED, ['2026-02-02']],
  ['this weekend', WED, ['2026-01-31']],
  ['this weekend', SUN, ['2026-02-01']],
  ['la semana que viene', WED, ['2026-02-06'], 'Europe/Madrid', 'es'],
  ['la próxima semana', SUN, ['2026-02-06'], 'Europe/Madrid', 'es'],
  ['esta semana', WED, ['2026-01-30'], 'Europe/Madrid', 'es'],
  ['la semaine prochaine', WED, ['2026-02-06'], 'Europe/Paris', 'fr'],
  ['cette semaine', SAT, ['2026-01-31'], 'Europe/Paris', 'fr'],
  ["d'ici la fin de la semaine", WED, ['2026-01-30'], 'Europe/Paris', 'fr'],
]);

const NY_WED = local(NY, '2026-01-28T10:00');
const MX_WED = local('America/Mexico_City', '2026-01-28T10:00');
table('explicit dates: day/month outside America/*, month/day inside (English); past this year → next year', [
  ['I will pay 15/12', WED, ['2026-12-15']],
  ['I will pay 12/15', NY_WED, ['2026-12-15'], NY],
  ['5/6', WED, ['2026-06-05']],
  ['5/6', NY_WED, ['2026-05-06'], NY],
  ['5/6', local('America/Los_Angeles', '2026-01-28T10:00'), ['2026-05-06'], 'America/Los_Angeles'],
  ['5/6', local('Australia/Sydney', '2026-01-28T10:00'), ['2026-06-05'], 'Australia/Sydney'],
  ['Dec 20', WED, ['2026-12-20']],
  ['Dec 20', NY_WED, ['2026-12-20'], NY],
  ['December 20th', WED, ['2026-12-20']],
  ['20 December', WED, ['2026-12-20']],
  ['20th of December', WED, ['2026-12-20']],
  ['2026-12-20', WED, ['2026-12-20']],
  ['Dec 20, 2026', WED, ['2026-12-20']],
  ['15/12/2026', WED, ['2026-12-15']],
  ['on 3 Feb', WED, ['2026-02-03']],
  ['Jan 5', local(LON, '2026-02-10T10:00'), ['2027-01-05']],
  ['28/01', WED, ['2026-01-28']],
  ['27/01', WED, ['2027-01-27']],
  ['1-12 Feb', WED, ['2026-02-12']],
  ['2025-12-20', WED, []],
  ['el 20 de diciembre', WED, ['2026-12-20'], 'Europe/Madrid', 'es'],
  ['el 15/02', WED, ['2026-02-15'], 'Europe/Madrid', 'es'],
  // Spanish writes day/month in Mexico too
  ['5/6', MX_WED, ['2026-06-05'], 'America/Mexico_City', 'es'],
  ['le 20 décembre', WED, ['2026-12-20'], 'Europe/Paris', 'fr'],
  ['1er mars', WED, ['2026-03-01'], 'Europe/Paris', 'fr'],
  ['le 5/6', WED, ['2026-06-05'], 'Europe/Paris', 'fr'],
]);

table('vague promises give no date', [
  ['on payday', WED, []],
  ['I will pay when I get paid', WED, []],
  ['soon', WED, []],
  ['I will pay soon', WED, []],
  ['next month', WED, []],
  ['as soon as I can', WED, []],
  ['pronto', WED, [], 'Europe/Madrid', 'es'],
  ['bientôt', WED, [], 'Europe/Paris', 'fr'],
]);

table('past and refused payments are not promises', [
  ['I paid on Friday', WED, []],
  ['I already paid yesterday', WED, []],
  ['Payment was sent on 15/12', WED, []],
  ['I sent $200 on Monday', WED, []],
  ['I paid $200 on Monday and $300 on Friday', WED, []],
  ["I won't pay", WED, []],
  ['I will not pay this', WED, []],
  ["I can't pay today", WED, []],
  ['I cannot afford it right now', WED, []],
  ['ya pagué el lunes', WED, [], 'Europe/Madrid', 'es'],
  ['te pagué el viernes pasado', WED, [], 'Europe/Madrid', 'es'],
  ['no voy a pagar', WED, [], 'Europe/Madrid', 'es'],
  ['no puedo pagar hoy', WED, [], 'Europe/Madrid', 'es'],
  ["j'ai payé vendredi", WED, [], 'Europe/Paris', 'fr'],
  ["j'ai déjà réglé la facture hier", WED, [], 'Europe/Paris', 'fr'],
  ['je ne paierai pas', WED, [], 'Europe/Paris', 'fr'],
  ['I paid the invoice on 5 January', local(LON, '2026-01-10T10:00'), []],
]);

table('a refusal bounded by a date is a promise for it; mixed tenses', [
  ["I can't pay until the 15th", WED, ['2026-02-15']],
  ['not before the 15th', WED, ['2026-02-15']],
  ["I won't be able to pay before Friday", WED, ['2026-01-30']],
  ["I can't pay today but I will pay on Friday", WED, ['2026-01-30']],
  ['I paid half on Monday but will pay the rest on Friday', WED, ['2026-01-30']],
  ['Payment will be sent on Friday', WED, ['2026-01-30']],
  ["I'll have it paid by Friday", WED, ['2026-01-30']],
  ['No problem I will pay Friday', WED, ['2026-01-30']],
  ['no puedo pagar hasta el 15', WED, ['2026-02-15'], 'Europe/Madrid', 'es'],
  ['no tengo dinero hoy, pero te pago el viernes', WED, ['2026-01-30'], 'Europe/Madrid', 'es'],
  ['je ne peux pas payer avant le 15', WED, ['2026-02-15'], 'Europe/Paris', 'fr'],
  ['pas avant le 15', WED, ['2026-02-15'], 'Europe/Paris', 'fr'],
  ['je paye vendredi', WED, ['2026-01-30'], 'Europe/Paris', 'fr'],
  ['I lost my job last week. I will pay on Friday.', WED, ['2026-01-30']],
]);

table('ranges, ordinals and look-alike words', [
  ['between the 10th and the 15th', WED, ['2026-02-15']],
  ['entre el 10 y el 15', WED, ['2026-02-15'], 'Europe/Madrid', 'es'],
  ['du 1 au 12 février', WED, ['2026-02-12'], 'Europe/Paris', 'fr'],
  ["I'll make the 1st payment on Friday", WED, ['2026-01-30']],
  ['I can pay Sat or Sun', WED, ['2026-01-31', '2026-02-01']],
  ['Sat.', WED, ['2026-01-31']],
  ['Mon paiement sera fait vendredi', WED, ['2026-01-30'], 'Europe/Paris', 'fr'],
  ['I will pay on Friday or Monday', WED, ['2026-01-30', '2026-02-02']],
  ['I get paid on the 25th so I will pay you then', WED, ['2026-02-25']],
  ['I will pay 28/01', WED, ['2026-01-28']],
  // the language picks chrono's grammar for explicit dates; English by default
  ['20 de diciembre', WED, []],
  ['20 de diciembre', WED, ['2026-12-20'], LON, 'es'],
]);

// ---- the local date is the customer's, not UTC's ------------------------------------------------
table('local date differs from UTC', [
  // 23:30Z on Jan 31 is 00:30 on Sunday Feb 1 in Paris
  ['today', new Date('2026-01-31T23:30:00Z'), ['2026-02-01'], 'Europe/Paris'],
  ['tomorrow', new Date('2026-01-31T23:30:00Z'), ['2026-02-02'], 'Europe/Paris'],
  ['end of the month', new Date('2026-01-31T23:30:00Z'), ['2026-02-28'], 'Europe/Paris'],
  ['next week', new Date('2026-01-31T23:30:00Z'), ['2026-02-06'], 'Europe/Paris'],
  ['tomorrow', new Date('2026-01-31T23:30:00Z'), ['2026-02-01'], 'UTC'],
  // 14:00Z Friday is 01:00 Saturday in Sydney (AEDT, +11)
  ['tomorrow', new Date('2026-01-30T14:00:00Z'), ['2026-02-01'], 'Australia/Sydney'],
  ['Friday', new Date('2026-01-30T14:00:00Z'), ['2026-02-06'], 'Australia/Sydney'],
  ['end of the month', new Date('2026-01-30T14:00:00Z'), ['2026-02-28'], 'Australia/Sydney'],
  // 05:00Z Saturday is 21:00 Friday in Los Angeles
  ['today', new Date('2026-01-31T05:00:00Z'), ['2026-01-30'], 'America/Los_Angeles'],
  ['Friday', new Date('2026-01-31T05:00:00Z'), ['2026-02-06'], 'America/Los_Angeles'],
  ['tomorrow', new Date('2026-01-31T05:00:00Z'), ['2026-01-31'], 'America/Los_Angeles'],
  ['this week', new Date('2026-01-31T05:00:00Z'), ['2026-01-30'], 'America/Los_Angeles'],
  // Kiritimati is UTC+14: 10:30Z Friday is already 00:30 Saturday
  ['today', new Date('2026-01-30T10:30:00Z'), ['2026-01-31'], 'Pacific/Kiritimati'],
  ['end of the month', new Date('2026-01-30T10:30:00Z'), ['2026-02-28'], 'Pacific/Kiritimati'],
  ['Saturday', new Date('2026-01-30T10:30:00Z'), ['2026-02-07'], 'Pacific/Kiritimati'],
  // Pago Pago is UTC-11: 10:00Z Sunday is 23:00 Saturday
  ['today', new Date('2026-02-01T10:00:00Z'), ['2026-01-31'], 'Pacific/Pago_Pago'],
  ['tomorrow', new Date('2026-02-01T10:00:00Z'), ['2026-02-01'], 'Pacific/Pago_Pago'],
  ['end of the month', new Date('2026-02-01T10:00:00Z'), ['2026-02-28'], 'Pacific/Pago_Pago'],
  ['Dec 31', new Date('2027-01-01T05:00:00Z'), ['2026-12-31'], 'Pacific/Pago_Pago'],
  // an unknown zone is read as UTC
  ['today', new Date('2026-01-31T23:30:00Z'), ['2026-01-31'], 'Mars/Olympus_Mons'],
]);

table('DST-change days', [
  // London springs forward at 01:00Z on Sunday 2026-03-29
  ['today', local(LON, '2026-03-29T00:30'), ['2026-03-29']],
  ['tomorrow', local(LON, '2026-03-29T00:30'), ['2026-03-30']],
  ['tomorrow', local(LON, '2026-03-29T23:30'), ['2026-03-30']],
  ['next week', local(LON, '2026-03-29T23:30'), ['2026-04-03']],
  ['Sunday', local(LON, '2026-03-29T23:30'), ['2026-04-05']],
  ['in 7 days', local(LON, '2026-03-28T23:30'), ['2026-04-04']],
  ['end of the month', local(LON, '2026-03-29T12:00'), ['2026-03-31']],
  // New York falls back at 06:00Z on Sunday 2026-11-01
  ['tomorrow', local(NY, '2026-11-01T01:30'), ['2026-11-02'], NY],
  ['tomorrow', local(NY, '2026-11-01T23:30'), ['2026-11-02'], NY],
  ['today', new Date('2026-11-02T04:30:00Z'), ['2026-11-01'], NY],
  ['Friday', local(NY, '2026-11-01T23:30'), ['2026-11-06'], NY],
  ['in 7 days', local(NY, '2026-10-31T23:30'), ['2026-11-07'], NY],
  ['11/2', local(NY, '2026-11-01T23:30'), ['2026-11-02'], NY],
]);

// ---- amounts --------------------------------------------------------------------------------

table('income words and the rest (Wed 2026-01-28)', [
  // "payday" is when money comes in, not a payment: the day asked for is the promise
  ['Can you give me until the 30th? Payday is the 29th', WED, ['2026-01-30']],
  // what is left after a part paid looks ahead, though the clause before it is past
  ['I paid half, the rest on Friday', WED, ['2026-01-30']],
  ['I paid $200 on Monday and $300 on Tuesday', WED, []],
]);

describe('amounts are decimal strings with 2 decimals', () => {
  const cases: Array<[string, string, ReplyLanguage?]> = [
    ['I will pay $500 on Friday', '500.00'],
    ['I will pay $500.5 on Friday', '500.50'],
    ['£1,200.50 on Friday', '1200.50'],
    ['£1,200 on Friday', '1200.00'],
    ['500 EUR on Friday', '500.00'],
    ['EUR 500 on Friday', '500.00'],
    ['USD 75.25 on Friday', '75.25'],
    ['500€ on Friday', '500.00'],
    ['€ 99,99 el viernes', '99.99', 'es'],
    ['1.234,50 € el viernes', '1234.50', 'es'],
    ['1 234,50 € vendredi', '1234.50', 'fr'],
    ['1\u202f234,50\u00a0€ vendredi', '1234.50', 'fr'],
    ['12,5 € vendredi', '12.50', 'fr'],
    ['500 euros el viernes', '500.00', 'es'],
    ['300 dollars on Friday', '300.00'],
    ['US$1,000,000 on Friday', '1000000.00'],
    ["I'll pay $1.5k on Friday", '1500.00'],
    ['2k € vendredi', '2000.00', 'fr'],
  ];
  for (const [text, amount, language] of cases) {
    test(`${JSON.stringify(text)} → ${amount}`, () => {
      const zone = language === 'fr' ? 'Europe/Paris' : language === 'es' ? 'Europe/Madrid' : LON;
      assert.deepEqual(terms(findPromisedPayments(text, WED, zone, language)), [{ date: '2026-01-30', amount }]);
    });
  }
  test('a number without a currency is not an amount', () =>
    assert.deepEqual(terms(findPromisedPayments('I can pay 500 on Friday', WED, LON)), [{ date: '2026-01-30' }]));
});

describe('shares and the rest', () => {
  const cases: Array<[string, Omit<PromisedPayment, 'evidence'>, ReplyLanguage?]> = [
    ['I will pay half on Friday', { date: '2026-01-30', fraction: 0.5 }],
    ['la mitad el viernes', { date: '2026-01-30', fraction: 0.5 }, 'es'],
    ['la moitié vendredi', { date: '2026-01-30', fraction: 0.5 }, 'fr'],
    ['a third on Friday', { date: '2026-01-30', fraction: 0.3333 }],
    ['a quarter on Friday', { date: '2026-01-30', fraction: 0.25 }],
    ['30% on Friday', { date: '2026-01-30', fraction: 0.3 }],
    ['the rest on Friday', { date: '2026-01-30', remainder: true }],
    ['the balance on Friday', { date: '2026-01-30', remainder: true }],
    ['el resto el viernes', { date: '2026-01-30', remainder: true }, 'es'],
    ['le reste vendredi', { date: '2026-01-30', remainder: true }, 'fr'],
  ];
  for (const [text, want, language] of cases) {
    test(JSON.stringify(text), () => assert.deepEqual(terms(findPromisedPayments(text, WED, LON, language)), [want]));
  }
});

describe('two-part promises', () => {
  const cases: Array<[string, Array<Omit<PromisedPayment, 'evidence'>>, ReplyLanguage?, string?]> = [
    ["I'll pay half now and the rest on the 30th", [{ date: '2026-01-28', fraction: 0.5 }, { date: '2026-01-30', remainder: true }]],
    ['$200 on Friday and $300 on the 15th', [{ date: '2026-01-30', amount: '200.00' }, { date: '2026-02-15', amount: '300.00' }]],
    // sorted by date, not by position
    ['$300 on the 15th and $200 on Friday', [{ date: '2026-01-30', amount: '200.00' }, { date: '2026-02-15', amount: '300.00' }]],
    ['I can pay $200, on Friday', [{ date: '2026-01-30', amount: '200.00' }]],
    ['I paid $200 on Monday and will pay the rest on Friday', [{ date: '2026-01-30', remainder: true }]],
    ['pagaré la mitad hoy y el resto el 30', [{ date: '2026-01-28', fraction: 0.5 }, { date: '2026-01-30', remainder: true }], 'es', 'Europe/Madrid'],
    ['je paierai la moitié aujourd’hui et le reste le 30', [{ date: '2026-01-28', fraction: 0.5 }, { date: '2026-01-30', remainder: true }], 'fr', 'Europe/Paris'],
    ['Je vais payer 500 € demain et 250,50 € le 15', [{ date: '2026-01-29', amount: '500.00' }, { date: '2026-02-15', amount: '250.50' }], 'fr', 'Europe/Paris'],
    ['Friday. Yes, Friday.', [{ date: '2026-01-30' }]],
  ];
  for (const [text, want, language, zone = LON] of cases) {
    test(JSON.stringify(text), () => assert.deepEqual(terms(findPromisedPayments(text, WED, zone, language)), want));
  }
});

describe('evidence', () => {
  test('spans the date and the amount next to it', () => {
    const text = 'Hi, I will pay $500 on Friday. Thanks';
    const [p] = findPromisedPayments(text, WED, LON);
    assert.deepEqual(p?.evidence, { start: 15, end: 29, text: '$500 on Friday' });
  });
  test('the date alone when no amount is near', () => {
    const text = 'Sorry for the delay, I will settle it next week.';
    assert.deepEqual(findPromisedPayments(text, WED, LON)[0]?.evidence, { start: 38, end: 47, text: 'next week' });
  });
  test('offsets point into the text as given (curly apostrophes kept)', () => {
    const text = 'I’ll pay the rest on the 30th’s morning… no, on Friday';
    for (const p of findPromisedPayments(text, WED, LON)) assert.equal(text.slice(p.evidence.start, p.evidence.end), p.evidence.text);
  });
});

// ---- garbage never throws ---------------------------------------------------------------------

describe('garbage input', () => {
  const long = 'I will pay on Friday. '.repeat(120) + 'x'.repeat(2_000);
  const inputs = ['', ' ', '🙂🙂🙂', '💸💸 🔜', long, '\u0000\uFFFF\uD800', '$$$ €€€ 1,2,3,4 ../../.. 99/99/99', 'the 99th', '31/02', 'le 0', '////', '%%%%'];
  for (const text of inputs) {
    test(`${JSON.stringify(text.slice(0, 30))}${text.length > 30 ? `… (${text.length} chars)` : ''}`, () => {
      for (const language of [undefined, 'en', 'es', 'fr'] as const) {
        const ps = findPromisedPayments(text, WED, LON, language);
        assert.ok(Array.isArray(ps));
        for (const p of ps) assert.match(p.date, /^\d{4}-\d{2}-\d{2}$/);
        findReturnDate(text, WED, LON, language);
      }
    });
  }
  test('the 5,000-char text reads quickly and once per date', () => {
    const text = ('Sorry! ' + 'blah '.repeat(200) + ' I will pay $50 on Friday. ').repeat(5).slice(0, 5_000);
    const started = process.hrtime.bigint();
    const ps = findPromisedPayments(text, WED, LON);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 1_000);
    assert.deepEqual(terms(ps), [{ date: '2026-01-30', amount: '50.00' }]);
  });
  test('an invalid instant or a non-string gives nothing', () => {
    assert.deepEqual(findPromisedPayments('tomorrow', new Date(Number.NaN), LON), []);
    assert.deepEqual(findPromisedPayments(undefined as unknown as string, WED, LON), []);
    assert.equal(findReturnDate('back tomorrow', new Date('nope'), LON), undefined);
  });
  test('no result is ever before the local today', () => {
    const phrases = ['today', 'Friday', 'the 1st', 'end of the month', 'next week', 'this week', 'Jan 1', '31/12', 'in 0 days', 'Sunday', 'tomorrow'];
    const zones = ['UTC', LON, NY, 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu'];
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 86_400_000 * 3 + 3_600_000 * 7) {
      for (const zone of zones) {
        const today = localDay(new Date(ms), zone);
        for (const phrase of phrases) {
          for (const p of findPromisedPayments(`I will pay ${phrase}`, new Date(ms), zone)) {
            assert.ok(p.date >= today, `${phrase} @ ${new Date(ms).toISOString()} ${zone}: ${p.date} < ${today}`);
          }
        }
      }
    }
  });
});

// chrono computes in the host's zone; our answers must not depend on it.
describe('independent of the host time zone', () => {
  const here = fileURLToPath(new URL('../../src/domain/intent/promiseTerms.ts', import.meta.url));
  const probe = [
    ['Friday', '2026-01-30T10:00:00Z', LON],
    ['tomorrow', '2026-01-31T23:30:00Z', 'Europe/Paris'],
    ['Dec 20', '2026-01-28T10:00:00Z', NY],
    ['12/15', '2026-11-01T05:30:00Z', NY],
    ['15/12', '2026-03-29T00:30:00Z', LON],
    ['the 15th', '2026-12-31T10:00:00Z', 'Pacific/Kiritimati'],
    ['20 de diciembre', '2026-12-21T03:00:00Z', 'America/Mexico_City', 'es'],
    ['next week', '2026-02-01T10:00:00Z', 'Pacific/Pago_Pago'],
  ];
  const script = `const m = await import(${JSON.stringify(here)}); console.log(JSON.stringify(${JSON.stringify(probe)}.map(([t, at, z, l]) => m.findPromisedPayments(t, new Date(at), z, l).map((p) => p.date))));`;
  const run = (tz: string) =>
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' }).trim();
  test('the same days under TZ=UTC, Pacific/Auckland and America/Los_Angeles', () => {
    const utc = run('UTC');
    assert.equal(utc, JSON.stringify([['2026-02-06'], ['2026-02-02'], ['2026-12-20'], ['2026-12-15'], ['2026-12-15'], ['2027-01-15'], ['2026-12-20'], ['2026-02-06']]));
    assert.equal(run('Pacific/Auckland'), utc);
    assert.equal(run('America/Los_Angeles'), utc);
  });
});

// ---- out-of-office return dates -----------------------------------------------------------------

describe('findReturnDate', () => {
  const cases: Array<[string, Date, string | undefined, string?, ReplyLanguage?]> = [
    ['I am out of the office until 14 December.', WED, '2026-12-14'],
    ['Back on Monday', WED, '2026-02-02'],
    ['I will be back on 14 December', WED, '2026-12-14'],
    ['Returning Monday', FRI, '2026-02-02'],
    ["I'm returning Monday 2 February", WED, '2026-02-02'],
    ['Out until Jan 5', local(LON, '2026-12-20T10:00'), '2027-01-05'],
    ['Out of office till the 3rd', WED, '2026-02-03'],
    // the end day as written, no day added
    ['Out from 1 to 12 Feb', WED, '2026-02-12'],
    ['On leave 1-12 Feb', WED, '2026-02-12'],
    // a return day beats an "until"
    ['I am away until Jan 5, back on Jan 6', local(LON, '2026-12-20T10:00'), '2027-01-06'],
    ['I am on holiday, returning 12/15.', local(NY, '2026-12-01T10:00'), '2026-12-15', NY],
    ['Estoy fuera de la oficina hasta el 5 de febrero', WED, '2026-02-05', 'Europe/Madrid', 'es'],
    ['De vuelta el lunes', WED, '2026-02-02', 'Europe/Madrid', 'es'],
    ['Ausente del 1 al 12 de febrero', WED, '2026-02-12', 'Europe/Madrid', 'es'],
    ['Je suis absent du 1 au 12 février', WED, '2026-02-12', 'Europe/Paris', 'fr'],
    ['De retour le 5 janvier', local('Europe/Paris', '2026-12-28T10:00'), '2027-01-05', 'Europe/Paris', 'fr'],
    ["Absente jusqu'au 15", WED, '2026-02-15', 'Europe/Paris', 'fr'],
    ['I am out of the office with limited access to email.', WED, undefined],
    ['Thanks for your message, I will reply shortly.', WED, undefined],
    ['', WED, undefined],
  ];
  for (const [text, at, want, zone = LON, language] of cases) {
    test(`${JSON.stringify(text)} → ${want}`, () => {
      const got = findReturnDate(text, at, zone, language);
      assert.equal(got?.date, want);
      if (got) assert.equal(text.slice(got.evidence.start, got.evidence.end), got.evidence.text);
    });
  }
  test('evidence covers the return phrase', () =>
    assert.deepEqual(findReturnDate('Hello. I will be back on Monday.', WED, LON)?.evidence, { start: 17, end: 31, text: 'back on Monday' }));
});

table('fortnights, the first of the month, close of business on a day', [
  ['give us a fortnight', WED, ['2026-02-11']],
  ['je paierai dans une quinzaine', WED, ['2026-02-11'], LON, 'fr'],
  ["I'll have it to you first of the month", WED, ['2026-02-01']],
  ['remittance to follow by close of business Monday', WED, ['2026-02-02']],
  ['funds released end of play Thursday', WED, ['2026-01-29']],
  ['paying by close of business', WED, ['2026-01-28']],
]);
