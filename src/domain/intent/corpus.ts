// Labelled customer replies to Remit's collections reminders (email, SMS, WhatsApp): the corpus the
// intent reader is trained and evaluated on. A separate held-out set, written in a different voice, lives in
// test/fixtures/intent/holdout.ts and must never be used for training.
//
// Each message carries what a careful clerk would say it means (LabelledReply in ./types). The comment
// after receivedAt gives the local weekday and date in the message's timeZone, the day relative dates
// resolve from.
//
// Labelling conventions (what a careful clerk would say; the classifier is measured against them)
//
// General
// - `intents` lists every intent that holds, in the order the message states them; `other` only when
//   nothing else holds (thanks, ok, emoji, chatter, questions unrelated to the invoice).
// - "Today" is the local calendar date of `receivedAt` in `timeZone` (it may differ from the UTC date).
//   All dates (promise `dates`, auto_reply `returnDate`) are local days YYYY-MM-DD in `timeZone`.
//
// Promise dates (promise_to_pay `dates`)
// - "today", "now", "tonight", "this evening", "hoy", "ce soir": today.
// - "tomorrow", "tmrw", "tmr", "mañana", "demain": today + 1; "the day after tomorrow": today + 2.
// - a weekday ("Friday", "fri", "by Friday", "el viernes", "vendredi"): the first such day strictly
//   after today (said on a Friday, "Friday" is 7 days later); only "today" means today.
// - "next <weekday>": the same as the bare weekday, the first <weekday> strictly after today.
// - "after the weekend": the first Monday strictly after today.
// - "this week", "end of the week": the Friday of the current ISO week (Monday start), or today when
//   that Friday has already passed (Saturday, Sunday).
// - "next week", "la semana que viene", "la semaine prochaine": the Friday of the next ISO week.
// - "in N days": today + N; "in a week" = today + 7; "in 2 weeks", "in a fortnight" = today + 14.
// - "end of the month", "end of month", "fin de mes", "fin du mois": the last day of the current
//   month, or the last day of next month when today is already the last day.
// - "the 15th", "el 15", "le 15": the next 15th on or after today (months without that day are skipped).
// - "the 1st of next month", "start of next month", "early next month": the 1st of next month.
// - an explicit day and month ("15/12", "Dec 20", "5 Jan", "20 de diciembre"): that day this year, or
//   next year when it has already passed. Numeric dates are month/day for English messages in an
//   America/* zone and day/month otherwise (en-GB, en-AU, en-IN, UTC, es including Mexico, fr).
// - "payday", "when I get paid", "next month", "when my refund comes" with no day: promise_to_pay with
//   `dates: []` (a vague promise).
// - "I can't pay until the 15th" is a promise for the 15th; "can I pay on the 3rd?" is a promise too.
// - a split promise ("half now and the rest on the 30th", "$200 tomorrow and the rest next week") has one
//   date per part, in order: [today, the 30th].
// - `amount`: the first amount the message states for the promise, as a plain decimal string
//   ("$1,250.00" -> "1250.00", "1.250,00 €" -> "1250.00", "£200" -> "200.00"); omitted when none is stated.
// - a conditional without a day ("we will pay once it arrives") is not a promise.
//
// Auto-replies
// - auto_reply: machine-sent text (out-of-office, "mailbox not monitored", ticket acknowledgements,
//   driving-mode SMS, WhatsApp Business away messages), with or without Auto-Submitted / X-Autoreply /
//   Precedence headers. `returnDate` is the day the text names as the end of the absence ("until
//   14 December" -> 14 December, "back on Monday", "will return on 4 May"), resolved like promise dates
//   (a bare weekday is the first one strictly after today); omitted when no day is given.
//
// Disputes (`reason`)
// - wrong_amount: price, quantity, fees, missing discount. not_received: the goods or service never arrived
//   or was never performed ("I never received it"); NOT the invoice document itself. quality: faulty,
//   damaged, badly done. already_returned: sent or handed back. not_ordered: never ordered / never signed
//   up / unrequested extras. duplicate: billed twice, the same invoice again (even when the customer
//   mentions having paid the original). other: refusal without a reason ("I won't pay this", "not paying"),
//   "I dispute this", warranty or contract arguments.
//
// Questions (`questionKind`)
// - questions and requests about the invoice, the account or paying it. invoice_copy: resend / copy /
//   itemised invoice / receipt ("never got the invoice, can you send it?"). bank_details: account number,
//   IBAN, sort code, RIB. payment_methods: card, PayPal, cheque, "how do I pay?". who_is_this: "who is
//   this?", "is this a scam?", "what company is this?". other: what the invoice is for, balance, due date.
// - "did you receive my payment?" is paid_already (the customer says they paid), not a separate question.
//
// Others
// - opt_out: any request to stop receiving messages or to be removed, wherever it appears in the message:
//   STOP, STOPALL, UNSUBSCRIBE, and CANCEL / END / QUIT / REMOVE as a bare keyword, "stop texting me",
//   "don't contact me again", "remove me from your list", "no more messages", "take me off", "please stop
//   sending reminders", BAJA, "no me escriban más", "ne me contactez plus". NOT opt_out: "stop by the
//   office", "can't stop thinking about it", "cancel my order", "don't stop the deliveries", "hold off on
//   reminders until then" (a pause until a promised day), "don't chase payment for work not done".
// - wrong_person: the message reached someone who is not the debtor ("wrong number", "I'm not Ada",
//   "Ada doesn't work here anymore", wrong company or email).
// - callback_request: asks to be phoned or to speak to a person ("please call me", "ring me").
// - hardship: job loss, illness, bereavement, no money; asking for a plan adds payment_plan_request and a
//   dated promise adds promise_to_pay.
// - payment_plan_request: instalments, monthly or weekly payments, splitting the balance.

import { intentCorpusFresh } from './corpusFresh';
import { intentCorpusFresh3 } from './corpusFresh3';
import { intentCorpusVoices } from './corpusVoices';
import type { LabelledReply } from './types';

