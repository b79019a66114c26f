import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkStepTemplate, WORST_CASE_NAME_LENGTH, WORST_CASE_VALUES } from '../../src/domain/templateChecks';
import { possibleChannels } from '../../src/domain/routing';
import { BUILT_IN_TEMPLATES, TOKENS, consentFooterValues, messageProblems, renderFor, renderText } from '../../src/domain/templates';
import { smsSegments } from '../../src/domain/smsLength';

const OPTS = { maxSmsSegments: 3 };
const CHANNELS = ['email', 'sms', 'whatsapp', 'auto'] as const;
const KNOWN = TOKENS.join(', ');
// A short inline template that passes every check on every channel.
const GOOD = { subject: 'Invoice {{invoiceNumber}}', body: 'Hi {{customerName}}, please pay {{amountDue}} at {{paymentLink}}. {{optOutText}}\n\nUnsubscribe: {{unsubscribeLink}}' };

describe('worst-case values', () => {
  test('have the documented lengths', () => {
    assert.equal(WORST_CASE_NAME_LENGTH, 60);
    assert.equal(WORST_CASE_VALUES.customerName!.length, 60);
    assert.equal(WORST_CASE_VALUES.invoiceNumber!.length, 30);
    assert.equal(WORST_CASE_VALUES.amountDue!.length, 'USD 9,999,999,999.99'.length);
    assert.equal(WORST_CASE_VALUES.paymentLink!.length, 100);
    assert.equal(WORST_CASE_VALUES.optOutText, 'Reply STOP to opt out.');
    assert.equal(WORST_CASE_VALUES.unsubscribeLink, '');
    assert.equal(WORST_CASE_VALUES.invoiceList, '');
  });
  test('are all GSM-7, so the worst case is about length', () => {
    for (const [token, value] of Object.entries(WORST_CASE_VALUES)) assert.equal(smsSegments(value ?? '').encoding, 'GSM-7', token);
  });
});

describe('built-in templates pass on every channel', () => {
  for (const name of Object.keys(BUILT_IN_TEMPLATES)) {
    for (const channel of CHANNELS) {
      test(`${name} (${channel})`, () => assert.deepEqual(checkStepTemplate(0, channel, name, OPTS), []));
    }
    test(`${name} fits 3 segments with room to spare for a longer name`, () => {
      const rendered = renderText(BUILT_IN_TEMPLATES[name]!.body, WORST_CASE_VALUES);
      assert.ok(smsSegments(rendered).segments <= 3, rendered);
    });
  }
  test('a good inline template passes on every channel', () => {
    for (const channel of CHANNELS) assert.deepEqual(checkStepTemplate(4, channel, GOOD, OPTS), [], channel);
  });
});

describe('tokens and names', () => {
  test('unknown built-in template: only that problem, naming the step', () => {
    assert.deepEqual(checkStepTemplate(2, 'sms', 'follow-up', OPTS), [
      `template "follow-up" of step 3 (sms): unknown built-in template "follow-up" (known: ${Object.keys(BUILT_IN_TEMPLATES).join(', ')})`,
    ]);
  });

  test('unknown and malformed tokens, in subject and body', () => {
    const problems = checkStepTemplate(1, 'email', { subject: '{{invoice}}', body: 'Hi {{customer name}} {{unsubscribeLink}}' }, OPTS);
    assert.deepEqual(problems, [
      `inline template of step 2 (email): subject uses unknown token(s) {{invoice}} (known: ${KNOWN})`,
      `inline template of step 2 (email): body uses unknown token(s) {{customer name}} (known: ${KNOWN})`,
    ]);
  });

  test('an empty body', () => {
    const problems = checkStepTemplate(0, 'email', { body: '  ' }, OPTS);
    assert.equal(problems[0], 'inline template of step 1 (email): body is empty');
    assert.match(problems[1]!, /no \{\{unsubscribeLink\}\}/);
  });

  test('every problem names the template', () => {
    const bad = { subject: '{{x}}', body: `{{y}} ${'a'.repeat(600)}` };
    const problems = checkStepTemplate(6, 'auto', bad, OPTS);
    assert.equal(problems.length, 5);
    for (const p of problems) assert.ok(p.startsWith('inline template of step 7 (auto)'), p);
  });
});

