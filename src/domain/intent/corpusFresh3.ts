// Part of the training corpus (included in intentCorpus, src/domain/intent/corpus.ts). Written on 2026-12-02 as
// a third fresh development set (test/fixtures/intent/fresh3.ts), measured before and after the promise
// wording work of that day (docs/intent.md), then moved here: its figures are no longer an estimate.
//
// A third fresh set for the reply reader, written to probe promises to pay in voices and
// phrasings unlike the corpus: Irish, Scottish, Australian, US Southern and Indian English, accounts-payable
// process language ("funds will be released", "remittance to follow", "in our AP cycle"), questions that
// are promises ("can I get till the 25th?"), relative days ("within 5 working days", "end of play
// Thursday", "after payday on the 28th", "a fortnight"), Spanish (Spain, Mexico) and French; plus
// non-promise look-alikes (conditional refusals, payments made, "when can I pay?", plans, hardship).
//
// Labelling follows the header of src/domain/intent/corpus.ts. Calls it leaves open: "N working/business
// days" skips Saturdays and Sundays; "end of play <day>" / "close of business <day>" is that day; "after
// payday on the 28th" is the 28th; "first of the month" is the 1st of next month; "a fortnight" / "une
// quinzaine" is today + 14; a cheque "posted tomorrow" is promised for tomorrow.
import type { LabelledReply } from './types';
import { atAnchors, one, promise, disp, ask } from './labelling';

const ANCHORS = {
  A: ['2026-03-09T10:00:00.000Z', 'Europe/Dublin'], // Mon 2026-03-09 local
  B: ['2026-08-11T23:00:00.000Z', 'Australia/Sydney'], // Wed 2026-08-12 local
  C: ['2026-09-15T15:00:00.000Z', 'America/Chicago'], // Tue 2026-09-15 local
  D: ['2026-11-05T06:00:00.000Z', 'Asia/Kolkata'], // Thu 2026-11-05 local
  E: ['2026-06-19T09:00:00.000Z', 'Europe/London'], // Fri 2026-06-19 local
  F: ['2026-04-20T08:00:00.000Z', 'Europe/Madrid'], // Mon 2026-04-20 local
  G: ['2026-10-07T09:00:00.000Z', 'Europe/Paris'], // Wed 2026-10-07 local
  H: ['2026-01-17T17:00:00.000Z', 'America/Mexico_City'], // Sat 2026-01-17 local
} as const;

const m = atAnchors(ANCHORS);

