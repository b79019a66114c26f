// More labelled customer replies to Remit's collections reminders, in voices the main corpus (./corpus)
// underuses: terse accounts-payable clerks, long rambling small-business owners, elderly customers,
// non-native English, texting slang, angry capitals, solicitors' formal register, polite British, Indian,
// Singaporean, South African and Australian English, voice-to-text without punctuation, Spanglish, and
// indirect phrasings with no obvious keyword ("the cheque's in the post", "that's my ex's account").
//
// The labelling conventions are those in the header of ./corpus and are followed exactly; the comment after
// receivedAt gives the local weekday and date in the message's timeZone, the day relative dates resolve
// from. Calls the conventions leave open were made as follows:
// - "Friday arvo", "Thursday's BACS run", "I'll pay el viernes": the bare weekday.
// - "can you give me a fortnight?": today + 14, as "in a fortnight" (asking for time is a promise, like
//   "can you give me till next friday").
// - "the 31st" said in a 30-day month: the next month that has a 31st (the convention skips short months);
//   "before the end of the month" said on the month's last day: the end of next month; "this week" said on
//   a Saturday: today; a day of month said on that day ("the 25th" on the 25th): today.
// - "when my super / pension / unemployment comes through", "cuando me paguen la quincena", "dès que je
//   touche mon salaire": a vague promise (dates: []), like "when I get paid".
// - a figure that only quotes the invoice being paid ("Noted on INV-4417 (SGD 1,860.00) ... transfer by end of
//   this week") is the promise's amount.
// - "what's the reference I put on the transfer?", "PayNow UEN", "SWIFT/BIC": bank_details; "who do I make
//   the cheque payable to?", "can I pay at the post office?": payment_methods; a request to identify the
//   creditor and prove authority to collect: who_is_this; receipts for past payments: invoice_copy.
// - "is there a number I can ring to speak to someone?": callback_request (asks to speak to a person);
//   "Mr Patel handles accounts, ring him on ...": wrong_person only (a redirect, not a request to be called).
// - "remove this address from your reminder emails, post only", "stop sending these to my work email",
//   "unsubscribe me from the monthly newsletter": opt_out (a request to stop messages, even when another
//   channel or the invoice itself is still wanted).
// - "stop blowing up my phone", "quit texting me", "lose my number", a cease-communication letter: opt_out.
// - a relative writing that the debtor has died: wrong_person plus hardship (bereavement).
// - a short-pay notice or "payment will be released thereafter" with no day is not a promise; a mild
//   cash-flow remark while asking for instalments ("cash is a bit lumpy") is payment_plan_request only.
// - a duplicate notice that mentions the original was paid only in passing "(paid 02/09, ref 77310)" is
//   dispute duplicate alone, like corpus en-disp-042.

import type { LabelledReply } from './types';

