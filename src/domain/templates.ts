// Message templates: built-in ones by name, or inline { subject?, body } with {{tokens}}.
// Rendering never leaves a gap or a raw {{token}}: a missing value gets a neutral phrase, and a
// missing footer (unsubscribe link, opt-out text) renders as nothing. A token is what its name
// says: {{unsubscribeLink}} is the URL alone, and the template writes the words around it.
import type { Channel } from './channel';
import { offsetOrderKey } from './duration';

export const TOKENS = [
  'customerName',
  'invoiceNumber',
  'amountDue',
  'dueDate',
  'daysOverdue',
  'paymentLink',
  // Channel footers and consolidated reminders; the sender supplies these.
  'unsubscribeLink',
  'optOutText',
  'senderAddress',
  'invoiceList',
  'totalDue',
  // The day a broken promise to pay named (broken_promise).
  'promisedDate',
] as const;
export type Token = (typeof TOKENS)[number];
export type TokenValues = Partial<Record<Token, string | undefined>>;

export interface InlineTemplate {
  subject?: string;
  body: string;
}
export type TemplateRef = string | InlineTemplate;

export const FALLBACKS: Record<Token, string> = {
  customerName: 'there',
  invoiceNumber: 'your invoice',
  amountDue: 'the outstanding balance',
  dueDate: 'its due date',
  daysOverdue: 'several',
  paymentLink: 'the payment details on your invoice',
  // Footers are per channel (an SMS has no unsubscribe link), so their absence is silent.
  unsubscribeLink: '',
  optOutText: '',
  senderAddress: '',
  invoiceList: '',
  totalDue: 'a balance',
  promisedDate: 'the day you gave us',
};

/** The token that carries each channel's consent footer (unsubscribe link, STOP instruction). */
export const CONSENT_FOOTER_TOKENS = { email: 'unsubscribeLink', sms: 'optOutText', whatsapp: 'optOutText' } as const satisfies Record<
  'email' | 'sms' | 'whatsapp',
  Token
>;

export const OPT_OUT_TEXT = 'Reply STOP to opt out.';

/** Footer values for a channel: the unsubscribe URL for email, the STOP instruction for SMS and WhatsApp. */
export function consentFooterValues(channel: 'email' | 'sms' | 'whatsapp', unsubscribeUrl?: string): Pick<TokenValues, 'unsubscribeLink' | 'optOutText'> {
  if (channel === 'email') return { unsubscribeLink: unsubscribeUrl?.trim() ?? '', optOutText: '' };
  return { unsubscribeLink: '', optOutText: OPT_OUT_TEXT };
}

/** The words before the link, in every built-in email and where Remit adds the link itself. */
export const UNSUBSCRIBE_LABEL = 'Unsubscribe:';

// Every built-in body ends with the footers: " Reply STOP to opt out." on SMS/WhatsApp, a
// separate "Unsubscribe: <url>" paragraph on email (without a link, the label goes too).
const FOOTER = ` {{optOutText}}\n\n${UNSUBSCRIBE_LABEL} {{unsubscribeLink}}`;

export const BUILT_IN_TEMPLATES: Record<string, Required<InlineTemplate>> = {
  pre_due_reminder: {
    subject: 'Invoice {{invoiceNumber}} is due soon',
    body:
      'Hi {{customerName}}, a friendly reminder that invoice {{invoiceNumber}} for {{amountDue}} is due on {{dueDate}}. ' +
      'To pay, use {{paymentLink}}. Thank you!' +
      FOOTER,
  },
  due_date_notice: {
    subject: 'Invoice {{invoiceNumber}} is due today',
    body:
      'Hi {{customerName}}, invoice {{invoiceNumber}} for {{amountDue}} is due today ({{dueDate}}). ' +
      'To pay, use {{paymentLink}}. If you have already paid, please ignore this message.' +
      FOOTER,
  },
  follow_up: {
    subject: 'Invoice {{invoiceNumber}} is overdue',
    body:
      'Hi {{customerName}}, invoice {{invoiceNumber}} for {{amountDue}} was due on {{dueDate}} and is now ' +
      '{{daysOverdue}} days overdue. To pay, use {{paymentLink}}. Just reply if something is wrong with the invoice.' +
      FOOTER,
  },
  escalation_notice: {
    subject: 'Action needed: invoice {{invoiceNumber}} is {{daysOverdue}} days overdue',
    body:
      'Hi {{customerName}}, we have not yet received payment of {{amountDue}} for invoice {{invoiceNumber}}, ' +
      'due on {{dueDate}}. Please pay using {{paymentLink}}, or reply to let us know when to expect payment.' +
      FOOTER,
  },
  // Behaviour follow-ups (not steps of a sequence).
  opened_unpaid: {
    subject: 'About invoice {{invoiceNumber}}',
    body:
      'Hi {{customerName}}, thanks for taking a look at invoice {{invoiceNumber}}. {{amountDue}} is still open; ' +
      'you can pay at {{paymentLink}}. If anything in it looks wrong, just reply and a person will help.' +
      FOOTER,
  },
  clicked_unpaid: {
    subject: 'Trouble paying invoice {{invoiceNumber}}?',
    body:
      'Hi {{customerName}}, it looks like the payment for invoice {{invoiceNumber}} ({{amountDue}}) did not go through. ' +
      'Here is the link again: {{paymentLink}}. Having trouble paying? Reply and we will sort it out.' +
      FOOTER,
  },
  final_notice: {
    subject: 'Final notice: invoice {{invoiceNumber}}',
    body:
      'Hi {{customerName}}, this is our final automated reminder: invoice {{invoiceNumber}} for {{amountDue}} ' +
      'is {{daysOverdue}} days overdue. Please pay using {{paymentLink}}. A member of our team will contact you next.' +
      FOOTER,
  },
  // Sent instead of the step's template when a promise to pay passed its deadline unpaid.
  broken_promise: {
    subject: 'Invoice {{invoiceNumber}}: the payment you promised has not arrived',
    body:
      'Hi {{customerName}}, you told us you would pay invoice {{invoiceNumber}} by {{promisedDate}}, and we have not ' +
      'received it yet: {{amountDue}} is still open. To pay, use {{paymentLink}}, or reply to tell us what changed.' +
      FOOTER,
  },
  // One message for all of a customer's open invoices, instead of one per invoice.
  consolidated_reminder: {
    subject: 'Your open invoices: {{totalDue}} outstanding',
    body:
      'Hi {{customerName}}, you have {{totalDue}} outstanding across these invoices:\n\n{{invoiceList}}\n\n' +
      'Just reply if something looks wrong. Thank you!' +
      FOOTER,
  },
};

