import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { blockedBecause, chooseRoute, possibleChannels, type RequestedChannel, type Route, type RoutingFacts } from '../../src/domain/routing';
import { CHANNELS, type Channel } from '../../src/domain/channel';

const EMAIL = 'ap@acme.test';
const PHONE = '+15550100';

function facts(over: Partial<RoutingFacts> = {}): RoutingFacts {
  return {
    requested: 'email',
    sequenceDefault: 'email',
    contact: { email: EMAIL, phone: PHONE },
    unusable: {},
    ...over,
  };
}

/** Deep-freezes the facts so any mutation by the code under test throws. */
function frozen(f: RoutingFacts): RoutingFacts {
  Object.freeze(f.contact);
  Object.freeze(f.unusable);
  return Object.freeze(f);
}

function addressOf(channel: Channel, f: RoutingFacts): string | null | undefined {
  return channel === 'email' ? f.contact.email : f.contact.phone;
}

describe('blockedBecause', () => {
  const cases: { name: string; channel: Channel; f: RoutingFacts; expected: string | undefined }[] = [
    { name: 'email with an address and no block is usable', channel: 'email', f: facts(), expected: undefined },
    { name: 'sms with a phone and no block is usable', channel: 'sms', f: facts(), expected: undefined },
    { name: 'whatsapp with a phone and no block is usable', channel: 'whatsapp', f: facts(), expected: undefined },
    { name: 'email: null address', channel: 'email', f: facts({ contact: { email: null, phone: PHONE } }), expected: 'no email address' },
    { name: 'email: undefined address', channel: 'email', f: facts({ contact: { phone: PHONE } }), expected: 'no email address' },
    { name: 'email: empty address', channel: 'email', f: facts({ contact: { email: '', phone: PHONE } }), expected: 'no email address' },
    { name: 'sms: null phone', channel: 'sms', f: facts({ contact: { email: EMAIL, phone: null } }), expected: 'no phone number' },
    { name: 'sms: undefined phone', channel: 'sms', f: facts({ contact: { email: EMAIL } }), expected: 'no phone number' },
    { name: 'sms: empty phone', channel: 'sms', f: facts({ contact: { email: EMAIL, phone: '' } }), expected: 'no phone number' },
    { name: 'whatsapp: null phone', channel: 'whatsapp', f: facts({ contact: { email: EMAIL, phone: null } }), expected: 'no phone number' },
    { name: 'whatsapp: undefined phone', channel: 'whatsapp', f: facts({ contact: { email: EMAIL } }), expected: 'no phone number' },
    { name: 'email opted out', channel: 'email', f: facts({ unusable: { email: 'opted out (STOP)' } }), expected: 'opted out (STOP)' },
    { name: 'sms blocked', channel: 'sms', f: facts({ unusable: { sms: 'unusable: landline (21614)' } }), expected: 'unusable: landline (21614)' },
    { name: 'whatsapp blocked', channel: 'whatsapp', f: facts({ unusable: { whatsapp: 'unusable: not on whatsapp' } }), expected: 'unusable: not on whatsapp' },
    {
      name: 'a missing address wins over an unusable mark',
      channel: 'sms',
      f: facts({ contact: { email: EMAIL, phone: null }, unusable: { sms: 'opted out (STOP)' } }),
      expected: 'no phone number',
    },
    {
      name: 'another channel being unusable does not matter',
      channel: 'email',
      f: facts({ unusable: { sms: 'opted out (STOP)', whatsapp: 'unusable: x' } }),
      expected: undefined,
    },
    {
      name: 'email is not affected by a missing phone',
      channel: 'email',
      f: facts({ contact: { email: EMAIL, phone: null } }),
      expected: undefined,
    },
    {
      name: 'sms/whatsapp are not affected by a missing email',
      channel: 'whatsapp',
      f: facts({ contact: { email: null, phone: PHONE } }),
      expected: undefined,
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      assert.equal(blockedBecause(c.channel, frozen(c.f)), c.expected);
    });
  }
});