export const intentCorpusVoices: LabelledReply[] = [
  {
    id: 'v-paid-001',
    text: 'Remittance advice attached. Paid via BACS ref 40917, value date 27/03.\n\nAP Team\nHalden Group plc',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-30T08:12:00.000Z', // Mon 2026-03-30 local
    timeZone: 'Europe/London',
    subject: 'RE: Invoice INV-3310 overdue',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-002',
    text: 'bro i paid that like 3 days ago chill 😭',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-19T02:40:00.000Z', // Sat 2026-07-18 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-003',
    text: 'Dear Sirs,\n\nI posted a cheque to you on Tuesday last for the full amount of $86.40. I hope it has arrived safely. I am 84 and do not use the computer very often so please write to me if there is a problem.\n\nYours truly,\nDorothy Feldman',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-02-13T16:05:00.000Z', // Fri 2026-02-13 local
    timeZone: 'America/Chicago',
    subject: 'Your letter',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-004',
    text: 'Cheque\'s in the post, should be with you by Thursday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-16T11:30:00.000Z', // Wed 2026-09-16 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-005',
    text: 'Hello sir, I have make the payment already on last Friday, please kindly check your side',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-05-11T03:20:00.000Z', // Mon 2026-05-11 local
    timeZone: 'Asia/Singapore',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-006',
    text: 'hi yeah this is regarding the invoice i paid that on the 4th through the website you should have it',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-08T00:15:00.000Z', // Fri 2026-08-07 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-007',
    text: 'I PAID THIS TWO WEEKS AGO. THIRD TIME IM TELLING YOU PEOPLE. CHECK YOUR DAMN SYSTEM',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-07T00:02:00.000Z', // Tue 2026-10-06 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-008',
    text: 'Sorted it this arvo mate, should hit your account tomorrow',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-22T08:45:00.000Z', // Wed 2026-04-22 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-009',
    text: 'Dear Sir,\n\nThis is to inform you that the payment against invoice no. INV-5521 amounting to ₹48,500 has been released through NEFT on 12th instant. UTR no. is SBIN426123987654. Kindly update your records and do the needful.\n\nRegards,\nR. Subramanian\nAccounts Dept.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-06-15T06:10:00.000Z', // Mon 2026-06-15 local
    timeZone: 'Asia/Kolkata',
    subject: 'Payment against INV-5521',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-010',
    text: 'Dear Sir or Madam,\n\nOur client informs us that the sum claimed was discharged in full by wire transfer on 3 April 2026. We enclose the bank confirmation and trust this concludes the matter.\n\nYours faithfully,\nHartley & Moss LLP',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-04-20T18:00:00.000Z', // Mon 2026-04-20 local
    timeZone: 'America/New_York',
    subject: 'Re: Account 10442 – Northwind Supplies',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-011',
    text: '✅💸 sent via EFT this morning',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-11-03T07:30:00.000Z', // Tue 2026-11-03 local
    timeZone: 'Africa/Johannesburg',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-012',
    text: '$412.50 went out of my account on Monday, ref REM-7741',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-10T03:05:00.000Z', // Wed 2026-06-10 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-013',
    text: 'Hi there,\n\nSorry it\'s taken me a while to get back to you, it\'s been a crazy couple of weeks here at the shop, we had a freezer go down and then my manager was out with the flu so I\'ve been doing everything myself. Anyway I\'m pretty sure I paid this one. I remember doing a whole batch of vendor payments the Sunday before last and yours was in there, I can see Lakeshore Supply and you guys and the linen company all on the same statement. If it hasn\'t shown up let me know and I\'ll dig out the confirmation.\n\nThanks,\nTony\nTony\'s Deli',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-05T03:10:00.000Z', // Wed 2026-03-04 local
    timeZone: 'America/Chicago',
    subject: 'Re: Payment reminder',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-014',
    text: 'Hello,\n\nI\'d be grateful if you could check your records, as I believe this was settled by debit card over the telephone on 2 June. I have the authorisation code should you need it.\n\nMany thanks,\nElizabeth Cray',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-06-09T09:20:00.000Z', // Tue 2026-06-09 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-015',
    text: 'My daughter sorted all this out online for me last weekend, she said it\'s done. Thank you.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-29T00:10:00.000Z', // Tue 2026-09-29 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-016',
    text: 'payed u on venmo last nite lol check ur notifs',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-03T16:15:00.000Z', // Sun 2026-05-03 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-017',
    text: 'yes hello I sent that payment Friday morning from my credit union account ending 4471 thank you',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-12T14:50:00.000Z', // Mon 2026-01-12 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-018',
    text: 'Hey ya te pagué el viernes por Zelle, check your account',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-02-10T03:30:00.000Z', // Mon 2026-02-09 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-019',
    text: 'Pmt released 30/06 - batch 0630-A. Ref INV-7002.\n\nCreditors Clerk\nMabena Holdings (Pty) Ltd',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-07-01T06:05:00.000Z', // Wed 2026-07-01 local
    timeZone: 'Africa/Johannesburg',
    subject: 'RE: Statement June 2026',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-020',
    text: 'Hi,\n\nThis one went out with our month-end payment run on the 31st. Please allow 2-3 working days for it to reach you.\n\nBest regards,\nMei Ling\nFinance Executive',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-08-03T01:45:00.000Z', // Mon 2026-08-03 local
    timeZone: 'Asia/Singapore',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-021',
    text: 'I pay yesterday with card, why still you send me?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-14T16:22:00.000Z', // Wed 2026-10-14 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-022',
    text: 'Left the cash with the lad at your front desk yesterday, he wrote me a receipt',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-27T15:30:00.000Z', // Fri 2026-11-27 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-023',
    text: 'INV-2290 pd 14/09 chq 001873',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-21T10:00:00.000Z', // Mon 2026-09-21 local
    timeZone: 'UTC',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-024',
    text: 'Check #1043 was mailed on 3/2.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-09T15:11:00.000Z', // Mon 2026-03-09 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-025',
    text: 'did it come through? sent it last night via PayID',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-12-18T21:40:00.000Z', // Sat 2026-12-19 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-026',
    text: 'ya deposité en el OXXO, aquí está el ticket',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-07-27T22:00:00.000Z', // Mon 2026-07-27 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-027',
    text: 'Estimados señores:\n\nPor medio de la presente les comunicamos que el importe de la factura FAC-0931 fue liquidado el pasado 28 de agosto mediante transferencia SPEI. Agradeceremos actualicen su registro.\n\nAtentamente,\nLic. Rosa Elena Márquez\nCuentas por Pagar',
    channel: 'email',
    language: 'es',
    receivedAt: '2026-09-07T16:00:00.000Z', // Mon 2026-09-07 local
    timeZone: 'America/Mexico_City',
    subject: 'RE: Factura FAC-0931 vencida',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-028',
    text: 'Bonjour, le chèque est parti par la poste lundi. Bonne journée',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-03-12T08:00:00.000Z', // Thu 2026-03-12 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-029',
    text: 'Bonjour,\n\nVirement effectué ce matin, réf. 2026-0412. Merci de vérifier de votre côté.\n\nService comptabilité\nBoulangerie Leroux',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-04-14T08:30:00.000Z', // Tue 2026-04-14 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-paid-030',
    text: '🙄 check again, it cleared yesterday',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-01-23T21:40:00.000Z', // Fri 2026-01-23 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'v-ptp-001',
    text: 'Invoice INV-8841 approved and scheduled for our payment run on 24/04. Amount GBP 3,120.00.\n\nRegards,\nPurchase Ledger\nCarrow Foods Ltd',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-04-15T08:00:00.000Z', // Wed 2026-04-15 local
    timeZone: 'Europe/London',
    subject: 'RE: INV-8841 overdue',
    intents: [{ intent: 'promise_to_pay', amount: '3120.00', dates: ['2026-04-24'] }],
  },
  {
    id: 'v-ptp-002',
    text: 'ill send it tmrw i swear',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-02T04:50:00.000Z', // Sun 2026-02-01 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-02-02'] }],
  },
  {
    id: 'v-ptp-003',
    text: 'Hello this is Mrs Joan Platt. I shall go into the bank on Thursday and pay it there. Thank you.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-19T11:00:00.000Z', // Mon 2026-01-19 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-01-22'] }],
  },
  {
    id: 'v-ptp-004',
    text: 'No worries, I\'ll fix it up Friday arvo',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-17T09:00:00.000Z', // Tue 2026-03-17 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-03-20'] }],
  },
  {
    id: 'v-ptp-005',
    text: 'hey its mike from mikes auto I can get that paid on the 15th when my customers pay me ok thanks',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-08T21:20:00.000Z', // Thu 2026-10-08 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-10-15'] }],
  },
  {
    id: 'v-ptp-006',
    text: 'Sir I will revert on this. Payment will be done by day after tomorrow, kindly bear with me',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-05-20T06:30:00.000Z', // Wed 2026-05-20 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-05-22'] }],
  },
  {
    id: 'v-ptp-007',
    text: 'Dear Ms Lovelace,\n\nWe write further to your reminder of 2 March. Our client will remit the outstanding balance of $2,400.00 on or before 31 March 2026, without admission of liability as to interest.\n\nYours sincerely,\nBrandt Keller PC',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-10T19:30:00.000Z', // Tue 2026-03-10 local
    timeZone: 'America/New_York',
    subject: 'Re: Overdue balance on your account',
    intents: [{ intent: 'promise_to_pay', amount: '2400.00', dates: ['2026-03-31'] }],
  },
  {
    id: 'v-ptp-008',
    text: 'Hello,\n\nThank you for your patience. I\'d be grateful if you could bear with me until the 28th, when I can clear the balance in full.\n\nWarm regards,\nHelen',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-07-13T08:40:00.000Z', // Mon 2026-07-13 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-07-28'] }],
  },
  {
    id: 'v-ptp-009',
    text: 'I will make payment in next week, sorry for delay',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-03T08:00:00.000Z', // Wed 2026-06-03 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-06-12'] }],
  },
  {
    id: 'v-ptp-010',
    text: 'FINE. I\'ll pay it Monday. Jesus.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-15T19:00:00.000Z', // Sat 2026-08-15 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-08-17'] }],
  },
  {
    id: 'v-ptp-011',
    text: '💵 fri 🙏',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-30T19:00:00.000Z', // Wed 2026-09-30 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-10-02'] }],
  },
  {
    id: 'v-ptp-012',
    text: 'Hi Ada,\n\nNoted on INV-4417 (SGD 1,860.00). We will arrange the transfer by end of this week.\n\nThanks & regards,\nJason Tan',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-02-10T02:30:00.000Z', // Tue 2026-02-10 local
    timeZone: 'Asia/Singapore',
    intents: [{ intent: 'promise_to_pay', amount: '1860.00', dates: ['2026-02-13'] }],
  },
  {
    id: 'v-ptp-013',
    text: 'Hi,\n\nYeah look I know this one\'s overdue, sorry. Things have been a bit all over the place since we moved the workshop out to Malaga and I\'ve had invoices sitting in three different piles. Found yours now. I\'ll get it paid in full after the weekend, promise. If you need anything in the meantime just flick me an email.\n\nCheers,\nDean\nDean\'s Joinery',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-12T07:00:00.000Z', // Thu 2026-11-12 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-16'] }],
  },
  {
    id: 'v-ptp-014',
    text: 'Can you give me a fortnight?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-31T18:00:00.000Z', // Sat 2026-01-31 local
    timeZone: 'UTC',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-02-14'] }],
  },
  {
    id: 'v-ptp-015',
    text: 'Will settle on the 25th when salaries go through',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-25T06:00:00.000Z', // Fri 2026-09-25 local
    timeZone: 'Africa/Johannesburg',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-09-25'] }],
  },
  {
    id: 'v-ptp-016',
    text: 'paying 11/3',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-27T23:00:00.000Z', // Tue 2026-10-27 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-03'] }],
  },
  {
    id: 'v-ptp-017',
    text: 'I\'ll pay on 3/11',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-27T07:00:00.000Z', // Tue 2026-10-27 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-03'] }],
  },
  {
    id: 'v-ptp-018',
    text: 'Dear Team,\n\nPayment of Rs. 72,000 will be processed on 05.01.2027 as per our credit terms.\n\nThanks and regards,\nPriyanka Sharma\nSr. Executive - Accounts',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-21T05:30:00.000Z', // Mon 2026-12-21 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'promise_to_pay', amount: '72000.00', dates: ['2027-01-05'] }],
  },
  {
    id: 'v-ptp-019',
    text: 'ok ill pay it right now hold on',
    channel: 'sms',
    language: 'en',
    receivedAt: '2027-01-01T07:30:00.000Z', // Thu 2026-12-31 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-31'] }],
  },
  {
    id: 'v-ptp-020',
    text: 'Tmr can?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-08-08T15:30:00.000Z', // Sat 2026-08-08 local
    timeZone: 'Asia/Singapore',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-08-09'] }],
  },
  {
    id: 'v-ptp-021',
    text: 'Good afternoon,\n\nApologies, this was held up awaiting sign-off. It has now been approved and will go out in Thursday’s BACS run.\n\nKind regards,\nSunita Patel\nCredit Control (Payables)\nMorley & Finch',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-01T13:10:00.000Z', // Thu 2026-10-01 local
    timeZone: 'Europe/London',
    subject: 'RE: Your invoice INV-5067',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-10-08'] }],
  },
  {
    id: 'v-ptp-022',
    text: 'before the end of the month for sure',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-01T03:00:00.000Z', // Thu 2026-04-30 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-05-31'] }],
  },
  {
    id: 'v-ptp-023',
    text: 'payment will be with you early next month',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-22T09:00:00.000Z', // Wed 2026-07-22 local
    timeZone: 'UTC',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-08-01'] }],
  },
  {
    id: 'v-ptp-024',
    text: 'I\'ll pay it off when my super comes through',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-19T09:00:00.000Z', // Tue 2026-05-19 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'promise_to_pay', dates: [] }],
  },
  {
    id: 'v-ptp-025',
    text: 'Will pay next month, promise',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-24T11:00:00.000Z', // Mon 2026-08-24 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: [] }],
  },
  {
    id: 'v-ptp-026',
    text: 'Would it be OK if I paid on the 9th? That\'s when my Centrelink comes in',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-06-04T08:30:00.000Z', // Thu 2026-06-04 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-06-09'] }],
  },
  {
    id: 'v-ptp-027',
    text: 'sun ok?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-17T17:00:00.000Z', // Sun 2026-05-17 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-05-24'] }],
  },
  {
    id: 'v-ptp-028',
    text: 'Eish sorry, will pay R1 500 on Friday when I get paid',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-06-17T12:00:00.000Z', // Wed 2026-06-17 local
    timeZone: 'Africa/Johannesburg',
    intents: [{ intent: 'promise_to_pay', amount: '1500.00', dates: ['2026-06-19'] }],
  },
  {
    id: 'v-ptp-029',
    text: 'Will pay by 30 Sep',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-30T01:00:00.000Z', // Wed 2026-09-30 local
    timeZone: 'Asia/Singapore',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-09-30'] }],
  },
  {
    id: 'v-ptp-030',
    text: 'I\'ll get it done this week',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-07T17:00:00.000Z', // Sat 2026-11-07 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-07'] }],
  },
  {
    id: 'v-ptp-031',
    text: 'Hold off on the reminders till the 1st, I\'ll pay then',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-16T09:30:00.000Z', // Mon 2026-11-16 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-01'] }],
  },
  {
    id: 'v-ptp-032',
    text: 'I\'ll pay on the 31st when the pay goes in',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-04-20T12:00:00.000Z', // Mon 2026-04-20 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-05-31'] }],
  },
  {
    id: 'v-ptp-033',
    text: 'Le pago pasado mañana sin falta',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-01-29T16:00:00.000Z', // Thu 2026-01-29 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-01-31'] }],
  },
  {
    id: 'v-ptp-034',
    text: 'El lunes que viene le hago la transferencia, disculpe la demora',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-03-02T19:00:00.000Z', // Mon 2026-03-02 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-03-09'] }],
  },
  {
    id: 'v-ptp-035',
    text: 'A finales de mes le deposito los 3.500 pesos',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-11-11T01:00:00.000Z', // Tue 2026-11-10 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'promise_to_pay', amount: '3500.00', dates: ['2026-11-30'] }],
  },
  {
    id: 'v-ptp-036',
    text: 'Buenos días,\n\nLes confirmamos que la factura 2026/118 se abonará el 10 de julio, según nuestro calendario de pagos.\n\nUn cordial saludo,\nDepartamento de Administración\nTalleres Ibáñez S.L.',
    channel: 'email',
    language: 'es',
    receivedAt: '2026-06-26T08:00:00.000Z', // Fri 2026-06-26 local
    timeZone: 'Europe/Madrid',
    subject: 'RE: Recordatorio de pago',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-07-10'] }],
  },
  {
    id: 'v-ptp-037',
    text: 'oye I\'ll pay el viernes ok? estoy en el trabajo ahorita',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-04-14T19:00:00.000Z', // Tue 2026-04-14 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-04-17'] }],
  },
  {
    id: 'v-ptp-038',
    text: 'cuando me paguen la quincena le pago',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-08-13T03:00:00.000Z', // Wed 2026-08-12 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'promise_to_pay', dates: [] }],
  },
  {
    id: 'v-ptp-039',
    text: 'Je vous règle ça après-demain',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-10-30T17:00:00.000Z', // Fri 2026-10-30 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-01'] }],
  },
  {
    id: 'v-ptp-040',
    text: 'Bonjour,\n\nLe paiement de 780,00 € sera effectué le 5 février par virement.\n\nCordialement,\nAgnès Moreau',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-01-27T08:00:00.000Z', // Tue 2026-01-27 local
    timeZone: 'Europe/Paris',
    subject: 'RE: Relance facture F-2026-014',
    intents: [{ intent: 'promise_to_pay', amount: '780.00', dates: ['2026-02-05'] }],
  },
  {
    id: 'v-ptp-041',
    text: 'je vous paie dès que je touche mon salaire',
    channel: 'whatsapp',
    language: 'fr',
    receivedAt: '2026-09-08T18:00:00.000Z', // Tue 2026-09-08 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'promise_to_pay', dates: [] }],
  },
  {
    id: 'v-disp-001',
    text: 'Dear Sirs,\n\nWe dispute the sum claimed. The invoice applies an hourly rate of £95, whereas the engagement letter dated 4 January specifies £75. We will not be making payment until a corrected invoice is issued.\n\nYours faithfully,\nPritchard Solicitors',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-02-16T11:00:00.000Z', // Mon 2026-02-16 local
    timeZone: 'Europe/London',
    subject: 'Re: Invoice INV-2077',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'v-disp-002',
    text: 'wtf is this $89 fee?? nobody said anything abt a fee',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-28T01:15:00.000Z', // Sat 2026-06-27 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'v-disp-003',
    text: 'PO 55120 authorises 40 units @ $12.00. Invoice bills 48. Short-pay of $96.00 will be applied unless a corrected credit memo is received.\n\nAccounts Payable\nMidwest Fasteners Inc.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-05-05T13:30:00.000Z', // Tue 2026-05-05 local
    timeZone: 'America/Chicago',
    subject: 'INV-4410 / PO 55120 discrepancy',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'v-disp-004',
    text: 'Dear Sir,\n\nGST has been charged at 18% but our item falls under the 12% slab. Kindly revise the invoice and resend at the earliest.\n\nRegards,\nAnil Kumar\nPurchase Dept.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-07-07T06:30:00.000Z', // Tue 2026-07-07 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'v-disp-005',
    text: 'Mate you\'ve charged me for 6 hours, the bloke was here 3 tops',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-03T06:00:00.000Z', // Tue 2026-03-03 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'v-disp-006',
    text: 'Please remove the late fee, I was only 2 days late',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-11T16:40:00.000Z', // Tue 2026-08-11 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'v-disp-007',
    text: 'Dear Sir or Madam,\n\nI have not received the hearing aid batteries that this bill is for. Nothing has come in the post. I would be grateful if you could look into it.\n\nYours sincerely,\nArthur Bell (Mr)',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-01-14T10:00:00.000Z', // Wed 2026-01-14 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'v-disp-008',
    text: 'HOW can you bill me for a sofa that NEVER SHOWED UP?? 6 weeks!!!',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-03T01:00:00.000Z', // Wed 2026-09-02 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'v-disp-009',
    text: 'Delivery never reach us leh, how to pay for something we don\'t have',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-11-18T07:00:00.000Z', // Wed 2026-11-18 local
    timeZone: 'Asia/Singapore',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'v-disp-010',
    text: 'Hi,\n\nSo I\'m a bit confused by this one. We booked the window clean for the 12th and I stayed in the whole morning waiting but nobody came, no call, nothing. Then I phoned and got told someone would come the following week and again, nobody. So I don\'t really understand why I\'m getting a reminder to pay for it. Happy to pay once it\'s actually been done but at the moment there\'s nothing to pay for as far as I can see.\n\nThanks,\nJackie',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-05-26T14:00:00.000Z', // Tue 2026-05-26 local
    timeZone: 'Africa/Johannesburg',
    subject: 'Re: Invoice INV-3185 is overdue',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'v-disp-011',
    text: 'Hello,\n\nI\'m afraid I\'m rather disappointed with the alterations: the hem is uneven and one sleeve is noticeably shorter than the other. I\'d be grateful if you could put the invoice on hold until they\'ve been put right.\n\nKind regards,\nPhilippa',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-04-08T13:00:00.000Z', // Wed 2026-04-08 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'v-disp-012',
    text: 'the cake was literally collapsed when it got here 😡📸 not paying full for that',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-06T01:00:00.000Z', // Sun 2026-07-05 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'v-disp-013',
    text: 'the ac unit you guys put in is leaking water all over the garage floor I am not paying until someone comes and fixes it',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-29T18:00:00.000Z', // Wed 2026-07-29 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'v-disp-014',
    text: 'The shoes is broken after one week only, I want you change them before I pay',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-02-21T03:00:00.000Z', // Sat 2026-02-21 local
    timeZone: 'Asia/Singapore',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'v-disp-015',
    text: 'Sir,\n\nThe printer supplied vide invoice INV-3902 is not working since installation. Kindly arrange replacement, payment will be released thereafter.\n\nThanks & Regards,\nS. Banerjee',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-09-14T05:00:00.000Z', // Mon 2026-09-14 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'v-disp-016',
    text: 'Goods returned under RMA 20931 on 12/05. Credit note outstanding. Invoice on hold pending credit.\n\nPurchase Ledger\nGrantham Engineering',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-05-18T08:10:00.000Z', // Mon 2026-05-18 local
    timeZone: 'Europe/London',
    subject: 'INV-5120 – on hold',
    intents: [{ intent: 'dispute', reason: 'already_returned' }],
  },
  {
    id: 'v-disp-017',
    text: 'i sent it back lol u literally have it',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-21T03:10:00.000Z', // Thu 2026-08-20 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'already_returned' }],
  },
  {
    id: 'v-disp-018',
    text: 'My son took the walking frame back to your shop on Saturday as it was not suitable for me.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-02T23:00:00.000Z', // Tue 2026-02-03 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'dispute', reason: 'already_returned' }],
  },
  {
    id: 'v-disp-019',
    text: 'Dropped the trailer back at the depot Friday, so not sure what this is about',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'dispute', reason: 'already_returned' }],
  },
  {
    id: 'v-disp-020',
    text: 'i returned the router at the ups store and i have the tracking number so i shouldnt owe anything',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-08T22:00:00.000Z', // Tue 2026-12-08 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'already_returned' }],
  },
  {
    id: 'v-disp-021',
    text: 'Hi,\n\nWe\'re being billed for the Premium tier, but we never signed up for it. We\'ve always been on Basic. Can you sort this out?\n\nThanks,\nDevon\nOps Manager, Kite & Co.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-18T18:00:00.000Z', // Wed 2026-03-18 local
    timeZone: 'America/Los_Angeles',
    subject: 'Billing – Premium tier?',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }],
  },
  {
    id: 'v-disp-022',
    text: 'I DID NOT ORDER 200 FLYERS. I ordered NOTHING from you people',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-07T21:00:00.000Z', // Wed 2026-01-07 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }],
  },
  {
    id: 'v-disp-023',
    text: 'Dear Sirs,\n\nOur client has no contractual relationship with your company and denies having placed any order. Please direct any further correspondence regarding this alleged debt to this office.\n\nYours faithfully,\nO\'Neill Carter Solicitors',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-22T11:00:00.000Z', // Thu 2026-10-22 local
    timeZone: 'Europe/London',
    subject: 'Alleged debt – our client Mr D. Hale',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }],
  },
  {
    id: 'v-disp-024',
    text: 'My kid must\'ve clicked something on the tablet, I never bought this game pack',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-30T04:00:00.000Z', // Sun 2026-11-29 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }],
  },
  {
    id: 'v-disp-025',
    text: 'INV-6620 is a duplicate of INV-6604 (paid 02/09, ref 77310). Please cancel.\n\nAP\nHalden Group plc',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-09-08T07:45:00.000Z', // Tue 2026-09-08 local
    timeZone: 'Europe/London',
    subject: 'INV-6620',
    intents: [{ intent: 'dispute', reason: 'duplicate' }],
  },
  {
    id: 'v-disp-026',
    text: 'yall charged my card twice for the same thing 💀',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-04T17:00:00.000Z', // Sat 2026-04-04 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'duplicate' }],
  },
  {
    id: 'v-disp-027',
    text: 'We dispute liability for the sum claimed in its entirety. Any proceedings will be defended.\n\nMarsh & Pike Solicitors',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T10:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'Europe/London',
    subject: 'Your ref 10442',
    intents: [{ intent: 'dispute', reason: 'other' }],
  },
  {
    id: 'v-disp-028',
    text: 'NOT. PAYING. THIS.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-01T06:00:00.000Z', // Sat 2026-02-28 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'other' }],
  },
  {
    id: 'v-disp-029',
    text: 'Thats supposed to be covered under the 2 year guarantee, so no',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-11T04:00:00.000Z', // Fri 2026-09-11 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'dispute', reason: 'other' }],
  },
  {
    id: 'v-disp-030',
    text: 'Hi,\n\nOur contract ended in March. We gave 30 days\' notice in writing, so we don\'t owe anything for April.\n\nRegards,\nKaren Whitlock',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-05-11T14:00:00.000Z', // Mon 2026-05-11 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'other' }],
  },
  {
    id: 'v-disp-031',
    text: 'Me cobraron de más, el presupuesto era de 450 euros y en la factura pone 520',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-03-25T10:00:00.000Z', // Wed 2026-03-25 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'v-disp-032',
    text: 'El técnico nunca vino, no voy a pagar nada',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-07-01T00:00:00.000Z', // Tue 2026-06-30 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'v-disp-033',
    text: 'Yo nunca ordené eso, must be a mistake',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-10-03T22:00:00.000Z', // Sat 2026-10-03 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }],
  },
  {
    id: 'v-disp-034',
    text: 'Bonjour,\n\nLa prestation facturée n\'a pas été réalisée conformément au devis : les finitions sont à reprendre. Nous suspendons le règlement jusqu\'à intervention.\n\nCordialement,\nM. Garnier',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-02-24T09:00:00.000Z', // Tue 2026-02-24 local
    timeZone: 'Europe/Paris',
    subject: 'RE: Facture F-1187',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'v-disp-035',
    text: 'Vous m\'avez facturé deux fois la même chose',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-07-16T12:00:00.000Z', // Thu 2026-07-16 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'dispute', reason: 'duplicate' }],
  },
  {
    id: 'v-q-001',
    text: 'Please provide copy invoice quoting PO 4500871. Unable to process without.\n\nAP Team\nHalden Group plc',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-16T09:00:00.000Z', // Mon 2026-03-16 local
    timeZone: 'Europe/London',
    subject: 'RE: INV-4077',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'v-q-002',
    text: 'I\'m afraid I can\'t find the bill you mention. Could you post me a paper copy please? I don\'t have a printer.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-12T13:20:00.000Z', // Fri 2026-06-12 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'v-q-003',
    text: 'can u send the invoice again i deleted it by accident lol',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-05T05:10:00.000Z', // Sat 2026-09-05 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'v-q-004',
    text: 'Dear Sir,\n\nKindly share the tax invoice in PDF format for our records.\n\nRegards,\nMeena Iyer\nAccounts',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-08-18T04:30:00.000Z', // Tue 2026-08-18 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'v-q-005',
    text: 'Hello,\n\nBefore we release payment, please confirm your sort code and account number by signed letter. We have had several fraud attempts recently.\n\nThanks,\nKaren\nFinance Assistant',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-02-04T11:30:00.000Z', // Wed 2026-02-04 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'v-q-006',
    text: 'Please give me your bank account for I can send money',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-21T12:00:00.000Z', // Wed 2026-01-21 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'v-q-007',
    text: 'Can share your PayNow UEN?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-04-16T08:00:00.000Z', // Thu 2026-04-16 local
    timeZone: 'Asia/Singapore',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'v-q-008',
    text: 'Whats the reference I put on the transfer?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-29T10:00:00.000Z', // Sat 2026-08-29 local
    timeZone: 'UTC',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'v-q-009',
    text: 'Hi,\n\nWe\'re paying from our Canadian account. What\'s your SWIFT/BIC, and do you use an intermediary bank?\n\nThanks,\nAlexis',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-06-02T13:30:00.000Z', // Tue 2026-06-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'v-q-010',
    text: 'Can I pay at the post office? I don\'t do internet banking.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-04T10:00:00.000Z', // Wed 2026-11-04 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'v-q-011',
    text: 'can i pay w cashapp',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-14T19:00:00.000Z', // Sat 2026-02-14 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'v-q-012',
    text: 'Who do I make the cheque payable to?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-21T12:00:00.000Z', // Tue 2026-07-21 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'v-q-013',
    text: 'Is UPI payment accepted? Please send QR code.',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-10-21T13:30:00.000Z', // Wed 2026-10-21 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'v-q-014',
    text: 'Can I pay via SnapScan or only EFT?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-19T09:00:00.000Z', // Thu 2026-03-19 local
    timeZone: 'Africa/Johannesburg',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'v-q-015',
    text: 'I don\'t know who you are. My grandson says I shouldn\'t answer messages like this. Is this genuine?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-07T09:30:00.000Z', // Thu 2026-05-07 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'v-q-016',
    text: 'who tf is this',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-01T09:00:00.000Z', // Sat 2026-08-01 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'v-q-017',
    text: 'How did you get this number and who are you',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-09T01:00:00.000Z', // Mon 2026-11-09 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'v-q-018',
    text: 'Dear Sir or Madam,\n\nPlease identify the entity on whose behalf you are writing and provide evidence of your authority to collect this alleged debt.\n\nYours faithfully,\nR. Castellano',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-07-20T14:00:00.000Z', // Mon 2026-07-20 local
    timeZone: 'America/New_York',
    subject: 'Your letter dated July 14',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'v-q-019',
    text: 'Is this from Remit? Got so many scam SMS lately',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-09T02:00:00.000Z', // Fri 2026-01-09 local
    timeZone: 'Asia/Singapore',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'v-q-020',
    text: 'whats this for',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-25T00:00:00.000Z', // Mon 2026-05-25 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'v-q-021',
    text: 'Hi,\n\nWhich property is this for? We have two units with you.\n\nRegards,\nLiam',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-04-13T00:00:00.000Z', // Mon 2026-04-13 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'v-q-022',
    text: 'Please advise due date and payment terms for INV-3391.\n\nRegards,\nWendy Lim\nAP Executive',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-06-23T02:00:00.000Z', // Tue 2026-06-23 local
    timeZone: 'Asia/Singapore',
    intents: [{ intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'v-q-023',
    text: 'Does this include the deposit I already paid?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-10-10T02:00:00.000Z', // Fri 2026-10-09 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'v-q-024',
    text: 'What is the last date for payment without penalty?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-06T05:30:00.000Z', // Fri 2026-03-06 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'v-q-025',
    text: 'is this the one from the boiler service in jan or something else?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-02-22T18:00:00.000Z', // Sun 2026-02-22 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'v-q-026',
    text: 'Do I need to pay this now or does it go on my next bill?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-15T14:00:00.000Z', // Thu 2026-01-15 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'v-q-027',
    text: '¿Me pueden mandar la factura con mi RFC? La necesito para deducir',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-02-12T18:00:00.000Z', // Thu 2026-02-12 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'v-q-028',
    text: '¿Me pasas la CLABE para transferirte?',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-05-22T00:00:00.000Z', // Thu 2026-05-21 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'v-q-029',
    text: '¿De qué empresa me escriben? No reconozco el número',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-09-18T09:00:00.000Z', // Fri 2026-09-18 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'v-q-030',
    text: 'Bonjour,\n\nPourriez-vous me renvoyer la facture détaillée ? Je ne retrouve pas le détail des heures facturées.\n\nMerci,\nÉlise Fournier',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-11-16T09:00:00.000Z', // Mon 2026-11-16 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'v-q-031',
    text: 'Est-ce que je peux payer par chèque ?',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-06-06T09:00:00.000Z', // Sat 2026-06-06 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'v-plan-001',
    text: 'Is there any way to spread this out over the next few months?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-06T12:00:00.000Z', // Tue 2026-01-06 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-002',
    text: 'can i pay like 20 a week or smth',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-14T21:00:00.000Z', // Sat 2026-03-14 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-003',
    text: 'Would you allow me to pay a little each time my pension comes? I have always paid my bills.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-12T09:00:00.000Z', // Mon 2026-10-12 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-004',
    text: 'Any chance of paying it off fortnightly? Even $60 a fortnight',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-05T10:00:00.000Z', // Wed 2026-08-05 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-005',
    text: 'Dear Sirs,\n\nPlease confirm whether you would accept settlement of the balance in three equal monthly instalments.\n\nYours faithfully,\nT. Ashworth\nFinance Director',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-06-17T09:00:00.000Z', // Wed 2026-06-17 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-006',
    text: 'Kindly allow us to pay in 4 EMIs, we will give post-dated cheques',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-01-28T09:30:00.000Z', // Wed 2026-01-28 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-007',
    text: 'hi I was wondering if I could maybe do payments on this like a hundred a month or whatever works for you guys',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-23T18:00:00.000Z', // Mon 2026-11-23 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-008',
    text: 'Hey,\n\nSo here\'s the situation. We\'re a small team (it\'s me and my brother basically) and this invoice landed right when we had to replace the ute, so cash is a bit lumpy right now. We absolutely want to pay it, and we\'ve been using you guys for years. Would you be open to us paying it across two or three months? I can set up an automatic transfer on whatever day suits. Just let me know.\n\nCheers,\nRyan\nBlue Gum Landscaping',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-05-27T10:00:00.000Z', // Wed 2026-05-27 local
    timeZone: 'Australia/Sydney',
    subject: 'Re: Invoice INV-2714',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-009',
    text: 'Can do installment or not? 3 months',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-07-14T05:00:00.000Z', // Tue 2026-07-14 local
    timeZone: 'Asia/Singapore',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-010',
    text: 'Is possible to pay by parts, every month some money?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-09T16:00:00.000Z', // Wed 2026-12-09 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-011',
    text: 'I can\'t pay $1,900 in one go, be realistic. Split it up.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-24T16:00:00.000Z', // Wed 2026-06-24 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-012',
    text: 'Could we chip away at it, say £40 every payday?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-09-03T18:00:00.000Z', // Thu 2026-09-03 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-013',
    text: 'Can I do a debit order monthly until it\'s paid up?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-17T08:00:00.000Z', // Tue 2026-02-17 local
    timeZone: 'Africa/Johannesburg',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-014',
    text: 'would you take it in two goes',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-19T01:00:00.000Z', // Thu 2026-11-19 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-015',
    text: 'is it possible to set up like a payment arrangement where i pay some every two weeks',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-07T23:00:00.000Z', // Tue 2026-04-07 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-016',
    text: 'Dear Sir,\n\nWe request you to kindly permit us to liquidate the outstanding in three tranches. Please confirm so that we can process accordingly.\n\nRegards,\nV. Raghavan\nCFO',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-09-29T05:30:00.000Z', // Tue 2026-09-29 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-017',
    text: 'lemme pay it in chunks pls',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-25T19:00:00.000Z', // Sun 2026-10-25 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-018',
    text: 'Can I do pagos chiquitos cada quincena? es mucho de golpe',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-08-20T03:00:00.000Z', // Wed 2026-08-19 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-plan-019',
    text: 'Bonjour,\n\nSerait-il possible de régler cette facture en plusieurs mensualités ?\n\nMerci d\'avance,\nLucas Petit',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-03-05T09:00:00.000Z', // Thu 2026-03-05 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'v-hard-001',
    text: 'Money\'s been tight since the layoffs at the plant. Doing my best.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-26T01:00:00.000Z', // Wed 2026-02-25 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-hard-002',
    text: 'Dear Sir,\n\nI am a widow on a small pension and the heating bill took most of it this month. I am sorry.\n\nMrs E. Harding',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-23T10:00:00.000Z', // Mon 2026-03-23 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-hard-003',
    text: 'bro i literally have $4 in my account rn',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-13T05:30:00.000Z', // Sun 2026-09-13 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-hard-004',
    text: 'Lost the contract at the mine, been doing it tough',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-16T09:00:00.000Z', // Fri 2026-01-16 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-hard-005',
    text: 'im sorry i got hurt at work and ive been out for six weeks with no paycheck',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-09T18:00:00.000Z', // Thu 2026-07-09 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-hard-006',
    text: 'Sir, my father is admitted in ICU since last week, all funds are going for treatment. Kindly bear with me.',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-11-26T15:30:00.000Z', // Thu 2026-11-26 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-hard-007',
    text: 'Hi,\n\nI\'ll be honest with you because I think that\'s better than ignoring it. Since the roadworks started outside the shop in February, footfall has dropped off a cliff. Some days we don\'t take enough to cover the staff. I\'ve cut my own wages to nothing and I\'m juggling suppliers as best I can. I haven\'t forgotten about you, I just don\'t have it right now.\n\nSorry,\nBev',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-05-13T21:00:00.000Z', // Wed 2026-05-13 local
    timeZone: 'Europe/London',
    subject: 'Re: Payment reminder',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-hard-008',
    text: 'Sorry, now I have not work and no money, my visa got problem',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-29T06:00:00.000Z', // Thu 2026-10-29 local
    timeZone: 'Asia/Singapore',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-hard-009',
    text: 'Dear Sir/Madam,\n\nI write to inform you that my wife passed away on 14 October. I am dealing with a great deal at present and would ask for your patience.\n\nYours sincerely,\nGeorge Whitfield',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-01T22:00:00.000Z', // Mon 2026-11-02 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-hard-010',
    text: 'Been off sick since March, on statutory sick pay only',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-30T15:00:00.000Z', // Tue 2026-06-30 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-hard-011',
    text: 'My divorce has cleaned me out. I\'ll be in touch when I\'m back on my feet.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-10T02:00:00.000Z', // Sun 2026-08-09 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-hard-012',
    text: 'Load shedding wrecked my stock, I\'ve got nothing coming in this month',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-25T16:00:00.000Z', // Sun 2026-01-25 local
    timeZone: 'Africa/Johannesburg',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-hard-013',
    text: '😔 hospital bills are crushing us',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-04-30T04:00:00.000Z', // Wed 2026-04-29 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-hard-014',
    text: 'The farm\'s had no rain for two seasons, we\'re barely keeping our heads above water',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-15T11:00:00.000Z', // Thu 2026-10-15 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-hard-015',
    text: 'I\'m 79 and living on my pension, I simply haven\'t got it this month.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-14T08:00:00.000Z', // Mon 2026-12-14 local
    timeZone: 'Africa/Johannesburg',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-hard-016',
    text: 'Estoy desempleado desde diciembre, no tengo con qué pagar',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-01-13T18:00:00.000Z', // Tue 2026-01-13 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-hard-017',
    text: 'Mi madre está muy enferma y todo el dinero se nos va en medicinas',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-07-23T20:00:00.000Z', // Thu 2026-07-23 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-hard-018',
    text: 'Je suis au chômage depuis deux mois, je n\'ai plus rien',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-05-04T07:00:00.000Z', // Mon 2026-05-04 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'v-wrong-001',
    text: 'Thats my ex\'s account, we split up last year. Take it up with him',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-11T01:00:00.000Z', // Sat 2026-04-11 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-002',
    text: 'I\'m not the account holder, I just live at the property now.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-04T09:00:00.000Z', // Tue 2026-08-04 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-003',
    text: 'I think you have the wrong lady. I have never had dealings with a firm of this name.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-26T15:00:00.000Z', // Thu 2026-02-26 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-004',
    text: 'bro who is kevin 😂 wrong #',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-14T20:00:00.000Z', // Sun 2026-06-14 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-005',
    text: 'Supplier not recognised. We hold no vendor record for Northwind Supplies. Please check the addressee.\n\nAccounts Payable\nPrairie Grain Co-op',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-08-25T14:00:00.000Z', // Tue 2026-08-25 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-006',
    text: 'This number is now allotted to me, previous user was some Mr. Rakesh. Kindly update your records.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-31T05:30:00.000Z', // Fri 2026-07-31 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-007',
    text: 'You\'ve got the wrong bloke mate, I\'m Shane not Sean',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-03T08:00:00.000Z', // Thu 2026-12-03 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-008',
    text: 'hi you sent this to my work phone i dont know any ada thompson you have the wrong number',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-11T20:00:00.000Z', // Wed 2026-03-11 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-009',
    text: 'My son used to have this number, he\'s in Canada now',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-09T10:00:00.000Z', // Wed 2026-09-09 local
    timeZone: 'Africa/Johannesburg',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-010',
    text: 'Not me lah, I never stay at that address',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-16T05:00:00.000Z', // Wed 2026-12-16 local
    timeZone: 'Asia/Singapore',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-011',
    text: 'Dear Sirs,\n\nThe addressee is not, and has never been, an employee or officer of this company. Please correct your records.\n\nYours faithfully,\nCompany Secretary',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-01-30T10:00:00.000Z', // Fri 2026-01-30 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-012',
    text: 'I am not this person, maybe you write wrong email',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-04-02T11:00:00.000Z', // Thu 2026-04-02 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-013',
    text: 'FOR THE LAST TIME I AM NOT MARCUS REID',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-12T01:00:00.000Z', // Wed 2026-11-11 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-014',
    text: 'Hi,\n\nWe bought this business in May and the previous owners\' debts aren\'t ours. Their accountant is J. Lee at jlee@leeaccounting.com.au.\n\nCheers,\nSarah\nThe Corner Pantry',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-07-01T00:00:00.000Z', // Wed 2026-07-01 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-015',
    text: 'This email goes to the front desk of a dental practice. Nobody called Ada works here.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-26T09:00:00.000Z', // Mon 2026-10-26 local
    timeZone: 'UTC',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-016',
    text: 'Prob meant to text my brother, we have the same initials',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-28T22:00:00.000Z', // Thu 2026-05-28 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-017',
    text: 'Not my account, it\'s my flatmate\'s and she moved out in August',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-10-07T19:00:00.000Z', // Wed 2026-10-07 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-018',
    text: 'Not me, I\'m only the receptionist. Mr Patel handles accounts, ring him on 011 555 0134',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-18T09:00:00.000Z', // Tue 2026-08-18 local
    timeZone: 'Africa/Johannesburg',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-019',
    text: 'Hi,\n\nYou\'ve got my old work address. I left Brightlane in 2024, so please update your contact for them.\n\nThanks,\nChris',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-02-20T15:00:00.000Z', // Fri 2026-02-20 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-020',
    text: 'Este número era de mi hermano, ya no lo usa',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-11-24T11:00:00.000Z', // Tue 2026-11-24 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-wrong-021',
    text: 'Bonjour,\n\nCette adresse n\'appartient plus à la société Martin & Fils, qui a cessé son activité. Merci de mettre à jour vos fichiers.\n\nCordialement',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-08-31T08:00:00.000Z', // Mon 2026-08-31 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'v-call-001',
    text: 'Can someone ring me about this please? Easier than typing',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-28T11:00:00.000Z', // Tue 2026-04-28 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-call-002',
    text: 'I would prefer to speak to somebody on the telephone. My number is 01632 960 111. I am in most afternoons.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-07T15:00:00.000Z', // Mon 2026-12-07 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-call-003',
    text: 'can u just call me this is confusing',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-24T19:00:00.000Z', // Sat 2026-01-24 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-call-004',
    text: 'Give us a call this arvo if you can, 0412 345 678',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-13T00:00:00.000Z', // Thu 2026-08-13 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-call-005',
    text: 'Kindly arrange a call back from the concerned person at the earliest',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-04T05:30:00.000Z', // Thu 2026-06-04 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-call-006',
    text: 'hey could somebody from billing call me back at this number sometime after 3 thanks',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-06T18:00:00.000Z', // Fri 2026-11-06 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-call-007',
    text: 'Dear Sirs,\n\nPlease arrange for a senior member of your credit control team to telephone the undersigned at your earliest convenience.\n\nYours faithfully,\nJ. Whitcombe\nManaging Director',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-07-27T09:00:00.000Z', // Mon 2026-07-27 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-call-008',
    text: 'Can you voice call me on here? 📞',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-03-31T04:00:00.000Z', // Tue 2026-03-31 local
    timeZone: 'Asia/Singapore',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-call-009',
    text: 'Is there a number I can ring to speak to someone?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-15T08:00:00.000Z', // Fri 2026-05-15 local
    timeZone: 'Africa/Johannesburg',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-call-010',
    text: 'I WANT TO TALK TO A HUMAN. NOT A BOT.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-17T00:00:00.000Z', // Tue 2026-06-16 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-call-011',
    text: 'Can we hop on a quick call tomorrow?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-28T21:00:00.000Z', // Wed 2026-10-28 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-call-012',
    text: 'Please you call me, my english writing is not good',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-05T11:00:00.000Z', // Thu 2026-02-05 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-call-013',
    text: 'Hi,\n\nI\'ve tried to explain this twice over email and I think we\'re going round in circles, no offence to whoever is reading these. It would honestly be quicker if someone could just give me a ring. I\'m usually in the workshop from 7 till 3 and the mobile is 0400 111 222. Ask for Col.\n\nThanks,\nCol',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-09-21T23:00:00.000Z', // Tue 2026-09-22 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-call-014',
    text: 'I don\'t use text messages much. Could somebody phone me at home instead, on (02) 9555 0134?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-19T23:00:00.000Z', // Tue 2026-01-20 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-call-015',
    text: 'can yall call me after work like 6ish',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-29T22:00:00.000Z', // Sun 2026-03-29 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-call-016',
    text: 'Please phone me, I\'d like to sort this out properly',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-01T07:00:00.000Z', // Tue 2026-12-01 local
    timeZone: 'Africa/Johannesburg',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-call-017',
    text: 'Llámame please, es más fácil explicar por phone',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-06-11T20:00:00.000Z', // Thu 2026-06-11 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-call-018',
    text: 'Bonjour, un conseiller peut-il me téléphoner demain matin ?',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-04-23T16:00:00.000Z', // Thu 2026-04-23 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'v-opt-001',
    text: 'please don\'t message this number',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-02T09:00:00.000Z', // Sat 2026-05-02 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-002',
    text: 'pls stop txting me its annoying af',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-12T03:00:00.000Z', // Sat 2026-07-11 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-003',
    text: 'I do not wish to receive these text messages any more thank you.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-30T10:00:00.000Z', // Wed 2026-09-30 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-004',
    text: 'To whom it may concern,\n\nPursuant to the Fair Debt Collection Practices Act, I hereby request that you cease all further communication with me regarding this account.\n\nSincerely,\nDenise Okafor',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-02T14:00:00.000Z', // Mon 2026-03-02 local
    timeZone: 'America/New_York',
    subject: 'Cease communication – account 10442',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-005',
    text: 'I withdraw my consent to be contacted by SMS.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-20T12:00:00.000Z', // Sat 2026-06-20 local
    timeZone: 'UTC',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-006',
    text: 'STOP. MESSAGING. ME.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-20T01:00:00.000Z', // Sat 2026-09-19 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-007',
    text: 'lose my number',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-01T05:00:00.000Z', // Sat 2026-01-31 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-008',
    text: 'Righto, can you take me off the text list please',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-21T01:00:00.000Z', // Wed 2026-10-21 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-009',
    text: 'Kindly delete my number from your database and do not send further messages.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-27T05:30:00.000Z', // Thu 2026-08-27 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-010',
    text: 'please stop sending me these messages i do not want them',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-22T23:00:00.000Z', // Fri 2026-05-22 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-011',
    text: 'Unsubscribe pls 🙏',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-12-28T02:00:00.000Z', // Mon 2026-12-28 local
    timeZone: 'Asia/Singapore',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-012',
    text: 'Please remove this address from your reminder emails. Post only from now on, please.\n\nMr R. Ellison',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-02-10T10:00:00.000Z', // Tue 2026-02-10 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-013',
    text: '⛔ no more texts',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-16T00:00:00.000Z', // Sun 2026-11-15 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-014',
    text: 'Quit texting me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-18T17:00:00.000Z', // Sat 2026-04-18 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-015',
    text: 'I\'ve asked 3 times now, remove me from your system',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-06T08:00:00.000Z', // Mon 2026-07-06 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-016',
    text: 'Do not contact me on this number or any other.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-30T14:00:00.000Z', // Thu 2026-04-30 local
    timeZone: 'Africa/Johannesburg',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-017',
    text: 'Opt out of all communications please.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-08-21T02:00:00.000Z', // Fri 2026-08-21 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-018',
    text: 'stop stop stop',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-09T12:00:00.000Z', // Mon 2026-03-09 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-019',
    text: 'Kindly stop these reminders, I find them distressing',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-17T11:00:00.000Z', // Thu 2026-12-17 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-020',
    text: 'Stop sending me whatsapps about this',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-02-22T15:00:00.000Z', // Sun 2026-02-22 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-021',
    text: 'Please stop sending these to my work email, it\'s embarrassing.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-13T16:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-022',
    text: 'no more reminders thx',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-16T02:00:00.000Z', // Thu 2026-07-16 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-023',
    text: 'No quiero recibir más mensajes',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-09-26T10:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-024',
    text: 'Bórrenme de su lista por favor',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-12-10T16:00:00.000Z', // Thu 2026-12-10 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-opt-025',
    text: 'Je ne souhaite plus être contacté par SMS.',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-01-08T11:00:00.000Z', // Thu 2026-01-08 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'v-auto-001',
    text: 'Thank you for your email. I am on annual leave returning Tuesday 2 June. For anything urgent please contact the accounts inbox.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-05-26T09:00:00.000Z', // Tue 2026-05-26 local
    timeZone: 'Europe/London',
    subject: 'Automatic reply: Overdue invoice INV-3320',
    headers: { 'Auto-Submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply', returnDate: '2026-06-02' }],
  },
  {
    id: 'v-auto-002',
    text: 'I\'m currently out of office and will be back on the 12th.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-08-06T14:00:00.000Z', // Thu 2026-08-06 local
    timeZone: 'America/New_York',
    headers: { 'auto-submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply', returnDate: '2026-08-12' }],
  },
  {
    id: 'v-auto-003',
    text: 'Out of Office: I am away until 05/01 with no access to email.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-04-24T15:00:00.000Z', // Fri 2026-04-24 local
    timeZone: 'America/Chicago',
    subject: 'Automatic reply: Payment reminder',
    headers: { 'X-Autoreply': 'yes' },
    intents: [{ intent: 'auto_reply', returnDate: '2026-05-01' }],
  },
  {
    id: 'v-auto-004',
    text: 'G\'day, I\'m out on site all week with no reception. Back in the office Monday.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-07-05T22:00:00.000Z', // Mon 2026-07-06 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'auto_reply', returnDate: '2026-07-13' }],
  },
  {
    id: 'v-auto-005',
    text: 'This is an automated acknowledgement. Your message has been logged as case #CS-220481. Please do not reply to this email.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-13T02:00:00.000Z', // Fri 2026-03-13 local
    timeZone: 'Asia/Singapore',
    headers: { Precedence: 'auto_reply' },
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'v-auto-006',
    text: 'This number does not accept text messages. Please call 0800 123 456.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-01T09:00:00.000Z', // Mon 2026-06-01 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'v-auto-007',
    text: 'Hi 👋 Thanks for messaging Kaur\'s Tailoring! We\'re closed for Diwali and will reopen on 12 November.',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-11-07T12:30:00.000Z', // Sat 2026-11-07 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'auto_reply', returnDate: '2026-11-12' }],
  },
  {
    id: 'v-auto-008',
    text: 'Good day, I am on maternity leave until 1 March 2027. Please direct all queries to accounts@mabena.co.za.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-19T07:00:00.000Z', // Mon 2026-10-19 local
    timeZone: 'Africa/Johannesburg',
    headers: { 'Auto-Submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply', returnDate: '2027-03-01' }],
  },
  {
    id: 'v-auto-009',
    text: 'Out of office until tomorrow.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-09-09T23:30:00.000Z', // Wed 2026-09-09 local
    timeZone: 'UTC',
    subject: 'Out of office',
    headers: { 'Auto-Submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply', returnDate: '2026-09-10' }],
  },
  {
    id: 'v-auto-010',
    text: '[Automated] Busy at the moment - will respond after 6pm.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-09T22:00:00.000Z', // Sat 2026-05-09 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'v-auto-011',
    text: 'Hello,\n\nThanks for reaching out to Harbour Freight Accounts Payable. This inbox is handled by a shared team and invoices are processed in the order received (currently 10 business days). Please do not resend.\n\nThis is an automated message.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-15T15:00:00.000Z', // Tue 2026-12-15 local
    timeZone: 'America/New_York',
    headers: { 'X-Autoreply': 'yes', Precedence: 'bulk' },
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'v-auto-012',
    text: 'Respuesta automática: estaré de vacaciones hasta el lunes 3 de agosto. Para asuntos urgentes contacte con contabilidad@talleresibanez.es.',
    channel: 'email',
    language: 'es',
    receivedAt: '2026-07-24T08:00:00.000Z', // Fri 2026-07-24 local
    timeZone: 'Europe/Madrid',
    headers: { 'Auto-Submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply', returnDate: '2026-08-03' }],
  },
  {
    id: 'v-auto-013',
    text: 'Gracias por comunicarte con Ferretería El Clavo. Nuestro horario es de lunes a sábado de 9 a 19 h. Te responderemos a la brevedad.',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-11-01T02:00:00.000Z', // Sat 2026-10-31 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'v-auto-014',
    text: 'Je suis actuellement en congé et serai de retour le 4 janvier. Votre message ne sera pas transféré.',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-12-23T09:00:00.000Z', // Wed 2026-12-23 local
    timeZone: 'Europe/Paris',
    headers: { 'X-Autoreply': 'yes' },
    intents: [{ intent: 'auto_reply', returnDate: '2027-01-04' }],
  },
  {
    id: 'v-auto-015',
    text: 'Thanks for your email! The team is on Christmas shutdown from 24 December until 8 January. We\'ll get back to you when we return.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-24T01:00:00.000Z', // Thu 2026-12-24 local
    timeZone: 'Australia/Perth',
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
    intents: [{ intent: 'auto_reply', returnDate: '2027-01-08' }],
  },
  {
    id: 'v-other-001',
    text: 'cheers for letting me know 👍',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-07T23:00:00.000Z', // Sun 2026-02-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-002',
    text: 'Got it, I\'ll pass this on to my husband, he does the bills',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-20T12:00:00.000Z', // Fri 2026-03-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-003',
    text: 'What time do you close on Fridays?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-28T15:00:00.000Z', // Fri 2026-08-28 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-004',
    text: 'bet 👍',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-04T19:00:00.000Z', // Sat 2026-07-04 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-005',
    text: 'Stop by anytime, the kettle\'s always on',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-06T02:00:00.000Z', // Wed 2026-05-06 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-006',
    text: 'Hi,\n\nPlease cancel the order for the extra chairs, we won\'t need them after all.\n\nThanks,\nJan',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-12T14:00:00.000Z', // Thu 2026-03-12 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-007',
    text: 'Can\'t stop laughing at your new ad on the radio 😂',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-06T19:00:00.000Z', // Sat 2026-06-06 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-008',
    text: 'oops that was meant for my sister, ignore',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-01T21:00:00.000Z', // Sun 2026-11-01 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-009',
    text: 'Thank you dear, have a lovely weekend.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-02T15:00:00.000Z', // Fri 2026-10-02 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-010',
    text: 'Do you do gift vouchers?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-04T02:00:00.000Z', // Fri 2026-09-04 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-011',
    text: 'Received. Forwarded to AP (ap@halden.co.uk) for action.\n\nReception\nHalden Group plc',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-01-27T09:00:00.000Z', // Tue 2026-01-27 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-012',
    text: 'Happy Diwali to you and your team 🪔',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-11-08T03:30:00.000Z', // Sun 2026-11-08 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-013',
    text: 'Is Sandra still working there? Tell her I said hi',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-25T10:00:00.000Z', // Thu 2026-06-25 local
    timeZone: 'Africa/Johannesburg',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-014',
    text: 'ok thank you I got your message',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-30T22:00:00.000Z', // Sun 2026-08-30 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-015',
    text: '🙂',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-02-17T03:00:00.000Z', // Tue 2026-02-17 local
    timeZone: 'Asia/Singapore',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-016',
    text: 'Do you guys have parking out front?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-06T21:00:00.000Z', // Sun 2026-12-06 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-017',
    text: 'Is the end of season sale still on?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-01T23:00:00.000Z', // Fri 2026-01-02 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-018',
    text: 'Duly noted.\n\nRegards,\nSandeep',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-09-16T04:30:00.000Z', // Wed 2026-09-16 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-019',
    text: 'Thx, appreciate the heads up',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-15T23:00:00.000Z', // Wed 2026-04-15 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-020',
    text: 'Is your Parramatta store still open or did it move?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-30T01:00:00.000Z', // Sat 2026-05-30 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-021',
    text: '¿A qué hora abren los domingos?',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-03-15T19:00:00.000Z', // Sun 2026-03-15 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-022',
    text: 'Vous êtes ouverts le samedi ?',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-10-10T08:00:00.000Z', // Sat 2026-10-10 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-023',
    text: 'Happy Easter! 🐣',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-04-05T10:00:00.000Z', // Sun 2026-04-05 local
    timeZone: 'UTC',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-024',
    text: 'Happy Thanksgiving to you guys 🦃',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-26T17:00:00.000Z', // Thu 2026-11-26 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-other-025',
    text: 'no dramas',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-19T02:00:00.000Z', // Sun 2026-07-19 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'v-multi-001',
    text: 'Since my hours got slashed I\'ve been robbing Peter to pay Paul. Could we do something monthly?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-02-02T19:00:00.000Z', // Mon 2026-02-02 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }, { intent: 'payment_plan_request' }],
  },
  {
    id: 'v-multi-002',
    text: 'Been crook with the flu and off work, but I\'ll pay Friday when I\'m back on deck',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-20T10:00:00.000Z', // Mon 2026-07-20 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'hardship' }, { intent: 'promise_to_pay', dates: ['2026-07-24'] }],
  },
  {
    id: 'v-multi-003',
    text: 'Paid 14/10 via BACS, ref 88213-B. Please issue a receipt for our records.\n\nPurchase Ledger\nCarrow Foods Ltd',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-19T08:00:00.000Z', // Mon 2026-10-19 local
    timeZone: 'Europe/London',
    subject: 'INV-6021 – remittance',
    intents: [{ intent: 'paid_already' }, { intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'v-multi-004',
    text: 'I\'m not the account holder and I\'ve never heard of this company. Take this number off your list.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-12T17:00:00.000Z', // Tue 2026-05-12 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'wrong_person' }, { intent: 'opt_out' }],
  },
  {
    id: 'v-multi-005',
    text: 'YOU CHARGED ME $340 FOR A $90 JOB. SOMEONE CALL ME NOW.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-15T18:00:00.000Z', // Tue 2026-09-15 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }, { intent: 'callback_request' }],
  },
  {
    id: 'v-multi-006',
    text: 'My husband died last month and he always dealt with the bills. Could somebody please telephone me? I don\'t understand any of this.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-13T11:00:00.000Z', // Tue 2026-01-13 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }, { intent: 'callback_request' }],
  },
  {
    id: 'v-multi-007',
    text: 'Hi,\n\nCan you unsubscribe me from the monthly newsletter please? The invoice I\'ll pay on Friday.\n\nThanks,\nNat',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-02-24T08:00:00.000Z', // Tue 2026-02-24 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'opt_out' }, { intent: 'promise_to_pay', dates: ['2026-02-27'] }],
  },
  {
    id: 'v-multi-008',
    text: 'Kindly call me to discuss the EMI option for the outstanding amount',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-09T06:30:00.000Z', // Thu 2026-04-09 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'callback_request' }, { intent: 'payment_plan_request' }],
  },
  {
    id: 'v-multi-009',
    text: 'Hi,\n\nI\'m writing because I don\'t want you to think I\'m ignoring this. My wife\'s been in and out of hospital since the summer and I\'ve had to drop to three days a week to look after her. I can\'t pay the whole lot at once but I could manage something every month if that\'s OK. Would it be easier to talk on the phone? My number\'s 07700 900 456.\n\nKind regards,\nPhil',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-10T21:00:00.000Z', // Tue 2026-11-10 local
    timeZone: 'Europe/London',
    subject: 'Re: Overdue balance on your account',
    intents: [{ intent: 'hardship' }, { intent: 'payment_plan_request' }, { intent: 'callback_request' }],
  },
  {
    id: 'v-multi-010',
    text: 'i paid it already so stop blowing up my phone',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-21T16:00:00.000Z', // Sat 2026-03-21 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }, { intent: 'opt_out' }],
  },
  {
    id: 'v-multi-011',
    text: 'Please confirm IBAN for EUR payment. Funds (EUR 4,200.00) will be released 15/07 on receipt of confirmation.\n\nTreasury Ops\nVantor BV',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-07-08T10:00:00.000Z', // Wed 2026-07-08 local
    timeZone: 'UTC',
    subject: 'RE: Invoice INV-7710 overdue',
    intents: [
      { intent: 'question', questionKind: 'bank_details' },
      { intent: 'promise_to_pay', amount: '4200.00', dates: ['2026-07-15'] },
    ],
  },
  {
    id: 'v-multi-012',
    text: '¿Quién es usted? Deje de escribirme',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-06-19T02:00:00.000Z', // Thu 2026-06-18 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }, { intent: 'opt_out' }],
  },
  {
    id: 'v-multi-013',
    text: 'Hello,\n\nAda was my mum. She passed away in April and I don\'t know anything about her accounts. Please stop writing to her.\n\nSusan',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-05-19T13:00:00.000Z', // Tue 2026-05-19 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'wrong_person' }, { intent: 'hardship' }, { intent: 'opt_out' }],
  },
  {
    id: 'v-multi-014',
    text: 'can i pay w apple pay? ill do it 2nite',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-27T02:00:00.000Z', // Thu 2026-02-26 local
    timeZone: 'America/Los_Angeles',
    intents: [
      { intent: 'question', questionKind: 'payment_methods' },
      { intent: 'promise_to_pay', dates: ['2026-02-26'] },
    ],
  },
  {
    id: 'v-multi-015',
    text: 'Already paid ya for this mate, and now you\'ve sent it again with a different number?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-05T04:00:00.000Z', // Mon 2026-10-05 local
    timeZone: 'Australia/Perth',
    intents: [{ intent: 'paid_already' }, { intent: 'dispute', reason: 'duplicate' }],
  },
  {
    id: 'v-multi-016',
    text: 'Things are rough since the layoffs, I\'ll pay when my unemployment comes through',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-24T23:00:00.000Z', // Thu 2026-09-24 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'hardship' }, { intent: 'promise_to_pay', dates: [] }],
  },
  {
    id: 'v-multi-017',
    text: 'I can do $100 today and $100 every Friday after that till it\'s done',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-18T17:00:00.000Z', // Fri 2026-12-18 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', amount: '100.00', dates: ['2026-12-18'] }, { intent: 'payment_plan_request' }],
  },
  {
    id: 'v-multi-018',
    text: 'Hello,\n\nWe never signed up for any premium package. Remove us from your mailing list, please.\n\nKind regards,\nOffice Manager\nHarrow Dental',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-06-22T09:00:00.000Z', // Mon 2026-06-22 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }, { intent: 'opt_out' }],
  },
  {
    id: 'v-multi-019',
    text: 'ring me tomorrow and I\'ll pay over the phone with my card',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-16T05:00:00.000Z', // Thu 2026-04-16 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'callback_request' }, { intent: 'promise_to_pay', dates: ['2026-04-17'] }],
  },
  {
    id: 'v-multi-020',
    text: 'Dear Sir,\n\nKindly resend the invoice with our GSTIN mentioned. Payment will be released on 20th.\n\nRegards,\nA. Mehta',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-12T05:30:00.000Z', // Mon 2026-10-12 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }, { intent: 'promise_to_pay', dates: ['2026-10-20'] }],
  },
  {
    id: 'v-multi-021',
    text: 'Número equivocado, no conozco a esa persona. Bórrenme por favor.',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-08-06T10:00:00.000Z', // Thu 2026-08-06 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'wrong_person' }, { intent: 'opt_out' }],
  },
  {
    id: 'v-multi-022',
    text: 'I paid at the bank on Monday. If there is a problem please ring me as I don\'t understand the computer.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-10T09:00:00.000Z', // Thu 2026-09-10 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }, { intent: 'callback_request' }],
  },
  {
    id: 'v-multi-023',
    text: 'El trabajo quedó horrible, the paint is peeling already. Llámame para arreglar esto',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-05-16T23:00:00.000Z', // Sat 2026-05-16 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'quality' }, { intent: 'callback_request' }],
  },
  {
    id: 'v-multi-024',
    text: 'J\'ai perdu mon travail le mois dernier. Est-ce que je peux payer petit à petit ?',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-11-30T18:00:00.000Z', // Mon 2026-11-30 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'hardship' }, { intent: 'payment_plan_request' }],
  },
  {
    id: 'v-multi-025',
    text: 'Je paierai le 30, mais arrêtez de m\'envoyer des SMS tous les jours',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-06-22T10:00:00.000Z', // Mon 2026-06-22 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-06-30'] }, { intent: 'opt_out' }],
  },
  {
    id: 'v-multi-026',
    text: 'C\'est réglé depuis lundi. Vous pouvez m\'envoyer une facture acquittée ?',
    channel: 'whatsapp',
    language: 'fr',
    receivedAt: '2026-02-11T16:00:00.000Z', // Wed 2026-02-11 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'paid_already' }, { intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'v-multi-027',
    text: 'Lost my job in Jan so I\'m stretched, but I can do half on the 15th and the rest end of month',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-09T23:00:00.000Z', // Mon 2026-03-09 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }, { intent: 'promise_to_pay', dates: ['2026-03-15', '2026-03-31'] }],
  },
  {
    id: 'v-multi-028',
    text: 'Le puedo dar 500 pesos el viernes y luego 500 cada quincena',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-01-20T18:00:00.000Z', // Tue 2026-01-20 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'promise_to_pay', amount: '500.00', dates: ['2026-01-23'] }, { intent: 'payment_plan_request' }],
  },
  {
    id: 'v-multi-029',
    text: 'Cerraron la fábrica donde trabajaba. ¿Me dejan pagar poco a poco?',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-07-09T01:00:00.000Z', // Wed 2026-07-08 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'hardship' }, { intent: 'payment_plan_request' }],
  },
  {
    id: 'v-multi-030',
    text: 'Why is there a $35 admin fee on this? Also what\'s the invoice actually for',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-22T18:00:00.000Z', // Sat 2026-08-22 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }, { intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'v-multi-031',
    text: 'Can someone give me a bell about setting up weekly payments?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-01T23:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'callback_request' }, { intent: 'payment_plan_request' }],
  },
  {
    id: 'v-multi-032',
    text: 'Please stop the texts, I\'m on chemo and every reminder sets me off',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-03T12:00:00.000Z', // Tue 2026-03-03 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }, { intent: 'hardship' }],
  },
  {
    id: 'v-multi-033',
    text: 'Pls send your bank acct, will transfer tmr',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-05-27T14:00:00.000Z', // Wed 2026-05-27 local
    timeZone: 'Asia/Singapore',
    intents: [{ intent: 'question', questionKind: 'bank_details' }, { intent: 'promise_to_pay', dates: ['2026-05-28'] }],
  },
  {
    id: 'v-multi-034',
    text: 'Sir I met with an accident and am on bed rest. Please call me, I cannot type much.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-05T06:30:00.000Z', // Mon 2026-01-05 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'hardship' }, { intent: 'callback_request' }],
  },
  {
    id: 'v-multi-035',
    text: 'Dear Sirs,\n\nThe sum of £1,200 was paid on 5 May in respect of the April invoice. The present invoice charges for services after termination of the agreement, liability for which is denied.\n\nYours faithfully,\nBaxter Reid LLP',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-06-29T09:00:00.000Z', // Mon 2026-06-29 local
    timeZone: 'Europe/London',
    subject: 'Your invoice INV-4821',
    intents: [{ intent: 'paid_already' }, { intent: 'dispute', reason: 'other' }],
  },
  {
    id: 'v-multi-036',
    text: 'Hi guys,\n\nLong week! Quick one: I\'ll pay the lot on the 28th, that\'s when our big client pays us. Before I do though, could someone give me a call? I want to check the balance is right after the credit you promised us for the late delivery.\n\nThanks heaps,\nMel\nMel\'s Tiles',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-14T05:00:00.000Z', // Wed 2026-10-14 local
    timeZone: 'Australia/Sydney',
    subject: 'Re: Friendly reminder - INV-3307',
    intents: [
      { intent: 'promise_to_pay', dates: ['2026-10-28'] },
      { intent: 'callback_request' },
      { intent: 'question', questionKind: 'other' },
    ],
  },
  {
    id: 'v-multi-037',
    text: 'Wrong number. And who gave you this number?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-07T19:00:00.000Z', // Sat 2026-02-07 local
    timeZone: 'America/Chicago',
    intents: [{ intent: 'wrong_person' }, { intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'v-multi-038',
    text: 'La factura 233 la pago el lunes, pero la 234 no, porque ese pedido nunca llegó',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-05-15T09:00:00.000Z', // Fri 2026-05-15 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-05-18'] }, { intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'v-multi-039',
    text: 'Paid what I could ($50) yesterday. Lost my job last week so that\'s all I\'ve got for now',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-14T01:00:00.000Z', // Fri 2026-11-13 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }, { intent: 'hardship' }],
  },
  {
    id: 'v-multi-040',
    text: 'Vous m\'avez prélevé deux fois ! Rappelez-moi au plus vite.',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-09-03T08:00:00.000Z', // Thu 2026-09-03 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'dispute', reason: 'duplicate' }, { intent: 'callback_request' }],
  },
  {
    id: 'v-multi-041',
    text: 'Will pay $2,150.00 (undisputed portion) on 9/30. Balance of $380.00 disputed: freight charges not agreed.\n\nAP Dept.\nHudson Valley Produce',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-09-22T14:00:00.000Z', // Tue 2026-09-22 local
    timeZone: 'America/New_York',
    subject: 'RE: Statement of account',
    intents: [
      { intent: 'promise_to_pay', amount: '2150.00', dates: ['2026-09-30'] },
      { intent: 'dispute', reason: 'wrong_amount' },
    ],
  },
  {
    id: 'v-multi-042',
    text: 'Paid the first instalment, can we keep going at $200 a month?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-04-01T19:00:00.000Z', // Wed 2026-04-01 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'paid_already' }, { intent: 'payment_plan_request' }],
  },
];
