// The invoice's self-service page as HTML: the invoice, Pay now, and the one-click answers as
// plain forms (no JavaScript), or a page saying why a link does not open it. One inline style
// sheet, allowed by its hash; every value is escaped (a customer's name is theirs to choose).
import { createHash } from 'node:crypto';
import { DISPUTE_REASONS, type DisputeReason } from './intent/types';
import { escapeHtml as e } from './templates';

export const PAGE_ANSWERS = ['paid_already', 'promise_to_pay', 'dispute', 'wrong_person', 'unsubscribe'] as const;
export type PageAnswerKind = (typeof PAGE_ANSWERS)[number];
export type PageChannel = 'email' | 'sms' | 'whatsapp';

export interface InvoicePageView {
  invoiceNumber: string;
  customerName?: string;
  /** Formatted for the customer: "$1,250.00", "December 2, 2026". */
  amountDue: string;
  dueDate: string;
  daysOverdue: number;
  status: 'open' | 'paused' | 'paid' | 'void';
  /** A payment URL, and something left to pay. */
  canPay: boolean;
  /** The day picker's bounds, YYYY-MM-DD in the customer's zone. */
  firstDay: string;
  lastDay: string;
  /** The open promise's day, formatted. */
  promisedDay?: string;
  /** The channel an unsubscribe stops; absent when there is no address to stop. */
  unsubscribe?: PageChannel;
}

export interface PageState {
  /** This page's URL relative to the one being answered: `<token>` at /i/<token>, `../<token>` below it. */
  self: string;
  done?: PageAnswerKind;
  /** An answer to correct (422), with what was entered. */
  problem?: { answer: PageAnswerKind; message: string; day?: string };
}

const CSS = `body{font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;max-width:36rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
.pay,button{display:inline-block;font:inherit;font-weight:600;background:#0b5cad;color:#fff;border:2px solid #0b5cad;border-radius:.375rem;padding:.5rem 1.25rem;text-decoration:none;cursor:pointer}
.pay{font-size:1.15rem;padding:.75rem 2rem}.quiet{background:#fff;color:#0b5cad}
a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid #b35900;outline-offset:2px}
details{border:1px solid #767676;border-radius:.375rem;padding:.5rem 1rem;margin:.5rem 0}summary{cursor:pointer;font-weight:600}
label{display:block;margin:.75rem 0 .25rem}input,select,textarea{font:inherit;color:inherit;padding:.375rem;border:1px solid #767676;border-radius:.25rem;max-width:100%;box-sizing:border-box}
textarea{width:100%}.hint{color:#555;margin:.25rem 0}.notice{background:#e6f4ea;border-left:4px solid #1e7e34;padding:.75rem 1rem}
.error{background:#fdecea;border-left:4px solid #b00020;padding:.75rem 1rem}[aria-invalid=true]{border:2px solid #b00020}`;

/** The page's Content-Security-Policy: nothing loads, only this style sheet applies, forms post back here. */
export const INVOICE_PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

const REASONS: Record<DisputeReason, string> = {
  wrong_amount: 'The amount is wrong',
  not_received: 'I did not receive the goods or service',
  quality: 'Something is wrong with the goods or service',
  already_returned: 'I returned it',
  not_ordered: 'I did not order this',
  duplicate: 'I was billed twice for this',
  other: 'Something else',
};

const CHANNEL_WORDS: Record<PageChannel, string> = { email: 'by email', sms: 'by text message', whatsapp: 'by text message or WhatsApp' };

function done(kind: PageAnswerKind, v: InvoicePageView): string {
  switch (kind) {
    case 'paid_already': return 'Thank you. We have told the team you have already paid; reminders are on hold while they check.';
    case 'promise_to_pay': return `Thank you. We have noted that you will pay${v.promisedDay ? ` by ${v.promisedDay}` : ''}; no reminders until then.`;
    case 'dispute': return 'Thank you. Reminders are on hold and a person will look into it.';
    case 'wrong_person': return 'Thank you for telling us. Reminders are on hold while we correct our records.';
    case 'unsubscribe': return `You are unsubscribed: no more payment reminders ${CHANNEL_WORDS[v.unsubscribe ?? 'email']}.`;
  }
}