describe('chooseRoute: explicit cases', () => {
  const cases: { name: string; f: RoutingFacts; expected: Route }[] = [
    // Fixed channel, usable.
    { name: 'fixed email, usable', f: facts({ requested: 'email' }), expected: { channel: 'email', to: EMAIL, reason: 'step channel' } },
    { name: 'fixed sms, usable', f: facts({ requested: 'sms' }), expected: { channel: 'sms', to: PHONE, reason: 'step channel' } },
    { name: 'fixed whatsapp, usable', f: facts({ requested: 'whatsapp' }), expected: { channel: 'whatsapp', to: PHONE, reason: 'step channel' } },
    {
      name: 'fixed channel ignores history and sequence default',
      f: facts({ requested: 'sms', respondedOn: 'whatsapp', sequenceDefault: 'email' }),
      expected: { channel: 'sms', to: PHONE, reason: 'step channel' },
    },

    // auto with history.
    {
      name: 'auto follows history (sms) over the sequence default',
      f: facts({ requested: 'auto', respondedOn: 'sms', sequenceDefault: 'email' }),
      expected: { channel: 'sms', to: PHONE, reason: 'auto: customer last responded on sms' },
    },
    {
      name: 'auto follows history (whatsapp)',
      f: facts({ requested: 'auto', respondedOn: 'whatsapp', sequenceDefault: 'sms' }),
      expected: { channel: 'whatsapp', to: PHONE, reason: 'auto: customer last responded on whatsapp' },
    },
    {
      name: 'auto follows history (email)',
      f: facts({ requested: 'auto', respondedOn: 'email', sequenceDefault: 'whatsapp' }),
      expected: { channel: 'email', to: EMAIL, reason: 'auto: customer last responded on email' },
    },
    // auto without history.
    {
      name: 'auto without history uses the sequence default (email)',
      f: facts({ requested: 'auto', sequenceDefault: 'email' }),
      expected: { channel: 'email', to: EMAIL, reason: 'auto: no history, sequence default email' },
    },
    {
      name: 'auto without history uses the sequence default (sms)',
      f: facts({ requested: 'auto', sequenceDefault: 'sms' }),
      expected: { channel: 'sms', to: PHONE, reason: 'auto: no history, sequence default sms' },
    },
    {
      name: 'auto without history uses the sequence default (whatsapp)',
      f: facts({ requested: 'auto', sequenceDefault: 'whatsapp' }),
      expected: { channel: 'whatsapp', to: PHONE, reason: 'auto: no history, sequence default whatsapp' },
    },
    {
      name: 'auto with respondedOn explicitly undefined is "no history"',
      f: facts({ requested: 'auto', sequenceDefault: 'sms', respondedOn: undefined }),
      expected: { channel: 'sms', to: PHONE, reason: 'auto: no history, sequence default sms' },
    },
    // auto with history pointing at an unusable channel.
    {
      name: 'auto: history channel opted out → falls back to email',
      f: facts({ requested: 'auto', respondedOn: 'sms', unusable: { sms: 'opted out (STOP)' } }),
      expected: { channel: 'email', to: EMAIL, reason: 'pivot: sms unusable (opted out (STOP))' },
    },
    {
      name: 'auto: history channel whatsapp without a phone → falls back to email',
      f: facts({ requested: 'auto', respondedOn: 'whatsapp', sequenceDefault: 'sms', contact: { email: EMAIL, phone: null } }),
      expected: { channel: 'email', to: EMAIL, reason: 'pivot: whatsapp unusable (no phone number)' },
    },
    {
      name: 'auto: history email without address → sms (not the sequence default whatsapp)',
      f: facts({ requested: 'auto', respondedOn: 'email', sequenceDefault: 'whatsapp', contact: { phone: PHONE } }),
      expected: { channel: 'sms', to: PHONE, reason: 'pivot: email unusable (no email address)' },
    },
    {
      name: 'auto without history: default unusable → fallback',
      f: facts({ requested: 'auto', sequenceDefault: 'whatsapp', unusable: { whatsapp: 'unusable: not registered' } }),
      expected: { channel: 'email', to: EMAIL, reason: 'pivot: whatsapp unusable (unusable: not registered)' },
    },

    // Unopened-email pivot.
    {
      name: 'pivot: wanted email, unopened, sms usable → sms',
      f: facts({ requested: 'email', emailUnopened: true }),
      expected: { channel: 'sms', to: PHONE, reason: 'pivot: previous email not opened' },
    },
    {
      name: 'pivot also applies to auto whose history is email',
      f: facts({ requested: 'auto', respondedOn: 'email', emailUnopened: true }),
      expected: { channel: 'sms', to: PHONE, reason: 'pivot: previous email not opened' },
    },
    {
      name: 'pivot also applies to auto whose sequence default is email',
      f: facts({ requested: 'auto', sequenceDefault: 'email', emailUnopened: true }),
      expected: { channel: 'sms', to: PHONE, reason: 'pivot: previous email not opened' },
    },
    {
      name: 'no pivot when emailUnopened is false',
      f: facts({ requested: 'email', emailUnopened: false }),
      expected: { channel: 'email', to: EMAIL, reason: 'step channel' },
    },
    {
      name: 'no pivot when the wanted channel is sms',
      f: facts({ requested: 'sms', emailUnopened: true }),
      expected: { channel: 'sms', to: PHONE, reason: 'step channel' },
    },
    {
      name: 'no pivot when the wanted channel is whatsapp',
      f: facts({ requested: 'whatsapp', emailUnopened: true }),
      expected: { channel: 'whatsapp', to: PHONE, reason: 'step channel' },
    },
    {
      name: 'no pivot when auto resolves to whatsapp',
      f: facts({ requested: 'auto', respondedOn: 'whatsapp', emailUnopened: true }),
      expected: { channel: 'whatsapp', to: PHONE, reason: 'auto: customer last responded on whatsapp' },
    },
    {
      name: 'no pivot when sms has no phone (null) → email kept',
      f: facts({ requested: 'email', emailUnopened: true, contact: { email: EMAIL, phone: null } }),
      expected: { channel: 'email', to: EMAIL, reason: 'step channel' },
    },
    {
      name: 'no pivot when sms has no phone (undefined) → email kept',
      f: facts({ requested: 'email', emailUnopened: true, contact: { email: EMAIL } }),
      expected: { channel: 'email', to: EMAIL, reason: 'step channel' },
    },
    {
      name: 'no pivot when sms is opted out → email kept',
      f: facts({ requested: 'email', emailUnopened: true, unusable: { sms: 'opted out (STOP)' } }),
      expected: { channel: 'email', to: EMAIL, reason: 'step channel' },
    },
    {
      name: 'no pivot when sms is blocked → email kept (never to whatsapp)',
      f: facts({ requested: 'email', emailUnopened: true, unusable: { sms: 'unusable: landline' } }),
      expected: { channel: 'email', to: EMAIL, reason: 'step channel' },
    },
    {
      name: 'auto: no pivot when sms is blocked → email kept with the auto reason',
      f: facts({ requested: 'auto', respondedOn: 'email', emailUnopened: true, unusable: { sms: 'unusable: landline' } }),
      expected: { channel: 'email', to: EMAIL, reason: 'auto: customer last responded on email' },
    },
    {
      name: 'unopened, sms blocked, email opted out → whatsapp via the ordinary fallback',
      f: facts({ requested: 'email', emailUnopened: true, unusable: { sms: 'unusable: landline', email: 'opted out (unsub)' } }),
      expected: { channel: 'whatsapp', to: PHONE, reason: 'pivot: email unusable (opted out (unsub))' },
    },
    {
      name: 'unopened, sms blocked, no phone, email opted out → nothing',
      f: facts({ requested: 'email', emailUnopened: true, contact: { email: EMAIL, phone: null }, unusable: { email: 'opted out (unsub)' } }),
      expected: { channel: null, reason: 'no usable channel (email: opted out (unsub))' },
    },
    {
      name: 'pivot to sms takes precedence even when email itself is unusable',
      f: facts({ requested: 'email', emailUnopened: true, unusable: { email: 'opted out (unsub)' } }),
      expected: { channel: 'sms', to: PHONE, reason: 'pivot: previous email not opened' },
    },

    // Fallback order email → sms → whatsapp.
    {
      name: 'email without address (null) → sms',
      f: facts({ requested: 'email', contact: { email: null, phone: PHONE } }),
      expected: { channel: 'sms', to: PHONE, reason: 'pivot: email unusable (no email address)' },
    },
    {
      name: 'email without address (undefined) → sms',
      f: facts({ requested: 'email', contact: { phone: PHONE } }),
      expected: { channel: 'sms', to: PHONE, reason: 'pivot: email unusable (no email address)' },
    },
    {
      name: 'email opted out → sms',
      f: facts({ requested: 'email', unusable: { email: 'opted out (unsubscribed)' } }),
      expected: { channel: 'sms', to: PHONE, reason: 'pivot: email unusable (opted out (unsubscribed))' },
    },
    {
      name: 'email opted out, sms blocked → whatsapp',
      f: facts({ requested: 'email', unusable: { email: 'opted out (unsubscribed)', sms: 'unusable: landline' } }),
      expected: { channel: 'whatsapp', to: PHONE, reason: 'pivot: email unusable (opted out (unsubscribed))' },
    },
    {
      name: 'sms without phone (null) → email',
      f: facts({ requested: 'sms', contact: { email: EMAIL, phone: null } }),
      expected: { channel: 'email', to: EMAIL, reason: 'pivot: sms unusable (no phone number)' },
    },
    {
      name: 'sms without phone (undefined) → email',
      f: facts({ requested: 'sms', contact: { email: EMAIL } }),
      expected: { channel: 'email', to: EMAIL, reason: 'pivot: sms unusable (no phone number)' },
    },
    {
      name: 'sms opted out → email (email comes first in the fallback order)',
      f: facts({ requested: 'sms', unusable: { sms: 'opted out (STOP)' } }),
      expected: { channel: 'email', to: EMAIL, reason: 'pivot: sms unusable (opted out (STOP))' },
    },
    {
      name: 'sms opted out, no email → whatsapp',
      f: facts({ requested: 'sms', contact: { email: null, phone: PHONE }, unusable: { sms: 'opted out (STOP)' } }),
      expected: { channel: 'whatsapp', to: PHONE, reason: 'pivot: sms unusable (opted out (STOP))' },
    },
    {
      name: 'whatsapp blocked → email',
      f: facts({ requested: 'whatsapp', unusable: { whatsapp: 'unusable: not on whatsapp (63003)' } }),
      expected: { channel: 'email', to: EMAIL, reason: 'pivot: whatsapp unusable (unusable: not on whatsapp (63003))' },
    },
    {
      name: 'whatsapp blocked, no email → sms',
      f: facts({ requested: 'whatsapp', contact: { email: undefined, phone: PHONE }, unusable: { whatsapp: 'unusable: not on whatsapp' } }),
      expected: { channel: 'sms', to: PHONE, reason: 'pivot: whatsapp unusable (unusable: not on whatsapp)' },
    },
    {
      name: 'whatsapp wanted, no phone, only email usable → email',
      f: facts({ requested: 'whatsapp', contact: { email: EMAIL, phone: null } }),
      expected: { channel: 'email', to: EMAIL, reason: 'pivot: whatsapp unusable (no phone number)' },
    },
    {
      name: 'whatsapp wanted, whatsapp and sms blocked, only email usable → email',
      f: facts({ requested: 'whatsapp', unusable: { whatsapp: 'unusable: a', sms: 'unusable: b' } }),
      expected: { channel: 'email', to: EMAIL, reason: 'pivot: whatsapp unusable (unusable: a)' },
    },

    // Nothing usable.
    {
      name: 'no contact at all, email wanted',
      f: facts({ requested: 'email', contact: {} }),
      expected: { channel: null, reason: 'no usable channel (email: no email address)' },
    },
    {
      name: 'no contact at all (nulls), sms wanted',
      f: facts({ requested: 'sms', contact: { email: null, phone: null } }),
      expected: { channel: null, reason: 'no usable channel (sms: no phone number)' },
    },
    {
      name: 'no contact at all, whatsapp wanted',
      f: facts({ requested: 'whatsapp', contact: { email: undefined, phone: undefined } }),
      expected: { channel: null, reason: 'no usable channel (whatsapp: no phone number)' },
    },
    {
      name: 'every channel opted out / blocked',
      f: facts({ requested: 'sms', unusable: { email: 'opted out (a)', sms: 'opted out (b)', whatsapp: 'unusable: c' } }),
      expected: { channel: null, reason: 'no usable channel (sms: opted out (b))' },
    },
    {
      name: 'auto with nothing usable names the resolved channel',
      f: facts({ requested: 'auto', respondedOn: 'whatsapp', contact: { email: null, phone: null } }),
      expected: { channel: null, reason: 'no usable channel (whatsapp: no phone number)' },
    },
    {
      name: 'auto without history and nothing usable names the sequence default',
      f: facts({ requested: 'auto', sequenceDefault: 'sms', contact: { email: EMAIL, phone: null }, unusable: { email: 'opted out (x)' } }),
      expected: { channel: null, reason: 'no usable channel (sms: no phone number)' },
    },
    {
      name: 'missing address wins over the unusable mark in the no-channel reason',
      f: facts({ requested: 'email', contact: { email: null, phone: null }, unusable: { email: 'opted out (x)' } }),
      expected: { channel: null, reason: 'no usable channel (email: no email address)' },
    },
  ];

  for (const c of cases) {
    test(c.name, () => {
      assert.deepEqual(chooseRoute(frozen(c.f)), c.expected);
    });
  }

  test('null and undefined contact fields route identically', () => {
    for (const requested of ['email', 'sms', 'whatsapp', 'auto'] as const) {
      for (const [withNull, withUndefined, absent] of [
        [{ email: null, phone: PHONE }, { email: undefined, phone: PHONE }, { phone: PHONE }],
        [{ email: EMAIL, phone: null }, { email: EMAIL, phone: undefined }, { email: EMAIL }],
        [{ email: null, phone: null }, { email: undefined, phone: undefined }, {}],
      ] as const) {
        const a = chooseRoute(facts({ requested, contact: withNull }));
        assert.deepEqual(chooseRoute(facts({ requested, contact: withUndefined })), a, `${requested} ${JSON.stringify(withNull)}`);
        assert.deepEqual(chooseRoute(facts({ requested, contact: absent })), a, `${requested} ${JSON.stringify(withNull)}`);
      }
    }
  });

  test('an unusable mark on a channel other than the wanted one does not change a usable choice', () => {
    assert.deepEqual(chooseRoute(facts({ requested: 'email', unusable: { sms: 'x', whatsapp: 'y' } })), {
      channel: 'email',
      to: EMAIL,
      reason: 'step channel',
    });
  });
});