describe('consent footers', () => {
  test('email without {{unsubscribeLink}}', () => {
    assert.deepEqual(checkStepTemplate(0, 'email', { body: 'Hi {{customerName}}. {{optOutText}}' }, OPTS), [
      'inline template of step 1 (email) goes out by email but its body has no {{unsubscribeLink}}; every automated email needs an unsubscribe link',
    ]);
  });

  test('{{unsubscribeLink}} in the subject does not count', () => {
    assert.equal(checkStepTemplate(0, 'email', { subject: '{{unsubscribeLink}}', body: 'Hi' }, OPTS).length, 1);
  });

  test('{{ unsubscribeLink }} with spaces counts', () => {
    assert.deepEqual(checkStepTemplate(0, 'email', { body: 'Hi {{ unsubscribeLink }}' }, OPTS), []);
  });

  for (const channel of ['sms', 'whatsapp'] as const) {
    test(`${channel} without {{optOutText}} or STOP`, () => {
      assert.deepEqual(checkStepTemplate(3, channel, { body: 'Hi {{customerName}}. {{unsubscribeLink}}' }, OPTS), [
        `inline template of step 4 (${channel}) goes out by ${channel} but its body has no {{optOutText}} or "Reply STOP to opt out" instruction; every automated SMS and WhatsApp message needs one`,
      ]);
    });

    test(`${channel}: a literal STOP instruction counts`, () => {
      assert.deepEqual(checkStepTemplate(3, channel, { body: 'Hi {{customerName}}. Reply STOP to opt out' }, OPTS), []);
      assert.deepEqual(checkStepTemplate(3, channel, { body: 'Hi. Text STOP to 12345 to unsubscribe.' }, OPTS), []);
    });

    test(`${channel}: "stop" in a sentence or inside a word does not count`, () => {
      assert.equal(checkStepTemplate(3, channel, { body: 'Hi. We will stop reminding you once paid.' }, OPTS).length, 1);
      assert.equal(checkStepTemplate(3, channel, { body: 'Hi. NONSTOP service.' }, OPTS).length, 1);
    });

    test(`${channel} does not need {{unsubscribeLink}}`, () => {
      assert.deepEqual(checkStepTemplate(0, channel, { body: 'Hi {{optOutText}}' }, OPTS), []);
    });
  }

  test('email does not need {{optOutText}}', () => {
    assert.deepEqual(checkStepTemplate(0, 'email', { body: 'Hi {{unsubscribeLink}}' }, OPTS), []);
  });

  test('auto needs both, and says it may go out by each', () => {
    assert.deepEqual(checkStepTemplate(0, 'auto', { body: 'Hi {{customerName}}' }, OPTS), [
      'inline template of step 1 (auto) may go out by email but its body has no {{unsubscribeLink}}; every automated email needs an unsubscribe link',
      'inline template of step 1 (auto) may go out by sms or whatsapp but its body has no {{optOutText}} or "Reply STOP to opt out" instruction; every automated SMS and WhatsApp message needs one',
    ]);
    assert.equal(checkStepTemplate(0, 'auto', { body: 'Hi {{optOutText}}' }, OPTS).length, 1);
    assert.equal(checkStepTemplate(0, 'auto', { body: 'Hi {{unsubscribeLink}}' }, OPTS).length, 1);
  });
});

