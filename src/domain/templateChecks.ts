// Checks on a step's template when a sequence is saved, for the channels it may go out on:
// tokens Remit knows, the consent footer each channel needs, SMS length at its worst, and
// that on every channel the step may pivot to it renders a message the provider accepts.
import { smsSegments } from './smsLength';
import { possibleChannels } from './routing';
import {
  OPT_OUT_TEXT,
  consentFooterValues,
  hasOptOutInstruction,
  messageProblems,
  renderFor,
  renderText,
  resolveTemplate,
  subjectSourceFor,
  templateProblems,
  usesToken,
  type InlineTemplate,
  type TemplateRef,
  type TokenValues,
} from './templates';

export interface TemplateCheckOptions {
  maxSmsSegments: number;
}

type Channel = 'email' | 'sms' | 'whatsapp';
export type StepTemplateChannel = Channel | 'auto';

/** Longest values a message can realistically carry, for the SMS length check. */
export const WORST_CASE_NAME_LENGTH = 60;
export const WORST_CASE_VALUES: Readonly<TokenValues> = Object.freeze({
  customerName: 'Bartholomew Montgomery-Fitzwilliam of Featherstonehaugh Ltd.'.padEnd(WORST_CASE_NAME_LENGTH, '.').slice(0, WORST_CASE_NAME_LENGTH),
  invoiceNumber: 'INV-2026-000000000000000000001'.padEnd(30, '0'),
  amountDue: 'USD 9,999,999,999.99',
  totalDue: 'USD 9,999,999,999.99',
  dueDate: 'September 30, 2026',
  daysOverdue: '999',
  paymentLink: ('https://pay.example.com/invoices/' + 'x'.repeat(100)).slice(0, 100),
  optOutText: OPT_OUT_TEXT,
  unsubscribeLink: '',
  senderAddress: '',
  invoiceList: '',
  promisedDate: 'September 30, 2026',
});

/** Human step number: steps are numbered from 1 in messages, as people count them. */
function templateLabel(stepIndex: number, ref: TemplateRef): string {
  return typeof ref === 'string' ? `template "${ref}" of step ${stepIndex + 1}` : `inline template of step ${stepIndex + 1}`;
}

/** Problems with one step's template for the channel(s) it may go out on ('auto' = any of email, sms, whatsapp). Each problem is a sentence that names the template (built-in name or "inline template of step N") and the problem. Empty = OK. */
export function checkStepTemplate(stepIndex: number, channel: StepTemplateChannel, ref: TemplateRef, opts: TemplateCheckOptions): string[] {
  const label = `${templateLabel(stepIndex, ref)} (${channel})`;
  const problems = templateProblems(ref).map((p) => `${label}: ${p}`);
  if (typeof ref === 'string' && problems.length) return problems; // unknown built-in: nothing more to check
  // Unknown tokens render as nothing: the messages below would only repeat those problems.
  const renderable = problems.length === 0;
  const template: InlineTemplate = resolveTemplate(ref);
  const channels: Channel[] = channel === 'auto' ? ['email', 'sms', 'whatsapp'] : [channel];
  const email = channels.includes('email');
  const messaging = channels.filter((c) => c !== 'email');
  const may = channel === 'auto' ? 'may go out by ' : 'goes out by ';

  if (email && !usesToken(template.body, 'unsubscribeLink')) {
    problems.push(`${label} ${may}email but its body has no {{unsubscribeLink}}; every automated email needs an unsubscribe link`);
  }
  // A literal instruction ("Reply STOP to opt out") serves as well as the token.
  if (messaging.length && !hasOptOutInstruction(template.body)) {
    problems.push(
      `${label} ${may}${messaging.join(' or ')} but its body has no {{optOutText}} or "Reply STOP to opt out" instruction; ` +
        'every automated SMS and WhatsApp message needs one',
    );
  }
  if (messaging.length) {
    const text = renderText(template.body, WORST_CASE_VALUES);
    const { segments, encoding } = smsSegments(text);
    if (segments > opts.maxSmsSegments) {
      const culprit = encoding === 'UCS-2' ? firstNonGsmCharacter(text) : undefined;
      problems.push(
        `${label} needs ${segments} SMS segments (${encoding}${culprit ? `, because of ${JSON.stringify(culprit)}` : ''}) ` +
          `with a ${WORST_CASE_NAME_LENGTH}-character customer name; the limit is ${opts.maxSmsSegments}, so its end (opt-out text included) would be cut`,
      );
    }
  }
  if (!renderable) return problems;
  // Any step may go out on another channel (a fallback, the unopened-email pivot), rendered
  // the way sendMessage renders it there; what Remit cannot fill in must not reach a provider.
  for (const to of possibleChannels(channel)) {
    // Which built-in lends a missing subject does not matter here: each has one.
    const message = renderFor(template, { ...WORST_CASE_VALUES, ...consentFooterValues(to, EXAMPLE_UNSUBSCRIBE_URL) }, to, subjectSourceFor({ kind: 'step' }));
    const refused = messageProblems(to, message);
    if (!refused.length) continue;
    const where = channels.includes(to) ? `${may}${to}` : `may pivot to ${to} (when ${channel} cannot be used)`;
    const why = to === 'email' && !message.subject?.trim() ? ` and its subject ${JSON.stringify(template.subject)} can render as nothing there` : '';
    problems.push(`${label} ${where}, where it would be refused: ${refused.join('; ')}${why}`);
  }
  return problems;
}

const EXAMPLE_UNSUBSCRIBE_URL = 'https://remit.example/u/token';

function firstNonGsmCharacter(text: string): string | undefined {
  return Array.from(text).find((ch) => smsSegments(ch).encoding === 'UCS-2');
}
