import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  HELP_KEYWORDS,
  OPT_IN_KEYWORDS,
  OPT_OUT_KEYWORDS,
  UNAMBIGUOUS_OPT_OUT_KEYWORDS,
  classifyInbound,
} from '../../src/domain/inboundText';

type Kind = ReturnType<typeof classifyInbound>['kind'];

function expectKind(text: string, kind: Kind, keyword?: string) {
  const got = classifyInbound(text);
  assert.equal(got.kind, kind, `${JSON.stringify(text)} → ${JSON.stringify(got)}, expected ${kind}`);
  if (keyword !== undefined) assert.equal(got.keyword, keyword, `keyword of ${JSON.stringify(text)}`);
}

/** Spellings every whole-message keyword must survive: case, punctuation, whitespace, emoji, repetition. */
function variants(keyword: string): string[] {
  const lower = keyword.toLowerCase();
  const mixed = [...lower].map((c, i) => (i % 2 === 0 ? c.toUpperCase() : c)).join('');
  const title = keyword[0] + lower.slice(1);
  return [
    keyword,
    lower,
    mixed,
    title,
    `${title}!`,
    `${keyword}!!!`,
    ` ${lower}. `,
    `\n${keyword}\n`,
    `\t${lower}?`,
    `"${keyword}"`,
    `(${lower})`,
    `${keyword} ${keyword}`,
    `${lower}, ${lower}!`,
    `${keyword} 🙏`,
    `🛑 ${lower} 🛑`,
    `${title}😡`,
    `…${keyword}…`,
    `\u200b${keyword}`, // zero-width space, as some keyboards insert
    keyword.normalize('NFKC').replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)), // full-width
  ];
}

describe('keyword lists', () => {
  // The keywords carriers honour and docs/compliance.md lists, checked by what they do (the
  // tests below walk the exported lists, so a keyword dropped from one would go unnoticed).
  test('the documented keywords are recognised', () => {
    for (const k of ['STOP', 'UNSUBSCRIBE', 'END', 'QUIT', 'STOPALL', 'REVOKE', 'OPTOUT', 'CANCEL']) expectKind(k, 'opt_out', k);
    for (const k of ['START', 'UNSTOP', 'YES']) expectKind(k, 'opt_in', k);
    for (const k of ['HELP', 'INFO']) expectKind(k, 'help', k);
  });
  test('the unambiguous opt-out keywords are opt-out keywords', () => {
    for (const k of UNAMBIGUOUS_OPT_OUT_KEYWORDS) assert.ok((OPT_OUT_KEYWORDS as readonly string[]).includes(k));
  });
});

describe('whole-message keywords', () => {
  const lists: Array<[Kind, readonly string[]]> = [
    ['opt_out', OPT_OUT_KEYWORDS],
    ['opt_in', OPT_IN_KEYWORDS],
    ['help', HELP_KEYWORDS],
  ];
  for (const [kind, keywords] of lists) {
    for (const keyword of keywords) {
      test(`${keyword} → ${kind}`, () => {
        for (const text of variants(keyword)) expectKind(text, kind, keyword);
      });
    }
  }

  const spelled: Array<[string, string]> = [
    ['opt out', 'OPTOUT'],
    ['Opt-Out', 'OPTOUT'],
    ['OPT OUT!', 'OPTOUT'],
    ['opt_out', 'OPTOUT'],
    ['stop all', 'STOPALL'],
    ['Stop All.', 'STOPALL'],
    ['STOP-ALL', 'STOPALL'],
    ['un-subscribe', 'UNSUBSCRIBE'],
    ['Un stop', 'UNSTOP'],
  ];
  for (const [text, keyword] of spelled) {
    test(`${JSON.stringify(text)} is the keyword ${keyword}`, () => {
      expectKind(text, keyword === 'UNSTOP' ? 'opt_in' : 'opt_out', keyword);
    });
  }

  test('unambiguous opt-out keywords tolerate polite filler', () => {
    const cases: Array<[string, string]> = [
      ['Stop please', 'STOP'],
      ['please STOP', 'STOP'],
      ['STOP now!', 'STOP'],
      ['Stop it', 'STOP'],
      ['stop, thank you', 'STOP'],
      ['Stop pls', 'STOP'],
      ['ok stop', 'STOP'],
      ['Unsubscribe please', 'UNSUBSCRIBE'],
      ['Please opt out', 'OPTOUT'],
      ['STOP ALL please', 'STOPALL'],
    ];
    for (const [text, keyword] of cases) expectKind(text, 'opt_out', keyword);
  });

  test('ambiguous keywords, opt-in and help only count alone', () => {
    const cases = ['cancel please', 'Quit it', 'END now', 'Revoke please', 'yes please', 'Yes thanks', 'help me', 'Info please', 'START now'];
    for (const text of cases) expectKind(text, 'message');
  });

  test('a keyword is a whole word', () => {
    for (const text of ['STOPP', 'stops', 'Stopped', 'ENDS', 'yess', 'HELPS', 'information', 'started', 'cancelled', 'unsubscribed']) {
      expectKind(text, 'message');
    }
  });

  test('different keywords together are not a keyword', () => {
    expectKind('STOP START', 'message');
    expectKind('yes stop', 'message');
    expectKind('HELP STOP', 'message');
  });

  test('empty and symbol-only messages', () => {
    for (const text of ['', '   ', '\n', '!!!', '🛑', '👍', '?', '...']) {
      const got = classifyInbound(text);
      assert.deepEqual(got, { kind: 'message' }, JSON.stringify(text));
    }
  });
});