const clerkCorpus: LabelledReply[] = [
  {
    id: 'en-paid-001',
    text: 'pd',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-23T16:46:00.000Z', // Fri 2026-10-23 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-002',
    text: 'paid',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-17T23:30:00.000Z', // Tue 2026-08-18 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-003',
    text: 'Paid yesterday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-11T21:02:00.000Z', // Thu 2026-03-12 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-004',
    text: 'already paid this',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-11T07:34:00.000Z', // Fri 2026-12-11 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-005',
    text: 'I paid this last week??',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-15T17:44:00.000Z', // Sun 2026-11-15 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-006',
    text: 'Hi, this was paid on Monday via bank transfer 👍',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-01-05T21:15:00.000Z', // Mon 2026-01-05 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-007',
    text: 'ALREADY PAID',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-05T14:31:00.000Z', // Mon 2026-01-05 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-008',
    text: 'payed it this morning',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-23T13:32:00.000Z', // Tue 2026-06-23 local
    timeZone: 'UTC',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-009',
    text: 'Sent the money last night',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-24T15:50:00.000Z', // Sun 2026-05-24 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-010',
    text: 'done ✅ just transferred it',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-12-05T08:14:00.000Z', // Sat 2026-12-05 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-011',
    text: 'Hi there,\n\nThis invoice was settled on the 3rd by BACS. Please check your records and update the account.\n\nKind regards,\nPriya',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-02-12T09:17:00.000Z', // Thu 2026-02-12 local
    timeZone: 'Europe/London',
    subject: 'RE: Your invoice INV-1742',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-012',
    text: 'Hello,\n\nWe paid INV-1001 in full on Friday. The remittance advice is attached. Please confirm receipt.\n\nThanks,\nAccounts Payable\nBrightlane Ltd',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-05T13:01:00.000Z', // Thu 2026-11-05 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-013',
    text: 'i already payed u guys',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-09T16:55:00.000Z', // Thu 2026-04-09 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-014',
    text: 'Paid in full. Check your account',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-19T06:02:00.000Z', // Sat 2026-12-19 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-015',
    text: 'I paid it through the link you sent yesterday, got a confirmation email and everything',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-10-17T06:56:00.000Z', // Sat 2026-10-17 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-016',
    text: 'Did you receive my payment? I sent it Tuesday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-12T05:57:00.000Z', // Thu 2026-02-12 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-017',
    text: 'Good morning,\n\nCould you confirm you have received our payment of $1,250.00? It left our account on the 28th.\n\nBest,\nMarcus',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-07-13T23:59:00.000Z', // Mon 2026-07-13 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-018',
    text: 'this was paid already mate',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-28T01:35:00.000Z', // Thu 2026-05-28 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-019',
    text: 'Paid by card on the phone with your colleague earlier today',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-27T02:53:00.000Z', // Wed 2026-08-26 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-020',
    text: 'hi! payment went through on my end, reference 88213',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-02-20T10:54:00.000Z', // Fri 2026-02-20 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-021',
    text: 'Cheque was posted last Thursday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-30T07:41:00.000Z', // Sun 2026-08-30 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-022',
    text: 'Hi,\n\nI believe this has already been paid. My bank statement shows the payment to Remit Billing on 12 March.\n\nRegards,\nTom Hughes',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-18T09:12:00.000Z', // Wed 2026-03-18 local
    timeZone: 'Europe/London',
    subject: 'Re: Invoice INV-4627 from Northwind Supplies',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-023',
    text: 'Why am I getting this? I paid it 2 weeks ago',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-05T00:42:00.000Z', // Mon 2026-10-05 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-024',
    text: 'i paid it on the 1st',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-23T22:43:00.000Z', // Thu 2026-07-23 local
    timeZone: 'UTC',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-025',
    text: 'Paid 🙏',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-07-14T18:51:00.000Z', // Tue 2026-07-14 local
    timeZone: 'UTC',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-026',
    text: 'Paid via PayPal just now',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-24T03:01:00.000Z', // Tue 2026-02-24 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-027',
    text: 'its been paid',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-06T00:09:00.000Z', // Mon 2026-10-05 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-028',
    text: 'My husband paid this on Saturday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-19T12:40:00.000Z', // Mon 2026-10-19 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-029',
    text: 'To whom it may concern,\n\nPayment for the above invoice was made by wire transfer on 2 February. Our transaction reference is WT-55102. Kindly update your records, as the invoice is closed on our side.\n\nYours faithfully,\nH. Okafor\nFinance Department',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-02-09T10:40:00.000Z', // Mon 2026-02-09 local
    timeZone: 'Europe/London',
    subject: 'Re: Invoice INV-4431 from Northwind Supplies',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-030',
    text: 'Paid at the counter in store today, have the receipt',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-23T18:19:00.000Z', // Mon 2026-03-23 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-031',
    text: 'Already settled this with Zelle on the 10th',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-11-27T23:18:00.000Z', // Fri 2026-11-27 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-032',
    text: 'I PAID THIS ALREADY. CHECK YOUR RECORDS',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-16T16:04:00.000Z', // Mon 2026-02-16 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-033',
    text: 'Paid. Receipt no. 44719',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-29T10:17:00.000Z', // Sun 2026-03-29 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-034',
    text: 'Hi Remit team,\n\nJust a heads up that we paid this one yesterday afternoon - should show up in 1-2 business days.\n\nCheers,\nJess',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-09-29T22:18:00.000Z', // Tue 2026-09-29 local
    timeZone: 'America/New_York',
    subject: 'RE: Your invoice INV-2860',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-035',
    text: 'transfer done this am',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-01T06:12:00.000Z', // Fri 2026-05-01 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-036',
    text: 'paid in full on 15/01',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-20T13:05:00.000Z', // Tue 2026-01-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-037',
    text: 'Hey, I paid the balance online. Can you check it came through?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-08-16T03:28:00.000Z', // Sat 2026-08-15 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-038',
    text: 'Ive paid',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-18T13:42:00.000Z', // Fri 2026-09-18 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-039',
    text: 'Payment made via UPI today, txn id 6123****8891',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-20T09:00:00.000Z', // Fri 2026-02-20 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-040',
    text: 'Hello,\n\nPlease note that this invoice was paid in full through your online portal on Monday. I have the confirmation number if you need it.\n\nThank you,\nLinda Park',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-12T04:48:00.000Z', // Sun 2026-10-11 local
    timeZone: 'America/Los_Angeles',
    subject: 'Re: Invoice INV-1863 is overdue',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-041',
    text: 'Paid it already, pls update',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-03T11:10:00.000Z', // Fri 2026-07-03 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-042',
    text: 'The money is in your account since Friday',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-08-18T13:59:00.000Z', // Tue 2026-08-18 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-043',
    text: 'Settled. Thanks',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-20T18:12:00.000Z', // Sun 2026-12-20 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-paid-044',
    text: 'paid it off through my banking app a few mins ago',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-09T01:08:00.000Z', // Sun 2026-02-08 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'en-ptp-001',
    text: 'will pay fri',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-04T12:37:00.000Z', // Fri 2026-09-04 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-09-11'] }],
  },
  {
    id: 'en-ptp-002',
    text: 'Will pay Friday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-02T11:25:00.000Z', // Thu 2026-07-02 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-07-03'] }],
  },
  {
    id: 'en-ptp-003',
    text: 'ill pay it tomorrow',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-21T16:24:00.000Z', // Wed 2026-10-21 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-10-22'] }],
  },
  {
    id: 'en-ptp-004',
    text: 'Paying tomorrow morning',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-02T16:52:00.000Z', // Tue 2026-06-02 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-06-03'] }],
  },
  {
    id: 'en-ptp-005',
    text: 'I will pay next Friday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-02T04:24:00.000Z', // Fri 2026-10-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-10-09'] }],
  },
  {
    id: 'en-ptp-006',
    text: 'I\'ll sort it by the end of the month 👍',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-01-21T18:22:00.000Z', // Wed 2026-01-21 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-01-31'] }],
  },
  {
    id: 'en-ptp-007',
    text: 'end of month',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-31T16:05:00.000Z', // Sat 2026-01-31 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-02-28'] }],
  },
  {
    id: 'en-ptp-008',
    text: 'Will pay end of the month',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-27T16:40:00.000Z', // Fri 2026-02-27 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-02-28'] }],
  },
  {
    id: 'en-ptp-009',
    text: 'Hi,\n\nApologies for the delay. We will make the payment by the end of the month when our payment run goes out.\n\nKind regards,\nSophie',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-02-28T09:30:00.000Z', // Sat 2026-02-28 local
    timeZone: 'Europe/London',
    subject: 'RE: Your invoice INV-4341',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-03-31'] }],
  },
  {
    id: 'en-ptp-010',
    text: 'can pay on the 15th',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-11T02:18:00.000Z', // Thu 2026-12-10 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-15'] }],
  },
  {
    id: 'en-ptp-011',
    text: 'I can\'t pay until the 15th',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-26T01:44:00.000Z', // Mon 2026-10-26 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-15'] }],
  },
  {
    id: 'en-ptp-012',
    text: 'Cant pay until the 15th sorry',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-02T12:08:00.000Z', // Mon 2026-02-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-02-15'] }],
  },
  {
    id: 'en-ptp-013',
    text: 'Will pay on 15/12',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-04T10:15:00.000Z', // Fri 2026-12-04 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-15'] }],
  },
  {
    id: 'en-ptp-014',
    text: 'will pay 12/15',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-05T00:10:00.000Z', // Fri 2026-12-04 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-15'] }],
  },
  {
    id: 'en-ptp-015',
    text: 'Hello,\n\nWe will settle this invoice on Dec 20. Please hold off on any further reminders until then.\n\nThanks,\nGreg',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-08T14:45:00.000Z', // Tue 2026-12-08 local
    timeZone: 'America/New_York',
    subject: 'RE: Overdue balance on your account',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-20'] }],
  },
  {
    id: 'en-ptp-016',
    text: 'Dec 20 is when I can pay',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-28T04:30:00.000Z', // Fri 2026-11-27 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-20'] }],
  },
  {
    id: 'en-ptp-017',
    text: 'will pay next week',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-05T10:35:00.000Z', // Thu 2026-11-05 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-13'] }],
  },
  {
    id: 'en-ptp-018',
    text: 'Next week for sure',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-07T06:11:00.000Z', // Sat 2026-11-07 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-13'] }],
  },
  {
    id: 'en-ptp-019',
    text: 'I can pay in 10 days',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-19T15:11:00.000Z', // Thu 2026-02-19 local
    timeZone: 'UTC',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-03-01'] }],
  },
  {
    id: 'en-ptp-020',
    text: 'give me 5 days and it will be paid',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-12-14T15:02:00.000Z', // Mon 2026-12-14 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-19'] }],
  },
  {
    id: 'en-ptp-021',
    text: 'will pay on payday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-12T19:33:00.000Z', // Sun 2026-07-12 local
    timeZone: 'UTC',
    intents: [{ intent: 'promise_to_pay', dates: [] }],
  },
  {
    id: 'en-ptp-022',
    text: 'I\'ll pay when I get paid',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-11T10:43:00.000Z', // Tue 2026-08-11 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'promise_to_pay', dates: [] }],
  },
  {
    id: 'en-ptp-023',
    text: 'after the weekend',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-15T16:20:00.000Z', // Fri 2026-05-15 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-05-18'] }],
  },
  {
    id: 'en-ptp-024',
    text: 'I\'ll pay it after the weekend',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-07T02:00:00.000Z', // Fri 2026-08-07 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-08-10'] }],
  },
  {
    id: 'en-ptp-025',
    text: 'I\'ll pay half now and the rest on the 30th',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-12T13:00:00.000Z', // Fri 2026-06-12 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-06-12', '2026-06-30'] }],
  },
  {
    id: 'en-ptp-026',
    text: 'Can do half today and the other half on the 30th if thats ok',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-09-18T14:30:00.000Z', // Fri 2026-09-18 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-09-18', '2026-09-30'] }],
  },
  {
    id: 'en-ptp-027',
    text: 'paying today',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-03T08:59:00.000Z', // Tue 2026-11-03 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-03'] }],
  },
  {
    id: 'en-ptp-028',
    text: 'Will pay tonight',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-01T00:29:00.000Z', // Sun 2026-02-01 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-02-01'] }],
  },
  {
    id: 'en-ptp-029',
    text: 'paying it now',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-23T11:37:00.000Z', // Wed 2026-12-23 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-23'] }],
  },
  {
    id: 'en-ptp-030',
    text: 'Will pay $500 on Friday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-23T16:57:00.000Z', // Sun 2026-08-23 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', amount: '500.00', dates: ['2026-08-28'] }],
  },
  {
    id: 'en-ptp-031',
    text: 'I can send £200 tomorrow and the rest next week',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-23T07:49:00.000Z', // Wed 2026-12-23 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', amount: '200.00', dates: ['2026-12-24', '2027-01-01'] }],
  },
  {
    id: 'en-ptp-032',
    text: 'Hi Ada,\n\nSorry this slipped through. I\'ll transfer the full $1,250.00 on Monday.\n\nBest regards,\nDaniel',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-05-20T19:42:00.000Z', // Wed 2026-05-20 local
    timeZone: 'America/New_York',
    subject: 'RE: Your invoice INV-4650',
    intents: [{ intent: 'promise_to_pay', amount: '1250.00', dates: ['2026-05-25'] }],
  },
  {
    id: 'en-ptp-033',
    text: 'wil pay on tuesday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-27T14:41:00.000Z', // Mon 2026-04-27 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-04-28'] }],
  },
  {
    id: 'en-ptp-034',
    text: 'Thurs',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-25T14:25:00.000Z', // Sat 2026-07-25 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-07-30'] }],
  },
  {
    id: 'en-ptp-035',
    text: 'should be able to pay wed',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-12T23:59:00.000Z', // Sat 2026-06-13 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-06-17'] }],
  },
  {
    id: 'en-ptp-036',
    text: 'PAYING FRIDAY',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-18T23:48:00.000Z', // Sun 2026-04-19 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-04-24'] }],
  },
  {
    id: 'en-ptp-037',
    text: 'Hiya, I get paid on the 25th so I’ll clear it then x',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-04-30T07:36:00.000Z', // Thu 2026-04-30 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-05-25'] }],
  },
  {
    id: 'en-ptp-038',
    text: 'will pay by the 1st',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-24T12:49:00.000Z', // Tue 2026-02-24 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-03-01'] }],
  },
  {
    id: 'en-ptp-039',
    text: 'Dear Sir/Madam,\n\nThank you for the reminder. Our accounts team processes supplier payments on the last working day of the month; this invoice is scheduled for that run, i.e. the end of the month.\n\nYours sincerely,\nR. Patel\nAccounts Payable',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-24T05:30:00.000Z', // Tue 2026-03-24 local
    timeZone: 'Asia/Kolkata',
    subject: 'RE: Overdue balance on your account',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-03-31'] }],
  },
  {
    id: 'en-ptp-040',
    text: 'I will pay it this week',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-12T21:00:00.000Z', // Thu 2026-03-12 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-03-13'] }],
  },
  {
    id: 'en-ptp-041',
    text: 'by end of the week',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-21T00:07:00.000Z', // Sat 2026-11-21 local
    timeZone: 'UTC',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-21'] }],
  },
  {
    id: 'en-ptp-042',
    text: 'payment will go out Monday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-30T13:15:00.000Z', // Tue 2026-06-30 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-07-06'] }],
  },
  {
    id: 'en-ptp-043',
    text: 'Hey! Totally forgot, will pay tmrw 🙈',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-09-10T12:53:00.000Z', // Thu 2026-09-10 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-09-11'] }],
  },
  {
    id: 'en-ptp-044',
    text: 'tmr',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-10T09:36:00.000Z', // Tue 2026-11-10 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-11'] }],
  },
  {
    id: 'en-ptp-045',
    text: 'Can I pay on the 3rd? thats when my pension comes in',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-11T21:08:00.000Z', // Mon 2026-10-12 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-03'] }],
  },
  {
    id: 'en-ptp-046',
    text: 'Will settle in 2 weeks',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-07T11:44:00.000Z', // Wed 2026-10-07 local
    timeZone: 'UTC',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-10-21'] }],
  },
  {
    id: 'en-ptp-047',
    text: 'gonna pay saturday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-08T12:28:00.000Z', // Wed 2026-04-08 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-04-11'] }],
  },
  {
    id: 'en-ptp-048',
    text: 'Hi,\n\nOur payment run is on Thursday, so you should see the funds on Thursday.\n\nRegards,\nKaren\nOffice Manager',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-01T14:48:00.000Z', // Thu 2026-10-01 local
    timeZone: 'UTC',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-10-08'] }],
  },
  {
    id: 'en-ptp-049',
    text: 'I’ll pay on Jan 5',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-28T20:20:00.000Z', // Mon 2026-12-28 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2027-01-05'] }],
  },
  {
    id: 'en-ptp-050',
    text: 'will pay on 5 Jan',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-29T12:40:00.000Z', // Tue 2026-12-29 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2027-01-05'] }],
  },
  {
    id: 'en-ptp-051',
    text: 'will pay $250 today and $250 on the 15th',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-09T15:50:00.000Z', // Thu 2026-04-09 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'promise_to_pay', amount: '250.00', dates: ['2026-04-09', '2026-04-15'] }],
  },
  {
    id: 'en-ptp-052',
    text: 'will do it in 3 days',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-15T00:43:00.000Z', // Sun 2026-02-15 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-02-18'] }],
  },
  {
    id: 'en-ptp-053',
    text: 'I can pay Sunday',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-09-26T13:57:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-09-27'] }],
  },
  {
    id: 'en-ptp-054',
    text: 'Sorry been away, paying first thing tomorrow',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-27T19:28:00.000Z', // Tue 2026-01-27 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-01-28'] }],
  },
  {
    id: 'en-ptp-055',
    text: 'Hello,\n\nI will be paying this on 28/02 once our client pays us.\n\nThanks for your patience,\nOliver',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-02-16T14:10:00.000Z', // Mon 2026-02-16 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-02-28'] }],
  },
  {
    id: 'en-ptp-056',
    text: 'Can pay 2/28',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-20T02:55:00.000Z', // Thu 2026-02-19 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-02-28'] }],
  },
  {
    id: 'en-ptp-057',
    text: 'promise ill pay by friday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-23T13:54:00.000Z', // Wed 2026-12-23 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-25'] }],
  },
  {
    id: 'en-ptp-058',
    text: 'i can pay 100 tomorrow',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-04T03:09:00.000Z', // Sun 2026-05-03 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', amount: '100.00', dates: ['2026-05-04'] }],
  },
  {
    id: 'en-ptp-059',
    text: 'Will be paid before the end of the month',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-29T23:10:00.000Z', // Wed 2026-12-30 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-31'] }],
  },
  {
    id: 'en-ptp-060',
    text: 'end of month pls',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-01T04:05:00.000Z', // Thu 2026-04-30 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-05-31'] }],
  },
  {
    id: 'en-ptp-061',
    text: 'I’ll pay this on the 20th when my salary lands',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-04-08T22:35:00.000Z', // Wed 2026-04-08 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-04-20'] }],
  },
  {
    id: 'en-ptp-062',
    text: 'ok will pay monday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-08T22:28:00.000Z', // Fri 2026-05-08 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-05-11'] }],
  },
  {
    id: 'en-ptp-063',
    text: 'can do sat',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-06T01:15:00.000Z', // Thu 2026-03-05 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-03-07'] }],
  },
  {
    id: 'en-ptp-064',
    text: 'Can you give me till next friday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-07T13:27:00.000Z', // Fri 2026-08-07 local
    timeZone: 'UTC',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-08-14'] }],
  },
  {
    id: 'en-ptp-065',
    text: 'I will transfer ₹15,000 tomorrow',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-29T09:37:00.000Z', // Mon 2026-06-29 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'promise_to_pay', amount: '15000.00', dates: ['2026-06-30'] }],
  },
  {
    id: 'en-ptp-066',
    text: 'Paying it this evening',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-11T11:28:00.000Z', // Sat 2026-07-11 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-07-11'] }],
  },
  {
    id: 'en-ptp-067',
    text: 'Hi team,\n\nFunds are tight this week but I can pay the invoice on the 10th.\n\nThanks,\nAmelia',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-04-11T03:02:00.000Z', // Sat 2026-04-11 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-05-10'] }],
  },
  {
    id: 'en-ptp-068',
    text: 'Will pay in a week',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-16T15:21:00.000Z', // Sat 2026-05-16 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-05-23'] }],
  },
  {
    id: 'en-ptp-069',
    text: 'I will pay it on the 31st',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-14T08:00:00.000Z', // Wed 2026-10-14 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-10-31'] }],
  },
  {
    id: 'en-ptp-070',
    text: 'I\'ll pay it when I get my tax refund',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-28T03:45:00.000Z', // Fri 2026-03-27 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: [] }],
  },
  {
    id: 'en-ptp-071',
    text: 'next week latest',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-08-16T07:07:00.000Z', // Sun 2026-08-16 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-08-21'] }],
  },
  {
    id: 'en-ptp-072',
    text: 'will make the payment on Wednesday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-20T13:07:00.000Z', // Sun 2026-09-20 local
    timeZone: 'UTC',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-09-23'] }],
  },
  {
    id: 'en-ptp-073',
    text: 'Thanks! Will pay it on Friday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-02T08:57:00.000Z', // Thu 2026-04-02 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-04-03'] }],
  },
  {
    id: 'en-ptp-074',
    text: 'stop by the office on monday and ill have a cheque ready for you',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-31T21:59:00.000Z', // Sun 2026-05-31 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-06-01'] }],
  },
  {
    id: 'en-ptp-075',
    text: 'I will pay $300 on Friday and the rest at the end of the month',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-14T17:30:00.000Z', // Tue 2026-07-14 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', amount: '300.00', dates: ['2026-07-17', '2026-07-31'] }],
  },
  {
    id: 'en-disp-001',
    text: 'The amount is wrong, we agreed $800 not $1,250',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-26T14:50:00.000Z', // Sat 2026-09-26 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'en-disp-002',
    text: 'Hi,\n\nThe invoice total does not match the quote. We were quoted £450 + VAT and this shows £620. Please reissue with the correct figure.\n\nRegards,\nBen',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-21T22:15:00.000Z', // Sat 2026-11-21 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'en-disp-003',
    text: 'u overcharged me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-21T14:40:00.000Z', // Wed 2026-01-21 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'en-disp-004',
    text: 'This is way more than what we agreed on',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-14T17:28:00.000Z', // Sat 2026-11-14 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'en-disp-005',
    text: 'Hi, the invoice is missing the 10% discount we agreed',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-06-09T19:28:00.000Z', // Tue 2026-06-09 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'en-disp-006',
    text: 'Wrong amount. I only had 2 hours labour not 4',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-09T22:14:00.000Z', // Sat 2026-05-09 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'en-disp-007',
    text: 'Hello,\n\nYou have charged us for 12 licences but we only have 8 users. Please correct the invoice and send a revised copy.\n\nThanks,\nNadia',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-05-10T14:22:00.000Z', // Sun 2026-05-10 local
    timeZone: 'Asia/Kolkata',
    subject: 'Re: Payment reminder',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'en-disp-008',
    text: 'why is there a late fee on this? i was never told about a fee',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-06T10:40:00.000Z', // Mon 2026-07-06 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'en-disp-009',
    text: 'The price on this invoice is incorrect',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-12T23:58:00.000Z', // Sat 2026-09-12 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'en-disp-010',
    text: 'I never received it',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-10T19:51:00.000Z', // Tue 2026-02-10 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'en-disp-011',
    text: 'never got the parcel',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-20T13:47:00.000Z', // Fri 2026-02-20 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'en-disp-012',
    text: 'I haven’t received the order yet so I’m not paying for something I don’t have',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-04-05T03:57:00.000Z', // Sun 2026-04-05 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'en-disp-013',
    text: 'Hi,\n\nWe have not received the goods on this invoice. The tracking shows it stuck at the depot since last week. We will pay once it arrives.\n\nKind regards,\nStores Team',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-08-09T11:56:00.000Z', // Sun 2026-08-09 local
    timeZone: 'Asia/Kolkata',
    subject: 'RE: Overdue balance on your account',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'en-disp-014',
    text: 'Still waiting on the delivery, why am I being billed',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-09T00:31:00.000Z', // Sat 2026-05-09 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'en-disp-015',
    text: 'The plumber never turned up',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-14T23:02:00.000Z', // Mon 2026-12-14 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'en-disp-016',
    text: 'Good afternoon,\n\nThe installation on this invoice has not been carried out yet - your engineer cancelled twice. Please do not chase payment for work that has not been done.\n\nMichael',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-02T00:02:00.000Z', // Mon 2026-03-02 local
    timeZone: 'Europe/London',
    subject: 'Re: Payment reminder',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'en-disp-017',
    text: 'havent recieved anything from u',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-25T11:02:00.000Z', // Sat 2026-04-25 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'en-disp-018',
    text: 'nothing was delivered',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-14T16:08:00.000Z', // Sat 2026-03-14 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'en-disp-019',
    text: 'The product arrived broken',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-21T16:02:00.000Z', // Sat 2026-02-21 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'en-disp-020',
    text: 'The work was done badly, the paint is already peeling off. Not paying until someone fixes it',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-06-05T08:05:00.000Z', // Fri 2026-06-05 local
    timeZone: 'UTC',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'en-disp-021',
    text: 'Hello,\n\nWe are withholding payment on this invoice. Half of the units delivered are faulty and do not power on. We have raised a complaint (ticket 4471) and are waiting for replacements.\n\nRegards,\nQuality Dept',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-01-24T23:57:00.000Z', // Sat 2026-01-24 local
    timeZone: 'Europe/London',
    subject: 'Re: Friendly reminder - INV-2925',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'en-disp-022',
    text: 'the food was cold and half the order was wrong',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-12T13:44:00.000Z', // Wed 2026-08-12 local
    timeZone: 'UTC',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'en-disp-023',
    text: 'Service was terrible. Not paying full price for that',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-10T01:01:00.000Z', // Sat 2026-05-09 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'en-disp-024',
    text: 'Car still makes the same noise after your "repair"',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-16T13:24:00.000Z', // Mon 2026-02-16 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'en-disp-025',
    text: 'the colour is totally different from the sample, it’s unusable',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-11-26T15:11:00.000Z', // Thu 2026-11-26 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'en-disp-026',
    text: 'Damaged on arrival. Sent photos to your support',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-30T15:22:00.000Z', // Thu 2026-04-30 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'en-disp-027',
    text: 'I returned it last month',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-23T15:23:00.000Z', // Thu 2026-07-23 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'already_returned' }],
  },
  {
    id: 'en-disp-028',
    text: 'Hi,\n\nWe sent the items back on 4 May (return ref RMA-2093) and were told a credit note would be issued. Please cancel this invoice.\n\nThank you,\nClaire',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-05-19T09:05:00.000Z', // Tue 2026-05-19 local
    timeZone: 'Europe/London',
    subject: 'RE: Overdue balance on your account',
    intents: [{ intent: 'dispute', reason: 'already_returned' }],
  },
  {
    id: 'en-disp-029',
    text: 'Sent it back weeks ago, waiting on my refund',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-17T12:29:00.000Z', // Sun 2026-05-17 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'already_returned' }],
  },
  {
    id: 'en-disp-030',
    text: 'I gave the machine back to your driver on Tuesday, why am I still getting invoices?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-04-26T23:50:00.000Z', // Sun 2026-04-26 local
    timeZone: 'UTC',
    intents: [{ intent: 'dispute', reason: 'already_returned' }],
  },
  {
    id: 'en-disp-031',
    text: 'returned the equipment already, you have it',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-26T12:07:00.000Z', // Wed 2026-08-26 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'already_returned' }],
  },
  {
    id: 'en-disp-032',
    text: 'The order was returned unopened',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-25T20:18:00.000Z', // Wed 2026-03-25 local
    timeZone: 'UTC',
    intents: [{ intent: 'dispute', reason: 'already_returned' }],
  },
  {
    id: 'en-disp-033',
    text: 'I dropped the rental back at your shop on the 2nd',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-22T21:17:00.000Z', // Fri 2026-05-22 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'already_returned' }],
  },
  {
    id: 'en-disp-034',
    text: 'I never ordered this',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-24T05:44:00.000Z', // Tue 2026-02-24 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }],
  },
  {
    id: 'en-disp-035',
    text: 'didn\'t order anything from you',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-30T02:26:00.000Z', // Sun 2026-03-29 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }],
  },
  {
    id: 'en-disp-036',
    text: 'Hello,\n\nWe have no record of placing this order. Nobody at our company has a purchase order matching INV-2044. Please send proof of the order or cancel the invoice.\n\nProcurement',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-02-16T00:51:00.000Z', // Mon 2026-02-16 local
    timeZone: 'Australia/Sydney',
    subject: 'Re: Payment reminder',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }],
  },
  {
    id: 'en-disp-037',
    text: 'I never signed up for this subscription',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-02T11:23:00.000Z', // Thu 2026-07-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }],
  },
  {
    id: 'en-disp-038',
    text: 'I didnt ask for the extra service, I only booked the basic clean',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-06-21T08:54:00.000Z', // Sun 2026-06-21 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }],
  },
  {
    id: 'en-disp-039',
    text: 'not my order. never bought this',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-22T03:24:00.000Z', // Wed 2026-07-22 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }],
  },
  {
    id: 'en-disp-040',
    text: 'I cancelled this before it shipped, I did not order it in the end',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-12T04:43:00.000Z', // Wed 2026-11-11 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }],
  },
  {
    id: 'en-disp-041',
    text: 'This is a duplicate, you already billed me for this',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-05T00:34:00.000Z', // Wed 2026-02-04 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'duplicate' }],
  },
  {
    id: 'en-disp-042',
    text: 'Hi,\n\nINV-1045 appears to be a duplicate of INV-1038, which we paid in March. Same items, same amount. Please void this one.\n\nBest,\nHelen',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-04-07T19:30:00.000Z', // Tue 2026-04-07 local
    timeZone: 'America/New_York',
    subject: 'Re: Invoice INV-2538 is overdue',
    intents: [{ intent: 'dispute', reason: 'duplicate' }],
  },
  {
    id: 'en-disp-043',
    text: 'you sent the same invoice twice',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-22T06:10:00.000Z', // Wed 2026-04-22 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'dispute', reason: 'duplicate' }],
  },
  {
    id: 'en-disp-044',
    text: 'Charged twice for the same job',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-05T20:39:00.000Z', // Wed 2026-08-05 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'duplicate' }],
  },
  {
    id: 'en-disp-045',
    text: 'This is the same invoice as the one I got last month, just with a new number',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-07-22T11:49:00.000Z', // Wed 2026-07-22 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'dispute', reason: 'duplicate' }],
  },
  {
    id: 'en-disp-046',
    text: 'duplicate invoice',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-17T22:21:00.000Z', // Tue 2026-08-18 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'dispute', reason: 'duplicate' }],
  },
  {
    id: 'en-disp-047',
    text: 'I won\'t pay this',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-24T13:46:00.000Z', // Tue 2026-02-24 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'other' }],
  },
  {
    id: 'en-disp-048',
    text: 'not paying',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-16T02:06:00.000Z', // Sun 2026-08-16 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'dispute', reason: 'other' }],
  },
  {
    id: 'en-disp-049',
    text: 'I dispute this invoice',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-10T13:32:00.000Z', // Mon 2026-08-10 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'dispute', reason: 'other' }],
  },
  {
    id: 'en-disp-050',
    text: 'Hello,\n\nWe are disputing this charge. Please put the account on hold while we look into it internally.\n\nRegards,\nFinance',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-09-30T20:27:00.000Z', // Wed 2026-09-30 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'other' }],
  },
  {
    id: 'en-disp-051',
    text: 'This is a joke, im not paying this',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-06T18:05:00.000Z', // Tue 2026-01-06 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'other' }],
  },
  {
    id: 'en-disp-052',
    text: 'Contract says this is covered by the warranty, so I do not owe anything',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-26T17:50:00.000Z', // Tue 2026-05-26 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'dispute', reason: 'other' }],
  },
  {
    id: 'en-disp-053',
    text: 'I dont agree with this bill at all',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-11-14T00:12:00.000Z', // Fri 2026-11-13 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'other' }],
  },
  {
    id: 'en-q-001',
    text: 'Can you send me the invoice?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-17T20:47:00.000Z', // Tue 2026-11-17 local
    timeZone: 'UTC',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'en-q-002',
    text: 'Hi,\n\nI can’t find this invoice in our system. Could you please resend a PDF copy to accounts@brightlane.co.uk?\n\nThanks,\nEmma',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-02-18T16:31:00.000Z', // Wed 2026-02-18 local
    timeZone: 'Europe/London',
    subject: 'RE: Your invoice INV-4505',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'en-q-003',
    text: 'resend the invoice pls',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-14T21:20:00.000Z', // Sun 2026-06-14 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'en-q-004',
    text: 'Never got the invoice. Can you email it?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-11T21:38:00.000Z', // Thu 2026-06-11 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'en-q-005',
    text: 'link doesnt work, can you send the invoice as a pdf',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-06-11T20:00:00.000Z', // Thu 2026-06-11 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'en-q-006',
    text: 'Can I get an itemised invoice',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-27T06:12:00.000Z', // Sun 2026-12-27 local
    timeZone: 'UTC',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'en-q-007',
    text: 'Hello,\n\nCould you send us a copy of the invoice with our VAT number on it? We need it for our records before we can process payment.\n\nKind regards,\nJulia',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-22T19:47:00.000Z', // Thu 2026-10-22 local
    timeZone: 'Europe/London',
    subject: 'Re: Invoice INV-1387 from Northwind Supplies',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'en-q-008',
    text: 'send me a copy of the bill',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-19T01:27:00.000Z', // Tue 2026-05-19 local
    timeZone: 'UTC',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'en-q-009',
    text: 'can u email me a receipt/invoice for this',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-23T06:02:00.000Z', // Fri 2026-01-23 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'en-q-010',
    text: 'Hi,\n\nPlease could you forward the original invoice and the delivery note? Our AP team needs both.\n\nThanks,\nMo',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-06T12:47:00.000Z', // Sun 2026-12-06 local
    timeZone: 'Europe/London',
    subject: 'RE: Overdue balance on your account',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'en-q-011',
    text: 'What are your bank details?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-08T21:34:00.000Z', // Sun 2026-03-08 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'en-q-012',
    text: 'Hello,\n\nPlease can you send your sort code and account number so we can pay by BACS?\n\nRegards,\nAndrew',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-02T20:09:00.000Z', // Fri 2026-10-02 local
    timeZone: 'Europe/London',
    subject: 'Re: Invoice INV-4542 from Northwind Supplies',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'en-q-013',
    text: 'whats the account number to pay into',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-01T10:36:00.000Z', // Sun 2026-11-01 local
    timeZone: 'UTC',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'en-q-014',
    text: 'Can you send me your IBAN?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-04-10T00:40:00.000Z', // Fri 2026-04-10 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'en-q-015',
    text: 'routing number?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-14T23:51:00.000Z', // Tue 2026-04-14 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'en-q-016',
    text: 'Need your bank details to transfer',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-04T16:13:00.000Z', // Sat 2026-07-04 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'en-q-017',
    text: 'Hi,\n\nWe need your banking details on company letterhead before we can add you as a supplier. Could you send them over?\n\nThanks,\nVendor Management',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-04-05T12:34:00.000Z', // Sun 2026-04-05 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'en-q-018',
    text: 'What is the BSB and account no',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-10T20:19:00.000Z', // Wed 2026-03-11 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'en-q-019',
    text: 'Whats ur IFSC code',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-15T06:11:00.000Z', // Tue 2026-12-15 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'en-q-020',
    text: 'Have your bank details changed? Our system has an old account',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-03-26T20:17:00.000Z', // Thu 2026-03-26 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'en-q-021',
    text: 'Can I pay by card?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-01T14:14:00.000Z', // Sun 2026-11-01 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'en-q-022',
    text: 'do u take paypal',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-19T09:23:00.000Z', // Fri 2026-06-19 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'en-q-023',
    text: 'Can I pay with Apple Pay?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-03-22T08:11:00.000Z', // Sun 2026-03-22 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'en-q-024',
    text: 'How do I pay this?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-06T02:57:00.000Z', // Sat 2026-12-05 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'en-q-025',
    text: 'Hello,\n\nDo you accept payment by cheque? Our company does not do bank transfers for new suppliers.\n\nThanks,\nPeter',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-06-01T04:17:00.000Z', // Mon 2026-06-01 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'en-q-026',
    text: 'Can I pay cash in store?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-14T18:29:00.000Z', // Sat 2026-02-14 local
    timeZone: 'UTC',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'en-q-027',
    text: 'is there a way to pay by direct debit',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-04T16:36:00.000Z', // Sun 2026-10-04 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'en-q-028',
    text: 'do you accept venmo or zelle',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-09T12:59:00.000Z', // Wed 2026-09-09 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'en-q-029',
    text: 'can i pay over the phone',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-12-01T02:31:00.000Z', // Mon 2026-11-30 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'en-q-030',
    text: 'Where do I pay? The link just shows an error',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-06T06:47:00.000Z', // Sat 2026-06-06 local
    timeZone: 'UTC',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'en-q-031',
    text: 'who is this?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-22T13:44:00.000Z', // Tue 2026-12-22 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'en-q-032',
    text: 'Who is this',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-30T04:57:00.000Z', // Tue 2026-06-30 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'en-q-033',
    text: 'who dis',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-09T23:54:00.000Z', // Wed 2026-12-09 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'en-q-034',
    text: 'Is this a scam?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-09T17:31:00.000Z', // Fri 2026-01-09 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'en-q-035',
    text: 'Sorry who are you? What company is this',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-08-22T18:05:00.000Z', // Sat 2026-08-22 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'en-q-036',
    text: 'Hello,\n\nI don’t recognise your company name. Who are you and what is this invoice for?\n\nRegards',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-08-01T05:12:00.000Z', // Fri 2026-07-31 local
    timeZone: 'America/Los_Angeles',
    subject: 'Re: Payment reminder',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'en-q-037',
    text: '???? who is this from',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-27T04:56:00.000Z', // Sun 2026-12-27 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'en-q-038',
    text: 'What company are you with?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-01T21:36:00.000Z', // Sun 2026-11-01 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'en-q-039',
    text: 'is this legit?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-14T21:40:00.000Z', // Mon 2026-12-14 local
    timeZone: 'UTC',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'en-q-040',
    text: 'What is this invoice for?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-01T01:44:00.000Z', // Tue 2026-09-01 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'en-q-041',
    text: 'Hi,\n\nCan you tell me which job this invoice relates to? We had three visits in October.\n\nThanks,\nSam',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-09T19:20:00.000Z', // Mon 2026-11-09 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'en-q-042',
    text: 'how much do i owe in total',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-09T08:48:00.000Z', // Mon 2026-02-09 local
    timeZone: 'UTC',
    intents: [{ intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'en-q-043',
    text: 'When was this due?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-06T22:32:00.000Z', // Fri 2026-02-06 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'en-q-044',
    text: 'Is VAT included in this amount?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-10-10T00:18:00.000Z', // Sat 2026-10-10 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'en-q-045',
    text: 'Whats my account balance',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-24T07:40:00.000Z', // Sun 2026-05-24 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'en-q-046',
    text: 'Is there a late fee if I pay next month?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-31T07:06:00.000Z', // Fri 2026-07-31 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'en-plan-001',
    text: 'can I pay in 3 instalments',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-26T05:27:00.000Z', // Thu 2026-02-26 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-002',
    text: 'Can I pay in installments?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-08T14:31:00.000Z', // Sun 2026-03-08 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-003',
    text: 'is a payment plan possible',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-06T22:37:00.000Z', // Sun 2026-12-06 local
    timeZone: 'UTC',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-004',
    text: 'Hello,\n\nWould it be possible to set up a payment plan for this balance? We could manage a fixed amount each month over the next six months.\n\nKind regards,\nFiona',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-25T07:47:00.000Z', // Wed 2026-03-25 local
    timeZone: 'UTC',
    subject: 'Re: Invoice INV-3418 from Northwind Supplies',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-005',
    text: 'could I pay $100 a month?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-12T00:37:00.000Z', // Sat 2026-07-11 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-006',
    text: 'Hi, any chance I could split this into a few payments?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-12-25T20:58:00.000Z', // Fri 2026-12-25 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-007',
    text: 'Can we do monthly payments',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-11T05:34:00.000Z', // Fri 2026-09-11 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-008',
    text: 'can i pay weekly instead',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-01T13:14:00.000Z', // Fri 2026-05-01 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-009',
    text: 'Could I spread the cost over 3 months?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-21T20:04:00.000Z', // Tue 2026-07-21 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-010',
    text: 'Hi,\n\nWe’d like to propose paying this invoice in four equal monthly instalments. Please let me know if that works for you and I will set up the standing order.\n\nBest,\nGareth',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-11T12:38:00.000Z', // Sun 2026-10-11 local
    timeZone: 'Europe/London',
    subject: 'Re: Payment reminder',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-011',
    text: 'do you offer payment arrangements',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-05T12:38:00.000Z', // Fri 2026-06-05 local
    timeZone: 'UTC',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-012',
    text: 'Can I pay it off bit by bit',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-02T14:23:00.000Z', // Mon 2026-03-02 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-013',
    text: 'Would £50 a week be ok until its cleared?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-03-13T16:19:00.000Z', // Fri 2026-03-13 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-014',
    text: 'Can we work out a plan? I cant do it all at once',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-06T23:00:00.000Z', // Mon 2026-07-06 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-015',
    text: 'pay in parts?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-19T01:05:00.000Z', // Sat 2026-04-18 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-016',
    text: 'Good morning,\n\nIs there any flexibility to pay this over a longer period? Perhaps 12 monthly payments? We value the relationship and want to clear it properly.\n\nRegards,\nIan',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-04-22T10:49:00.000Z', // Wed 2026-04-22 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-017',
    text: 'can i split it in 2',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-20T10:50:00.000Z', // Fri 2026-02-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-018',
    text: 'Any option for EMI on this?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-05T12:34:00.000Z', // Sat 2026-09-05 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-019',
    text: 'Could I set up an instalment plan please',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-04-25T09:07:00.000Z', // Sat 2026-04-25 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-020',
    text: 'Can i pay some each paycheck',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-14T20:45:00.000Z', // Tue 2026-04-14 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-021',
    text: 'would you accept smaller monthly payments',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-07T18:55:00.000Z', // Mon 2026-09-07 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-022',
    text: 'I’d like to set up a repayment plan',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-03T13:56:00.000Z', // Wed 2026-06-03 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-023',
    text: 'Hi there,\n\nIs it possible to arrange a payment schedule for the outstanding amount? Even fortnightly payments would help.\n\nThanks,\nChloe',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-05-25T21:58:00.000Z', // Tue 2026-05-26 local
    timeZone: 'Australia/Sydney',
    subject: 'RE: Your invoice INV-3768',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-024',
    text: 'Can we do 6 payments of $200',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-12T15:25:00.000Z', // Mon 2026-10-12 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-025',
    text: 'payment plan pls',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-11T01:19:00.000Z', // Sat 2026-04-11 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-026',
    text: 'Can you break it up into smaller chunks for me?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-08-17T18:33:00.000Z', // Mon 2026-08-17 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-plan-027',
    text: 'Can I pay a little each month until it is paid off',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-11T18:37:00.000Z', // Sat 2026-07-11 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'en-hard-001',
    text: 'I lost my job',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-30T08:46:00.000Z', // Sun 2026-08-30 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-002',
    text: 'I lost my job last week and have no income right now',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-08T21:30:00.000Z', // Sun 2026-03-08 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-003',
    text: 'Im in hospital at the moment, cant deal with this',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-06-14T09:21:00.000Z', // Sun 2026-06-14 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-004',
    text: 'Hello,\n\nI am writing to let you know that my husband passed away last month and I am struggling to manage our finances. I need some time before I can look at this.\n\nMargaret',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-09-16T16:49:00.000Z', // Wed 2026-09-16 local
    timeZone: 'America/New_York',
    subject: 'Re: Payment reminder',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-005',
    text: 'money is really tight at the moment',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-10T01:37:00.000Z', // Tue 2026-03-10 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-006',
    text: 'I have no money right now',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-18T23:23:00.000Z', // Sun 2026-07-19 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-007',
    text: 'Been made redundant, not sure when I can pay',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-15T19:23:00.000Z', // Tue 2026-09-15 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-008',
    text: 'struggling to pay rent let alone this',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-01T17:51:00.000Z', // Wed 2026-07-01 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-009',
    text: 'My business has had no work for two months, I genuinely can’t afford it right now',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-01-19T23:47:00.000Z', // Mon 2026-01-19 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-010',
    text: 'Im on benefits and cant afford this',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-26T18:02:00.000Z', // Mon 2026-01-26 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-011',
    text: 'Hi,\n\nOur shop was flooded and we have been closed for three weeks. We are waiting on the insurance and have very little cash coming in. Please bear with us.\n\nRegards,\nTony',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-25T15:13:00.000Z', // Wed 2026-11-25 local
    timeZone: 'Europe/London',
    subject: 'RE: Your invoice INV-4511',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-012',
    text: 'I’m broke till further notice',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-13T16:20:00.000Z', // Sun 2026-12-13 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-013',
    text: 'cant pay, just had surgery and off work',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-07T14:55:00.000Z', // Wed 2026-01-07 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-014',
    text: 'We are going through a really hard time financially',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-03T11:29:00.000Z', // Fri 2026-04-03 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-015',
    text: 'I’m a single mum with three kids and I just can’t stretch to this right now',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-12-12T22:19:00.000Z', // Sat 2026-12-12 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-016',
    text: 'Got laid off on Friday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-29T03:56:00.000Z', // Tue 2026-04-28 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-017',
    text: 'I am unemployed',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-30T08:31:00.000Z', // Wed 2026-09-30 local
    timeZone: 'UTC',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-018',
    text: 'Dear team,\n\nI have been diagnosed with a serious illness and am currently unable to work. My income has stopped entirely. I am not ignoring you but I cannot pay at present.\n\nSincerely,\nAlan',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-02-09T13:12:00.000Z', // Mon 2026-02-09 local
    timeZone: 'UTC',
    subject: 'Re: Payment reminder',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-019',
    text: 'Family emergency, all my money went on flights home',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-28T21:22:00.000Z', // Tue 2026-04-28 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-020',
    text: 'i cant afford it',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-15T21:10:00.000Z', // Thu 2026-01-15 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-021',
    text: 'Things are really bad financially right now. Sorry',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-22T00:59:00.000Z', // Fri 2026-08-21 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-022',
    text: 'my hours got cut and im barely making rent',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-08-25T22:49:00.000Z', // Tue 2026-08-25 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-023',
    text: 'the business is closing down, we have nothing left',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-22T19:32:00.000Z', // Wed 2026-07-22 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-024',
    text: 'I’m in financial hardship',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-07T04:25:00.000Z', // Tue 2026-07-07 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-025',
    text: 'Just had a baby and I’m on unpaid leave, money is very tight',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-18T23:28:00.000Z', // Sun 2026-07-19 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-026',
    text: 'Hello,\n\nI am currently in debt counselling and all my creditors are being handled through a debt management plan. I cannot make payments outside of it.\n\nRegards,\nLewis',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-30T16:44:00.000Z', // Mon 2026-03-30 local
    timeZone: 'Europe/London',
    subject: 'RE: Overdue balance on your account',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-hard-027',
    text: 'in hospital with covid, will look when im out',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-05T04:03:00.000Z', // Sun 2026-01-04 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'en-wrong-001',
    text: 'wrong number',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-06T19:42:00.000Z', // Mon 2026-07-06 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-002',
    text: 'Wrong number',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-21T10:43:00.000Z', // Sat 2026-02-21 local
    timeZone: 'UTC',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-003',
    text: 'Ada doesn’t work here anymore',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-19T04:26:00.000Z', // Sat 2026-04-18 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-004',
    text: 'I\'m not Ada',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-10T03:25:00.000Z', // Sat 2026-10-10 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-005',
    text: 'You have the wrong person',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-21T02:09:00.000Z', // Mon 2026-12-21 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-006',
    text: 'Hello,\n\nI think you have the wrong email address. I am not a customer of yours and I don’t know anyone called Ada Lovelace.\n\nRegards,\nJohn',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-28T16:43:00.000Z', // Mon 2026-12-28 local
    timeZone: 'Europe/London',
    subject: 'Re: Friendly reminder - INV-2665',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-007',
    text: 'u got the wrong guy',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-19T05:44:00.000Z', // Wed 2026-08-19 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-008',
    text: 'Hi, this is not Ada’s number any more, I got this number a few months ago',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-01-03T06:32:00.000Z', // Sat 2026-01-03 local
    timeZone: 'UTC',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-009',
    text: 'Hi,\n\nAda left the company in June. Please update your records and contact accounts@northwind.com instead.\n\nThanks,\nReception',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-09-02T16:15:00.000Z', // Wed 2026-09-02 local
    timeZone: 'America/Los_Angeles',
    subject: 'Re: Reminder: invoice INV-1893 due',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-010',
    text: 'No one by that name here',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-21T04:36:00.000Z', // Mon 2026-09-21 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-011',
    text: 'Not me. Wrong no.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-16T22:03:00.000Z', // Sat 2026-10-17 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-012',
    text: 'I think you have the wrong number, my name is Carlos',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-09T12:59:00.000Z', // Fri 2026-10-09 local
    timeZone: 'UTC',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-013',
    text: 'This isn’t my invoice, I’ve never heard of this company or this person',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-03-04T15:06:00.000Z', // Wed 2026-03-04 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-014',
    text: 'Ada is my ex, she doesn’t live here',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-17T01:44:00.000Z', // Tue 2026-03-17 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-015',
    text: 'Hello,\n\nThis mailbox belongs to a different Daniel Smith. I think you have mixed me up with someone else.\n\nD. Smith',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-04T18:29:00.000Z', // Sun 2026-10-04 local
    timeZone: 'Europe/London',
    subject: 'Re: Reminder: invoice INV-2302 due',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-016',
    text: 'wrong person',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-31T01:54:00.000Z', // Fri 2026-10-30 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-017',
    text: 'Sorry you have the wrong number mate',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-14T22:15:00.000Z', // Sun 2026-02-15 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-018',
    text: 'You are texting the wrong person. I don’t know who that is',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-23T12:24:00.000Z', // Sat 2026-05-23 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-019',
    text: 'Not Ada. Wrong contact',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-04-06T05:16:00.000Z', // Sun 2026-04-05 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-020',
    text: 'That business closed, this is a personal phone now',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-01T23:59:00.000Z', // Mon 2026-06-01 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-021',
    text: 'Hi,\n\nYou have sent this to the wrong company. We are Northwind Logistics, not Northwind Supplies.\n\nRegards,\nOffice',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-09-01T10:10:00.000Z', // Tue 2026-09-01 local
    timeZone: 'Europe/London',
    subject: 'RE: Your invoice INV-1041',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-022',
    text: 'who is ada? wrong number',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-19T23:42:00.000Z', // Sat 2026-09-19 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-023',
    text: 'she moved out last year',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-03T18:53:00.000Z', // Wed 2026-11-04 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-024',
    text: 'I am not the account holder, this must be a mistake',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-02T13:47:00.000Z', // Tue 2026-06-02 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-025',
    text: 'Hello, this phone belongs to my grandmother, you must have the wrong details',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-07-01T20:42:00.000Z', // Wed 2026-07-01 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-026',
    text: 'Ada no longer works for us',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-09T12:01:00.000Z', // Mon 2026-02-09 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-wrong-027',
    text: 'not the right number for this',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-08T13:18:00.000Z', // Sun 2026-03-08 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'en-call-001',
    text: 'please call me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-28T10:14:00.000Z', // Sat 2026-03-28 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-002',
    text: 'Please call me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-22T14:16:00.000Z', // Wed 2026-12-23 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-003',
    text: 'can someone give me a call',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-15T22:51:00.000Z', // Tue 2026-06-16 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-004',
    text: 'Call me on 07700 900123',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-05T17:07:00.000Z', // Thu 2026-02-05 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-005',
    text: 'Hello,\n\nI would prefer to discuss this over the phone. Could someone from your accounts team call me on 020 7946 0018 this afternoon?\n\nKind regards,\nRachel',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-06-29T05:59:00.000Z', // Mon 2026-06-29 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-006',
    text: 'ring me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-14T17:17:00.000Z', // Tue 2026-07-14 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-007',
    text: 'Can we talk on the phone about this?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-06-26T13:45:00.000Z', // Fri 2026-06-26 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-008',
    text: 'call me back pls',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-21T06:41:00.000Z', // Mon 2026-07-20 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-009',
    text: 'Have your manager call me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-27T13:34:00.000Z', // Tue 2026-10-27 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-010',
    text: 'I need to speak to someone about this',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-12T05:56:00.000Z', // Thu 2026-02-12 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-011',
    text: 'Hi,\n\nCan you give me a ring when you have a moment? My mobile is 0412 555 019.\n\nThanks,\nBrett',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-07-12T02:33:00.000Z', // Sun 2026-07-12 local
    timeZone: 'Australia/Sydney',
    subject: 'Re: Invoice INV-3538 is overdue',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-012',
    text: 'Can u call me after 5',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-21T16:03:00.000Z', // Tue 2026-07-21 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-013',
    text: 'CALL ME',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-15T05:01:00.000Z', // Mon 2026-06-15 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-014',
    text: 'I’d rather sort this by phone, what time can you call?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-05-11T05:26:00.000Z', // Mon 2026-05-11 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-015',
    text: 'Please give me a call tomorrow morning',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-11T17:27:00.000Z', // Wed 2026-11-11 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-016',
    text: 'phone me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-09T14:37:00.000Z', // Mon 2026-11-09 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-017',
    text: 'Can I speak to a real person',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-08T19:20:00.000Z', // Thu 2026-01-08 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-018',
    text: 'Good morning,\n\nPlease ask your credit controller to call me directly on (212) 555-0147. I have some questions that are easier to handle by phone.\n\nRegards,\nAnthony',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-15T05:29:00.000Z', // Sun 2026-03-15 local
    timeZone: 'America/New_York',
    subject: 'RE: Your invoice INV-4590',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-019',
    text: 'Can someone ring me on this number',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-05T14:51:00.000Z', // Fri 2026-03-06 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-020',
    text: 'call me asap',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-16T12:42:00.000Z', // Fri 2026-01-16 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-021',
    text: 'Call me please, I tried your number and nobody answers',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-10-16T23:46:00.000Z', // Fri 2026-10-16 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-022',
    text: 'Can we schedule a call',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-02T08:26:00.000Z', // Wed 2026-09-02 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-023',
    text: 'pls call, easier to explain',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-30T17:14:00.000Z', // Sun 2026-08-30 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-024',
    text: 'Please call my office 555-0199',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-17T23:38:00.000Z', // Sat 2026-10-17 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-025',
    text: 'Give me a bell',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-21T12:54:00.000Z', // Sun 2026-06-21 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-026',
    text: 'Hello,\n\nRather than going back and forth by email, could we set up a quick call this week?\n\nBest regards,\nVikram',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-01-07T04:38:00.000Z', // Wed 2026-01-07 local
    timeZone: 'Asia/Kolkata',
    subject: 'Re: Reminder: invoice INV-4675 due',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-call-027',
    text: 'call me on my mobile',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-27T06:55:00.000Z', // Thu 2026-11-26 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'en-opt-001',
    text: 'STOP',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-10T09:28:00.000Z', // Mon 2026-08-10 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-002',
    text: 'stop',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-09T19:39:00.000Z', // Sun 2026-08-09 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-003',
    text: 'Stop',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-07T14:00:00.000Z', // Sun 2026-06-07 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-004',
    text: 'UNSUBSCRIBE',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-25T02:49:00.000Z', // Fri 2026-04-24 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-005',
    text: 'unsubscribe',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-20T11:25:00.000Z', // Tue 2026-01-20 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-006',
    text: 'Remove me from your list',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-28T18:46:00.000Z', // Mon 2026-12-28 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-007',
    text: 'stop texting me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-19T13:34:00.000Z', // Wed 2026-08-19 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-008',
    text: 'Don\'t contact me again',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-16T01:36:00.000Z', // Thu 2026-04-16 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-009',
    text: 'opt me out',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-21T21:50:00.000Z', // Wed 2026-10-21 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-010',
    text: 'no more messages',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-12T14:20:00.000Z', // Thu 2026-03-12 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-011',
    text: 'take me off',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-28T03:25:00.000Z', // Tue 2026-07-28 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-012',
    text: 'Take me off your list',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-27T16:38:00.000Z', // Thu 2026-08-27 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-013',
    text: 'Please unsubscribe me from these emails.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-01-25T21:24:00.000Z', // Sun 2026-01-25 local
    timeZone: 'America/Los_Angeles',
    subject: 'Re: Friendly reminder - INV-2836',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-014',
    text: 'Hello,\n\nPlease remove this address from your mailing list. I do not wish to receive any further emails.\n\nThank you',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-20T15:15:00.000Z', // Sun 2026-12-20 local
    timeZone: 'Asia/Kolkata',
    subject: 'Re: Payment reminder',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-015',
    text: 'STOP TEXTING ME',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-04T10:52:00.000Z', // Wed 2026-02-04 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-016',
    text: 'Please stop messaging me on WhatsApp',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-12-01T04:12:00.000Z', // Mon 2026-11-30 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-017',
    text: 'stop sending me these',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-09T11:27:00.000Z', // Mon 2026-02-09 local
    timeZone: 'UTC',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-018',
    text: 'Do not text this number again',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-07T16:02:00.000Z', // Sat 2026-03-07 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-019',
    text: 'STOPALL',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-14T20:17:00.000Z', // Sun 2026-02-15 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-020',
    text: 'end',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-10T14:30:00.000Z', // Tue 2026-11-10 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-021',
    text: 'cancel',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-12T02:19:00.000Z', // Thu 2026-11-12 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-022',
    text: 'QUIT',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-27T04:32:00.000Z', // Thu 2026-08-27 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-023',
    text: 'opt out',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-01T05:37:00.000Z', // Tue 2026-09-01 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-024',
    text: 'optout',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-16T12:18:00.000Z', // Sat 2026-05-16 local
    timeZone: 'UTC',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-025',
    text: 'Stop.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-05T11:30:00.000Z', // Sun 2026-07-05 local
    timeZone: 'UTC',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-026',
    text: 'stop!!!',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-02T13:30:00.000Z', // Fri 2026-10-02 local
    timeZone: 'UTC',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-027',
    text: 'Stop 🛑',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-02-12T13:30:00.000Z', // Thu 2026-02-12 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-028',
    text: 'leave me alone, stop contacting me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-12T05:51:00.000Z', // Sun 2026-04-12 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-029',
    text: 'Unsubscribe',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-27T04:53:00.000Z', // Tue 2026-10-27 local
    timeZone: 'Asia/Kolkata',
    subject: 'Unsubscribe',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-030',
    text: 'Hi,\n\nI no longer want to receive reminders by email. Please take me off your list.\n\nRegards',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-29T06:05:00.000Z', // Sun 2026-11-29 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-031',
    text: 'dont text me anymore',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-21T18:21:00.000Z', // Wed 2026-10-21 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-032',
    text: 'Please remove my number',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-15T22:07:00.000Z', // Tue 2026-09-15 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-033',
    text: 'no more whatsapps please',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-12-15T15:57:00.000Z', // Tue 2026-12-15 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-034',
    text: 'I do not consent to these messages. Stop.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-21T17:26:00.000Z', // Sat 2026-11-21 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-035',
    text: 'stop spamming me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-18T20:10:00.000Z', // Wed 2026-02-18 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-036',
    text: 'unsub',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-10T14:05:00.000Z', // Sun 2026-05-10 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-037',
    text: 'Remove',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-06T23:04:00.000Z', // Thu 2026-05-07 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-038',
    text: 'Please stop emailing me.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-01-04T06:31:00.000Z', // Sun 2026-01-04 local
    timeZone: 'Asia/Kolkata',
    subject: 'Re: Invoice INV-4597 is overdue',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-039',
    text: 'Stop contacting me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-10T06:35:00.000Z', // Wed 2026-06-10 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-opt-040',
    text: 'pls stop msging me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-09T11:32:00.000Z', // Sat 2026-05-09 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'en-auto-001',
    text: 'I am out of the office until 14 December with limited access to email. For urgent matters please contact finance@brightlane.co.uk.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-07T10:02:00.000Z', // Mon 2026-12-07 local
    timeZone: 'Europe/London',
    subject: 'Automatic reply: Invoice INV-1001 is due today',
    headers: { 'Auto-Submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply', returnDate: '2026-12-14' }],
  },
  {
    id: 'en-auto-002',
    text: 'I am out of the office until 14 December with limited access to email.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-09T08:30:00.000Z', // Wed 2026-12-09 local
    timeZone: 'Europe/London',
    subject: 'Out of Office: Payment reminder',
    intents: [{ intent: 'auto_reply', returnDate: '2026-12-14' }],
  },
  {
    id: 'en-auto-003',
    text: 'Thank you for your email. I am currently on annual leave and will return on Monday 9 March. I will respond to your message on my return.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-02-27T16:12:00.000Z', // Fri 2026-02-27 local
    timeZone: 'Europe/London',
    subject: 'Automatic reply: Re: Invoice INV-2210',
    headers: { 'Auto-Submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply', returnDate: '2026-03-09' }],
  },
  {
    id: 'en-auto-004',
    text: 'This mailbox is not monitored. Please do not reply to this email.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-01-27T18:38:00.000Z', // Tue 2026-01-27 local
    timeZone: 'Europe/London',
    subject: 'Automatic reply: Payment reminder',
    headers: { 'Auto-Submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'en-auto-005',
    text: 'Hi, I’m away from my desk until Monday. I’ll reply when I’m back.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-06-05T18:44:00.000Z', // Fri 2026-06-05 local
    timeZone: 'America/New_York',
    headers: { 'X-Autoreply': 'yes' },
    intents: [{ intent: 'auto_reply', returnDate: '2026-06-08' }],
  },
  {
    id: 'en-auto-006',
    text: 'Thank you for contacting Brightlane Accounts. We have received your message and will respond within 2 business days. Your ticket number is #48211.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-05-13T14:24:00.000Z', // Wed 2026-05-13 local
    timeZone: 'Europe/London',
    subject: 'Re: Invoice INV-3040 [Ticket #48211]',
    headers: { Precedence: 'auto_reply' },
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'en-auto-007',
    text: 'I am on parental leave and will be back on 4 May 2026. In the meantime please contact my colleague James at james@northwind.com.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-16T09:00:00.000Z', // Mon 2026-03-16 local
    timeZone: 'Europe/London',
    subject: 'Automatic reply: Reminder: invoice INV-1190 due',
    headers: { 'Auto-Submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply', returnDate: '2026-05-04' }],
  },
  {
    id: 'en-auto-008',
    text: 'Out of office. Back on the 5th.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-01-27T21:15:00.000Z', // Wed 2026-01-28 local
    timeZone: 'Australia/Sydney',
    subject: 'Out of Office',
    headers: { 'X-Autoreply': 'yes' },
    intents: [{ intent: 'auto_reply', returnDate: '2026-02-05' }],
  },
  {
    id: 'en-auto-009',
    text: 'I am currently out of the office with no access to email. I will return on January 5th. For urgent billing matters call 555-0100.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-23T22:05:00.000Z', // Wed 2026-12-23 local
    timeZone: 'America/New_York',
    subject: 'Automatic reply: Invoice INV-4412 is overdue',
    headers: { 'Auto-Submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply', returnDate: '2027-01-05' }],
  },
  {
    id: 'en-auto-010',
    text: 'This email address is no longer in use. Please update your records.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-27T19:49:00.000Z', // Tue 2026-10-27 local
    timeZone: 'Europe/London',
    subject: 'Automatic reply: Payment reminder',
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'en-auto-011',
    text: 'Thanks for your message! I’m travelling this week with patchy connection and will get back to you as soon as I can.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-04-28T18:13:00.000Z', // Tue 2026-04-28 local
    timeZone: 'America/New_York',
    subject: 'Re: Invoice INV-1058 from Northwind Supplies',
    headers: { 'X-Autoreply': 'yes' },
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'en-auto-012',
    text: 'I am out of the office from 20 July to 31 July inclusive and will return on 3 August. Your email will not be forwarded.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-07-22T10:30:00.000Z', // Wed 2026-07-22 local
    timeZone: 'Europe/London',
    subject: 'Automatic reply: RE: Your invoice INV-2871',
    intents: [{ intent: 'auto_reply', returnDate: '2026-08-03' }],
  },
  {
    id: 'en-auto-013',
    text: 'Automatic reply: I am on vacation until 08/17 with limited access to email.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-08-10T14:20:00.000Z', // Mon 2026-08-10 local
    timeZone: 'America/Los_Angeles',
    subject: 'Re: Invoice INV-4786 from Northwind Supplies',
    headers: { Precedence: 'auto_reply' },
    intents: [{ intent: 'auto_reply', returnDate: '2026-08-17' }],
  },
  {
    id: 'en-auto-014',
    text: 'I will be out of the office until Wednesday 1st April. If your query is urgent please contact the office on 01632 960 555.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-27T12:00:00.000Z', // Fri 2026-03-27 local
    timeZone: 'Europe/London',
    subject: 'Automatic reply: Payment reminder',
    headers: { 'Auto-Submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply', returnDate: '2026-04-01' }],
  },
  {
    id: 'en-auto-015',
    text: 'Please note this inbox is not monitored. For accounts queries please email ap@northwind.com.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-06-01T05:42:00.000Z', // Mon 2026-06-01 local
    timeZone: 'America/New_York',
    subject: 'Automatic reply: Invoice INV-1001',
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'en-auto-016',
    text: 'Our office is closed for the holidays and will reopen on 4 January 2027. Emails received during this period will be answered when we return.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-23T23:10:00.000Z', // Thu 2026-12-24 local
    timeZone: 'Australia/Sydney',
    subject: 'Automatic reply: Reminder',
    headers: { 'Auto-Submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply', returnDate: '2027-01-04' }],
  },
  {
    id: 'en-auto-017',
    text: 'I’m out of office today with limited access to email. I’ll be back tomorrow.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-15T05:00:00.000Z', // Thu 2026-10-15 local
    timeZone: 'Asia/Kolkata',
    subject: 'Out of Office: Re: Invoice INV-3390',
    headers: { 'X-Autoreply': 'yes' },
    intents: [{ intent: 'auto_reply', returnDate: '2026-10-16' }],
  },
  {
    id: 'en-auto-018',
    text: 'Thank you for your email. I am currently out of the office and will respond as soon as possible on my return.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-04-25T12:10:00.000Z', // Sat 2026-04-25 local
    timeZone: 'Australia/Sydney',
    subject: 'Automatic reply: Your invoice',
    headers: { 'Auto-Submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'en-auto-019',
    text: 'I\'m driving right now - I\'ll see your message when I get where I\'m going.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-17T07:27:00.000Z', // Tue 2026-11-17 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'en-auto-020',
    text: 'Auto-reply: I am unavailable at the moment and will get back to you later.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-09T12:16:00.000Z', // Mon 2026-03-09 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'en-auto-021',
    text: 'Hi! Thanks for contacting Sunny Side Cafe 🌞 We are closed right now but will reply during business hours (Mon–Fri 9–5).',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-08-18T10:48:00.000Z', // Tue 2026-08-18 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'en-auto-022',
    text: 'This is an automated message: we are away and will answer as soon as we can.',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-03-17T02:49:00.000Z', // Mon 2026-03-16 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'en-auto-023',
    text: 'I am out of the office until 28 September. During my absence please contact accounts@brightlane.co.uk.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-09-17T12:55:00.000Z', // Thu 2026-09-17 local
    timeZone: 'Europe/London',
    subject: 'Automatic reply: Invoice INV-1500 is overdue',
    intents: [{ intent: 'auto_reply', returnDate: '2026-09-28' }],
  },
  {
    id: 'en-auto-024',
    text: 'Hello, I am attending a conference and will be back in the office on Thursday. Responses may be delayed.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-19T13:05:00.000Z', // Mon 2026-10-19 local
    timeZone: 'America/New_York',
    subject: 'RE: Overdue balance on your account',
    headers: { 'Auto-Submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply', returnDate: '2026-10-22' }],
  },
  {
    id: 'en-auto-025',
    text: 'Your message has been received. This is an automated response – a member of our team will be in touch shortly.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-01-09T05:11:00.000Z', // Thu 2026-01-08 local
    timeZone: 'America/Los_Angeles',
    subject: 'We received your email',
    headers: { Precedence: 'auto_reply' },
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'en-auto-026',
    text: 'I am on leave until 2/3 and checking email intermittently.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-02-25T15:40:00.000Z', // Wed 2026-02-25 local
    timeZone: 'Europe/London',
    subject: 'RE: Your invoice INV-2245',
    headers: { 'Auto-Submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply', returnDate: '2026-03-02' }],
  },
  {
    id: 'en-other-001',
    text: 'ok',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-31T19:04:00.000Z', // Wed 2026-04-01 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-002',
    text: 'Ok thanks',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-05T12:28:00.000Z', // Sat 2026-09-05 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-003',
    text: 'thanks',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-15T02:08:00.000Z', // Mon 2026-09-14 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-004',
    text: '👍',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-11-02T20:21:00.000Z', // Mon 2026-11-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-005',
    text: '🙏🙏',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-08-09T06:42:00.000Z', // Sat 2026-08-08 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-006',
    text: 'k',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-11T22:24:00.000Z', // Fri 2026-12-11 local
    timeZone: 'UTC',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-007',
    text: 'noted',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-09T02:12:00.000Z', // Sat 2026-08-08 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-008',
    text: 'Got it',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-03T12:33:00.000Z', // Tue 2026-03-03 local
    timeZone: 'UTC',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-009',
    text: 'Thanks for the reminder',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-08T01:47:00.000Z', // Sun 2026-11-08 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-010',
    text: 'Thanks, received.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-18T20:06:00.000Z', // Fri 2026-12-18 local
    timeZone: 'America/New_York',
    subject: 'Re: Friendly reminder - INV-1540',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-011',
    text: 'lol',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-19T14:57:00.000Z', // Sat 2026-09-19 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-012',
    text: 'Hello?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-26T14:29:00.000Z', // Fri 2026-06-26 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-013',
    text: 'Merry Christmas to you too!',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-24T20:30:00.000Z', // Thu 2026-12-24 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-014',
    text: 'Feel free to stop by the office anytime this week',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-28T07:05:00.000Z', // Wed 2026-10-28 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-015',
    text: 'I can\'t stop thinking about it, what a great job your team did on the kitchen',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-29T07:39:00.000Z', // Wed 2026-07-29 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-016',
    text: 'Can I cancel my order for next month? We have too much stock',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-05T07:26:00.000Z', // Mon 2026-01-05 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-017',
    text: 'Who won the game last night? 😂',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-04-22T14:30:00.000Z', // Wed 2026-04-22 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-018',
    text: 'Yes',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-29T21:30:00.000Z', // Thu 2026-01-29 local
    timeZone: 'UTC',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-019',
    text: 'no',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-27T00:36:00.000Z', // Mon 2026-04-27 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-020',
    text: 'Great, cheers',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-27T15:33:00.000Z', // Fri 2026-03-27 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-021',
    text: 'Hi Ada,\n\nThanks for the update. I’ve passed this on to our finance team.\n\nBest,\nRoss',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-04-02T00:45:00.000Z', // Thu 2026-04-02 local
    timeZone: 'Asia/Kolkata',
    subject: 'RE: Your invoice INV-1611',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-022',
    text: 'Sorry, sent to the wrong chat',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-11T18:33:00.000Z', // Sat 2026-09-12 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-023',
    text: 'Happy new year! 🎉',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-01-01T15:20:00.000Z', // Thu 2026-01-01 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-024',
    text: 'what time do you open on saturday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-27T01:55:00.000Z', // Sat 2026-06-27 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-025',
    text: 'The bus stop outside your shop has moved btw',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-03T09:55:00.000Z', // Sun 2026-05-03 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-026',
    text: 'Can you also quote me for a second unit?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-09T00:00:00.000Z', // Thu 2026-01-08 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-027',
    text: 'I forwarded this to my accountant',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-26T09:18:00.000Z', // Thu 2026-11-26 local
    timeZone: 'UTC',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-028',
    text: 'Hello,\n\nI have passed your email to our accounts payable department, who handle all supplier invoices.\n\nKind regards,\nReception',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-01T02:23:00.000Z', // Sat 2026-02-28 local
    timeZone: 'America/New_York',
    subject: 'Re: Invoice INV-4632 is overdue',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-029',
    text: 'Don’t stop the weekly deliveries please, they are great',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-28T11:02:00.000Z', // Sun 2026-06-28 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-030',
    text: 'Love the new menu 😍',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-12-03T10:42:00.000Z', // Thu 2026-12-03 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-031',
    text: '.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-09-26T20:54:00.000Z', // Sat 2026-09-26 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-032',
    text: 'Received with thanks',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-14T18:18:00.000Z', // Thu 2026-05-14 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-033',
    text: 'Alright',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-24T03:10:00.000Z', // Tue 2026-06-23 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-034',
    text: 'on it',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-25T04:49:00.000Z', // Tue 2026-02-24 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-035',
    text: 'Can I book another appointment for next month?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-09-16T05:08:00.000Z', // Wed 2026-09-16 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-036',
    text: 'Sure thing',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-18T04:06:00.000Z', // Sat 2026-01-17 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-037',
    text: 'Nice one',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-30T11:00:00.000Z', // Mon 2026-03-30 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-other-038',
    text: 'Is the shop open on bank holidays?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-14T11:48:00.000Z', // Sun 2026-06-14 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'en-multi-001',
    text: 'Hi,\n\nI disputed the second invoice (INV-1002) because it was for goods we sent back, but I will pay the first one on Friday.\n\nThanks,\nKate',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-17T22:12:00.000Z', // Wed 2026-11-18 local
    timeZone: 'Australia/Sydney',
    subject: 'RE: Overdue balance on your account',
    intents: [{ intent: 'dispute', reason: 'already_returned' }, { intent: 'promise_to_pay', dates: ['2026-11-20'] }],
  },
  {
    id: 'en-multi-002',
    text: 'paid last week, also please stop texting me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-10T07:13:00.000Z', // Fri 2026-07-10 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'paid_already' }, { intent: 'opt_out' }],
  },
  {
    id: 'en-multi-003',
    text: 'Paid. Now stop messaging me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-14T10:27:00.000Z', // Mon 2026-12-14 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }, { intent: 'opt_out' }],
  },
  {
    id: 'en-multi-004',
    text: 'I lost my job, can I pay in 3 instalments?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-28T12:02:00.000Z', // Fri 2026-08-28 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }, { intent: 'payment_plan_request' }],
  },
  {
    id: 'en-multi-005',
    text: 'Money is really tight since my hours got cut. Could we do a payment plan? Maybe $50 a month',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-11-22T11:47:00.000Z', // Sun 2026-11-22 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }, { intent: 'payment_plan_request' }],
  },
  {
    id: 'en-multi-006',
    text: 'wrong number. remove me from your list',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-31T05:34:00.000Z', // Mon 2026-08-31 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'wrong_person' }, { intent: 'opt_out' }],
  },
  {
    id: 'en-multi-007',
    text: 'Ada doesnt work here anymore, stop sending these',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-25T14:38:00.000Z', // Sun 2026-10-25 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'wrong_person' }, { intent: 'opt_out' }],
  },
  {
    id: 'en-multi-008',
    text: 'Who is this? Stop texting me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-16T19:49:00.000Z', // Fri 2026-01-16 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }, { intent: 'opt_out' }],
  },
  {
    id: 'en-multi-009',
    text: 'can you resend the invoice? ill pay it tomorrow',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-05T03:02:00.000Z', // Sun 2026-10-04 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }, { intent: 'promise_to_pay', dates: ['2026-10-05'] }],
  },
  {
    id: 'en-multi-010',
    text: 'Hello,\n\nCould you send over your bank details? Once I have them I will transfer the full amount on the 15th.\n\nRegards,\nPaul',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-07-19T04:17:00.000Z', // Sun 2026-07-19 local
    timeZone: 'America/New_York',
    subject: 'Re: Payment reminder',
    intents: [{ intent: 'question', questionKind: 'bank_details' }, { intent: 'promise_to_pay', dates: ['2026-08-15'] }],
  },
  {
    id: 'en-multi-011',
    text: 'please call me, the amount on this is wrong',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-23T07:18:00.000Z', // Mon 2026-03-23 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'callback_request' }, { intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'en-multi-012',
    text: 'Hi,\n\nThe invoice is for 10 boxes but only 6 arrived. I will pay for the 6 we received by the end of the month; please issue a credit for the rest.\n\nThanks,\nNora',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-05-20T10:00:00.000Z', // Wed 2026-05-20 local
    timeZone: 'Europe/London',
    subject: 'Re: Payment reminder',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }, { intent: 'promise_to_pay', dates: ['2026-05-31'] }],
  },
  {
    id: 'en-multi-013',
    text: 'I paid INV-1001 already but I never got the order for INV-1003',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-08T07:36:00.000Z', // Fri 2026-05-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'paid_already' }, { intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'en-multi-014',
    text: 'Can I pay by card? Will do it Monday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-20T23:04:00.000Z', // Tue 2026-01-20 local
    timeZone: 'UTC',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }, { intent: 'promise_to_pay', dates: ['2026-01-26'] }],
  },
  {
    id: 'en-multi-015',
    text: 'Im in hospital right now, can someone call me next week to sort this out',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-06-08T09:51:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }, { intent: 'callback_request' }],
  },
  {
    id: 'en-multi-016',
    text: 'Paid this morning. Can you send a receipt?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-31T20:04:00.000Z', // Tue 2026-03-31 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }, { intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'en-multi-017',
    text: 'Not paying for something I never ordered. Stop contacting me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-16T07:45:00.000Z', // Thu 2026-07-16 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }, { intent: 'opt_out' }],
  },
  {
    id: 'en-multi-018',
    text: 'Hello,\n\nPlease unsubscribe me from the SMS reminders. I will pay this invoice by bank transfer on Thursday.\n\nRegards,\nSimon',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-23T05:43:00.000Z', // Fri 2026-10-23 local
    timeZone: 'Australia/Sydney',
    subject: 'RE: Your invoice INV-3110',
    intents: [{ intent: 'opt_out' }, { intent: 'promise_to_pay', dates: ['2026-10-29'] }],
  },
  {
    id: 'en-multi-019',
    text: 'I can pay $200 now. Can we do the rest in monthly payments?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-28T17:26:00.000Z', // Sun 2026-06-28 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'promise_to_pay', amount: '200.00', dates: ['2026-06-28'] }, { intent: 'payment_plan_request' }],
  },
  {
    id: 'en-multi-020',
    text: 'You charged me twice!! Call me ASAP',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-29T06:02:00.000Z', // Sun 2026-06-28 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'duplicate' }, { intent: 'callback_request' }],
  },
  {
    id: 'en-multi-021',
    text: 'Hi,\n\nWe paid INV-1040 last Friday. INV-1041 looks like a duplicate of it, so please cancel that one.\n\nKind regards,\nAP Team',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-04-22T08:32:00.000Z', // Wed 2026-04-22 local
    timeZone: 'Europe/London',
    subject: 'RE: Your invoice INV-2606',
    intents: [{ intent: 'paid_already' }, { intent: 'dispute', reason: 'duplicate' }],
  },
  {
    id: 'en-multi-022',
    text: 'The work was awful and Im not paying. Dont text me again',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-03T22:01:00.000Z', // Sat 2026-10-03 local
    timeZone: 'UTC',
    intents: [{ intent: 'dispute', reason: 'quality' }, { intent: 'opt_out' }],
  },
  {
    id: 'en-multi-023',
    text: 'Sorry for the delay, had a family emergency. Will pay on the 20th 🙏',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-04-06T21:57:00.000Z', // Mon 2026-04-06 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }, { intent: 'promise_to_pay', dates: ['2026-04-20'] }],
  },
  {
    id: 'en-multi-024',
    text: 'Who are you? Please call me and explain',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-11T05:28:00.000Z', // Sun 2026-01-11 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }, { intent: 'callback_request' }],
  },
  {
    id: 'en-multi-025',
    text: 'What are your bank details? Also can I split it into 2 payments',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-22T09:57:00.000Z', // Mon 2026-06-22 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'question', questionKind: 'bank_details' }, { intent: 'payment_plan_request' }],
  },
  {
    id: 'en-multi-026',
    text: 'Paid half yesterday, will pay the other half on payday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-22T17:06:00.000Z', // Mon 2026-06-22 local
    timeZone: 'UTC',
    intents: [{ intent: 'paid_already' }, { intent: 'promise_to_pay', dates: [] }],
  },
  {
    id: 'en-multi-027',
    text: 'Hello,\n\nI returned the faulty heater on the 3rd and have already paid for the rest of the order. Please update the invoice. If you have questions please call me on 0161 496 0752.\n\nThanks,\nGraham',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-01-11T12:46:00.000Z', // Sun 2026-01-11 local
    timeZone: 'Europe/London',
    subject: 'RE: Your invoice INV-4782',
    intents: [{ intent: 'dispute', reason: 'already_returned' }, { intent: 'paid_already' }, { intent: 'callback_request' }],
  },
  {
    id: 'en-multi-028',
    text: 'Wrong person. Who even is this?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-02-13T13:30:00.000Z', // Fri 2026-02-13 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'wrong_person' }, { intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'en-multi-029',
    text: 'I sent the money on Tuesday. Did you get it? Please stop sending reminders',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-05-08T19:49:00.000Z', // Fri 2026-05-08 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }, { intent: 'opt_out' }],
  },
  {
    id: 'en-multi-030',
    text: 'Can you call me? I want to set up a payment plan',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-17T03:23:00.000Z', // Fri 2026-04-17 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'callback_request' }, { intent: 'payment_plan_request' }],
  },
  {
    id: 'en-multi-031',
    text: 'Got laid off last month 😞 I can pay something on the 1st, can we talk on the phone?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-01-17T06:04:00.000Z', // Sat 2026-01-17 local
    timeZone: 'UTC',
    intents: [{ intent: 'hardship' }, { intent: 'promise_to_pay', dates: ['2026-02-01'] }, { intent: 'callback_request' }],
  },
  {
    id: 'en-multi-032',
    text: 'This was supposed to be free under warranty. I want to speak to a manager',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-21T09:19:00.000Z', // Fri 2026-08-21 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'dispute', reason: 'other' }, { intent: 'callback_request' }],
  },
  {
    id: 'en-multi-033',
    text: 'Hi Ada,\n\nI never received the second delivery, so I won’t be paying INV-2231 until it turns up. INV-2230 will be paid in full tomorrow.\n\nBest,\nEllie',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-07-30T19:55:00.000Z', // Thu 2026-07-30 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'not_received' }, { intent: 'promise_to_pay', dates: ['2026-07-31'] }],
  },
  {
    id: 'en-multi-034',
    text: 'How do I pay? I want to pay today',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-07-05T13:03:00.000Z', // Sun 2026-07-05 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }, { intent: 'promise_to_pay', dates: ['2026-07-05'] }],
  },
  {
    id: 'en-multi-035',
    text: 'Can I pay in installments? Also can you send me the invoice again',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-04-08T08:58:00.000Z', // Wed 2026-04-08 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'payment_plan_request' }, { intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'en-multi-036',
    text: 'I already returned it and I want a call from your manager',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-27T16:31:00.000Z', // Tue 2026-10-27 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'dispute', reason: 'already_returned' }, { intent: 'callback_request' }],
  },
  {
    id: 'en-multi-037',
    text: 'Hello,\n\nI am not the right contact for invoices - please remove me from this mailing list and send these to billing@fernwood.org instead.\n\nThanks',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-17T19:44:00.000Z', // Thu 2026-12-17 local
    timeZone: 'UTC',
    subject: 'Re: Friendly reminder - INV-1144',
    intents: [{ intent: 'wrong_person' }, { intent: 'opt_out' }],
  },
  {
    id: 'en-multi-038',
    text: 'Paid yesterday! btw can I pay by direct debit next time?',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-11-05T15:51:00.000Z', // Thu 2026-11-05 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }, { intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'en-multi-039',
    text: 'I’m on sick leave and money is tight. I can pay half on the 15th and half on the 30th',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-05T09:40:00.000Z', // Thu 2026-03-05 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }, { intent: 'promise_to_pay', dates: ['2026-03-15', '2026-03-30'] }],
  },
  {
    id: 'en-multi-040',
    text: 'Paid on the 3rd. If you think otherwise ring me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-19T07:16:00.000Z', // Thu 2026-03-19 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }, { intent: 'callback_request' }],
  },
  {
    id: 'en-multi-041',
    text: 'I never ordered this, who is this?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-01-26T02:27:00.000Z', // Sun 2026-01-25 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }, { intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'es-paid-001',
    text: 'ya pagué',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-09-07T13:23:00.000Z', // Mon 2026-09-07 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'es-paid-002',
    text: 'Hola, ya está pagada desde el lunes por transferencia 👍',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-10-21T07:45:00.000Z', // Wed 2026-10-21 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'es-paid-003',
    text: 'Buenos días,\n\nLes informo que la factura fue abonada el día 3 mediante transferencia bancaria. Adjunto el justificante.\n\nUn saludo,\nMarta Gil',
    channel: 'email',
    language: 'es',
    receivedAt: '2026-12-19T22:37:00.000Z', // Sat 2026-12-19 local
    timeZone: 'Europe/Madrid',
    subject: 'RE: Factura INV-1063 vencida',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'es-paid-004',
    text: 'ya la pague ayer',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-03-24T17:02:00.000Z', // Tue 2026-03-24 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'es-ptp-001',
    text: 'pago el viernes',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-05-23T07:15:00.000Z', // Sat 2026-05-23 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-05-29'] }],
  },
  {
    id: 'es-ptp-002',
    text: 'Mañana le pago sin falta',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-02-05T08:11:00.000Z', // Thu 2026-02-05 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-02-06'] }],
  },
  {
    id: 'es-ptp-003',
    text: 'Lo pago a fin de mes, cuando cobre',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-04-01T01:45:00.000Z', // Tue 2026-03-31 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-04-30'] }],
  },
  {
    id: 'es-ptp-004',
    text: 'no puedo pagar hasta el 15',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-01-16T21:11:00.000Z', // Fri 2026-01-16 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-02-15'] }],
  },
  {
    id: 'es-ptp-005',
    text: 'Hola,\n\nDisculpen el retraso. Realizaremos el pago de 1.250,00 € la semana que viene.\n\nSaludos cordiales,\nJavier Ruiz\nAdministración',
    channel: 'email',
    language: 'es',
    receivedAt: '2026-01-16T23:33:00.000Z', // Sat 2026-01-17 local
    timeZone: 'Europe/Madrid',
    subject: 'RE: Factura INV-1146 vencida',
    intents: [{ intent: 'promise_to_pay', amount: '1250.00', dates: ['2026-01-23'] }],
  },
  {
    id: 'es-ptp-006',
    text: 'te pago la mitad hoy y el resto el 30',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-10-09T11:15:00.000Z', // Fri 2026-10-09 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-10-09', '2026-10-30'] }],
  },
  {
    id: 'es-ptp-007',
    text: 'Pagaré el 20/12',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-12-02T16:20:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-20'] }],
  },
  {
    id: 'es-disp-001',
    text: 'el importe está mal, acordamos 800 euros',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-01-18T07:27:00.000Z', // Sun 2026-01-18 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'es-disp-002',
    text: 'Nunca recibí el pedido',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-04-11T16:34:00.000Z', // Sat 2026-04-11 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'es-disp-003',
    text: 'Buenas tardes,\n\nLa mercancía llegó dañada y ya enviamos las fotos a su servicio de atención. No vamos a pagar hasta que se resuelva.\n\nAtentamente,\nLuis',
    channel: 'email',
    language: 'es',
    receivedAt: '2026-05-28T20:24:00.000Z', // Thu 2026-05-28 local
    timeZone: 'America/Mexico_City',
    subject: 'Re: Recordatorio de pago',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'es-disp-004',
    text: 'yo no pedí esto',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-06-10T17:48:00.000Z', // Wed 2026-06-10 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }],
  },
  {
    id: 'es-disp-005',
    text: 'Esta factura está duplicada, ya me la cobraron',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-04-08T05:59:00.000Z', // Wed 2026-04-08 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'dispute', reason: 'duplicate' }],
  },
  {
    id: 'es-q-001',
    text: '¿Me puede enviar la factura?',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-09-16T12:33:00.000Z', // Wed 2026-09-16 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'es-q-002',
    text: 'cual es el numero de cuenta?',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-07-20T09:07:00.000Z', // Mon 2026-07-20 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'es-q-003',
    text: '¿Puedo pagar con tarjeta?',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-06-28T18:28:00.000Z', // Sun 2026-06-28 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'es-q-004',
    text: '¿Quién es?',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-03-13T13:20:00.000Z', // Fri 2026-03-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'es-plan-001',
    text: '¿Puedo pagar en 3 plazos?',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-05-18T10:54:00.000Z', // Mon 2026-05-18 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'es-plan-002',
    text: 'Hola,\n\n¿Sería posible fraccionar el pago en cuotas mensuales? Ahora mismo no podemos abonar el total de una vez.\n\nGracias,\nCarmen',
    channel: 'email',
    language: 'es',
    receivedAt: '2026-10-18T05:37:00.000Z', // Sun 2026-10-18 local
    timeZone: 'Europe/Madrid',
    subject: 'Re: Recordatorio de pago',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'es-hard-001',
    text: 'Me quedé sin trabajo y no tengo dinero ahora mismo',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-08-28T16:41:00.000Z', // Fri 2026-08-28 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'es-hard-002',
    text: 'estoy en el hospital, ahora no puedo con esto',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-12-20T21:17:00.000Z', // Sun 2026-12-20 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'es-wrong-001',
    text: 'número equivocado',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-05-21T17:22:00.000Z', // Thu 2026-05-21 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'es-wrong-002',
    text: 'Ada ya no trabaja aquí',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-02-27T09:48:00.000Z', // Fri 2026-02-27 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'es-call-001',
    text: 'Llámame por favor',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-03-15T11:43:00.000Z', // Sun 2026-03-15 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'es-call-002',
    text: 'Buenos días,\n\n¿Podrían llamarme al 612 345 678 para hablar de esta factura?\n\nGracias,\nPedro',
    channel: 'email',
    language: 'es',
    receivedAt: '2026-08-14T14:29:00.000Z', // Fri 2026-08-14 local
    timeZone: 'Europe/Madrid',
    subject: 'Re: Recordatorio de pago',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'es-opt-001',
    text: 'BAJA',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-05-27T21:18:00.000Z', // Wed 2026-05-27 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'es-opt-002',
    text: 'no me escriban más',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-06-26T23:44:00.000Z', // Sat 2026-06-27 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'es-opt-003',
    text: 'Dejen de enviarme mensajes',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-10-04T19:23:00.000Z', // Sun 2026-10-04 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'es-opt-004',
    text: 'Por favor, eliminen mi dirección de su lista de correo.',
    channel: 'email',
    language: 'es',
    receivedAt: '2026-08-22T16:41:00.000Z', // Sat 2026-08-22 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'es-auto-001',
    text: 'Estoy fuera de la oficina hasta el 7 de enero con acceso limitado al correo electrónico.',
    channel: 'email',
    language: 'es',
    receivedAt: '2026-12-22T08:30:00.000Z', // Tue 2026-12-22 local
    timeZone: 'Europe/Madrid',
    subject: 'Respuesta automática: Recordatorio de pago',
    headers: { 'Auto-Submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply', returnDate: '2027-01-07' }],
  },
  {
    id: 'es-auto-002',
    text: 'Gracias por su mensaje. Este buzón no se revisa. Para consultas escriba a administracion@lopezhnos.es.',
    channel: 'email',
    language: 'es',
    receivedAt: '2026-11-15T07:19:00.000Z', // Sun 2026-11-15 local
    timeZone: 'Europe/Madrid',
    subject: 'Respuesta automática: Factura INV-3321',
    headers: { Precedence: 'auto_reply' },
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'es-auto-003',
    text: '¡Hola! Gracias por escribir a Panadería La Espiga. En este momento no podemos atenderte, te responderemos lo antes posible.',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-05-18T14:59:00.000Z', // Mon 2026-05-18 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'es-other-001',
    text: 'ok gracias',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-10-05T06:21:00.000Z', // Mon 2026-10-05 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'es-other-002',
    text: 'Pásate por la tienda cuando quieras, tenemos pan recién hecho 🥖',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-08-21T09:03:00.000Z', // Fri 2026-08-21 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'es-multi-001',
    text: 'Ya pagué la semana pasada, y por favor dejen de escribirme',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-09-26T21:27:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'paid_already' }, { intent: 'opt_out' }],
  },
  {
    id: 'es-multi-002',
    text: 'Perdí el trabajo, ¿puedo pagar en cuotas?',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-05-10T23:25:00.000Z', // Mon 2026-05-11 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'hardship' }, { intent: 'payment_plan_request' }],
  },
  {
    id: 'es-multi-003',
    text: 'Hola,\n\nLa factura INV-1002 es incorrecta, nos cobraron de más. La INV-1001 la pagaremos el viernes.\n\nSaludos,\nAna',
    channel: 'email',
    language: 'es',
    receivedAt: '2026-02-20T21:11:00.000Z', // Fri 2026-02-20 local
    timeZone: 'America/Mexico_City',
    subject: 'RE: Factura INV-2704 vencida',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }, { intent: 'promise_to_pay', dates: ['2026-02-27'] }],
  },
  {
    id: 'fr-paid-001',
    text: 'déjà payé',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-01-04T20:36:00.000Z', // Sun 2026-01-04 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'fr-paid-002',
    text: 'Bonjour,\n\nLa facture a été réglée par virement le 5 mars. Vous trouverez le justificatif en pièce jointe.\n\nCordialement,\nSophie Martin',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-03-11T09:10:00.000Z', // Wed 2026-03-11 local
    timeZone: 'Europe/Paris',
    subject: 'Re: Rappel de paiement',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'fr-paid-003',
    text: 'c\'est payé depuis hier',
    channel: 'whatsapp',
    language: 'fr',
    receivedAt: '2026-01-12T22:09:00.000Z', // Mon 2026-01-12 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'fr-ptp-001',
    text: 'je paie vendredi',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-05-02T12:24:00.000Z', // Sat 2026-05-02 local
    timeZone: 'UTC',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-05-08'] }],
  },
  {
    id: 'fr-ptp-002',
    text: 'Je règle demain',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-08-02T04:09:00.000Z', // Sun 2026-08-02 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-08-03'] }],
  },
  {
    id: 'fr-ptp-003',
    text: 'Bonjour,\n\nNous procéderons au paiement de 450,00 € à la fin du mois.\n\nBien à vous,\nPierre Lefebvre\nComptabilité',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-06-30T13:00:00.000Z', // Tue 2026-06-30 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'promise_to_pay', amount: '450.00', dates: ['2026-07-31'] }],
  },
  {
    id: 'fr-ptp-004',
    text: 'je ne peux pas payer avant le 15',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-03-29T19:48:00.000Z', // Sun 2026-03-29 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-04-15'] }],
  },
  {
    id: 'fr-ptp-005',
    text: 'je vous paie la semaine prochaine',
    channel: 'whatsapp',
    language: 'fr',
    receivedAt: '2026-07-26T21:58:00.000Z', // Sun 2026-07-26 local
    timeZone: 'UTC',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-07-31'] }],
  },
  {
    id: 'fr-disp-001',
    text: 'Le montant est faux',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-03-02T16:00:00.000Z', // Mon 2026-03-02 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'fr-disp-002',
    text: 'Bonjour,\n\nNous n\'avons jamais reçu la marchandise. Merci de vérifier la livraison avant de nous relancer.\n\nCordialement,\nJulien',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-06-30T14:00:00.000Z', // Tue 2026-06-30 local
    timeZone: 'Europe/Paris',
    subject: 'Re: Votre facture INV-3068',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'fr-disp-003',
    text: 'J\'ai déjà renvoyé le colis',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-09-04T22:16:00.000Z', // Sat 2026-09-05 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'dispute', reason: 'already_returned' }],
  },
  {
    id: 'fr-disp-004',
    text: 'je n\'ai jamais commandé ça',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-01-27T18:54:00.000Z', // Tue 2026-01-27 local
    timeZone: 'UTC',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }],
  },
  {
    id: 'fr-q-001',
    text: 'Pouvez-vous me renvoyer la facture ?',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-04-16T05:26:00.000Z', // Thu 2026-04-16 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'fr-q-002',
    text: 'Bonjour,\n\nPourriez-vous me communiquer votre RIB afin que je puisse effectuer le virement ?\n\nMerci,\nClaire',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-06-12T09:47:00.000Z', // Fri 2026-06-12 local
    timeZone: 'Europe/Paris',
    subject: 'RE: Facture INV-3334 en retard',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'fr-q-003',
    text: 'C\'est qui ?',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-11-11T16:44:00.000Z', // Wed 2026-11-11 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'fr-plan-001',
    text: 'Est-ce que je peux payer en 3 fois ?',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-03-30T20:47:00.000Z', // Mon 2026-03-30 local
    timeZone: 'UTC',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'fr-plan-002',
    text: 'Serait-il possible d’échelonner le paiement sur plusieurs mois ?',
    channel: 'whatsapp',
    language: 'fr',
    receivedAt: '2026-09-10T15:40:00.000Z', // Thu 2026-09-10 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'fr-hard-001',
    text: 'j\'ai perdu mon emploi, je n\'ai plus de revenus',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-05-12T13:12:00.000Z', // Tue 2026-05-12 local
    timeZone: 'UTC',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'fr-hard-002',
    text: 'Bonjour,\n\nJe traverse de grosses difficultés financières en ce moment suite à un problème de santé. Je ne peux pas régler cette facture pour le moment.\n\nCordialement,\nMme Bernard',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-06-11T23:40:00.000Z', // Fri 2026-06-12 local
    timeZone: 'Europe/Paris',
    subject: 'Re: Votre facture INV-3737',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'fr-wrong-001',
    text: 'Mauvais numéro, je ne connais pas d\'Ada',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-04-20T18:51:00.000Z', // Mon 2026-04-20 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'fr-call-001',
    text: 'Rappelez-moi svp',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-03-08T23:20:00.000Z', // Mon 2026-03-09 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'fr-call-002',
    text: 'Bonjour,\n\nPouvez-vous m’appeler au 06 12 34 56 78 ? Ce sera plus simple au téléphone.\n\nMerci',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-07-26T16:58:00.000Z', // Sun 2026-07-26 local
    timeZone: 'Europe/Paris',
    subject: 'RE: Facture INV-3553 en retard',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'fr-opt-001',
    text: 'STOP',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-09-24T13:56:00.000Z', // Thu 2026-09-24 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'fr-opt-002',
    text: 'Ne me contactez plus',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-11-13T20:19:00.000Z', // Fri 2026-11-13 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'fr-opt-003',
    text: 'Merci de me désinscrire de vos envois.',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-08-23T06:27:00.000Z', // Sun 2026-08-23 local
    timeZone: 'UTC',
    subject: 'RE: Facture INV-3950 en retard',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'fr-auto-001',
    text: 'Je suis absente du bureau jusqu\'au 24 août. Pour toute urgence, merci de contacter compta@durand-fils.fr.',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-08-06T06:45:00.000Z', // Thu 2026-08-06 local
    timeZone: 'Europe/Paris',
    subject: 'Réponse automatique : Rappel de paiement',
    headers: { 'Auto-Submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply', returnDate: '2026-08-24' }],
  },
  {
    id: 'fr-auto-002',
    text: 'Ceci est une réponse automatique. Cette adresse n’est pas consultée.',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-11-04T22:57:00.000Z', // Wed 2026-11-04 local
    timeZone: 'UTC',
    subject: 'Réponse automatique : Facture INV-2088',
    headers: { 'X-Autoreply': 'yes' },
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'fr-other-001',
    text: 'd\'accord merci',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-01-08T00:47:00.000Z', // Thu 2026-01-08 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'fr-multi-001',
    text: 'Déjà payé la semaine dernière. Et arrêtez de m\'envoyer des SMS',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-11-24T06:54:00.000Z', // Tue 2026-11-24 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'paid_already' }, { intent: 'opt_out' }],
  },
  {
    id: 'fr-multi-002',
    text: 'Bonjour,\n\nJe n\'ai pas reçu la deuxième livraison, je ne paierai donc pas la facture INV-1003. La facture INV-1002 sera réglée jeudi.\n\nCordialement,\nMarc',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-11-11T23:23:00.000Z', // Thu 2026-11-12 local
    timeZone: 'Europe/Paris',
    subject: 'Re: Votre facture INV-3549',
    intents: [{ intent: 'dispute', reason: 'not_received' }, { intent: 'promise_to_pay', dates: ['2026-11-19'] }],
  },
];

/**
 * The corpus the reader is trained and cross-validated on: these, the voices the first writer underused
 * (corpusVoices.ts), and the fresh development set written in yet other voices to measure generalisation,
 * added once measured (corpusFresh.ts).
 */
export const intentCorpus: LabelledReply[] = [...clerkCorpus, ...intentCorpusVoices, ...intentCorpusFresh, ...intentCorpusFresh3];
