import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fitSms, smsSegments } from '../../src/domain/smsLength';
import {
  BUILT_IN_TEMPLATES,
  CONSENT_FOOTER_TOKENS,
  FALLBACKS,
  OPT_OUT_TEXT,
  consentFooterValues,
  TOKENS,
  hasOptOutInstruction,
  messageProblems,
  render,
  renderFor,
  renderText,
  subjectSourceFor,
  resolveTemplate,
  templateName,
  templateProblems,
  unknownTokens,
  type Token,
  type TokenValues,
} from '../../src/domain/templates';

const ALL: Required<Record<Token, string>> = {
  customerName: 'Ada Lovelace',
  invoiceNumber: 'INV-42',
  amountDue: '$1,250.00',
  dueDate: 'December 1, 2026',
  daysOverdue: '3',
  paymentLink: 'https://pay.example/inv-42',
  unsubscribeLink: 'https://remit.example/u/abc',
  optOutText: 'Reply STOP to opt out.',
  senderAddress: 'Acme Ltd, 1 Main St, Springfield',
  invoiceList: '- INV-42: $1,250.00, due December 1, 2026: https://pay.example/inv-42\n- INV-43: $80.00, due December 3, 2026: https://pay.example/inv-43',
  totalDue: '$1,330.00',
  promisedDate: 'December 4, 2026',
};
const KNOWN =
  'customerName, invoiceNumber, amountDue, dueDate, daysOverdue, paymentLink, unsubscribeLink, optOutText, senderAddress, invoiceList, totalDue, promisedDate';
const BUILT_IN_NAMES = [
  'pre_due_reminder',
  'due_date_notice',
  'follow_up',
  'escalation_notice',
  'opened_unpaid',
  'clicked_unpaid',
  'final_notice',
  'broken_promise',
  'consolidated_reminder',
];
/** Footers and lists render as nothing when missing; everything else as a phrase. */
const SILENT_TOKENS = ['unsubscribeLink', 'optOutText', 'senderAddress', 'invoiceList'];
const SMS_FOOTER = consentFooterValues('sms');
const EMAIL_FOOTER = consentFooterValues('email', 'https://remit.example/u/abc');

/** Tokens a template text uses. */
const tokensIn = (text: string) => TOKENS.filter((t) => text.includes(`{{${t}}}`));

function assertClean(text: string, where: string) {
  assert.ok(!text.includes('{{') && !text.includes('}}'), `${where}: raw token in ${JSON.stringify(text)}`);
  for (const gap of ['  ', ' ,', ' .', ',,', '..', '()', '( ', ' )']) {
    assert.ok(!text.includes(gap), `${where}: ${JSON.stringify(gap)} in ${JSON.stringify(text)}`);
  }
  assert.equal(text, text.trim(), `${where}: leading or trailing space`);
}

describe('constants', () => {
  test('the known tokens', () => assert.deepEqual([...TOKENS], KNOWN.split(', ')));
  test('every token has a fallback: empty for footers and lists, a phrase for the rest', () => {
    for (const t of TOKENS) {
      if (SILENT_TOKENS.includes(t)) assert.equal(FALLBACKS[t], '', t);
      else assert.ok(FALLBACKS[t].trim().length > 0, t);
    }
  });
  test('consent footer tokens per channel', () => {
    assert.deepEqual(CONSENT_FOOTER_TOKENS, { email: 'unsubscribeLink', sms: 'optOutText', whatsapp: 'optOutText' });
  });
  test('consentFooterValues: the unsubscribe link is the URL alone', () => {
    assert.equal(OPT_OUT_TEXT, 'Reply STOP to opt out.');
    assert.deepEqual(consentFooterValues('sms'), { unsubscribeLink: '', optOutText: 'Reply STOP to opt out.' });
    assert.deepEqual(consentFooterValues('whatsapp', 'https://ignored.example'), { unsubscribeLink: '', optOutText: 'Reply STOP to opt out.' });
    assert.deepEqual(consentFooterValues('email', ' https://remit.example/u/1 '), { unsubscribeLink: 'https://remit.example/u/1', optOutText: '' });
    assert.deepEqual(consentFooterValues('email'), { unsubscribeLink: '', optOutText: '' });
    assert.deepEqual(consentFooterValues('email', '  '), { unsubscribeLink: '', optOutText: '' });
  });
  test('the built-in templates', () => assert.deepEqual(Object.keys(BUILT_IN_TEMPLATES), BUILT_IN_NAMES));
});