const TOKEN_PATTERN = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Tokens used in `text` that Remit does not know, including malformed ones like {{customer name}}. */
export function unknownTokens(text: string): string[] {
  const known = new Set<string>(TOKENS);
  return [...text.matchAll(/\{\{([^{}]*)\}\}/g)].map((m) => m[1]!.trim()).filter((t) => !known.has(t));
}

/** Problems with a template reference; empty when it can be rendered. */
export function templateProblems(ref: TemplateRef): string[] {
  if (typeof ref === 'string') {
    return Object.hasOwn(BUILT_IN_TEMPLATES, ref) ? [] : [`unknown built-in template "${ref}" (known: ${Object.keys(BUILT_IN_TEMPLATES).join(', ')})`];
  }
  const problems: string[] = [];
  if (!ref.body.trim()) problems.push('body is empty');
  // Footers and lists render as nothing where they do not apply: a body of only those would
  // go out empty (an SMS after the first to a number, an email with only its footer).
  else if (!unknownTokens(ref.body).length && !renderText(ref.body, {}).trim()) {
    problems.push('body has no text of its own, only footers or lists that may render as nothing ({{optOutText}}, {{unsubscribeLink}}, {{senderAddress}}, {{invoiceList}})');
  }
  for (const [part, text] of [['subject', ref.subject ?? ''], ['body', ref.body]] as const) {
    const unknown = unknownTokens(text);
    if (unknown.length) problems.push(`${part} uses unknown token(s) ${unknown.map((t) => `{{${t}}}`).join(', ')} (known: ${TOKENS.join(', ')})`);
  }
  return problems;
}

/** Whether `text` uses `token`, with or without spaces inside the braces. */
export const usesToken = (text: string, token: Token) => new RegExp(`\\{\\{\\s*${token}\\s*\\}\\}`).test(text);

/** An SMS/WhatsApp body that says how to stop: the token, or a literal instruction ("Reply STOP to opt out"). */
export const hasOptOutInstruction = (text: string) => usesToken(text, 'optOutText') || /\bSTOP\b/.test(text);

export function resolveTemplate(ref: TemplateRef): InlineTemplate {
  if (typeof ref !== 'string') return ref;
  const t = Object.hasOwn(BUILT_IN_TEMPLATES, ref) ? BUILT_IN_TEMPLATES[ref] : undefined;
  if (!t) throw new Error(`unknown built-in template "${ref}"`);
  return t;
}

export function templateName(ref: TemplateRef): string {
  return typeof ref === 'string' ? ref : 'inline';
}

/**
 * `text` without its {{unsubscribeLink}} tokens and the label written right before each
 * ("Unsubscribe: ", "To stop these emails, click here: "): the words since the start of the
 * line, the end of a sentence (". ", "! ", "? ") or another token, when they end with a colon.
 */