describe('SMS length at its worst', () => {
  // 3 × 153 = 459 septets is the most a 3-segment GSM-7 message holds.
  const withText = (text: string) => ({ body: `Hi {{customerName}}, ${text} {{optOutText}}` });
  const fixed = renderText(withText('').body, WORST_CASE_VALUES).length; // the message with no text of its own

  test('just fits, then one character more does not', () => {
    const fits = 'a'.repeat(459 - fixed);
    assert.deepEqual(smsSegments(renderText(withText(fits).body, WORST_CASE_VALUES)), { encoding: 'GSM-7', units: 459, segments: 3 });
    assert.deepEqual(checkStepTemplate(0, 'sms', withText(fits), OPTS), []);
    const over = checkStepTemplate(1, 'sms', withText(fits + 'a'), OPTS);
    assert.deepEqual(over, [
      'inline template of step 2 (sms) needs 4 SMS segments (GSM-7) with a 60-character customer name; the limit is 3, so its end (opt-out text included) would be cut',
    ]);
  });

  test('the limit is the option', () => {
    const body = withText('a'.repeat(250));
    assert.deepEqual(checkStepTemplate(0, 'sms', body, { maxSmsSegments: 3 }), []);
    assert.match(checkStepTemplate(0, 'sms', body, { maxSmsSegments: 2 })[0]!, /needs 3 SMS segments \(GSM-7\).*the limit is 2/);
    assert.match(checkStepTemplate(0, 'sms', withText('a'.repeat(80)), { maxSmsSegments: 1 })[0]!, /needs 2 SMS segments/);
  });

  test('counts the worst-case values, not the tokens', () => {
    // The template text is short; the 100-character link four times makes it long.
    const body = { body: '{{paymentLink}} {{paymentLink}} {{paymentLink}} {{paymentLink}} {{paymentLink}} {{optOutText}}' };
    assert.ok(body.body.length < 160);
    assert.match(checkStepTemplate(0, 'sms', body, OPTS)[0]!, /needs 4 SMS segments/);
  });

  test('one non-GSM character makes it UCS-2 and more segments, and is named', () => {
    const filler = ' Please get in touch with our accounts team by replying to this message.'.repeat(2);
    const plain = withText("We're here to help if anything is unclear." + filler);
    const curly = withText('We’re here to help if anything is unclear.' + filler); // ’, a typographic apostrophe
    assert.deepEqual(checkStepTemplate(0, 'sms', plain, OPTS), []);
    const gsm = smsSegments(renderText(plain.body, WORST_CASE_VALUES));
    const ucs = smsSegments(renderText(curly.body, WORST_CASE_VALUES));
    assert.equal(gsm.encoding, 'GSM-7');
    assert.equal(ucs.encoding, 'UCS-2');
    assert.ok(ucs.segments > gsm.segments);
    assert.deepEqual(checkStepTemplate(0, 'sms', curly, OPTS), [
      `inline template of step 1 (sms) needs ${ucs.segments} SMS segments (UCS-2, because of "’") with a 60-character customer name; the limit is 3, so its end (opt-out text included) would be cut`,
    ]);
  });

  test('an emoji is named too', () => {
    assert.match(checkStepTemplate(0, 'whatsapp', withText('Thanks 🙏 ' + 'a'.repeat(150)), OPTS)[0]!, /UCS-2, because of "🙏"/);
  });

  test('email is never held to SMS length', () => {
    assert.deepEqual(checkStepTemplate(0, 'email', { body: `${'a'.repeat(2000)} {{unsubscribeLink}}` }, OPTS), []);
  });

  test('auto is held to SMS length', () => {
    assert.match(checkStepTemplate(0, 'auto', { body: `${'a'.repeat(500)} {{optOutText}} {{unsubscribeLink}}` }, OPTS)[0]!, /needs 4 SMS segments/);
  });
});

describe('auto is the union of the email, sms and whatsapp checks', () => {
  const templates = [
    { body: 'Hi' },
    { body: 'Hi {{optOutText}}' },
    { body: 'Hi {{unsubscribeLink}}' },
    { body: `${'b'.repeat(600)}` },
    { body: `${'b'.repeat(600)} {{optOutText}} {{unsubscribeLink}}` },
    { body: '{{x}} {{optOutText}} {{unsubscribeLink}}' },
    GOOD,
  ];
  // Same problems, with "(auto) may go out by" instead of each channel's own wording.
  const kind = (p: string) =>
    p.includes('unknown token') ? 'tokens' : p.includes('{{unsubscribeLink}}') ? 'email footer' : p.includes('{{optOutText}}') ? 'sms footer' : p.includes('SMS segments') ? 'length' : p;
  for (const [i, template] of templates.entries()) {
    test(`template ${i}`, () => {
      const single = new Set(['email', 'sms', 'whatsapp'].flatMap((c) => checkStepTemplate(0, c as 'email', template, OPTS).map(kind)));
      assert.deepEqual(new Set(checkStepTemplate(0, 'auto', template, OPTS).map(kind)), single);
    });
  }
});