export const intentCorpusFresh3: LabelledReply[] = [
  // Irish (Mon 2026-03-09)
  m('h-01', 'A', 'sms', 'en', "I'll have that sorted for ye Friday, no bother", promise(['2026-03-13'])),
  m('h-02', 'A', 'sms', 'en', "Grand so, I'll fix ye up Thursday when I'm in town", promise(['2026-03-12'])),
  m('h-03', 'A', 'whatsapp', 'en', 'Can I get till the 25th? Wages go in then', promise(['2026-03-25'])),
  m('h-04', 'A', 'sms', 'en', "Sound, I'll drop it over to ye first thing Wednesday", promise(['2026-03-11'])),
  m('h-05', 'A', 'whatsapp', 'en', 'Is it ok if I pay on the 20th instead lads', promise(['2026-03-20'])),
  m('h-06', 'A', 'sms', 'en', "I'll have the money for ye after payday on the 28th", promise(['2026-03-28'])),
  m('h-07', 'A', 'email', 'en', 'Will get that squared away by end of the month, promise', promise(['2026-03-31'])),
  m('h-08', 'A', 'sms', 'en', 'Gonna fire the money across to ye tomorrow', promise(['2026-03-10'])),
  m('h-09', 'A', 'email', 'en', "I'll clear the balance in a fortnight if that suits", promise(['2026-03-23'])),
  m('h-10', 'A', 'sms', 'en', 'How do I pay ye, is there a card option?', ask('payment_methods')),
  m('h-11', 'A', 'whatsapp', 'en', "I'd pay it if ye fixed the leak first. Still dripping.", disp('quality')),
  m('h-12', 'A', 'sms', 'en', 'Paid it in the post office Saturday, have the receipt', one('paid_already')),
  m('h-98', 'A', 'sms', 'en', "Ah sorry, totally forgot. I'll lodge it tomorrow morning", promise(['2026-03-10'])),
  m('h-99', 'A', 'whatsapp', 'en', "Leave it with me, you'll have it Friday", promise(['2026-03-13'])),
  m('h-111', 'A', 'sms', 'en', "I'll pay what I owe on Thursday, sure look", promise(['2026-03-12'])),
  m('h-115', 'A', 'sms', 'en', 'I paid ye already on Friday, check again', one('paid_already')),
  m('h-71', 'A', 'email', 'en', "I'll settle up first thing Monday", promise(['2026-03-16'])),

  // Scottish and UK business (Fri 2026-06-19)
  m('h-13', 'E', 'sms', 'en', "Aye nae bother, I'll get that paid Monday", promise(['2026-06-22'])),
  m('h-14', 'E', 'sms', 'en', "Wee bit skint the now but I'll sort ye oot next Friday", [{ intent: 'hardship' }, ...promise(['2026-06-26'])]),
  m('h-15', 'E', 'sms', 'en', "I'll square you up on Tuesday pal", promise(['2026-06-23'])),
  m('h-16', 'E', 'whatsapp', 'en', 'Will get it tae ye by Wednesday', promise(['2026-06-24'])),
  m('h-17', 'E', 'email', 'en', "you'll have payment within 5 working days", promise(['2026-06-26'])),
  m('h-18', 'E', 'email', 'en', 'Funds will be released end of play Thursday.', promise(['2026-06-25'])),
  m('h-19', 'E', 'email', 'en', 'This is scheduled for the next payment run on 30/06.', promise(['2026-06-30'])),
  m('h-20', 'E', 'email', 'en', 'The cheque is being signed today and will be posted tomorrow.', promise(['2026-06-20'])),
  m('h-21', 'E', 'email', 'en', 'Remittance to follow on Monday once the batch is approved.', promise(['2026-06-22'])),
  m('h-22', 'E', 'email', 'en', 'Invoice is approved and sits in our AP cycle for 26 June.', promise(['2026-06-26'])),
  m('h-23', 'E', 'email', 'en', 'Your invoice has been scheduled for payment on the 30th.', promise(['2026-06-30'])),
  m('h-24', 'E', 'email', 'en', 'We paid this in the 12 June payment run, remittance was emailed to your accounts inbox.', one('paid_already')),
  m('h-25', 'E', 'email', 'en', 'Can we spread this over three months? Money is very tight since the flood.', [{ intent: 'payment_plan_request' }, { intent: 'hardship' }]),
  m('h-26', 'E', 'email', 'en', 'When is the payment due? Need the date for our AP system.', ask('other')),
  m('h-66', 'E', 'email', 'en', 'Funds will be released once the PO is matched, expected Wednesday.', promise(['2026-06-24'])),
  m('h-67', 'E', 'email', 'en', 'Scheduled for the next payment run, which is Thursday 25 June.', promise(['2026-06-25'])),
  m('h-69', 'E', 'email', 'en', "We're looking at early next week for this one, likely Monday.", promise(['2026-06-22'])),
  m('h-70', 'E', 'email', 'en', 'Remittance to follow by close of business Monday.', promise(['2026-06-22'])),
  m('h-73', 'E', 'email', 'en', 'Payment will only be made once the credit note is issued.', disp('wrong_amount')),
  m('h-75', 'E', 'email', 'en', "What's the latest I can pay without a late fee?", ask('other')),
  m('h-103', 'E', 'sms', 'en', 'Will pay by end of play today', promise(['2026-06-19'])),
  m('h-110', 'E', 'sms', 'en', "You'll have it Tuesday, promise", promise(['2026-06-23'])),

  // Australian (Wed 2026-08-12)
  m('h-27', 'B', 'sms', 'en', "No worries mate, I'll sort it Friday arvo", promise(['2026-08-14'])),
  m('h-28', 'B', 'sms', 'en', 'Reckon I can get it to you by Monday', promise(['2026-08-17'])),
  m('h-29', 'B', 'sms', 'en', "I'll fix you up after payday on the 20th", promise(['2026-08-20'])),
  m('h-30', 'B', 'whatsapp', 'en', "Give us a fortnight and it'll be done", promise(['2026-08-26'])),
  m('h-31', 'B', 'sms', 'en', 'Can I get till next Thursday? Cash is a bit short', promise(['2026-08-13'])),
  m('h-32', 'B', 'sms', 'en', 'Will chuck the money through tomorrow', promise(['2026-08-13'])),
  m('h-33', 'B', 'sms', 'en', 'Paying this Thursday, promise', promise(['2026-08-13'])),
  m('h-34', 'B', 'email', 'en', 'Should be able to transfer by end of next week.', promise(['2026-08-21'])),
  m('h-35', 'B', 'sms', 'en', 'Is it ok if I pay on Monday?', promise(['2026-08-17'])),
  m('h-36', 'B', 'sms', 'en', 'Already transferred it Monday, check ya records', one('paid_already')),
  m('h-37', 'B', 'sms', 'en', "I lost me job last week, can't pay anything right now", one('hardship')),
  m('h-38', 'B', 'sms', 'en', 'Can I pay it off at $50 a week?', one('payment_plan_request')),
  m('h-72', 'B', 'email', 'en', 'Invoice is in the queue for our fortnightly pay run on the 19th.', promise(['2026-08-19'])),
  m('h-100', 'B', 'email', 'en', "Payment's booked in for Tuesday.", promise(['2026-08-18'])),
  m('h-104', 'B', 'sms', 'en', 'Can I pay it next week instead mate?', promise(['2026-08-21'])),
  m('h-114', 'B', 'sms', 'en', "Mate I'll have the cash for you Saturday", promise(['2026-08-15'])),

  // US South and US business (Tue 2026-09-15)
  m('h-39', 'C', 'sms', 'en', "Yes ma'am, I'll get that paid Friday", promise(['2026-09-18'])),
  m('h-40', 'C', 'sms', 'en', 'Fixin to mail yall a check Thursday', promise(['2026-09-17'])),
  m('h-41', 'C', 'sms', 'en', "I'll have it to y'all first of the month", promise(['2026-10-01'])),
  m('h-42', 'C', 'sms', 'en', 'Can I have til the 25th? I get paid then', promise(['2026-09-25'])),
  m('h-43', 'C', 'email', 'en', "We'll run it through on 9/30, bless your patience", promise(['2026-09-30'])),
  m('h-44', 'C', 'sms', 'en', "I get my check Friday and I'll pay y'all then", promise(['2026-09-18'])),
  m('h-45', 'C', 'sms', 'en', 'Reckon I can pay half Friday and the rest next week', promise(['2026-09-18', '2026-09-25'])),
  m('h-46', 'C', 'email', 'en', 'Would it be alright if I paid on the 22nd?', promise(['2026-09-22'])),
  m('h-47', 'C', 'sms', 'en', 'Gonna pay $200 tomorrow', promise(['2026-09-16'], '200.00')),
  m('h-48', 'C', 'sms', 'en', 'I done paid that last Tuesday at the office', one('paid_already')),
  m('h-49', 'C', 'sms', 'en', "Y'all charged me twice for the same visit", disp('duplicate')),
  m('h-50', 'C', 'sms', 'en', "I ain't paying a dime til y'all fix the AC, it's still broken", disp('quality')),
  m('h-51', 'C', 'sms', 'en', 'When can I pay this? Is it due this week?', ask('other')),
  m('h-65', 'C', 'email', 'en', 'Your invoice has been approved and will be paid in our AP cycle on 9/25.', promise(['2026-09-25'])),
  m('h-68', 'C', 'email', 'en', 'The check is being cut this Friday and mailed the same day.', promise(['2026-09-18'])),
  m('h-74', 'C', 'email', 'en', 'We sent the ACH yesterday, trace number to follow.', one('paid_already')),
  m('h-101', 'C', 'sms', 'en', "Y'all will see that money Monday", promise(['2026-09-21'])),
  m('h-105', 'C', 'email', 'en', "I'll pay you within 10 business days.", promise(['2026-09-29'])),
  m('h-112', 'C', 'sms', 'en', 'Is it okay to pay on the 1st when my social security comes?', promise(['2026-10-01'])),

  // Indian English (Thu 2026-11-05)
  m('h-52', 'D', 'email', 'en', 'Kindly note payment will be done by Monday positively.', promise(['2026-11-09'])),
  m('h-53', 'D', 'email', 'en', 'I will do the needful and clear the dues by 10th.', promise(['2026-11-10'])),
  m('h-54', 'D', 'email', 'en', 'Amount will be credited to your account within 3 working days.', promise(['2026-11-10'])),
  m('h-55', 'D', 'whatsapp', 'en', 'Sir, salary will come on 7th, I will pay on 7th itself', promise(['2026-11-07'])),
  m('h-56', 'D', 'email', 'en', 'Payment is under process and will be released by end of this week.', promise(['2026-11-06'])),
  m('h-57', 'D', 'email', 'en', 'We will transfer Rs 15,000 tomorrow and balance next week.', promise(['2026-11-06', '2026-11-13'], '15000.00')),
  m('h-58', 'D', 'whatsapp', 'en', 'Please allow me till 15th, I will surely pay', promise(['2026-11-15'])),
  m('h-59', 'D', 'email', 'en', 'Cheque is ready, will courier it on Saturday.', promise(['2026-11-07'])),
  m('h-60', 'D', 'email', 'en', 'Shall make the payment via NEFT day after tomorrow.', promise(['2026-11-07'])),
  m('h-61', 'D', 'email', 'en', 'Already paid through UPI on 2nd November, kindly check.', one('paid_already')),
  m('h-62', 'D', 'email', 'en', 'Kindly share the bank details for NEFT transfer.', ask('bank_details')),
  m('h-63', 'D', 'whatsapp', 'en', 'Can you give EMI option? Full amount is not possible at once.', one('payment_plan_request')),
  m('h-64', 'D', 'email', 'en', 'My father expired last month and we are facing lot of difficulty.', one('hardship')),
  m('h-102', 'D', 'email', 'en', 'Transfer will happen on 12th November after month closing.', promise(['2026-11-12'])),
  m('h-109', 'D', 'email', 'en', 'I will make the payment on or before 20th.', promise(['2026-11-20'])),
  m('h-116', 'D', 'email', 'en', 'Payment was released yesterday, UTR shared in mail.', one('paid_already')),

  // Spanish, Spain (Mon 2026-04-20)
  m('h-76', 'F', 'whatsapp', 'es', 'Le hago la transferencia el jueves sin falta', promise(['2026-04-23'])),
  m('h-77', 'F', 'whatsapp', 'es', '¿Me puede dar hasta el 30? Cobro ese día', promise(['2026-04-30'])),
  m('h-78', 'F', 'email', 'es', 'El pago saldrá en la remesa del viernes.', promise(['2026-04-24'])),
  m('h-79', 'F', 'email', 'es', '¿Le parece bien si pago el lunes que viene?', promise(['2026-04-27'])),
  m('h-84', 'F', 'email', 'es', 'En 10 días le abonamos la factura.', promise(['2026-04-30'])),
  m('h-85', 'F', 'whatsapp', 'es', 'Ya le hice el ingreso el viernes pasado', one('paid_already')),
  m('h-107', 'F', 'whatsapp', 'es', 'Lo tendrá en su cuenta el miércoles', promise(['2026-04-22'])),

  // Spanish, Mexico (Sat 2026-01-17)
  m('h-80', 'H', 'whatsapp', 'es', 'Ahorita no tengo, pero el viernes le deposito sin falta', promise(['2026-01-23'])),
  m('h-81', 'H', 'whatsapp', 'es', 'Le pago la próxima semana, en cuanto me paguen la quincena', promise(['2026-01-23'])),
  m('h-82', 'H', 'whatsapp', 'es', 'Mañana le transfiero 1.500 pesos y el resto a fin de mes', promise(['2026-01-18', '2026-01-31'], '1500.00')),
  m('h-83', 'H', 'sms', 'es', '¿Puedo pagar el 30?', promise(['2026-01-30'])),
  m('h-86', 'H', 'whatsapp', 'es', '¿Me lo puede dividir en tres pagos?', one('payment_plan_request')),
  m('h-87', 'H', 'whatsapp', 'es', '¿Cuándo puedo pasar a pagar? ¿Aceptan tarjeta?', ask('payment_methods')),
  m('h-108', 'H', 'sms', 'es', 'Le liquido el martes sin falta', promise(['2026-01-20'])),

  // French (Wed 2026-10-07)
  m('h-88', 'G', 'sms', 'fr', 'Je vous règle ça vendredi sans faute', promise(['2026-10-09'])),
  m('h-89', 'G', 'email', 'fr', 'Le virement part lundi.', promise(['2026-10-12'])),
  m('h-90', 'G', 'email', 'fr', "Pourriez-vous m'accorder jusqu'au 20 ? Je paierai à ce moment-là.", promise(['2026-10-20'])),
  m('h-91', 'G', 'email', 'fr', 'Le paiement sera effectué sous 5 jours ouvrés.', promise(['2026-10-14'])),
  m('h-92', 'G', 'sms', 'fr', 'Est-ce que je peux payer le 15 ?', promise(['2026-10-15'])),
  m('h-93', 'G', 'sms', 'fr', 'On vous paie la moitié demain et le reste à la fin du mois', promise(['2026-10-08', '2026-10-31'])),
  m('h-94', 'G', 'email', 'fr', 'Le chèque est signé, il partira au courrier jeudi.', promise(['2026-10-08'])),
  m('h-95', 'G', 'email', 'fr', "J'ai déjà réglé par virement le 2 octobre.", one('paid_already')),
  m('h-96', 'G', 'sms', 'fr', "Je ne peux pas payer, j'ai perdu mon emploi", one('hardship')),
  m('h-97', 'G', 'email', 'fr', 'Serait-il possible de payer en trois fois ?', one('payment_plan_request')),
  m('h-106', 'G', 'email', 'fr', 'Je ferai le virement dans une quinzaine.', promise(['2026-10-21'])),
  m('h-113', 'G', 'sms', 'fr', 'Je vous fais un virement de 300 € demain', promise(['2026-10-08'], '300.00')),
];