describe('built-in templates render cleanly', () => {
  for (const name of BUILT_IN_NAMES) {
    const template = BUILT_IN_TEMPLATES[name]!;

    test(`${name} with every value`, () => {
      const { subject, body } = render(name, ALL);
      assert.equal(typeof subject, 'string');
      assertClean(subject!, 'subject');
      assertClean(body, 'body');
      for (const t of tokensIn(template.subject)) assert.ok(subject!.includes(ALL[t]), `subject has ${t}`);
      for (const t of tokensIn(template.body)) assert.ok(body.includes(ALL[t]), `body has ${t}`);
    });

    test(`${name} with no values uses the fallbacks`, () => {
      const { subject, body } = render(name, {});
      assertClean(subject!, 'subject');
      assertClean(body, 'body');
      for (const t of tokensIn(template.subject)) assert.ok(subject!.includes(FALLBACKS[t]), `subject has fallback of ${t}`);
      for (const t of tokensIn(template.body)) assert.ok(body.includes(FALLBACKS[t]), `body has fallback of ${t}`);
    });

    test(`${name} with blank values renders like no values`, () => {
      const blank: TokenValues = { customerName: '', invoiceNumber: '   ', amountDue: '\t', dueDate: '\n', daysOverdue: ' ', paymentLink: undefined };
      assert.deepEqual(render(name, blank), render(name, {}));
    });

    test(`${name} has no problems`, () => assert.deepEqual(templateProblems(name), []));

    test(`${name} ends with the consent footers`, () => {
      assert.ok(template.body.endsWith(' {{optOutText}}\n\nUnsubscribe: {{unsubscribeLink}}'), JSON.stringify(template.body));
    });

    test(`${name} by SMS: the STOP instruction ends the same paragraph, no unsubscribe line`, () => {
      const body = render(name, { ...ALL, ...SMS_FOOTER }).body;
      assertClean(body, 'body');
      assert.match(body, /[.!?] Reply STOP to opt out\.$/);
      assert.ok(!body.includes('Unsubscribe'), body);
    });

    test(`${name} by email: the unsubscribe line is its own paragraph, no STOP`, () => {
      const body = render(name, { ...ALL, ...EMAIL_FOOTER }).body;
      assertClean(body, 'body');
      assert.match(body, /[.!?]\n\nUnsubscribe: https:\/\/remit\.example\/u\/abc$/);
      assert.ok(!body.includes('STOP'), body);
    });

    test(`${name} with no footer values ends at its last sentence`, () => {
      const body = render(name, { ...ALL, unsubscribeLink: '', optOutText: '' }).body;
      assert.match(body, /[.!?]$/);
      assert.ok(!body.includes('\n\n\n'), body);
    });
  }

  test('follow_up, exactly, by SMS', () => {
    assert.deepEqual(render('follow_up', { ...ALL, ...SMS_FOOTER }), {
      subject: 'Invoice INV-42 is overdue',
      body:
        'Hi Ada Lovelace, invoice INV-42 for $1,250.00 was due on December 1, 2026 and is now 3 days overdue. ' +
        'To pay, use https://pay.example/inv-42. Just reply if something is wrong with the invoice. Reply STOP to opt out.',
    });
  });

  test('follow_up, exactly, by email', () => {
    assert.deepEqual(render('follow_up', { ...ALL, ...EMAIL_FOOTER }), {
      subject: 'Invoice INV-42 is overdue',
      body:
        'Hi Ada Lovelace, invoice INV-42 for $1,250.00 was due on December 1, 2026 and is now 3 days overdue. ' +
        'To pay, use https://pay.example/inv-42. Just reply if something is wrong with the invoice.\n\n' +
        'Unsubscribe: https://remit.example/u/abc',
    });
  });

  test('consolidated_reminder, exactly, by email', () => {
    assert.deepEqual(render('consolidated_reminder', { ...ALL, ...EMAIL_FOOTER }), {
      subject: 'Your open invoices: $1,330.00 outstanding',
      body:
        'Hi Ada Lovelace, you have $1,330.00 outstanding across these invoices:\n\n' +
        '- INV-42: $1,250.00, due December 1, 2026: https://pay.example/inv-42\n' +
        '- INV-43: $80.00, due December 3, 2026: https://pay.example/inv-43\n\n' +
        'Just reply if something looks wrong. Thank you!\n\n' +
        'Unsubscribe: https://remit.example/u/abc',
    });
  });

  test('consolidated_reminder with no values still reads as a sentence', () => {
    assert.deepEqual(render('consolidated_reminder', {}), {
      subject: 'Your open invoices: a balance outstanding',
      body: 'Hi there, you have a balance outstanding across these invoices:\n\nJust reply if something looks wrong. Thank you!',
    });
  });

  test('follow_up, exactly, with no values', () => {
    assert.deepEqual(render('follow_up', {}), {
      subject: 'Invoice your invoice is overdue',
      body:
        'Hi there, invoice your invoice for the outstanding balance was due on its due date and is now several days overdue. ' +
        'To pay, use the payment details on your invoice. Just reply if something is wrong with the invoice.',
    });
  });
});