describe('chooseRoute: every combination of channel usability', () => {
  type EmailState = 'ok' | 'null' | 'undefined' | 'opted_out';
  type PhoneState = 'ok' | 'null' | 'undefined';
  const emailStates: EmailState[] = ['ok', 'null', 'undefined', 'opted_out'];
  const phoneStates: PhoneState[] = ['ok', 'null', 'undefined'];
  const bools = [false, true];
  const requests: { requested: RequestedChannel; respondedOn?: Channel; sequenceDefault: Channel }[] = [
    ...CHANNELS.map((c) => ({ requested: c, sequenceDefault: 'email' as Channel })),
    ...CHANNELS.map((c) => ({ requested: 'auto' as const, sequenceDefault: c })),
    ...CHANNELS.flatMap((r) => CHANNELS.map((d) => ({ requested: 'auto' as const, respondedOn: r, sequenceDefault: d }))),
  ];
  const unopenedStates = [undefined, false, true];

  interface Case {
    label: string;
    f: RoutingFacts;
  }
  const cases: Case[] = [];
  for (const req of requests)
    for (const e of emailStates)
      for (const p of phoneStates)
        for (const smsBlocked of bools)
          for (const waBlocked of bools)
            for (const emailUnopened of unopenedStates) {
              const contact: RoutingFacts['contact'] = {};
              if (e === 'ok' || e === 'opted_out') contact.email = EMAIL;
              else if (e === 'null') contact.email = null;
              else contact.email = undefined;
              if (p === 'ok') contact.phone = PHONE;
              else if (p === 'null') contact.phone = null;
              const unusable: RoutingFacts['unusable'] = {};
              if (e === 'opted_out') unusable.email = 'opted out (email)';
              if (smsBlocked) unusable.sms = 'unusable: sms';
              if (waBlocked) unusable.whatsapp = 'unusable: whatsapp';
              const f: RoutingFacts = { requested: req.requested, sequenceDefault: req.sequenceDefault, contact, unusable };
              if (req.respondedOn) f.respondedOn = req.respondedOn;
              if (emailUnopened !== undefined) f.emailUnopened = emailUnopened;
              cases.push({
                label: `req=${req.requested} hist=${req.respondedOn ?? '-'} def=${req.sequenceDefault} email=${e} phone=${p} smsBlk=${smsBlocked} waBlk=${waBlocked} unopened=${emailUnopened}`,
                f,
              });
            }

  test('generated a full grid', () => {
    assert.equal(cases.length, requests.length * emailStates.length * phoneStates.length * 2 * 2 * unopenedStates.length);
  });

  function wantedOf(f: RoutingFacts): Channel {
    return f.requested === 'auto' ? (f.respondedOn ?? f.sequenceDefault) : f.requested;
  }
  function baseReason(f: RoutingFacts): string {
    if (f.requested !== 'auto') return 'step channel';
    return f.respondedOn ? `auto: customer last responded on ${f.respondedOn}` : `auto: no history, sequence default ${f.sequenceDefault}`;
  }
  /** Independent model of the documented behaviour. */
  function expectedRoute(f: RoutingFacts): Route {
    const usable = (c: Channel) => {
      const a = addressOf(c, f);
      return typeof a === 'string' && a.length > 0 && f.unusable[c] === undefined;
    };
    const wanted = wantedOf(f);
    if (wanted === 'email' && f.emailUnopened === true && usable('sms')) {
      return { channel: 'sms', to: PHONE, reason: 'pivot: previous email not opened' };
    }
    const why = !addressOf(wanted, f) ? (wanted === 'email' ? 'no email address' : 'no phone number') : f.unusable[wanted];
    if (usable(wanted)) return { channel: wanted, to: wanted === 'email' ? EMAIL : PHONE, reason: baseReason(f) };
    const alt = (['email', 'sms', 'whatsapp'] as const).find((c) => c !== wanted && usable(c));
    if (alt) return { channel: alt, to: alt === 'email' ? EMAIL : PHONE, reason: `pivot: ${wanted} unusable (${why})` };
    return { channel: null, reason: `no usable channel (${wanted}: ${why})` };
  }

  test('matches the model and holds the invariants in every combination', () => {
    let chosenWanted = 0;
    let pivotedUnopened = 0;
    let fellBack = 0;
    let nothing = 0;
    for (const { label, f } of cases) {
      const route = chooseRoute(frozen(f));
      assert.deepEqual(route, expectedRoute(f), label);
      // Deterministic.
      assert.deepEqual(chooseRoute(f), route, label);

      const wanted = wantedOf(f);
      const wantedUsable = blockedBecause(wanted, f) === undefined;
      const pivotApplies = wanted === 'email' && f.emailUnopened === true && blockedBecause('sms', f) === undefined;

      if (route.channel === null) {
        nothing++;
        // Nothing usable at all, and the reason names the wanted channel and why.
        for (const c of CHANNELS) assert.notEqual(blockedBecause(c, f), undefined, `${label}: ${c} was usable`);
        assert.equal(route.reason, `no usable channel (${wanted}: ${blockedBecause(wanted, f)})`, label);
        assert.equal('to' in route, false, label);
      } else {
        // The chosen channel is never blocked, and `to` is that channel's address.
        assert.equal(blockedBecause(route.channel, f), undefined, label);
        assert.equal(route.to, addressOf(route.channel, f), label);
        assert.ok(route.to.length > 0, label);
        assert.equal(route.to, route.channel === 'email' ? EMAIL : PHONE, label);
      }

      if (pivotApplies) {
        pivotedUnopened++;
        assert.deepEqual(route, { channel: 'sms', to: PHONE, reason: 'pivot: previous email not opened' }, label);
      } else if (wantedUsable) {
        chosenWanted++;
        assert.equal(route.channel, wanted, label);
        assert.equal(route.reason, baseReason(f), label);
      } else if (route.channel !== null) {
        fellBack++;
        assert.notEqual(route.channel, wanted, label);
        assert.equal(route.reason, `pivot: ${wanted} unusable (${blockedBecause(wanted, f)})`, label);
        // The first usable channel in email → sms → whatsapp order.
        const earlier = CHANNELS.slice(0, CHANNELS.indexOf(route.channel)).filter((c) => c !== wanted);
        for (const c of earlier) assert.notEqual(blockedBecause(c, f), undefined, `${label}: ${c} should have been preferred`);
      }
      // A usable channel is always found when one exists.
      if (CHANNELS.some((c) => blockedBecause(c, f) === undefined)) assert.notEqual(route.channel, null, label);
      // Only an email request is ever pivoted for unopened email.
      if (route.reason === 'pivot: previous email not opened') assert.equal(wanted, 'email', label);
    }
    // Every branch was exercised.
    assert.ok(chosenWanted > 0 && pivotedUnopened > 0 && fellBack > 0 && nothing > 0, JSON.stringify({ chosenWanted, pivotedUnopened, fellBack, nothing }));
  });

  test('every channel a route lands on is one possibleChannels names for the step, and each is reached', () => {
    for (const requested of ['email', 'sms', 'whatsapp', 'auto'] as const) {
      const landed = new Set(cases.filter((c) => c.f.requested === requested).map((c) => chooseRoute(c.f).channel).filter((c) => c !== null));
      // The save-time template check judges a step on exactly these channels.
      assert.deepEqual([...landed].sort(), [...possibleChannels(requested)].sort(), requested);
    }
  });

  for (const requested of ['email', 'sms', 'whatsapp'] as const) {
    test(`requested ${requested}: usable and no pivot → chosen with 'step channel'`, () => {
      const relevant = cases.filter((c) => c.f.requested === requested && blockedBecause(requested, c.f) === undefined);
      assert.ok(relevant.length > 0);
      for (const { label, f } of relevant) {
        const route = chooseRoute(f);
        const pivot = requested === 'email' && f.emailUnopened === true && blockedBecause('sms', f) === undefined;
        if (pivot) assert.equal(route.channel, 'sms', label);
        else assert.deepEqual(route, { channel: requested, to: addressOf(requested, f), reason: 'step channel' }, label);
      }
    });
  }
});

describe('possibleChannels', () => {
  test('its own channel first, then the fallbacks in order; auto may use any', () => {
    assert.deepEqual(possibleChannels('email'), ['email', 'sms', 'whatsapp']);
    assert.deepEqual(possibleChannels('sms'), ['sms', 'email', 'whatsapp']);
    assert.deepEqual(possibleChannels('whatsapp'), ['whatsapp', 'email', 'sms']);
    assert.deepEqual(possibleChannels('auto'), ['email', 'sms', 'whatsapp']);
  });
});
