// Labelled replies in voices the first two corpus files underuse, first written as a fresh development set
// (to measure how the reader generalises) and then added to the corpus: terse tradespeople on SMS, English as a
// second language with unusual grammar, large-company accounts-payable process language (payment runs, PO
// mismatches, three-way match, vendor set-up), angry and sarcastic customers, long rambling emails with the
// intent in the middle, lowercase unpunctuated texts, heavy typos, emoji, Spanglish, amounts and invoice numbers,
// polite refusals, conditional promises, and look-alikes ("stop by the office", "paid attention", "I promise
// nothing", "the dispute is resolved so we're paying now", "who is this" against "wrong number").
//
// Labelling follows the conventions in the header of ./corpus exactly. Calls those
// conventions leave open were made as follows:
// - a condition on *us* with a day ("if you waive the late fee I'll pay Friday", "remove the fee and
//   I'll pay today") is a promise for that day; asking to drop a fee is also dispute wrong_amount, as
//   in the corpus ("Please remove the late fee, I was only 2 days late").
// - "I'll try for Friday, can't promise": a promise for Friday (as "I'll try to pay Friday").
// - an accounts-payable "routed for approval, will be paid in the next cycle" with no day is `other`;
//   with a day ("scheduled for the 12/10 run", "released Thursday") it is a promise for that day.
// - "we paid $X and withheld $Y freight" is paid_already plus dispute wrong_amount.
// - a bounced email (mailbox full) is auto_reply, like any machine-sent text.
// - a sarcastic "I'll pay for it right after you deliver it" is a dispute, not a promise.
//
// The comment after receivedAt gives the local weekday and date in the message's timeZone.

import type { LabelledReply } from './types';