describe('unknownTokens', () => {
  const cases: Array<[string, string[]]> = [
    ['', []],
    ['no tokens at all', []],
    ['Hi {{customerName}}, {{invoiceNumber}}', []],
    ['Hi {{ customerName }}', []],
    ['{{foo}} and {{customerName}} and {{bar}}', ['foo', 'bar']],
    ['{{ foo }}', ['foo']],
    ['{{CustomerName}}', ['CustomerName']], // tokens are case-sensitive
    ['{{customer_name}}', ['customer_name']],
    ['{{customer name}}', ['customer name']], // malformed tokens would otherwise be sent raw
    ['{{customer-name}}', ['customer-name']],
    ['{{}}', ['']],
    ['{customerName} and {{customerName', []], // not tokens
    ['{{constructor}} {{toString}}', ['constructor', 'toString']],
  ];
  for (const [text, expected] of cases) {
    test(JSON.stringify(text), () => assert.deepEqual(unknownTokens(text), expected));
  }
});

describe('templateProblems', () => {
  for (const name of ['nope', 'FOLLOW_UP', 'follow-up', '', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    test(`unknown built-in name ${JSON.stringify(name)}`, () => {
      assert.deepEqual(templateProblems(name), [`unknown built-in template "${name}" (known: ${BUILT_IN_NAMES.join(', ')})`]);
    });
  }

  test('a valid inline template has none', () => {
    assert.deepEqual(templateProblems({ subject: 'Invoice {{invoiceNumber}}', body: 'Hi {{ customerName }}, please pay {{amountDue}}.' }), []);
    assert.deepEqual(templateProblems({ body: 'Plain text, no tokens.' }), []);
  });

  test('unknown token in the subject', () => {
    assert.deepEqual(templateProblems({ subject: 'Invoice {{invoice}}', body: 'Hi' }), [
      `subject uses unknown token(s) {{invoice}} (known: ${KNOWN})`,
    ]);
  });

  test('unknown tokens in the body', () => {
    assert.deepEqual(templateProblems({ body: 'Hi {{name}}, pay {{ total }} via {{customerName}}' }), [
      `body uses unknown token(s) {{name}}, {{total}} (known: ${KNOWN})`,
    ]);
  });

  test('malformed token in the body', () => {
    assert.deepEqual(templateProblems({ body: 'Hi {{customer name}}' }), [`body uses unknown token(s) {{customer name}} (known: ${KNOWN})`]);
  });

  test('unknown tokens in both', () => {
    assert.deepEqual(templateProblems({ subject: '{{a}}', body: '{{b}}' }), [
      `subject uses unknown token(s) {{a}} (known: ${KNOWN})`,
      `body uses unknown token(s) {{b}} (known: ${KNOWN})`,
    ]);
  });

  test('empty or blank body', () => {
    assert.deepEqual(templateProblems({ body: '' }), ['body is empty']);
    assert.deepEqual(templateProblems({ subject: 'Hello', body: ' \n\t ' }), ['body is empty']);
    assert.deepEqual(templateProblems({ subject: '{{x}}', body: '' }), ['body is empty', `subject uses unknown token(s) {{x}} (known: ${KNOWN})`]);
  });
});

describe('renderText', () => {
  test('substitutes values', () => {
    assert.equal(renderText('Hi {{customerName}}, {{invoiceNumber}}.', ALL), 'Hi Ada Lovelace, INV-42.');
  });

  test('tokens with spaces inside the braces', () => {
    assert.equal(renderText('Hi {{ customerName }} / {{  invoiceNumber}} / {{amountDue  }}', ALL), 'Hi Ada Lovelace / INV-42 / $1,250.00');
  });

  test('trims values', () => {
    assert.equal(renderText('Hi {{customerName}}, bye.', { customerName: '  Ada \n' }), 'Hi Ada, bye.');
  });

  test('whitespace-only, empty and missing values use the fallback', () => {
    for (const customerName of ['', ' ', '\t\n', undefined]) {
      assert.equal(renderText('Hi {{customerName}}!', { customerName }), 'Hi there!', JSON.stringify(customerName));
    }
    assert.equal(renderText('Hi {{customerName}}!', {}), 'Hi there!');
  });

  test('every token gets its own fallback', () => {
    for (const t of TOKENS) assert.equal(renderText(`[{{${t}}}]`, {}), `[${FALLBACKS[t]}]`, t);
  });

  test('replaces every occurrence', () => {
    assert.equal(renderText('{{invoiceNumber}}/{{invoiceNumber}}/{{ invoiceNumber }}', ALL), 'INV-42/INV-42/INV-42');
  });

  test('text without tokens is unchanged', () => {
    assert.equal(renderText('Nothing to see {here} {{ }}.', ALL), 'Nothing to see {here} {{ }}.');
  });

  test('values are inserted literally, never expanded again', () => {
    assert.equal(renderText('Hi {{customerName}}', { customerName: '{{invoiceNumber}}' }), 'Hi {{invoiceNumber}}');
    assert.equal(renderText('Hi {{customerName}}', { customerName: "$& $1 $$ $'" }), "Hi $& $1 $$ $'");
  });

  test('an empty footer leaves no trailing space or blank lines', () => {
    assert.equal(renderText('Thanks! {{optOutText}}\n\n{{unsubscribeLink}}', {}), 'Thanks!');
    assert.equal(renderText('Thanks! {{optOutText}}\n\n{{unsubscribeLink}}', { optOutText: 'Reply STOP to opt out.' }), 'Thanks! Reply STOP to opt out.');
    assert.equal(renderText('Thanks! {{optOutText}}\n\n{{unsubscribeLink}}', { unsubscribeLink: 'https://u' }), 'Thanks!\n\nhttps://u');
  });

  test('{{unsubscribeLink}} is the URL alone: a template that writes the label shows it once', () => {
    assert.equal(renderText('Unsubscribe: {{unsubscribeLink}}', { unsubscribeLink: ' https://u/1 ' }), 'Unsubscribe: https://u/1');
    assert.equal(renderText('Hi. {{unsubscribeLink}}', { unsubscribeLink: 'https://u/1' }), 'Hi. https://u/1');
  });

  test('without a link, the label written right before it goes too', () => {
    const cases: Array<[string, string]> = [
      ['Thanks! {{optOutText}}\n\nUnsubscribe: {{unsubscribeLink}}', 'Thanks!'],
      ['Hi. Unsubscribe: {{ unsubscribeLink }}', 'Hi.'],
      ['Thanks!\n\nTo stop these emails, click here:{{unsubscribeLink}}\n\nAcme', 'Thanks!\n\nAcme'],
      ['Pay at {{paymentLink}} or unsubscribe: {{unsubscribeLink}}. Bye.', 'Pay at https://p. Bye.'],
      ['Questions? Mail help@acme.com. Unsubscribe: {{unsubscribeLink}}', 'Questions? Mail help@acme.com.'],
      ['Thanks!\nUnsubscribe at acme.com/u: {{unsubscribeLink}}', 'Thanks!'],
      // Only a label (words ending with a colon) goes, never the sentence before it.
      ['Thanks, unsubscribe here {{unsubscribeLink}}', 'Thanks, unsubscribe here'],
    ];
    for (const [text, expected] of cases) {
      for (const unsubscribeLink of [undefined, '', '  ']) {
        assert.equal(renderText(text, { paymentLink: 'https://p', unsubscribeLink }), expected, `${JSON.stringify(text)} with ${JSON.stringify(unsubscribeLink)}`);
      }
    }
  });

  test('tidies the rendered text: trailing spaces per line, 3+ newlines, the end', () => {
    assert.equal(renderText('a  \nb\t\n\n\n\nc {{senderAddress}}\n\n\n', {}), 'a\nb\n\nc');
    assert.equal(renderText('a\n\nb', {}), 'a\n\nb'); // a paragraph break stays
    assert.equal(renderText('  indented', {}), '  indented'); // only the end is trimmed
    assert.equal(renderText('{{invoiceList}}', { invoiceList: 'one  \ntwo' }), 'one\ntwo');
  });

  test('names from Object.prototype are not tokens and do not throw', () => {
    assert.equal(renderText('[{{constructor}}][{{toString}}][{{__proto__}}]', {}), '[][][]');
  });
});

describe('resolveTemplate, templateName, render', () => {
  test('resolveTemplate returns the built-in or the inline template itself', () => {
    assert.equal(resolveTemplate('final_notice'), BUILT_IN_TEMPLATES.final_notice);
    const inline = { body: 'Hi' };
    assert.equal(resolveTemplate(inline), inline);
  });

  test('resolveTemplate throws for an unknown name, including Object.prototype names', () => {
    for (const name of ['nope', 'constructor', 'toString']) {
      assert.throws(() => resolveTemplate(name), { message: `unknown built-in template "${name}"` });
      assert.throws(() => render(name, ALL), { message: `unknown built-in template "${name}"` });
    }
  });

  test('templateName', () => {
    assert.equal(templateName('follow_up'), 'follow_up');
    assert.equal(templateName({ body: 'Hi' }), 'inline');
  });

  test('an inline template without a subject renders without one', () => {
    const rendered = render({ body: 'Hi {{customerName}}' }, ALL);
    assert.deepEqual(rendered, { body: 'Hi Ada Lovelace' });
    assert.equal('subject' in rendered, false);
  });

  test('an inline template with a subject renders both', () => {
    assert.deepEqual(render({ subject: '{{invoiceNumber}} reminder', body: 'Pay {{amountDue}}' }, {}), {
      subject: 'your invoice reminder',
      body: 'Pay the outstanding balance',
    });
  });
});

describe('templateProblems: a body with nothing of its own', () => {
  for (const body of ['{{optOutText}}', '{{unsubscribeLink}}', 'Unsubscribe: {{unsubscribeLink}}', '{{ optOutText }}\n\nUnsubscribe: {{unsubscribeLink}}', '{{invoiceList}} {{senderAddress}}']) {
    test(JSON.stringify(body), () => {
      assert.deepEqual(templateProblems({ body }), [
        'body has no text of its own, only footers or lists that may render as nothing ({{optOutText}}, {{unsubscribeLink}}, {{senderAddress}}, {{invoiceList}})',
      ]);
    });
  }
  test('one token with a value of its own is enough', () => assert.deepEqual(templateProblems({ body: '{{paymentLink}} {{optOutText}}' }), []));
});

describe('messageProblems: what every provider needs', () => {
  test('an email needs a subject and a body', () => {
    assert.deepEqual(messageProblems('email', { subject: 'Invoice 1', body: 'Hi' }), []);
    assert.deepEqual(messageProblems('email', { body: 'Hi' }), ['an email needs a subject']);
    assert.deepEqual(messageProblems('email', { subject: '  ', body: '\n' }), ['an email needs a subject', 'a message needs a body']);
  });
  test('an SMS or WhatsApp message needs a body, not a subject', () => {
    for (const channel of ['sms', 'whatsapp'] as const) {
      assert.deepEqual(messageProblems(channel, { body: 'Hi' }), [], channel);
      assert.deepEqual(messageProblems(channel, { subject: 'x', body: ' ' }), ['a message needs a body'], channel);
    }
  });
});

describe('subjectSourceFor: the subject a template without one borrows on email', () => {
  const cases: [string, { kind: string; offset?: string }, string][] = [
    ['before the due date', { kind: 'step', offset: '-P1D' }, 'pre_due_reminder'],
    ['seconds before the due date', { kind: 'step', offset: '-PT20S' }, 'pre_due_reminder'],
    ['on the due date', { kind: 'step', offset: 'PT0S' }, 'due_date_notice'],
    ['after the due date', { kind: 'step', offset: 'P3D' }, 'follow_up'],
    ['an unknown step', { kind: 'step' }, 'follow_up'],
    ['a behaviour follow-up: its own', { kind: 'opened_unpaid' }, 'opened_unpaid'],
    ['a kind that is not a built-in', { kind: 'constructor' }, 'follow_up'],
  ];
  for (const [name, step, expected] of cases) test(name, () => assert.equal(subjectSourceFor(step), expected));
  test('every source has a subject', () => {
    for (const [, step] of cases) assert.ok(BUILT_IN_TEMPLATES[subjectSourceFor(step)]!.subject.trim());
  });
});

describe('renderFor: a message valid on the channel it lands on', () => {
  // The README's demo SMS template: no subject, no unsubscribe link.
  const DEMO_SMS = { body: 'Hi {{customerName}}, {{amountDue}} for {{invoiceNumber}} is due today: {{paymentLink}} {{optOutText}}' };
  const ADDRESS = 'Acme Ltd, 1 Main St, Springfield';
  const EMAIL_VALUES: TokenValues = { ...ALL, ...EMAIL_FOOTER, senderAddress: ADDRESS };
  const SMS_VALUES: TokenValues = { ...ALL, ...SMS_FOOTER, senderAddress: '' };

  test('an SMS template by email gets its step’s subject, the unsubscribe link and the postal address', () => {
    const m = renderFor(DEMO_SMS, EMAIL_VALUES, 'email', 'due_date_notice');
    assert.deepEqual(m, {
      subject: 'Invoice INV-42 is due today',
      body: `Hi Ada Lovelace, $1,250.00 for INV-42 is due today: https://pay.example/inv-42\n\nUnsubscribe: https://remit.example/u/abc\n\n${ADDRESS}`,
      adapted: ['subject of the built-in due_date_notice template', 'unsubscribe link added'],
    });
    assert.deepEqual(messageProblems('email', m), []);
  });

  test('a blank subject counts as none', () => {
    assert.equal(renderFor({ ...DEMO_SMS, subject: '  ' }, EMAIL_VALUES, 'email', 'follow_up').subject, 'Invoice INV-42 is overdue');
  });

  test('an email template keeps its own subject and footer, adds the address once', () => {
    const m = renderFor({ subject: 'About {{invoiceNumber}}', body: 'Hi. Unsubscribe: {{unsubscribeLink}}\n\n{{senderAddress}}' }, EMAIL_VALUES, 'email', 'follow_up');
    assert.deepEqual(m, { subject: 'About INV-42', body: `Hi. Unsubscribe: https://remit.example/u/abc\n\n${ADDRESS}`, adapted: [] });
  });

  test('an email template with the link in its own words gets no second one', () => {
    const m = renderFor({ subject: 'About {{invoiceNumber}}', body: 'Hi. Opt out of these emails at {{unsubscribeLink}}' }, EMAIL_VALUES, 'email', 'follow_up');
    assert.deepEqual(m, { subject: 'About INV-42', body: `Hi. Opt out of these emails at https://remit.example/u/abc\n\n${ADDRESS}`, adapted: [] });
  });

  test('on its own channel a built-in renders as render() does, plus the postal address on email', () => {
    for (const name of BUILT_IN_NAMES) {
      assert.deepEqual(renderFor(name, SMS_VALUES, 'sms', 'follow_up'), { ...render(name, SMS_VALUES), adapted: [] }, name);
      const email = render(name, EMAIL_VALUES);
      assert.deepEqual(renderFor(name, EMAIL_VALUES, 'email', 'follow_up'), { ...email, body: `${email.body}\n\n${ADDRESS}`, adapted: [] }, name);
    }
  });

  test('an email template by SMS ends with the opt-out wording, with no unsubscribe line', () => {
    for (const footer of ['{{unsubscribeLink}}', 'Unsubscribe: {{unsubscribeLink}}']) {
      const m = renderFor({ subject: 'Overdue', body: `Hi {{customerName}}, please pay {{amountDue}}.\n\n${footer}\n` }, SMS_VALUES, 'sms', 'follow_up');
      assert.equal(m.body, 'Hi Ada Lovelace, please pay $1,250.00. Reply STOP to opt out.', footer);
      assert.deepEqual(m.adapted, ['opt-out wording added']);
      assert.ok(hasOptOutInstruction(`${m.body}`));
    }
  });

  test('after the first SMS to a number (no opt-out value) the added wording renders as nothing', () => {
    const m = renderFor({ body: 'Please pay {{amountDue}}.' }, { ...SMS_VALUES, optOutText: '' }, 'whatsapp', 'follow_up');
    assert.equal(m.body, 'Please pay $1,250.00.');
  });

  test('an SMS template with a literal STOP instruction is not given a second one', () => {
    const m = renderFor({ body: 'Pay {{amountDue}}. Reply STOP to opt out.' }, SMS_VALUES, 'sms', 'follow_up');
    assert.deepEqual(m, { body: 'Pay $1,250.00. Reply STOP to opt out.', adapted: [] });
  });

  test('a long email template by SMS keeps the opt-out wording when cut to the SMS budget', () => {
    const long = { subject: 'Overdue', body: `Hi {{customerName}}, ${'we wrote a long letter. '.repeat(60)}Pay at {{paymentLink}}.\n\n{{unsubscribeLink}}` };
    const m = renderFor(long, SMS_VALUES, 'sms', 'follow_up');
    const sent = fitSms(m.body, 3, OPT_OUT_TEXT);
    assert.ok(smsSegments(sent).segments <= 3);
    assert.match(sent, /\.\.\. Reply STOP to opt out\.$/);
  });
});