describe('opt-out phrases in free text', () => {
  const optOuts = [
    'please stop texting me',
    'Please stop texting me!!',
    'STOP TEXTING ME',
    'stop messaging me',
    'Stop messaging me please',
    'stop texting',
    'Can you stop contacting me?',
    'Could you please stop contacting this number.',
    'quit texting me',
    'Stop spamming me 😡',
    'stop bothering me',
    'stop sending me messages',
    'Stop sending me these reminders',
    'stop sending reminders to this number',
    'Stop sending text messages',
    'stop the messages',
    'Stop these texts now',
    'stop all messages',
    'cancel these reminders',
    'End the text messages please',
    "don't text me anymore",
    'don’t text me anymore', // curly apostrophe
    'dont text me',
    'do not contact me',
    'Do not contact me again.',
    'Please do not message me',
    'never text me again',
    "Don't send me any more texts",
    "I don't want these messages",
    'I do not want to receive texts anymore',
    'I no longer wish to receive your messages',
    "I don't want to be contacted",
    'no more texts please',
    'No more reminders!',
    'remove me from your list',
    'Please remove me from your mailing list.',
    'remove me',
    'Remove my number',
    'delete my number from your system',
    'unsubscribe me',
    'Unsubscribe me from these texts',
    'opt me out',
    'take me off your list',
    'Take my number off your contact list please',
    'I want to unsubscribe',
    'How do I unsubscribe?',
    "I'd like to opt out",
    'opt out of these texts',
    'leave me alone',
    'Wrong person. Stop texting me',
    'I already paid, stop texting me',
    'Stop texting me, I paid yesterday',
    'I paid yesterday. STOP',
    'Stop, I already paid',
    'Paid in full. Please unsubscribe.',
    'This is harassment. Do not contact me.',
    'Who is this? Remove me from your list',
    'STOP TEXTING ME!!! 🤬🤬',
    'ok please stop messaging me thanks',
    'stop texting and calling me',
    'cancel my reminders',
    // A sentence that is just STOP is honoured even when more follows: opting out by mistake
    // is recoverable (START), ignoring a STOP is not.
    'Stop! You charged me twice',
  ];
  for (const text of optOuts) {
    test(`opt-out: ${JSON.stringify(text)}`, () => {
      const got = classifyInbound(text);
      assert.equal(got.kind, 'opt_out', `${JSON.stringify(text)} → ${JSON.stringify(got)}`);
    });
  }
});

describe('messages that merely contain the words', () => {
  const messages = [
    "I can't stop by today",
    'I cant stop by the office until Friday',
    'Please stop by tomorrow and pick up the check',
    "I'll pay before the end of the month",
    'Payment will be made at the end of the week',
    'the end',
    'can I cancel my order?',
    'Can you cancel the late fee?',
    'I need to cancel my subscription and pay the rest',
    "don't stop the service",
    "Please don't stop my service, paying today",
    'non-stop',
    'I have been working non-stop, will pay Monday',
    'the bus stop',
    "I'm at the bus stop, will call you later",
    'Stop payment was placed on the old check',
    'Can you stop the automatic payments?',
    'I want to stop the autopay',
    'I will stop at the bank and pay tomorrow',
    'Stop by tomorrow?',
    "Don't text me before 9am",
    'Please stop texting me at work, email me instead',
    "Don't call me, text me",
    "Don't stop texting me, the reminders help",
    'Why did you stop texting me?',
    'Did you stop sending reminders?',
    "I'll stop texting you about it",
    'Can I unsubscribe from paper invoices and get email instead?',
    'Please remove me from the account, I no longer own the company',
    "Don't remove me from the list, I still need reminders",
    'Yes, I paid yesterday',
    'Yes I will pay on Friday',
    'Help me understand this invoice',
    'I need help with the payment link',
    'More info about invoice 1042 please',
    'Start date of the contract was May 1',
    'When does the payment plan start?',
    'I quit my job and need more time to pay',
    'Revoke the previous payment authorization and use my new card',
    'There is no end in sight for this month, will pay next week',
    "I don't want a reminder every day, once a week is fine",
    'Can you send the invoice again?',
    'Thanks for the reminder!',
    'ok',
    'Paid',
  ];
  assert.ok(messages.length >= 20);
  for (const text of messages) {
    test(`message: ${JSON.stringify(text)}`, () => {
      const got = classifyInbound(text);
      assert.deepEqual(got, { kind: 'message' }, `${JSON.stringify(text)} → ${JSON.stringify(got)}`);
    });
  }
});

describe('keyword field', () => {
  test('set for whole-message keywords, absent for phrases and messages', () => {
    assert.deepEqual(classifyInbound(' Stop! '), { kind: 'opt_out', keyword: 'STOP' });
    assert.deepEqual(classifyInbound('yes'), { kind: 'opt_in', keyword: 'YES' });
    assert.deepEqual(classifyInbound('Info'), { kind: 'help', keyword: 'INFO' });
    assert.deepEqual(classifyInbound('please stop texting me'), { kind: 'opt_out' });
    assert.deepEqual(classifyInbound('the bus stop'), { kind: 'message' });
  });
});

describe('robustness', () => {
  test('a very long message classifies quickly', () => {
    const long = 'I will pay soon, sorry for the delay. '.repeat(2000) + 'stop texting me';
    const started = performance.now();
    expectKind(long, 'opt_out');
    expectKind('stop '.repeat(5000) + 'by', 'message');
    expectKind('the '.repeat(5000) + 'stop the stop the', 'message');
    assert.ok(performance.now() - started < 1000, 'no catastrophic backtracking');
  });
});