function withoutUnsubscribeLink(text: string): string {
  const labelStart = (part: string) => {
    // Scanned back from the end (linear, whatever the length); a dot inside "acme.com" ends no sentence.
    let start = part.length;
    while (start > 0) {
      const c = part[start - 1]!;
      if (c === '\n' || c === '{' || c === '}' || ('.!?'.includes(c) && /\s/.test(part[start] ?? ''))) break;
      start--;
    }
    return start;
  };
  return text
    .split(/\{\{\s*unsubscribeLink\s*\}\}/)
    .map((part, i, parts) => {
      if (i === parts.length - 1) return part;
      const start = labelStart(part);
      return /:[ \t]*$/.test(part.slice(start)) ? part.slice(0, start) : part;
    })
    .join('');
}

export function renderText(text: string, values: TokenValues): string {
  // No link (an SMS, a message without one): its label goes with it, so no "Unsubscribe:" is left dangling.
  const link = Object.hasOwn(values, 'unsubscribeLink') ? values.unsubscribeLink?.trim() : undefined;
  if (!link) text = withoutUnsubscribeLink(text);
  const rendered = text.replace(TOKEN_PATTERN, (_, name: string) => {
    // Own properties only: "{{constructor}}" must not reach Object.prototype.
    const v = Object.hasOwn(values, name) ? values[name as Token]?.trim() : undefined;
    return v ? v : Object.hasOwn(FALLBACKS, name) ? FALLBACKS[name as Token] : '';
  });
  // An empty footer leaves a trailing space and blank lines behind; tidy them away.
  return rendered
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd();
}

export interface RenderedMessage {
  subject?: string;
  body: string;
}

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The HTML part of an email: the same words, escaped, with links made clickable. */
export function textToHtml(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((p) =>
    escapeHtml(p)
      .replace(/https?:\/\/[^\s<]+[^\s<.,;:!?)]/g, (url) => `<a href="${url}">${url}</a>`)
      .replace(/\n/g, '<br>'),
  );
  return paragraphs.map((p) => `<p>${p}</p>`).join('\n');
}

export function render(ref: TemplateRef, values: TokenValues): RenderedMessage {
  const t = resolveTemplate(ref);
  return {
    ...(t.subject !== undefined ? { subject: renderText(t.subject, values) } : {}),
    body: renderText(t.body, values),
  };
}

/** What every provider requires of a message on `channel` (the adapters refuse it otherwise); empty when it can be sent. */
export function messageProblems(channel: Channel, message: RenderedMessage): string[] {
  const problems: string[] = [];
  if (channel === 'email' && !message.subject?.trim()) problems.push('an email needs a subject');
  if (!message.body.trim()) problems.push('a message needs a body');
  return problems;
}

/**
 * The built-in template whose subject an email borrows when its template has none (one written
 * for SMS or WhatsApp that goes by email): a behaviour follow-up's own, else the one for when
 * the step falls against the due date. From the step, not the clock, so a retry renders the same.
 */
export function subjectSourceFor(step: { kind: string; offset?: string | undefined }): string {
  if (step.kind !== 'step' && Object.hasOwn(BUILT_IN_TEMPLATES, step.kind)) return step.kind;
  const at = step.offset === undefined ? NaN : offsetOrderKey(step.offset);
  if (at < 0) return 'pre_due_reminder';
  if (at === 0) return 'due_date_notice';
  return 'follow_up';
}

export interface ChannelMessage extends RenderedMessage {
  /** What Remit added because the template lacked it on this channel (written for another one). */
  adapted: string[];
}

/**
 * A template rendered for the channel it goes out on, valid there whichever channel it was
 * written for (a step may pivot to any channel): on email a subject (`subjectFrom`'s when the
 * template has none), the visible unsubscribe link and the sender's postal address, whatever
 * the template says; on SMS and WhatsApp the opt-out wording (when this message carries it),
 * last, so that an SMS cut to its budget keeps it. `values` carry the channel's footers
 * (unsubscribeLink, optOutText, senderAddress: `footerValues`).
 */
export function renderFor(ref: TemplateRef, values: TokenValues, channel: Channel, subjectFrom: string): ChannelMessage {
  const t = resolveTemplate(ref);
  const adapted: string[] = [];
  if (channel !== 'email') {
    const message = render(t, values);
    const optOut = values.optOutText?.trim();
    if (optOut && !hasOptOutInstruction(t.body)) {
      message.body = message.body ? `${message.body} ${optOut}` : optOut;
      adapted.push('opt-out wording added');
    }
    return { ...message, adapted };
  }
  let subject = t.subject;
  if (!subject?.trim()) {
    subject = resolveTemplate(subjectFrom).subject;
    adapted.push(`subject of the built-in ${subjectFrom} template`);
  }
  const message = render({ subject, body: t.body }, values);
  const unsubscribe = values.unsubscribeLink?.trim();
  if (unsubscribe && !message.body.includes(unsubscribe)) {
    message.body += `\n\n${UNSUBSCRIBE_LABEL} ${unsubscribe}`;
    adapted.push('unsubscribe link added');
  }
  const address = values.senderAddress?.trim();
  if (address && !message.body.includes(address)) message.body += `\n\n${address}`;
  return { ...message, adapted };
}
