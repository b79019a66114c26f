// Message templates: built-in ones by name, or inline { subject?, body } with {{tokens}}.
// Rendering never leaves a gap or a raw {{token}}: a missing value gets a neutral phrase.

export const TOKENS = ['customerName', 'invoiceNumber', 'amountDue', 'dueDate', 'daysOverdue', 'paymentLink'] as const;
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
};

export const BUILT_IN_TEMPLATES: Record<string, Required<InlineTemplate>> = {
  pre_due_reminder: {
    subject: 'Invoice {{invoiceNumber}} is due soon',
    body:
      'Hi {{customerName}}, a friendly reminder that invoice {{invoiceNumber}} for {{amountDue}} is due on {{dueDate}}. ' +
      'To pay, use {{paymentLink}}. Thank you!',
  },
  due_date_notice: {
    subject: 'Invoice {{invoiceNumber}} is due today',
    body:
      'Hi {{customerName}}, invoice {{invoiceNumber}} for {{amountDue}} is due today ({{dueDate}}). ' +
      'To pay, use {{paymentLink}}. If you have already paid, please ignore this message.',
  },
  follow_up: {
    subject: 'Invoice {{invoiceNumber}} is overdue',
    body:
      'Hi {{customerName}}, invoice {{invoiceNumber}} for {{amountDue}} was due on {{dueDate}} and is now ' +
      '{{daysOverdue}} days overdue. To pay, use {{paymentLink}}. Just reply if something is wrong with the invoice.',
  },
  escalation_notice: {
    subject: 'Action needed: invoice {{invoiceNumber}} is {{daysOverdue}} days overdue',
    body:
      'Hi {{customerName}}, we have not yet received payment of {{amountDue}} for invoice {{invoiceNumber}}, ' +
      'due on {{dueDate}}. Please pay using {{paymentLink}}, or reply to let us know when to expect payment.',
  },
  // Behaviour follow-ups (not steps of a sequence).
  opened_unpaid: {
    subject: 'About invoice {{invoiceNumber}}',
    body:
      'Hi {{customerName}}, thanks for taking a look at invoice {{invoiceNumber}}. {{amountDue}} is still open; ' +
      'you can pay at {{paymentLink}}. If anything in it looks wrong, just reply and a person will help.',
  },
  clicked_unpaid: {
    subject: 'Trouble paying invoice {{invoiceNumber}}?',
    body:
      'Hi {{customerName}}, it looks like the payment for invoice {{invoiceNumber}} ({{amountDue}}) did not go through. ' +
      'Here is the link again: {{paymentLink}}. Having trouble paying? Reply and we will sort it out.',
  },
  final_notice: {
    subject: 'Final notice: invoice {{invoiceNumber}}',
    body:
      'Hi {{customerName}}, this is our final automated reminder: invoice {{invoiceNumber}} for {{amountDue}} ' +
      'is {{daysOverdue}} days overdue. Please pay using {{paymentLink}}. A member of our team will contact you next.',
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
  for (const [part, text] of [['subject', ref.subject ?? ''], ['body', ref.body]] as const) {
    const unknown = unknownTokens(text);
    if (unknown.length) problems.push(`${part} uses unknown token(s) ${unknown.map((t) => `{{${t}}}`).join(', ')} (known: ${TOKENS.join(', ')})`);
  }
  return problems;
}

export function resolveTemplate(ref: TemplateRef): InlineTemplate {
  if (typeof ref !== 'string') return ref;
  const t = Object.hasOwn(BUILT_IN_TEMPLATES, ref) ? BUILT_IN_TEMPLATES[ref] : undefined;
  if (!t) throw new Error(`unknown built-in template "${ref}"`);
  return t;
}

export function templateName(ref: TemplateRef): string {
  return typeof ref === 'string' ? ref : 'inline';
}

export function renderText(text: string, values: TokenValues): string {
  return text.replace(TOKEN_PATTERN, (_, name: string) => {
    // Own properties only: "{{constructor}}" must not reach Object.prototype.
    const v = Object.hasOwn(values, name) ? values[name as Token]?.trim() : undefined;
    return v ? v : Object.hasOwn(FALLBACKS, name) ? FALLBACKS[name as Token] : '';
  });
}

export interface RenderedMessage {
  subject?: string;
  body: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

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