function page(title: string, main: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${e(title)}</title><style>${CSS}</style></head>
<body><main>
${main}
</main></body></html>
`;
}

/** One answer: a collapsed section holding its own form (open when it has a problem to correct). */
function answer(s: PageState, kind: PageAnswerKind, summary: string, fields: string, button: string): string {
  const problem = s.problem?.answer === kind ? `<p class="error" id="${kind}-error" role="alert">${e(s.problem.message)}</p>` : '';
  return `<details${problem ? ' open' : ''}><summary>${e(summary)}</summary>${problem}
<form method="post" action="${e(s.self)}/answer"><input type="hidden" name="answer" value="${kind}">${fields}
<p><button type="submit"${kind === 'unsubscribe' ? ' class="quiet"' : ''}>${e(button)}</button></p></form></details>`;
}

const note = (id: string, label: string) =>
  `<label for="${id}">${e(label)} <span class="hint">(optional)</span></label><textarea id="${id}" name="note" rows="3" maxlength="500"></textarea>`;

function answers(v: InvoicePageView, s: PageState): string {
  const dayProblem = s.problem?.answer === 'promise_to_pay';
  return [
    answer(s, 'paid_already', "I've already paid", note('paid-note', 'When and how did you pay?'), 'Tell us'),
    answer(
      s, 'promise_to_pay', "I'll pay on…",
      `<label for="day">The day you will pay</label><p class="hint" id="day-hint">Between ${e(v.firstDay)} and ${e(v.lastDay)} (YYYY-MM-DD).</p>
<input type="date" id="day" name="day" required min="${e(v.firstDay)}" max="${e(v.lastDay)}"${s.problem?.day !== undefined && dayProblem ? ` value="${e(s.problem.day)}"` : ''} aria-describedby="day-hint${dayProblem ? ' promise_to_pay-error' : ''}"${dayProblem ? ' aria-invalid="true"' : ''}>`,
      'Promise this day',
    ),
    answer(
      s, 'dispute', 'I dispute this',
      `<label for="reason">What is wrong?</label><select id="reason" name="reason" required>${DISPUTE_REASONS.map((r) => `<option value="${r}">${e(REASONS[r])}</option>`).join('')}</select>${note('dispute-note', 'Tell us more')}`,
      'Send',
    ),
    answer(s, 'wrong_person', 'Wrong person', note('wrong-note', 'Who should we contact instead?'), 'Tell us'),
  ].join('\n');
}

function unsubscribe(v: InvoicePageView, s: PageState): string {
  if (!v.unsubscribe) return '';
  return answer(s, 'unsubscribe', 'Unsubscribe', `<p>Stop payment reminders ${CHANNEL_WORDS[v.unsubscribe]}.</p>`, 'Unsubscribe');
}

export function invoicePageHtml(v: InvoicePageView, s: PageState): string {
  const closed = v.status === 'paid' || v.status === 'void';
  const parts = [
    `<h1>Invoice ${e(v.invoiceNumber)}</h1>`,
    s.done ? `<p class="notice" role="status">${e(done(s.done, v))}</p>` : '',
    v.customerName ? `<p>Hello ${e(v.customerName)},</p>` : '',
  ];
  if (closed) {
    parts.push(v.status === 'paid' ? '<p>This invoice is paid. Thank you!</p>' : '<p>This invoice has been cancelled; there is nothing to pay.</p>');
  } else {
    parts.push(
      `<dl><dt>Amount due</dt><dd>${e(v.amountDue)}</dd><dt>Due date</dt><dd>${e(v.dueDate)}${v.daysOverdue > 0 ? ` (${v.daysOverdue} ${v.daysOverdue === 1 ? 'day' : 'days'} overdue)` : ''}</dd></dl>`,
      v.promisedDay && !s.done ? `<p>You told us you will pay by ${e(v.promisedDay)}.</p>` : '',
      v.canPay ? `<p><a class="pay" href="${e(s.self)}/pay" rel="noreferrer">Pay now</a></p>` : '<p>To pay, please use the payment details on your invoice.</p>',
      '<h2>Something not right?</h2>',
      answers(v, s),
    );
  }
  parts.push(unsubscribe(v, s));
  return page(`Invoice ${v.invoiceNumber}`, parts.filter(Boolean).join('\n'));
}

/** A page that says why there is nothing to show (a bad or expired link, a closed invoice), and what to do. */
export function problemPageHtml(title: string, text: string): string {
  return page(title, `<h1>${e(title)}</h1>\n<p>${e(text)}</p>`);
}