describe('a step that may pivot to another channel', () => {
  // The README's demo SMS template: no subject and no unsubscribe link, both filled in on email.
  const DEMO_SMS = { body: 'Hi {{customerName}}, {{amountDue}} for {{invoiceNumber}} is due today: {{paymentLink}} {{optOutText}}' };
  const EMAIL_ONLY = { subject: 'Invoice {{invoiceNumber}}', body: 'Hi {{customerName}}, please pay {{amountDue}} at {{paymentLink}}.\n\nUnsubscribe: {{unsubscribeLink}}' };

  test('an SMS template without a subject or unsubscribe link passes: by email it gets both', () => {
    assert.deepEqual(checkStepTemplate(1, 'sms', DEMO_SMS, OPTS), []);
    assert.deepEqual(checkStepTemplate(1, 'whatsapp', DEMO_SMS, OPTS), []);
  });

  test('an email template without opt-out wording passes: by SMS it gets it', () => {
    assert.deepEqual(checkStepTemplate(0, 'email', EMAIL_ONLY, OPTS), []);
  });

  test('by SMS the unsubscribe label goes with the link, by email it is written once', () => {
    const sms = renderFor(GOOD, { ...WORST_CASE_VALUES, ...consentFooterValues('sms') }, 'sms', 'follow_up');
    assert.ok(!sms.body.includes('Unsubscribe'), sms.body);
    const email = renderFor(GOOD, { ...WORST_CASE_VALUES, ...consentFooterValues('email', 'https://remit.example/u/t') }, 'email', 'follow_up');
    assert.match(email.body, /\.\n\nUnsubscribe: https:\/\/remit\.example\/u\/t$/);
    assert.equal(email.body.split('Unsubscribe').length, 2, email.body);
  });

  test('what passes renders, on every channel the step may reach, a message the adapters accept', () => {
    for (const [channel, template] of [['sms', DEMO_SMS], ['email', EMAIL_ONLY], ['auto', GOOD]] as const) {
      assert.deepEqual(checkStepTemplate(0, channel, template, OPTS), []);
      for (const to of possibleChannels(channel)) {
        const m = renderFor(template, { ...WORST_CASE_VALUES, ...consentFooterValues(to, 'https://remit.example/u/t') }, to, 'follow_up');
        assert.deepEqual(messageProblems(to, m), [], `${channel} → ${to}`);
      }
    }
  });

  test('an SMS step whose subject renders as nothing on email is refused, naming the step and the pivot', () => {
    assert.deepEqual(checkStepTemplate(1, 'sms', { ...DEMO_SMS, subject: '{{optOutText}}' }, OPTS), [
      'inline template of step 2 (sms) may pivot to email (when sms cannot be used), where it would be refused: an email needs a subject and its subject "{{optOutText}}" can render as nothing there',
    ]);
  });

  test('so is an email step’s (an email without a postal address configured has no {{senderAddress}})', () => {
    assert.deepEqual(checkStepTemplate(0, 'email', { subject: '{{senderAddress}}', body: 'Hi {{unsubscribeLink}}' }, OPTS), [
      'inline template of step 1 (email) goes out by email, where it would be refused: an email needs a subject and its subject "{{senderAddress}}" can render as nothing there',
    ]);
  });

  test('an auto step says it may go out by email', () => {
    assert.deepEqual(checkStepTemplate(0, 'auto', { ...GOOD, subject: '{{invoiceList}}' }, OPTS), [
      'inline template of step 1 (auto) may go out by email, where it would be refused: an email needs a subject and its subject "{{invoiceList}}" can render as nothing there',
    ]);
  });

  test('a body of only footers is refused on any channel (it would go out empty)', () => {
    for (const channel of CHANNELS) {
      for (const body of ['{{optOutText}} {{unsubscribeLink}}', '{{optOutText}}\n\nUnsubscribe: {{unsubscribeLink}}']) {
        assert.deepEqual(checkStepTemplate(0, channel, { body }, OPTS), [
          `inline template of step 1 (${channel}): body has no text of its own, only footers or lists that may render as nothing ({{optOutText}}, {{unsubscribeLink}}, {{senderAddress}}, {{invoiceList}})`,
        ]);
      }
    }
  });

  test('unknown tokens are reported once, not again as an empty subject', () => {
    assert.deepEqual(checkStepTemplate(0, 'sms', { subject: '{{nope}}', body: 'Hi {{optOutText}}' }, OPTS), [
      `inline template of step 1 (sms): subject uses unknown token(s) {{nope}} (known: ${KNOWN})`,
    ]);
  });
});