export const intentCorpusFresh: LabelledReply[] = [
  {
    id: 'f-001',
    text: 'paid it on the 16th mate check ur end',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-002',
    text: 'yo its paid. zelle. tuesday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-003',
    text: 'Good morning,\n\nPlease be advised that payment for invoice 55-20931 was released in our Tuesday payment run (ACH trace 091000019284). Remittance advice attached.\n\nRegards,\nAccounts Payable Shared Services\nNorthwind Logistics Inc.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    subject: 'RE: Past due notice 55-20931',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-004',
    text: 'Hey! Transferred the $640 this morning 😊 should show by tmrw',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-005',
    text: 'i pay already last friday, you check please',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-05T04:00:00.000Z', // Wed 2026-03-04 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-006',
    text: 'Mister, the money I sended already on monday, I have the paper from bank',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-007',
    text: 'Hi there,\n\nSorry it has taken me a while to get back to you, it has been one of those months, the van failed its MOT and then my daughter had her school play and honestly I have barely looked at my emails. Anyway I did actually pay this one, I did it through my banking app on the 9th and it showed as gone from my side. If it has not turned up could you let me know and I will chase the bank. Hope you are keeping well in this weather.\n\nCheers,\nGraham',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-008',
    text: 'Paid. Again. Like I told the last 3 people who texted. Check your own records for once.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-009',
    text: 'wow thanks for the reminder for the bill i paid two weeks ago, really top notch bookkeeping 👏',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-010',
    text: 'payed in ful on tusday pls chek',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-011',
    text: 'ya quedó pagado, les mandé el comprobante por correo',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-01-29T11:00:00.000Z', // Thu 2026-01-29 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-012',
    text: 'Buenos días:\n\nLes informo de que la factura F-2026-0412 fue liquidada mediante transferencia el pasado viernes. Adjunto justificante.\n\nSaludos,\nMarta Gil\nContabilidad',
    channel: 'email',
    language: 'es',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-013',
    text: 'C\'est réglé depuis mardi, vérifiez svp',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-014',
    text: 'Bonjour,\n\nLe virement de 1 340,00 € a été émis le 21/09 (référence VIR-88213). Merci de bien vouloir lettrer votre compte.\n\nCordialement,\nService comptabilité fournisseurs',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-017',
    text: 'Hello,\n\nOur records show invoice #A-7781 was settled on 11/19 via virtual card (last 4: 2231). Please reconcile on your side and advise if a balance remains.\n\nThank you,\nAP Operations | Crestline Health',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-018',
    text: 'Respected Sir/Madam,\n\nThe said amount of Rs 18,400 has been remitted through NEFT on 28th August, UTR no. SBIN226240118832. Kindly acknowledge.\n\nRegards,\nS. Raghavan',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-08-31T12:00:00.000Z', // Mon 2026-08-31 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-019',
    text: '✅💸 done',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-021',
    text: 'I paid attention to the due date this time so it went out early, should be with you already',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-022',
    text: 'paid yesterday, do you need the confirmation number?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-05T04:00:00.000Z', // Wed 2026-03-04 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-023',
    text: 'ya lo pagué bro, con la tarjeta on Monday',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-024',
    text: 'Pmt of $2,318.40 posted to your acct 12/1 conf# 7743ZQ',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-025',
    text: 'j\'ai payé hier par carte bancaire sur votre site',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-026',
    text: 'Ya hicimos el depósito en OXXO, le mando foto del ticket',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-01-29T11:00:00.000Z', // Thu 2026-01-29 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-028',
    text: 'This invoice has been approved and paid. Payment reference PR-00918231. Please allow 3-5 business days for funds to clear.\n\nVendor Payments Team',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }],
  },
  {
    id: 'f-029',
    text: 'Paid in full 11/30. Now stop texting me.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }, { intent: 'opt_out' }],
  },
  {
    id: 'f-030',
    text: 'Hello,\n\nI\'ve paid this already, now kindly remove my email address from your reminders.\n\nThanks,\nJo',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'paid_already' }, { intent: 'opt_out' }],
  },
  {
    id: 'f-031',
    text: 'We paid $1,788.00 on 11/28 and withheld $212.00 of freight: our terms are FOB destination. Please issue a credit memo for the difference.\n\nAccounts Payable',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'paid_already' }, { intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'f-032',
    text: 'I paid attention to your last letter and I still don\'t understand what this charge is for.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'f-033',
    text: 'still waiting to get paid by the county myself, you\'ll get yours when they pay me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: [] }],
  },
  {
    id: 'f-034',
    text: 'We\'ve paid every invoice from you on time for six years. This one is wrong: it bills 400 units and we took 40.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'f-035',
    text: 'I haven\'t paid because nobody ever sent me an invoice',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-05T04:00:00.000Z', // Wed 2026-03-04 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'f-036',
    text: 'paid? no. planning to friday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-04'] }],
  },
  {
    id: 'f-037',
    text: 'Payment was approved internally, it will go out in the next run on the 10th.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-10'] }],
  },
  {
    id: 'f-038',
    text: 'money came back from the bank, your account details got rejected. what are the right ones?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'f-039',
    text: 'cheque\'s written, just need a stamp lol, going in the post monday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-23'] }],
  },
  {
    id: 'f-040',
    text: 'The transfer failed twice. Can you send the IBAN again?',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'f-041',
    text: 'the work was done badly and you still want to be paid? no chance',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'f-042',
    text: 'This invoice has been routed for approval. Once approved it will be paid in our next payment cycle.\n\nAP Shared Services',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'f-043',
    text: 'Not paid yet, it\'s sat in the approval queue. Should be released Thursday.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-03'] }],
  },
  {
    id: 'f-044',
    text: 'We paid the deposit in March. The balance isn\'t due until the job is finished, and it isn\'t: the deck still has no railings.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'f-045',
    text: 'fri',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-27'] }],
  },
  {
    id: 'f-046',
    text: 'will drop a check in the mail monday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-07'] }],
  },
  {
    id: 'f-047',
    text: 'can do $300 thurs rest on payday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-06-11'], amount: '300.00' }],
  },
  {
    id: 'f-049',
    text: 'Hi,\n\nInvoice 88213 has cleared three-way match and is scheduled for our 12/10 payment run. You should see the ACH two business days after.\n\nBest,\nPayables Team',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-10'] }],
  },
  {
    id: 'f-050',
    text: 'Dear Supplier,\n\nThis invoice has been approved and will be included in the BACS run on 27/11.\n\nKind regards,\nPurchase Ledger',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-27'] }],
  },
  {
    id: 'f-051',
    text: 'if you waive the late fee i\'ll pay the full thing friday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-04'] }, { intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'f-052',
    text: 'If you can knock off the $45 callout fee I can pay today',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-02'] }, { intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'f-054',
    text: 'Le pago el viernes sin falta',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-01-29T11:00:00.000Z', // Thu 2026-01-29 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-01-30'] }],
  },
  {
    id: 'f-055',
    text: 'el 15 le deposito la mitad y el resto a fin de mes',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-01-29T11:00:00.000Z', // Thu 2026-01-29 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-02-15', '2026-01-31'] }],
  },
  {
    id: 'f-056',
    text: 'Je vous règle ça lundi sans faute',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-09-28'] }],
  },
  {
    id: 'f-057',
    text: 'Bonjour,\n\nLe paiement partira la semaine prochaine, le temps que notre comptable valide.\n\nBien à vous,\nNadia',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-10-02'] }],
  },
  {
    id: 'f-058',
    text: 'ok ok te pago next friday, lo prometo',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-04'] }],
  },
  {
    id: 'f-059',
    text: 'FINE. You\'ll get your money Monday. Happy now?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-23'] }],
  },
  {
    id: 'f-060',
    text: 'ill have it to you by the end of the week just waiting on a client to pay me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-20'] }],
  },
  {
    id: 'f-061',
    text: 'will pau on wensday sorry ws away',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-09'] }],
  },
  {
    id: 'f-064',
    text: 'Can you give me until the 15th? Payday is the 14th',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-15'] }],
  },
  {
    id: 'f-065',
    text: 'Hello,\n\nI hope this finds you well. I have been meaning to write since your first letter arrived, but my mother moved in with us in October and the house has been upside down, and to be honest paperwork is not my strong point. I have looked at the invoice and everything seems in order, so I will put a cheque in the post on Monday for the full £212.00. I must say the young man who came to do the work was very polite and tidy, which is more than I can say for the last firm.\n\nWith best wishes,\nMargaret Ellis',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-23'], amount: '212.00' }],
  },
  {
    id: 'f-066',
    text: 'Amount of USD 4,560.00 against PO 7719 will be released on 8 December after the goods receipt is booked.\n\nRegards,\nProcurement Finance',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-08'], amount: '4560.00' }],
  },
  {
    id: 'f-067',
    text: 'Sir, payment will be done by 5th of next month positively.\n\nRegards,\nAnand',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-08-31T12:00:00.000Z', // Mon 2026-08-31 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-09-05'] }],
  },
  {
    id: 'f-068',
    text: 'I will clear dues by end of month',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-08-31T12:00:00.000Z', // Mon 2026-08-31 local
    timeZone: 'Asia/Kolkata',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-09-30'] }],
  },
  {
    id: 'f-069',
    text: 'half now half on the 20th ok?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-02', '2026-12-20'] }],
  },
  {
    id: 'f-070',
    text: 'can i pay on the 3rd?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-03'] }],
  },
  {
    id: 'f-071',
    text: 'Transfer will go out Tues, ref INV-22107',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-24'] }],
  },
  {
    id: 'f-072',
    text: 'I\'ll sort it after the weekend',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-11-23'] }],
  },
  {
    id: 'f-075',
    text: 'The credit note came through, so we\'re square on the dispute. Paying the corrected amount today.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-05T04:00:00.000Z', // Wed 2026-03-04 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-03-04'] }],
  },
  {
    id: 'f-076',
    text: 'as soon as the insurance pays out you\'ll get it',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: [] }],
  },
  {
    id: 'f-077',
    text: 'We pay on 60-day terms. This one will be paid on 1/15.\n\nAP',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2027-01-15'] }],
  },
  {
    id: 'f-078',
    text: 'Je paierai le 5 octobre',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-10-05'] }],
  },
  {
    id: 'f-079',
    text: 'Lo abonamos la semana que viene.\n\nUn saludo,\nPere',
    channel: 'email',
    language: 'es',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-10-23'] }],
  },
  {
    id: 'f-081',
    text: 'can\'t promise anything but I\'ll try for friday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-04'] }],
  },
  {
    id: 'f-082',
    text: 'stop by the office anytime tomorrow and ill give you the cash',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-03'] }],
  },
  {
    id: 'f-083',
    text: 'remove the late fee and i\'ll pay today',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-02'] }, { intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'f-084',
    text: 'mañana le hago la transferencia de los $3,500',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-01-29T11:00:00.000Z', // Thu 2026-01-29 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-01-30'], amount: '3500.00' }],
  },
  {
    id: 'f-086',
    text: 'never ordered a second skip mate, only had the one',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }],
  },
  {
    id: 'f-088',
    text: 'Hello,\n\nInvoice 40021 is on hold due to a PO mismatch: the PO is for 120 units at $14.50, the invoice bills 140 units at $15.25. Please issue a credit note or a corrected invoice referencing PO 4500018811.\n\nThanks,\nAccounts Payable',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'f-089',
    text: 'Invoice rejected: goods receipt not found for PO 771203. Our receiving dock has no record of this delivery.\n\nAP Exceptions Team',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'f-090',
    text: 'lol you want money for a fence that fell over in the first storm? come look at it',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'f-091',
    text: 'Oh sure, I\'ll pay for the sofa you never delivered. Right after you deliver it.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'f-092',
    text: 'The machine you sell me is not work from first day, I want money back not pay more.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'f-093',
    text: 'I sent the heater back in february with the return label u gave me',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-05T04:00:00.000Z', // Wed 2026-03-04 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'dispute', reason: 'already_returned' }],
  },
  {
    id: 'f-094',
    text: 'El técnico nunca vino y me están cobrando la visita',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-01-29T11:00:00.000Z', // Thu 2026-01-29 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'f-095',
    text: 'Esta factura está duplicada, ya me llegó la misma el mes pasado.',
    channel: 'email',
    language: 'es',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'dispute', reason: 'duplicate' }],
  },
  {
    id: 'f-096',
    text: 'Bonjour,\n\nJe conteste cette facture : le chantier n\'est toujours pas terminé.\n\nM. Roux',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'f-097',
    text: 'Vous m\'avez facturé 3 heures au lieu d\'une',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'f-098',
    text: 'You\'ve sent me INV-3391 twice now. I paid the first one.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'duplicate' }, { intent: 'paid_already' }],
  },
  {
    id: 'f-100',
    text: 'Thank you for your message. I\'m afraid I won\'t be paying this invoice, as the cancellation was made within the 14-day cooling-off period.\n\nKind regards,\nRuth Abbott',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'other' }],
  },
  {
    id: 'f-101',
    text: 'With respect, we don\'t believe this is owed. The contract caps call-outs at two per quarter.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'dispute', reason: 'other' }],
  },
  {
    id: 'f-102',
    text: 'the paint is already peeling off the door you did last month not paying till its redone',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'f-104',
    text: 'I disputed this with my card company already, they will be in touch with you.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'other' }],
  },
  {
    id: 'f-106',
    text: 'Who authorised the extra $180 for "materials"? Nobody asked me.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }],
  },
  {
    id: 'f-107',
    text: 'I\'ll pay for the boiler service on Friday but not the $90 part you never fitted',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'promise_to_pay', dates: ['2026-12-04'] }, { intent: 'dispute', reason: 'not_received' }],
  },
  {
    id: 'f-108',
    text: 'Ce n\'est pas moi qui ai commandé ça',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'dispute', reason: 'not_ordered' }],
  },
  {
    id: 'f-109',
    text: 'No pienso pagar esto, el trabajo quedó fatal',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-01-29T11:00:00.000Z', // Thu 2026-01-29 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'dispute', reason: 'quality' }],
  },
  {
    id: 'f-110',
    text: 'cant stop laughing at this bill 😂 $900 for a tap??',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'f-111',
    text: 'I promise nothing. You overcharged me and you\'ll get paid when you fix the invoice.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }],
  },
  {
    id: 'f-112',
    text: 'whats ur sort code',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'f-113',
    text: 'Can you resend invoice 4471? It went to our old AP inbox.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'f-114',
    text: 'Hello,\n\nPlease provide a W-9 and a copy of the invoice on your letterhead so we can set you up as a vendor.\n\nThanks,\nVendor Maintenance',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'f-115',
    text: 'Do u take cash? can drop it at the yard',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'f-116',
    text: 'who\'s this? got a text about a bill from a number i dont know',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'f-117',
    text: 'Is this legit or a scam?? never heard of you guys',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-05T04:00:00.000Z', // Wed 2026-03-04 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'f-118',
    text: '¿Me pasa el número de cuenta para hacer la transferencia?',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-01-29T11:00:00.000Z', // Thu 2026-01-29 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'f-119',
    text: 'Pouvez-vous me renvoyer la facture en PDF ?',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'f-120',
    text: 'whats this $85 "admin charge" on the bill?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'f-122',
    text: 'Can I pay over the phone with a card?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'f-123',
    text: 'i never got the invoice, whats it for?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-05T04:00:00.000Z', // Wed 2026-03-04 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'f-124',
    text: 'Please, what is the bank account for to pay? I am from Poland and want to send by Wise.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'f-126',
    text: 'whose number is this',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'f-128',
    text: '¿Aceptan Bizum o solo transferencia?',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'f-129',
    text: 'Qui êtes-vous ? Je ne connais pas votre société.',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'question', questionKind: 'who_is_this' }],
  },
  {
    id: 'f-130',
    text: 'What is the IBAN and BIC? Our bank needs both for an international payment.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'f-131',
    text: 'Can I just stop by the office and pay in person? what\'s the address',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'payment_methods' }],
  },
  {
    id: 'f-132',
    text: 'Could you itemise this? I can\'t tell what the £340 covers.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'question', questionKind: 'invoice_copy' }],
  },
  {
    id: 'f-134',
    text: 'Please confirm your remit-to address and banking details on company letterhead. We cannot release payment to new bank details without verification.\n\nTreasury Operations',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'bank_details' }],
  },
  {
    id: 'f-135',
    text: 'oye cuál es el total que debo? I lost the paper',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'question', questionKind: 'other' }],
  },
  {
    id: 'f-136',
    text: 'can i do 50 a week',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'f-137',
    text: 'Any chance of splitting it over 3 months? Quiet season for us.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'f-138',
    text: 'Is possible to pay in 4 part? every month one part',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'f-139',
    text: '¿Puedo pagarlo en tres cuotas?',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-01-29T11:00:00.000Z', // Thu 2026-01-29 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'f-140',
    text: 'Est-il possible de payer en trois fois ?',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'f-141',
    text: 'Dear Sir or Madam,\n\nWe would like to propose settling this account in four equal monthly instalments.\n\nYours faithfully,\nFinance Director',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'f-142',
    text: 'rather pay monthly if thats alright, say $200',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'f-144',
    text: 'can I pay en pagos? like 100 cada mes',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'f-145',
    text: 'lost my job in sept, can we set up something monthly? even $25',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }, { intent: 'payment_plan_request' }],
  },
  {
    id: 'f-146',
    text: 'Is there any payment arrangement you can offer? I can\'t do the full £900 in one go.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'f-147',
    text: 'bit by bit ok? i\'ll send what I can every payday',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'f-148',
    text: 'Je peux régler 100 € par mois ?',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'f-149',
    text: '¿Me pueden dar facilidades de pago?',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-01-29T11:00:00.000Z', // Thu 2026-01-29 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'payment_plan_request' }],
  },
  {
    id: 'f-150',
    text: 'My wife passed away in October and I\'m only just getting through the post. Please bear with me.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'f-151',
    text: 'got laid off tuesday. cant pay anything rn',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'f-152',
    text: 'I am very sorry, my shop is close because of flood, now I have no money',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'f-153',
    text: 'Estoy sin trabajo desde agosto y no puedo pagar ahora',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'f-154',
    text: 'Je suis en arrêt maladie depuis deux mois, je ne peux pas payer pour l\'instant.',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'f-155',
    text: 'chemo every week, work has cut me to 2 days. I\'m doing my best.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'f-156',
    text: 'the bank froze my account, literally can\'t access a cent till they sort it',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'f-157',
    text: 'Cash flow is terrible since our main client went bust. We\'re paying suppliers as and when we can.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'f-158',
    text: 'honestly mate im skint, the ute\'s off the road and no ute no work',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'f-159',
    text: 'Been in hospital all week, I\'ll pay it Monday when I\'m home',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'hardship' }, { intent: 'promise_to_pay', dates: ['2026-12-07'] }],
  },
  {
    id: 'f-160',
    text: 'Me quedé sin chamba y con dos niños, ¿me dejan pagar de a poquito?',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-01-29T11:00:00.000Z', // Thu 2026-01-29 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'hardship' }, { intent: 'payment_plan_request' }],
  },
  {
    id: 'f-161',
    text: 'I\'m a student and my loan hasn\'t come in, I literally have £3',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'f-162',
    text: 'The divorce is dragging on and all our joint accounts are frozen.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-03-05T04:00:00.000Z', // Wed 2026-03-04 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'hardship' }],
  },
  {
    id: 'f-163',
    text: 'wrong number buddy',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'f-164',
    text: 'no Ada here, this is a dentist\'s surgery',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'f-165',
    text: 'Sorry I am not this person, I buy this phone number new last month',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'f-166',
    text: 'Se equivocó de número, yo no soy Ada',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-01-29T11:00:00.000Z', // Thu 2026-01-29 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'f-167',
    text: 'Vous vous êtes trompé de numéro',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'f-168',
    text: 'We are unable to locate a vendor account for your company in our system. Please verify the bill-to entity; this invoice may have been sent to us in error.\n\nAccounts Payable',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'f-169',
    text: 'This address reaches the Parks Department; we have no dealings with your firm. Please check the addressee.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'f-170',
    text: 'lol who? there\'s no Ada at this number',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-05T04:00:00.000Z', // Wed 2026-03-04 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'f-171',
    text: 'Ada was my tenant. She moved out in the summer and left no forwarding address.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'f-172',
    text: 'adas my sister, this is my phone, ill tell her',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'f-173',
    text: 'Ada no longer works for Brightlane. Please update your contact to accounts@brightlane.co.uk.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'f-174',
    text: 'Not me. Remove this number.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'wrong_person' }, { intent: 'opt_out' }],
  },
  {
    id: 'f-175',
    text: 'Este correo ya no pertenece a Talleres Ibáñez, por favor actualicen sus datos.',
    channel: 'email',
    language: 'es',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'wrong_person' }],
  },
  {
    id: 'f-176',
    text: 'call me after 5',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'f-177',
    text: 'easier if u ring me, on a roof all day',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'f-178',
    text: 'Could someone from your accounts team phone me? I\'d rather talk it through.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'f-179',
    text: 'Llámeme por favor, prefiero hablarlo',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'f-180',
    text: 'Pouvez-vous me rappeler au 06 12 34 56 78 ?',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'f-181',
    text: 'Please you can telephone me tomorrow morning, I explain better speaking.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'f-182',
    text: 'I want to speak to a manager. Now.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'f-183',
    text: 'the invoice is wrong and I\'ve been on hold for 40 mins, have someone call me back today',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'dispute', reason: 'wrong_amount' }, { intent: 'callback_request' }],
  },
  {
    id: 'f-184',
    text: 'gimme a bell when ur free',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'f-185',
    text: 'Any chance of a quick chat on the phone? Email isn\'t really my thing.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'f-186',
    text: 'me puedes llamar? es más fácil, my english no es muy bueno',
    channel: 'sms',
    language: 'es',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'f-187',
    text: 'Please have your credit controller contact me directly on 0161 555 0199 to discuss the open items.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'callback_request' }],
  },
  {
    id: 'f-188',
    text: 'pls quit msging this number',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'f-189',
    text: 'take this number off ur system',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'f-190',
    text: 'i want off this list',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-05T04:00:00.000Z', // Wed 2026-03-04 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'f-191',
    text: 'no more txts thx',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'f-192',
    text: 'Stop. Texting. Me.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'f-193',
    text: 'Ya no me manden mensajes por favor',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-01-29T11:00:00.000Z', // Thu 2026-01-29 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'f-194',
    text: 'Merci de ne plus m\'écrire sur ce numéro',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'f-195',
    text: 'This is harassment. Do not message this number again or I will report you.',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'f-196',
    text: 'dejen de mandarme whatsapps',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'f-197',
    text: 'Please cease all communication with me regarding this account.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'opt_out' }],
  },
  {
    id: 'f-198',
    text: 'Thanks for your text! We\'re on a job right now and will get back to you by end of day. - Hargreaves Plumbing',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'f-199',
    text: 'This is an automated acknowledgement. Your email has been received by the Accounts Payable shared mailbox. Invoices are processed within 30 days of receipt. Please do not reply.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'f-200',
    text: 'I am on parental leave until 4 January 2027 with no access to email. For invoice queries please contact ap@northwind.com.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'auto_reply', returnDate: '2027-01-04' }],
  },
  {
    id: 'f-201',
    text: 'Estoy de vacaciones hasta el 26 de octubre. Para asuntos urgentes escriba a contabilidad@ibanez.es',
    channel: 'email',
    language: 'es',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'auto_reply', returnDate: '2026-10-26' }],
  },
  {
    id: 'f-202',
    text: 'Je suis absente jusqu\'au 5 octobre inclus. Pour toute urgence, contactez le standard.',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'auto_reply', returnDate: '2026-10-05' }],
  },
  {
    id: 'f-203',
    text: 'Hi! 👋 Thanks for messaging Bloom & Co. We\'re closed right now but we\'ll reply as soon as we\'re back in the shop.',
    channel: 'whatsapp',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'f-204',
    text: 'I\'m away from the office Thursday and Friday and back Monday.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    subject: 'Automatic reply: Invoice INV-2231',
    intents: [{ intent: 'auto_reply', returnDate: '2026-12-07' }],
  },
  {
    id: 'f-205',
    text: 'Thank you for your email. Our team aims to respond within 2 working days.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    headers: { 'Auto-Submitted': 'auto-replied' },
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'f-206',
    text: 'Gracias por escribirnos. Nuestro horario es de lunes a viernes de 9 a 18 h. Le responderemos lo antes posible.',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-10-13T09:00:00.000Z', // Tue 2026-10-13 local
    timeZone: 'Europe/Madrid',
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'f-207',
    text: 'Bonjour, je suis en déplacement sans accès à mes mails jusqu\'au lundi 28 septembre.',
    channel: 'email',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'auto_reply', returnDate: '2026-09-28' }],
  },
  {
    id: 'f-208',
    text: 'I\'m currently travelling with limited access to email and will respond on my return on 14 December.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'auto_reply', returnDate: '2026-12-14' }],
  },
  {
    id: 'f-209',
    text: 'Your message could not be delivered to the recipient because their mailbox is full.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'auto_reply' }],
  },
  {
    id: 'f-210',
    text: '👍',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'f-211',
    text: 'ok noted',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'f-212',
    text: 'received, will pass to my accountant',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'f-213',
    text: 'Happy holidays to the team!',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'f-214',
    text: 'Please stop the service at the end of the month, we are moving',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-03-05T04:00:00.000Z', // Wed 2026-03-04 local
    timeZone: 'America/Los_Angeles',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'f-215',
    text: 'don\'t stop the reminders, they actually help me lol',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'f-216',
    text: 'Recibido, gracias',
    channel: 'whatsapp',
    language: 'es',
    receivedAt: '2026-01-29T11:00:00.000Z', // Thu 2026-01-29 local
    timeZone: 'America/Mexico_City',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'f-217',
    text: 'Bien reçu, merci',
    channel: 'sms',
    language: 'fr',
    receivedAt: '2026-09-26T14:00:00.000Z', // Sat 2026-09-26 local
    timeZone: 'Europe/Paris',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'f-218',
    text: 'sorry that was meant for the group chat',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-11-20T10:00:00.000Z', // Fri 2026-11-20 local
    timeZone: 'Europe/London',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'f-219',
    text: 'Can you tell Dave the gate code changed to 4471?',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'f-220',
    text: 'your bloke left his ladder here btw',
    channel: 'sms',
    language: 'en',
    receivedAt: '2026-06-07T23:30:00.000Z', // Mon 2026-06-08 local
    timeZone: 'Australia/Sydney',
    intents: [{ intent: 'other' }],
  },
  {
    id: 'f-221',
    text: 'Noted, forwarded to our AP team for processing.',
    channel: 'email',
    language: 'en',
    receivedAt: '2026-12-02T15:00:00.000Z', // Wed 2026-12-02 local
    timeZone: 'America/New_York',
    intents: [{ intent: 'other' }],
  },
];
