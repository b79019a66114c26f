// The compliance side of the HTTP API over real HTTP, on a real Temporal server: the sequence
// preview (quiet hours in the customer's zones, the minimum gap, the frequency cap, consent,
// footers), template checks when a sequence is saved, the audit timeline, consents and
// opt-outs, and the one-click unsubscribe links. The rules are switched on here (the other API
// tests run with them off).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config';
import { complianceSettings, unsubscribeToken } from '../../src/services/compliance';
import { ApiClient, invoicePayload, startTestRemit, waitFor, WEBHOOK_SECRET, type TestRemit } from '../support/remit';

/** The rules as a deployment would run them, with the spread off so send times are exact. */
const RULES_ON = {
  REMIT_SEND_WINDOW: '08:00-21:00',
  REMIT_SEND_WINDOW_SPREAD: 'PT0S',
  REMIT_MIN_GAP: 'PT48H',
  REMIT_CONSENT_REQUIRED: 'sms,whatsapp',
  REMIT_FREQUENCY_CAP: '3',
  REMIT_FREQUENCY_PERIOD: 'P7D',
};

let t: TestRemit;
/** The same rules with the default 15-minute spread, and room for longer SMS. */
let spread: TestRemit;
before(async () => {
  [t, spread] = await Promise.all([
    startTestRemit({ env: RULES_ON }),
    startTestRemit({ env: { ...RULES_ON, REMIT_SEND_WINDOW_SPREAD: 'PT15M', REMIT_SMS_MAX_SEGMENTS: '10' } }),
  ]);
});
after(async () => {
  await Promise.all([t?.stop(), spread?.stop()]);
});

const tag = () => randomBytes(4).toString('hex');
const CONSENTED_AT = '2026-01-15T09:00:00Z';

async function sequence(r: TestRemit, steps: unknown[], name = `c-${tag()}`): Promise<string> {
  const res = await r.api.post('/v1/sequences', { name, steps });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return name;
}

/** Email before the due date, SMS on it, "auto" three days after, SMS again five days after. */
const FOUR_STEPS = [
  { offset: '-P1D', channel: 'email', template: 'pre_due_reminder' },
  { offset: 'PT0S', channel: 'sms', template: 'due_date_notice' },
  { offset: 'P3D', channel: 'auto', template: 'follow_up' },
  { offset: 'P5D', channel: 'sms', template: 'escalation_notice' },
];

function newYorker(over: Record<string, unknown> = {}) {
  return {
    name: 'Grace Hopper',
    email: 'grace@example.com',
    phone: '+12125550123',
    timezone: 'America/New_York',
    consents: [{ channel: 'sms', source: 'checkout form', consentedAt: CONSENTED_AT }],
    ...over,
  };
}

interface PreviewStep {
  index: number;
  offset: string;
  dueAt: string;
  status: 'send' | 'skipped' | 'not_sent';
  sendAt?: string;
  localTime?: Record<string, string>;
  channel?: string;
  channelReason?: string;
  template?: string;
  deferredBecause?: string[];
  reason?: string;
  subject?: string;
  body?: string;
}

async function preview(r: TestRemit, seq: string, body: unknown) {
  const res = await r.api.post(`/v1/sequences/${seq}/preview`, body);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body as { sequence: string; invoice: string | null; from: string; zones: string[]; zoneBasis: string; steps: PreviewStep[]; sendWindow: unknown; notes: string[] };
}

const countRows = async (r: TestRemit) => {
  const p = r.database.prisma;
  return {
    invoices: await p.invoice.count(),
    customers: await p.customer.count(),
    consents: await p.consent.count(),
    optOuts: await p.optOut.count(),
    messages: await p.message.count(),
    events: await p.invoiceEvent.count(),
    sequences: await p.sequence.count(),
    commands: await p.workflowCommand.count(),
  };
};


function assertNamesField(res: { status: number; body: any }, status: number, field: string, message?: RegExp) {
  assert.equal(res.status, status, JSON.stringify(res.body));
  const detail = (res.body.error?.details ?? []).find((d: { field: string }) => d.field === field);
  assert.ok(detail, `details ${JSON.stringify(res.body.error?.details)} name ${field}`);
  if (message) assert.match(detail.message, message);
}

/** "2026-12-01 08:00 America/New_York" → minutes after local midnight. */
const localMinutes = (text: string) => {
  const m = /^\d{4}-\d{2}-\d{2} (\d{2}):(\d{2}) /.exec(text);
  assert.ok(m, text);
  return Number(m[1]) * 60 + Number(m[2]);
};

describe('sequence preview', () => {
  let four: string;
  before(async () => {
    four = await sequence(t, FOUR_STEPS);
  });

  test('a customer in New York: quiet hours move 21:30 to 08:00 the next morning, the gap and the cap push later steps, each body is rendered with its footer', async () => {
    const p = await preview(t, four, { from: '2026-11-25T00:00:00Z', sample: { customer: newYorker(), dueDate: '2026-12-01T21:30' } });
    assert.equal(p.sequence, four);
    assert.equal(p.invoice, null);
    assert.equal(p.from, '2026-11-25T00:00:00.000Z');
    assert.deepEqual(p.zones, ['America/New_York']);
    assert.equal(p.zoneBasis, 'customer');
    assert.deepEqual(p.sendWindow, { startSec: 8 * 3600, endSec: 21 * 3600, skipWeekends: false, holidays: [] });
    assert.deepEqual(p.steps.map((s) => [s.index, s.offset, s.status]), [
      [0, '-P1D', 'send'],
      [1, 'PT0S', 'send'],
      [2, 'P3D', 'send'],
      [3, 'P5D', 'send'],
    ]);
    const [s0, s1, s2, s3] = p.steps as [PreviewStep, PreviewStep, PreviewStep, PreviewStep];

    // -P1D: 21:30 New York (EST, UTC-5) on 30 November is quiet; 08:00 on 1 December is the first allowed time.
    assert.equal(s0.dueAt, '2026-12-01T02:30:00.000Z');
    assert.equal(s0.sendAt, '2026-12-01T13:00:00.000Z');
    assert.deepEqual(s0.localTime, { 'America/New_York': '2026-12-01 08:00 America/New_York' });
    assert.equal(s0.channel, 'email');
    assert.equal(s0.channelReason, 'step channel');
    assert.equal(s0.template, 'pre_due_reminder');
    assert.equal(s0.deferredBecause?.length, 1);
    assert.match(s0.deferredBecause![0]!, /quiet hours \(sends only 08:00–21:00 local time in America\/New_York\)/);
    assert.match(s0.deferredBecause![0]!, /Tue 2026-12-01 08:00 America\/New_York/);
    assert.equal(s0.subject, 'Invoice INV-SAMPLE is due soon');
    assert.ok(s0.body!.startsWith('Hi Grace Hopper, a friendly reminder that invoice INV-SAMPLE for $1,250.00 is due on December 1, 2026.'), s0.body);
    assert.match(s0.body!, /\n\nUnsubscribe: http:\/\/\S+\/u\/\S+$/);
    assert.doesNotMatch(s0.body!, /STOP/, 'no SMS wording in an email');

    // PT0S: 21:30 on 1 December is quiet (→ 08:00 on the 2nd), and 48 h after the email is 08:00 on the 3rd.
    assert.equal(s1.dueAt, '2026-12-02T02:30:00.000Z');
    assert.equal(s1.sendAt, '2026-12-03T13:00:00.000Z');
    assert.deepEqual(s1.localTime, { 'America/New_York': '2026-12-03 08:00 America/New_York' });
    assert.equal(s1.channel, 'sms');
    assert.equal(s1.channelReason, 'step channel');
    assert.match(s1.deferredBecause!.join(' '), /quiet hours/);
    assert.match(s1.deferredBecause!.join(' '), /the minimum gap \(2 days after the previous message\)/);
    assert.match(s1.body!, /^Hi Grace Hopper, invoice INV-SAMPLE for \$1,250\.00 is due today/);
    assert.ok(s1.body!.endsWith('Reply STOP to opt out.'), `the first SMS carries the opt-out wording: ${s1.body}`);
    assert.doesNotMatch(s1.body!, /Unsubscribe/);

    // P3D, auto: no history, so the sequence default (email); quiet hours only (the gap ends exactly then).
    assert.equal(s2.dueAt, '2026-12-05T02:30:00.000Z');
    assert.equal(s2.sendAt, '2026-12-05T13:00:00.000Z');
    assert.equal(s2.channel, 'email');
    assert.equal(s2.channelReason, 'auto: no history, sequence default email');
    // 13:00 UTC on 5 December is 3 days 10.5 hours after the due time: 3 whole days.
    assert.match(s2.body!, /was due on December 1, 2026 and is now 3 days overdue/);
    assert.match(s2.body!, /Unsubscribe: /);

    // P5D, SMS: three messages in the last 7 days, so it waits until the first leaves the period.
    assert.equal(s3.dueAt, '2026-12-07T02:30:00.000Z');
    assert.equal(s3.sendAt, '2026-12-08T13:00:00.000Z');
    assert.equal(s3.channel, 'sms');
    assert.match(s3.deferredBecause!.join(' '), /the frequency cap \(at most 3 automated messages per 7 days\)/);
    assert.doesNotMatch(s3.body!, /STOP/, 'the opt-out wording goes in the first SMS to a number only');

    // Nothing is sent before its step is due, and the send times never go backwards.
    for (const s of p.steps) assert.ok(Date.parse(s.sendAt!) >= Date.parse(s.dueAt), `step ${s.index}`);
  });

  test('the spread moves a deferred message at most REMIT_SEND_WINDOW_SPREAD after the window opens, the same way every time', async () => {
    // Three days apart, so neither the gap nor the cap moves them: quiet hours and the spread only.
    const seq = await sequence(spread, [
      { offset: 'PT0S', channel: 'email', template: 'due_date_notice' },
      { offset: 'P3D', channel: 'email', template: 'follow_up' },
      { offset: 'P6D', channel: 'email', template: 'escalation_notice' },
    ]);
    const body = { from: '2026-11-25T00:00:00Z', sample: { customer: newYorker({ phone: undefined, consents: undefined }), dueDate: '2026-12-01T21:30' } };
    const p = await preview(spread, seq, body);
    assert.equal(p.steps.length, 3);
    const spreads: number[] = [];
    for (const s of p.steps) {
      assert.equal(s.status, 'send', JSON.stringify(s));
      assert.deepEqual(s.deferredBecause?.length, 1);
      assert.match(s.deferredBecause![0]!, /^Deferred by quiet hours/);
      // The window opens at 08:00 New York (13:00 UTC in December).
      const opens = Date.parse(s.dueAt.slice(0, 10) + 'T13:00:00Z');
      const by = Date.parse(s.sendAt!) - opens;
      assert.ok(by >= 0 && by <= 15 * 60_000, `step ${s.index} sent ${by} ms after the window opened (${s.sendAt}, ${s.localTime!['America/New_York']})`);
      const local = localMinutes(s.localTime!['America/New_York']!);
      assert.ok(local >= 8 * 60 && local <= 8 * 60 + 15, s.localTime!['America/New_York']);
      spreads.push(by);
    }
    assert.ok(spreads.some((x) => x > 0), `some step is spread past 08:00: ${spreads.join(', ')} ms`);
    assert.deepEqual(await preview(spread, seq, body), p, 'the spread is deterministic');
  });

  test('no time zone but a +44 number: judged in Europe/London (basis "phone")', async () => {
    const p = await preview(t, 'default', {
      from: '2026-11-25T00:00:00Z',
      sample: { customer: { email: 'ada@example.co.uk', phone: '+447400123456' }, dueDate: '2026-12-01T22:00:00Z' },
    });
    assert.deepEqual(p.zones, ['Europe/London']);
    assert.equal(p.zoneBasis, 'phone');
    // 22:00 London on 30 November is quiet: 08:00 London (GMT) on 1 December.
    assert.equal(p.steps[0]!.sendAt, '2026-12-01T08:00:00.000Z');
    assert.deepEqual(p.steps[0]!.localTime, { 'Europe/London': '2026-12-01 08:00 Europe/London' });
    assert.match(p.steps[0]!.deferredBecause![0]!, /in Europe\/London\)/);
  });

  test('the zones come from the customer zone, else the phone and the address, else the deployment', async () => {
    const zonesFor = async (customer: Record<string, unknown>) => {
      const p = await preview(t, 'default', { from: '2026-11-25T00:00:00Z', sample: { customer: { email: 'z@example.com', ...customer }, dueDate: '2026-12-01' } });
      return [p.zones, p.zoneBasis];
    };
    assert.deepEqual(await zonesFor({ timezone: 'Asia/Tokyo', phone: '+447400123456', addressTimezone: 'Europe/Paris' }), [['Asia/Tokyo'], 'customer']);
    assert.deepEqual(await zonesFor({ addressTimezone: 'Asia/Tokyo' }), [['Asia/Tokyo'], 'address']);
    assert.deepEqual(await zonesFor({ phone: '+447400123456', addressTimezone: 'Europe/London' }), [['Europe/London'], 'phone+address']);
    const [disagree, basis] = await zonesFor({ phone: '+447400123456', addressTimezone: 'Asia/Tokyo' });
    assert.deepEqual([[...(disagree as string[])].sort(), basis], [['Asia/Tokyo', 'Europe/London'], 'phone+address']);
    // Nothing known: REMIT_DEFAULT_TIMEZONE (UTC here).
    assert.deepEqual(await zonesFor({}), [['UTC'], 'deployment']);
  });

  test('an unknown +1 area code could be anywhere in North America: sends only where every zone is inside the window', async () => {
    const seq = await sequence(t, [{ offset: 'PT0S', channel: 'email', template: 'due_date_notice' }]);
    const customer = { email: 'who@example.com', phone: '+18005550100' };
    const noon = await preview(t, seq, { from: '2026-11-25T00:00:00Z', sample: { customer, dueDate: '2026-12-01T12:00:00Z' } });
    assert.equal(noon.zoneBasis, 'phone');
    assert.ok(noon.zones.length >= 5, `several zones: ${noon.zones.join(', ')}`);
    for (const z of ['America/New_York', 'America/Los_Angeles', 'Pacific/Honolulu', 'America/St_Johns']) assert.ok(noon.zones.includes(z), z);
    // Noon UTC is 02:00 in Honolulu: the overlap opens at 08:00 Honolulu (18:00 UTC).
    const [s] = noon.steps as [PreviewStep];
    assert.equal(s.sendAt, '2026-12-01T18:00:00.000Z');
    assert.equal(s.localTime!['Pacific/Honolulu'], '2026-12-01 08:00 Pacific/Honolulu');
    assert.deepEqual(Object.keys(s.localTime!).sort(), [...noon.zones].sort());
    for (const [zone, text] of Object.entries(s.localTime!)) {
      assert.ok(localMinutes(text) >= 8 * 60 && localMinutes(text) < 21 * 60, `${zone}: ${text} inside 08:00-21:00`);
    }
    assert.match(s.deferredBecause![0]!, /quiet hours .* and \d+ more\)/);

    // 01:00 UTC is 21:30 in St John's (UTC-3:30): the overlap closed at 00:30 UTC, next is 18:00 UTC.
    const late = await preview(t, seq, { from: '2026-11-25T00:00:00Z', sample: { customer, dueDate: '2026-12-02T01:00:00Z' } });
    assert.equal(late.steps[0]!.sendAt, '2026-12-02T18:00:00.000Z');
    // 00:00 UTC is inside everywhere (14:00 Honolulu, 20:30 St John's): no deferral.
    const inside = await preview(t, seq, { from: '2026-11-25T00:00:00Z', sample: { customer, dueDate: '2026-12-02T00:00:00Z' } });
    assert.equal(inside.steps[0]!.sendAt, '2026-12-02T00:00:00.000Z');
    assert.equal(inside.steps[0]!.deferredBecause, undefined);
  });

  test('SMS without a recorded consent falls back to email, naming the missing consent; with no email the step is not sent', async () => {
    const p = await preview(t, four, { from: '2026-11-25T00:00:00Z', sample: { customer: newYorker({ consents: [] }), dueDate: '2026-12-01T21:30' } });
    const sms = p.steps.filter((s) => FOUR_STEPS[s.index]!.channel === 'sms');
    assert.equal(sms.length, 2);
    for (const s of sms) {
      assert.equal(s.status, 'send');
      assert.equal(s.channel, 'email');
      assert.match(s.channelReason!, /^pivot: sms unusable \(no consent recorded for sms to \+12125550123\)$/);
      assert.match(s.body!, /Unsubscribe: /);
      assert.doesNotMatch(s.body!, /STOP/);
    }
    // A consent for another number does not count.
    const other = await preview(t, four, {
      from: '2026-11-25T00:00:00Z',
      sample: { customer: newYorker({ consents: [{ channel: 'sms', address: '+12125550999', source: 'form', consentedAt: CONSENTED_AT }] }), dueDate: '2026-12-01T21:30' },
    });
    assert.equal(other.steps[1]!.channel, 'email');

    const phoneOnly = await preview(t, four, { from: '2026-11-25T00:00:00Z', sample: { customer: newYorker({ email: undefined, consents: [] }), dueDate: '2026-12-01T21:30' } });
    // The email step has no email and SMS has no consent: the follow-up would stop there.
    assert.deepEqual(phoneOnly.steps.map((s) => [s.index, s.status]), [[0, 'not_sent']]);
    assert.match(phoneOnly.steps[0]!.reason!, /^no usable channel \(email: no email address\); the follow-up would stop and be flagged for a person$/);
    assert.equal(phoneOnly.steps[0]!.sendAt, undefined);
  });

  test('a workplace email needs a recorded email consent', async () => {
    const seq = await sequence(t, [{ offset: 'PT0S', channel: 'email', template: 'due_date_notice' }]);
    const customer = newYorker({ emailIsWorkplace: true });
    const without = await preview(t, seq, { from: '2026-11-25T00:00:00Z', sample: { customer, dueDate: '2026-12-01T12:00' } });
    assert.equal(without.steps[0]!.channel, 'sms', JSON.stringify(without.steps[0]));
    assert.match(without.steps[0]!.channelReason!, /workplace address grace@example\.com without a recorded consent/);
    const withConsent = await preview(t, seq, {
      from: '2026-11-25T00:00:00Z',
      sample: { customer: { ...customer, consents: [...customer.consents, { channel: 'email', source: 'contract', consentedAt: CONSENTED_AT }] }, dueDate: '2026-12-01T12:00' },
    });
    assert.equal(withConsent.steps[0]!.channel, 'email');
  });

  test('catch-up: from after several steps fell due, only the latest is sent', async () => {
    // 04:00 UTC on 3 December is 23:00 on the 2nd in New York: steps 0 and 1 are due, and it is quiet.
    const p = await preview(t, four, { from: '2026-12-03T04:00:00Z', sample: { customer: newYorker(), dueDate: '2026-12-01T12:00' } });
    assert.deepEqual(p.steps.map((s) => s.status), ['skipped', 'send', 'send', 'send']);
    assert.match(p.steps[0]!.reason!, /catch-up/);
    assert.equal(p.steps[1]!.sendAt, '2026-12-03T13:00:00.000Z', 'the due step waits for 08:00 New York');
  });

  test('for a real invoice, by id and by externalId; and the built-in "default" sequence', async () => {
    const body = invoicePayload({
      sequence: four,
      dueDate: '2027-06-01T21:30',
      customer: { externalId: `cus-${tag()}`, ...newYorker({ email: `grace-${tag()}@example.com` }) },
    });
    const created = await t.api.post('/v1/invoices', body);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.id as string;
    const customerId = (await t.database.prisma.invoice.findUniqueOrThrow({ where: { id } })).customerId;

    const byId = await preview(t, four, { invoice: id, from: '2027-05-20T00:00:00Z' });
    const byExternalId = await preview(t, four, { invoice: body.externalId, from: '2027-05-20T00:00:00Z' });
    assert.deepEqual(byExternalId, byId);
    assert.equal(byId.invoice, id);
    assert.deepEqual(byId.zones, ['America/New_York']);
    assert.equal(byId.zoneBasis, 'customer');
    const [s0, s1] = byId.steps as [PreviewStep, PreviewStep];
    // 21:30 EDT (UTC-4) on 31 May → 08:00 EDT on 1 June.
    assert.equal(s0.dueAt, '2027-06-01T01:30:00.000Z');
    assert.equal(s0.sendAt, '2027-06-01T12:00:00.000Z');
    assert.ok(s0.body!.includes(body.number), 'the invoice number');
    assert.ok(s0.body!.includes(`${t.url}/i/`), 'the payment link: the invoice page');
    // The customer's recorded consent lets SMS through.
    assert.equal(s1.channel, 'sms');
    assert.ok(s1.body!.endsWith('Reply STOP to opt out.'));

    // The email carries a real, signed unsubscribe link for this customer, on this server.
    const link = /Unsubscribe: (\S+)$/.exec(s0.body!)?.[1];
    assert.ok(link?.startsWith(`${t.url}/u/`), `link ${link}`);
    const page = await fetch(link!);
    assert.equal(page.status, 200);
    assert.match(await page.text(), new RegExp(`Stop emails to ${body.customer.email.replace('.', '\\.')}`));
    const token = link!.slice(`${t.url}/u/`.length);
    const claim = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'));
    assert.equal(claim.c, customerId);
    assert.equal(claim.a, body.customer.email);

    const builtIn = await preview(t, 'default', { invoice: id, from: '2027-05-20T00:00:00Z' });
    assert.equal(builtIn.sequence, 'default');
    assert.deepEqual(
      builtIn.steps.map((s) => s.template),
      ['pre_due_reminder', 'due_date_notice', 'follow_up', 'escalation_notice', 'final_notice'],
    );
    assert.ok(builtIn.steps.every((s) => s.status === 'send' && s.channel === 'email'), JSON.stringify(builtIn.steps.map((s) => [s.status, s.channel, s.reason])));
  });

  test('errors: unknown sequence 422, unknown invoice 404, invoice and sample 400, bad time zone 400; a preview creates nothing', async () => {
    const before = await countRows(t);
    const unknownSeq = await t.api.post('/v1/sequences/no-such-sequence/preview', { sample: {} });
    assert.equal(unknownSeq.status, 422, JSON.stringify(unknownSeq.body));
    assert.equal(unknownSeq.body.error.code, 'unknown_sequence');

    const unknownInvoice = await t.api.post(`/v1/sequences/${four}/preview`, { invoice: 'inv-does-not-exist' });
    assert.equal(unknownInvoice.status, 404, JSON.stringify(unknownInvoice.body));
    assert.equal(unknownInvoice.body.error.code, 'invoice_not_found');
    const unknownUuid = await t.api.post(`/v1/sequences/${four}/preview`, { invoice: '00000000-0000-4000-8000-000000000000' });
    assert.equal(unknownUuid.status, 404);

    const both = await t.api.post(`/v1/sequences/${four}/preview`, { invoice: 'x', sample: { customer: newYorker() } });
    assertNamesField(both, 400, 'sample', /either invoice or sample/);

    assertNamesField(await t.api.post(`/v1/sequences/${four}/preview`, { sample: { customer: { timezone: 'Mars/Base' } } }), 400, 'sample.customer.timezone');
    assertNamesField(await t.api.post(`/v1/sequences/${four}/preview`, { sample: { customer: { addressTimezone: 'Europe/Pariss' } } }), 400, 'sample.customer.addressTimezone');
    assertNamesField(await t.api.post(`/v1/sequences/${four}/preview`, { sample: { dueDate: '2026-02-30' } }), 400, 'sample.dueDate');
    assertNamesField(await t.api.post(`/v1/sequences/${four}/preview`, { from: 'tomorrow' }), 400, 'from');
    assertNamesField(await t.api.post(`/v1/sequences/${four}/preview`, { sample: { customer: { phone: '555-1234' } } }), 400, 'sample.customer.phone');
    assertNamesField(await t.api.post(`/v1/sequences/${four}/preview`, { sample: { colour: 'red' } }), 400, 'sample');

    // A sample preview with consents records none of them.
    await preview(t, four, { sample: { customer: newYorker() } });
    await preview(t, 'default', {});
    assert.deepEqual(await countRows(t), before);
  });
});

describe('template checks when a sequence is saved', () => {
  const names = async (r: TestRemit) => ((await r.api.get('/v1/sequences')).body.sequences as { name: string }[]).map((s) => s.name);
  const good = { offset: 'PT0S', channel: 'email', template: 'due_date_notice' };
  // 400 characters of text: fits 3 SMS segments with a short name, not with a 60-character one.
  const longSms = { body: `${'Please settle your invoice soon. '.repeat(13).slice(0, 400)} {{customerName}} {{optOutText}}` };

  test('each problem is a 400 naming steps.N.template and the problem; nothing is stored', async () => {
    const beforeNames = await names(t);
    const beforeCount = await t.database.prisma.sequence.count();
    const cases: [string, unknown[], string, RegExp][] = [
      [
        'email without {{unsubscribeLink}}',
        [good, { offset: 'P1D', channel: 'email', template: { subject: 'Invoice {{invoiceNumber}}', body: 'Please pay {{amountDue}} at {{paymentLink}}.' } }],
        'steps.1.template',
        /inline template of step 2 \(email\) goes out by email but its body has no \{\{unsubscribeLink\}\}/,
      ],
      [
        'SMS without {{optOutText}} or STOP',
        [{ offset: 'PT0S', channel: 'sms', template: { body: 'Please pay {{amountDue}} at {{paymentLink}}.' } }],
        'steps.0.template',
        /goes out by sms but its body has no \{\{optOutText\}\} or "Reply STOP to opt out" instruction/,
      ],
      [
        'WhatsApp without the opt-out wording',
        [{ offset: 'PT0S', channel: 'whatsapp', template: { body: 'Please pay {{amountDue}}. Stop by our office.' } }],
        'steps.0.template',
        /goes out by whatsapp but its body has no \{\{optOutText\}\}/,
      ],
      [
        'SMS too long with a long customer name',
        [{ offset: 'PT0S', channel: 'sms', template: longSms }],
        'steps.0.template',
        /needs 4 SMS segments \(GSM-7\) with a 60-character customer name; the limit is 3/,
      ],
      [
        'SMS in UCS-2 because of one character',
        [{ offset: 'PT0S', channel: 'sms', template: { body: `${'Pay now please. '.repeat(14)}✓ {{optOutText}}` } }],
        'steps.0.template',
        /SMS segments \(UCS-2, because of "✓"\)/,
      ],
      [
        'unknown token',
        [{ offset: 'PT0S', channel: 'email', template: { body: 'Hi {{firstName}}, pay {{amountDue}}. {{unsubscribeLink}}' } }],
        'steps.0.template',
        /body uses unknown token\(s\) \{\{firstName\}\}/,
      ],
      [
        'unknown token in the subject',
        [{ offset: 'PT0S', channel: 'email', template: { subject: 'Invoice {{invoice_no}}', body: 'Pay {{amountDue}}. {{unsubscribeLink}}' } }],
        'steps.0.template',
        /subject uses unknown token\(s\) \{\{invoice_no\}\}/,
      ],
      ['unknown built-in template', [{ offset: 'PT0S', channel: 'sms', template: 'no_such_template' }], 'steps.0.template', /unknown built-in template "no_such_template"/],
    ];
    for (const [what, steps, field, message] of cases) {
      const name = `bad-${tag()}`;
      const r = await t.api.post('/v1/sequences', { name, steps });
      assert.equal(r.status, 400, `${what}: ${JSON.stringify(r.body)}`);
      assert.equal(r.body.error.code, 'validation_failed');
      const details = (r.body.error.details as { field: string; message: string }[]).filter((d) => d.field === field);
      assert.ok(details.some((d) => message.test(d.message)), `${what}: ${JSON.stringify(r.body.error.details)} has ${field} matching ${message}`);
      assert.equal((await t.api.get('/v1/sequences')).body.sequences.some((s: { name: string }) => s.name === name), false, `${what}: not stored`);
    }

    // "auto" may go out on any channel, so it needs both footers: two problems.
    const auto = await t.api.post('/v1/sequences', { name: `bad-${tag()}`, steps: [{ offset: 'PT0S', channel: 'auto', template: { body: 'Pay {{amountDue}}.' } }] });
    assert.equal(auto.status, 400);
    const autoProblems = (auto.body.error.details as { field: string; message: string }[]).filter((d) => d.field === 'steps.0.template').map((d) => d.message);
    assert.ok(autoProblems.some((m) => /may go out by email but its body has no \{\{unsubscribeLink\}\}/.test(m)), JSON.stringify(autoProblems));
    assert.ok(autoProblems.some((m) => /may go out by sms or whatsapp but its body has no \{\{optOutText\}\}/.test(m)), JSON.stringify(autoProblems));

    assert.deepEqual(await names(t), beforeNames);
    assert.equal(await t.database.prisma.sequence.count(), beforeCount);
  });

  test('good templates are saved: footers as tokens, a literal STOP instruction, built-ins on every channel', async () => {
    const steps = [
      { offset: '-P1D', channel: 'email', template: { subject: 'Invoice {{invoiceNumber}}', body: 'Hi {{customerName}}, pay {{amountDue}}.\n\n{{unsubscribeLink}}\n{{senderAddress}}' } },
      { offset: 'PT0S', channel: 'sms', template: { body: 'Hi {{customerName}}, {{amountDue}} is due: {{paymentLink}} {{optOutText}}' } },
      { offset: 'P1D', channel: 'whatsapp', template: { body: 'Invoice {{invoiceNumber}} is overdue. Reply STOP to opt out.' } },
      { offset: 'P3D', channel: 'auto', template: 'follow_up' },
      { offset: 'P7D', channel: 'auto', template: { body: 'Pay {{amountDue}}. {{optOutText}}\n\n{{unsubscribeLink}}' } },
    ];
    const name = `good-${tag()}`;
    const r = await t.api.post('/v1/sequences', { name, steps });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const stored = (await t.api.get('/v1/sequences')).body.sequences.find((s: { name: string }) => s.name === name);
    assert.equal(stored.steps.length, 5);
    assert.deepEqual(stored.steps[1].template, steps[1]!.template);
  });

  test('the SMS length limit is REMIT_SMS_MAX_SEGMENTS: the long SMS is saved where 10 segments are allowed', async () => {
    const r = await spread.api.post('/v1/sequences', { name: `long-${tag()}`, steps: [{ offset: 'PT0S', channel: 'sms', template: longSms }] });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    // The same body with a short name fits 3 segments: it is the worst-case name that makes it too long.
    const short = await t.api.post('/v1/sequences', { name: `short-${tag()}`, steps: [{ offset: 'PT0S', channel: 'sms', template: { body: longSms.body.replace(' {{customerName}}', '') } }] });
    assert.equal(short.status, 201, JSON.stringify(short.body));
  });
});

describe('audit timeline', () => {
  /** An Etc/GMT zone where it is now `hour`:xx local time. */
  function zoneAt(hour: number): string {
    let offset = (((hour - new Date().getUTCHours()) % 24) + 24) % 24;
    if (offset > 14) offset -= 24;
    return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
  }
  const timeline = async (id: string) => {
    const r = await t.api.get(`/v1/invoices/${id}/timeline`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body as { invoiceId: string; events: { at: string; kind: string; actor: string; decision: string; reason: string; detail: Record<string, unknown> }[] };
  };

  test('created, sent, paid: every event in order with its decision and reason', async () => {
    const seq = await sequence(t, [
      { offset: 'PT0S', channel: 'email', template: 'due_date_notice' },
      { offset: 'P1D', channel: 'email', template: 'follow_up' },
    ]);
    const body = invoicePayload({ sequence: seq, customer: { externalId: `cus-${tag()}`, name: 'Ada', email: `ada-${tag()}@example.com`, timezone: zoneAt(12) } }, 0);
    const created = await t.api.post('/v1/invoices', body);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.id as string;
    await waitFor('the first message', async () => (await timeline(id)).events.some((e) => e.kind === 'message_sent'), 20_000);
    const paid = await t.api.post(`/v1/invoices/${id}/payments`, { amount: '1250.00', reference: 'wire-1' });
    assert.equal(paid.status, 200, JSON.stringify(paid.body));
    const tl = await waitFor('the follow-up to stop', async () => {
      const x = await timeline(id);
      return x.events.some((e) => e.kind === 'follow_up_paid') ? x : undefined;
    }, 20_000);
    assert.equal(tl.invoiceId, id);
    assert.deepEqual(
      tl.events.map((e) => [e.kind, e.decision]),
      [
        ['invoice_created', 'recorded'],
        ['message_sent', 'sent'],
        ['payment_received', 'recorded'],
        ['follow_up_paid', 'stopped'],
      ],
    );
    const [createdEv, sent, payment, stopped] = tl.events;
    assert.equal(createdEv!.reason, 'invoice created');
    assert.equal(createdEv!.actor, 'api');
    assert.equal(createdEv!.detail.sequence, seq);
    assert.equal(sent!.reason, 'sent by email (step channel)');
    assert.equal(sent!.detail.channel, 'email');
    assert.equal(payment!.reason, 'payment received');
    assert.equal(payment!.detail.paidInFull, true);
    assert.equal(payment!.detail.amount, '1250.00');
    assert.equal(stopped!.reason, 'paid');
    const times = tl.events.map((e) => Date.parse(e.at));
    assert.deepEqual(times, [...times].sort((a, b) => a - b), 'in time order');
    // By externalId too.
    assert.deepEqual((await timeline(body.externalId)).events, tl.events);
  });

  test('quiet hours: the deferral is in the timeline with its rule; a void stops the follow-up', async () => {
    const seq = await sequence(t, [{ offset: 'PT0S', channel: 'email', template: 'due_date_notice' }]);
    const zone = zoneAt(3);
    const created = await t.api.post('/v1/invoices', invoicePayload({ sequence: seq, customer: { externalId: `cus-${tag()}`, email: `night-${tag()}@example.com`, timezone: zone } }, 0));
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.id as string;
    const deferred = await waitFor('the deferral', async () => (await timeline(id)).events.find((e) => e.kind === 'message_deferred'), 20_000);
    assert.equal(deferred.decision, 'deferred');
    assert.match(deferred.reason, new RegExp(`^Deferred by quiet hours \\(sends only 08:00–21:00 local time in ${zone.replace('+', '\\+')}\\)`));
    assert.deepEqual(deferred.detail.rules, ['quiet_hours']);
    assert.ok(Date.parse(deferred.detail.until as string) > Date.now());
    assert.equal(t.sent.filter((m) => m.invoiceId === id).length, 0);

    assert.equal((await t.api.post(`/v1/invoices/${id}/void`, { actor: 'support:sam', reason: 'duplicate' })).status, 200);
    const stopped = await waitFor('void', async () => (await timeline(id)).events.find((e) => e.kind === 'invoice_voided'));
    assert.equal(stopped.decision, 'stopped');
    assert.equal(stopped.reason, 'void: duplicate');
    // The workflow's own closing event follows (waited for, so it cannot land in a later test's row count).
    const closed = await waitFor('the follow-up to close', async () => (await timeline(id)).events.find((e) => e.kind === 'follow_up_voided'), 20_000);
    assert.equal(closed.decision, 'stopped');
    assert.equal(t.sent.filter((m) => m.invoiceId === id).length, 0);
  });

  test('unknown invoice → 404; the timeline needs the API key', async () => {
    const r = await t.api.get('/v1/invoices/inv-does-not-exist/timeline');
    assert.equal(r.status, 404);
    assert.equal(r.body.error.code, 'invoice_not_found');
    const r2 = await t.api.get('/v1/invoices/00000000-0000-4000-8000-000000000000/timeline');
    assert.equal(r2.status, 404);
  });

  test('the compliance routes need the API key (401 without or with a wrong one)', async () => {
    const anon = new ApiClient(t.url, '');
    const wrong = new ApiClient(t.url, 'wrong-key-0123456789');
    const routes: [string, string][] = [
      ['GET', '/v1/invoices/x/timeline'],
      ['POST', '/v1/sequences/default/preview'],
      ['POST', '/v1/customers/x/consents'],
      ['POST', '/v1/customers/x/opt-outs'],
    ];
    for (const [method, path] of routes) {
      for (const c of [anon, wrong]) {
        const r = await c.request(method, path, method === 'POST' ? {} : undefined);
        assert.equal(r.status, 401, `${method} ${path}`);
        assert.equal(r.body.error.code, 'unauthorized');
      }
    }
  });
});

describe('consents and opt-outs', () => {
  let withPhone: { externalId: string; email: string; phone: string; id: string };
  let emailOnly: { externalId: string; email: string; id: string };
  before(async () => {
    // Far-future invoices: the follow-ups wait, nothing is sent during these tests.
    const make = async (customer: Record<string, unknown>) => {
      const r = await t.api.post('/v1/invoices', invoicePayload({ dueDate: '2027-09-01', customer }));
      assert.equal(r.status, 201, JSON.stringify(r.body));
      return (await t.database.prisma.invoice.findUniqueOrThrow({ where: { id: r.body.id } })).customerId;
    };
    const n = () => String(2_000_000 + (randomBytes(3).readUIntBE(0, 3) % 8_000_000)); // no US exchange starts with 0 or 1
    const a = { externalId: `cus-${tag()}`, email: `pat-${tag()}@example.com`, phone: `+1415${n()}`, timezone: 'Europe/London' };
    withPhone = { ...a, id: await make(a) };
    const b = { externalId: `cus-${tag()}`, email: `sam-${tag()}@example.com`, timezone: 'Europe/London' };
    emailOnly = { ...b, id: await make(b) };
  });

  const consent = (over: Record<string, unknown> = {}) => ({ channel: 'sms', source: 'checkout form, SMS opt-in box', consentedAt: new Date(Date.now() - 3_600_000).toISOString(), ...over });

  test('validation: future consentedAt, an email address for SMS, an unknown channel, no source → 400 naming the field, nothing stored', async () => {
    const before = await countRows(t);
    const path = `/v1/customers/${withPhone.externalId}/consents`;
    assertNamesField(await t.api.post(path, consent({ consentedAt: new Date(Date.now() + 86_400_000).toISOString() })), 400, 'consentedAt', /future/);
    assertNamesField(await t.api.post(path, consent({ address: 'pat@example.com' })), 400, 'address', /E\.164/);
    assertNamesField(await t.api.post(path, consent({ channel: 'email', address: '+14155550123' })), 400, 'address', /email address/);
    assertNamesField(await t.api.post(path, consent({ channel: 'fax' })), 400, 'channel');
    assertNamesField(await t.api.post(path, consent({ source: undefined })), 400, 'source');
    assertNamesField(await t.api.post(path, consent({ source: '' })), 400, 'source');
    assertNamesField(await t.api.post(path, consent({ consentedAt: 'yesterday' })), 400, 'consentedAt');
    assertNamesField(await t.api.post(path, consent({ colour: 'red' })), 400, '(body)');
    const optOuts = `/v1/customers/${withPhone.externalId}/opt-outs`;
    assertNamesField(await t.api.post(optOuts, { channel: 'fax' }), 400, 'channel');
    assertNamesField(await t.api.post(optOuts, { channel: 'sms', address: 'not a number' }), 400, 'address');
    assert.deepEqual(await countRows(t), before);
  });

  test('unknown customer → 404; no phone for an SMS consent or opt-out → 422', async () => {
    const before = await countRows(t);
    for (const path of ['/v1/customers/cus-nobody/consents', '/v1/customers/00000000-0000-4000-8000-000000000000/consents']) {
      const r = await t.api.post(path, consent());
      assert.equal(r.status, 404, JSON.stringify(r.body));
      assert.equal(r.body.error.code, 'customer_not_found');
    }
    const o = await t.api.post('/v1/customers/cus-nobody/opt-outs', { channel: 'email' });
    assert.equal(o.status, 404);
    assert.equal(o.body.error.code, 'customer_not_found');

    const noPhone = await t.api.post(`/v1/customers/${emailOnly.externalId}/consents`, consent());
    assertNamesField(noPhone, 422, 'address', /no phone/);
    const noPhoneOut = await t.api.post(`/v1/customers/${emailOnly.externalId}/opt-outs`, { channel: 'whatsapp' });
    assertNamesField(noPhoneOut, 422, 'address', /no phone/);
    assert.deepEqual(await countRows(t), before);
  });

  test('a consent defaults to the customer address, is stored, and is recorded on the open invoice', async () => {
    const given = consent();
    const r = await t.api.post(`/v1/customers/${withPhone.externalId}/consents`, given);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.channel, 'sms');
    assert.equal(r.body.address, withPhone.phone);
    assert.equal(r.body.source, given.source);
    assert.equal(r.body.consentedAt, given.consentedAt);
    assert.equal(r.body.optOutLifted, false);
    const row = await t.database.prisma.consent.findUniqueOrThrow({ where: { id: r.body.id } });
    assert.equal(row.customerId, withPhone.id);
    assert.equal(row.address, withPhone.phone);
    assert.equal(row.consentedAt.toISOString(), given.consentedAt);
    // By customer id too, with an explicit address; the same consent twice is stored once.
    const again = await t.api.post(`/v1/customers/${withPhone.id}/consents`, { ...given, address: withPhone.phone });
    assert.equal(again.status, 201);
    assert.equal(again.body.id, r.body.id);
    assert.equal(await t.database.prisma.consent.count({ where: { customerId: withPhone.id } }), 1);
    const inv = await t.database.prisma.invoice.findFirstOrThrow({ where: { customerId: withPhone.id } });
    const events = await t.database.prisma.invoiceEvent.findMany({ where: { invoiceId: inv.id, kind: 'consent_recorded' } });
    assert.ok(events.length >= 1);
    assert.equal((events[0]!.detail as Record<string, unknown>).address, withPhone.phone);
  });

  test("consents given with the invoice's customer are stored; one without an address the customer lacks is refused", async () => {
    const cust = { externalId: `cus-${tag()}`, email: `lin-${tag()}@example.com`, phone: '+447400123457', timezone: 'Europe/London' };
    const consents = [
      { channel: 'sms', source: 'signup form', consentedAt: '2026-03-01T10:00:00Z' },
      { channel: 'whatsapp', address: '+447400123458', source: 'WhatsApp opt-in', consentedAt: '2026-03-02T10:00:00+01:00' },
    ];
    const r = await t.api.post('/v1/invoices', invoicePayload({ dueDate: '2027-09-01', customer: { ...cust, consents } }));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const customerId = (await t.database.prisma.invoice.findUniqueOrThrow({ where: { id: r.body.id } })).customerId;
    const rows = await t.database.prisma.consent.findMany({ where: { customerId }, orderBy: { consentedAt: 'asc' } });
    assert.deepEqual(
      rows.map((c) => [c.channel, c.address, c.source, c.consentedAt.toISOString()]),
      [
        ['sms', '+447400123457', 'signup form', '2026-03-01T10:00:00.000Z'],
        ['whatsapp', '+447400123458', 'WhatsApp opt-in', '2026-03-02T09:00:00.000Z'],
      ],
    );

    const before = await countRows(t);
    const bad = await t.api.post('/v1/invoices', invoicePayload({ customer: { externalId: `cus-${tag()}`, email: 'x@example.com', consents: [{ channel: 'sms', source: 'form', consentedAt: CONSENTED_AT }] } }));
    assertNamesField(bad, 400, 'customer.consents.0.address', /no phone/);
    const future = await t.api.post('/v1/invoices', invoicePayload({ customer: { externalId: `cus-${tag()}`, email: 'x@example.com', consents: [{ channel: 'email', source: 'form', consentedAt: '2099-01-01T00:00:00Z' }] } }));
    assertNamesField(future, 400, 'customer.consents.0.consentedAt');
    assert.deepEqual(await countRows(t), before);
  });

  test('an email opt-out holds whatever the case of the address (email addresses are compared without case)', async () => {
    const t0 = tag();
    const stored = `Mixed.Case-${t0}@Example.com`;
    const r = await t.api.post('/v1/invoices', invoicePayload({ dueDate: '2027-09-01', customer: { externalId: `cus-${t0}`, email: stored, timezone: 'Europe/London' } }));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const out = await t.api.post(`/v1/customers/cus-${t0}/opt-outs`, { channel: 'email', address: stored.toLowerCase(), reason: 'asked by phone' });
    assert.equal(out.status, 201, JSON.stringify(out.body));
    const p = await preview(t, 'default', { invoice: r.body.id, from: '2027-08-20T00:00:00Z' });
    assert.notEqual(p.steps[0]!.channel, 'email', `an email to ${stored} after ${stored.toLowerCase()} opted out: ${JSON.stringify(p.steps[0])}`);
    assert.equal(p.steps[0]!.status, 'not_sent');
    assert.match(p.steps[0]!.reason ?? '', /opted out \(asked by phone, via api\)/);
  });

  test('an opt-out is idempotent (the same `since`); a later consent lifts it', async () => {
    const path = `/v1/customers/${withPhone.externalId}/opt-outs`;
    const first = await t.api.post(path, { channel: 'whatsapp', reason: 'asked on the phone' });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.deepEqual(Object.keys(first.body).sort(), ['address', 'channel', 'reason', 'since', 'source']);
    assert.equal(first.body.channel, 'whatsapp');
    assert.equal(first.body.address, withPhone.phone);
    assert.equal(first.body.reason, 'asked on the phone');
    assert.equal(first.body.source, 'api');
    const second = await t.api.post(path, { channel: 'whatsapp', reason: 'again' });
    assert.equal(second.status, 201);
    assert.deepEqual(second.body, first.body, 'the first opt-out stands, with its time and reason');
    assert.equal(await t.database.prisma.optOut.count({ where: { channel: 'whatsapp', address: withPhone.phone } }), 1);

    // The default reason, and an email opt-out by the customer's email.
    const email = await t.api.post(path, { channel: 'email' });
    assert.equal(email.status, 201);
    assert.equal(email.body.address, withPhone.email);
    assert.equal(email.body.reason, 'requested through the API');

    // A consent older than the opt-out does not lift it; a newer one does.
    const old = await t.api.post(`/v1/customers/${withPhone.externalId}/consents`, consent({ channel: 'whatsapp', consentedAt: new Date(Date.parse(first.body.since) - 60_000).toISOString() }));
    assert.equal(old.status, 201);
    assert.equal(old.body.optOutLifted, false);
    assert.equal(await t.database.prisma.optOut.count({ where: { channel: 'whatsapp', address: withPhone.phone } }), 1);
    await new Promise((r) => setTimeout(r, 5));
    const fresh = await t.api.post(`/v1/customers/${withPhone.externalId}/consents`, consent({ channel: 'whatsapp', consentedAt: new Date().toISOString() }));
    assert.equal(fresh.status, 201);
    assert.equal(fresh.body.optOutLifted, true);
    assert.equal(await t.database.prisma.optOut.count({ where: { channel: 'whatsapp', address: withPhone.phone } }), 0);
  });
});

describe('one-click unsubscribe', () => {
  const anon = () => new ApiClient(t.url, '');
  const keyOf = (secret: string) => complianceSettings(loadConfig({}), secret).unsubscribeKey;
  let cust: { externalId: string; email: string; id: string };
  before(async () => {
    cust = { externalId: `cus-${tag()}`, email: `una-${tag()}@example.com`, id: '' };
    const r = await t.api.post('/v1/invoices', invoicePayload({ dueDate: '2027-09-01', customer: { externalId: cust.externalId, email: cust.email, timezone: 'Europe/London' } }));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    cust.id = (await t.database.prisma.invoice.findUniqueOrThrow({ where: { id: r.body.id } })).customerId;
  });
  const post = (path: string) => fetch(t.url + path, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  const optOuts = () => t.database.prisma.optOut.count({ where: { channel: 'email', address: cust.email } });

  test('a garbage or altered link → 400 JSON error, and no opt-out; no API key is needed to be told so', async () => {
    const garbage = await anon().get('/u/garbage');
    assert.equal(garbage.status, 400);
    assert.equal(garbage.body.error.code, 'invalid_unsubscribe_link');
    assert.match(garbage.headers.get('content-type') ?? '', /application\/json/);

    const token = unsubscribeToken(keyOf(WEBHOOK_SECRET), { customerId: cust.id, address: cust.email, issuedAt: 1_790_000_000 });
    const [payload, mac] = token.split('.') as [string, string];
    const otherAddress = Buffer.from(JSON.stringify({ c: cust.id, a: 'someone-else@example.com', t: 1_790_000_000 })).toString('base64url');
    const flip = (s: string) => s.slice(0, -1) + (s.endsWith('A') ? 'B' : 'A');
    const tampered = [
      `${payload}.${flip(mac)}`,
      `${otherAddress}.${mac}`,
      `${payload}`,
      `${payload}.${mac}.extra`,
      unsubscribeToken(keyOf('another-webhook-secret-0123456789'), { customerId: cust.id, address: cust.email, issuedAt: 1_790_000_000 }),
    ];
    for (const bad of tampered) {
      const r = await post(`/u/${bad}`);
      assert.equal(r.status, 400, bad);
      assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'invalid_unsubscribe_link');
      assert.equal((await anon().get(`/u/${bad}`)).status, 400, `GET ${bad}`);
    }
    assert.equal(await optOuts(), 0);
    assert.equal(await t.database.prisma.optOut.count({ where: { address: 'someone-else@example.com' } }), 0);
  });

  test('a valid link: GET shows a button and changes nothing; POST opts the address out with no login, and again is fine', async () => {
    const token = unsubscribeToken(keyOf(WEBHOOK_SECRET), { customerId: cust.id, address: cust.email, issuedAt: Math.floor(Date.now() / 1000) });
    const page = await fetch(`${t.url}/u/${token}`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    const html = await page.text();
    assert.ok(html.includes(`Stop emails to ${cust.email}?`), html);
    assert.match(html, /<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">/);
    assert.equal(await optOuts(), 0, 'GET changes nothing');

    const r = await post(`/u/${token}`);
    assert.equal(r.status, 200);
    assert.match(await r.text(), new RegExp(`You are unsubscribed.*${cust.email.replace(/\./g, '\\.')}`, 's'));
    const row = await t.database.prisma.optOut.findUniqueOrThrow({ where: { channel_address: { channel: 'email', address: cust.email } } });
    assert.equal(row.source, 'unsubscribe_link');
    assert.equal(row.reason, 'one-click unsubscribe');

    const again = await post(`/u/${token}`);
    assert.equal(again.status, 200);
    assert.equal(await optOuts(), 1);
    // The opt-out is what the next preview for this customer sees: email is refused.
    const inv = await t.database.prisma.invoice.findFirstOrThrow({ where: { customerId: cust.id } });
    const pv = await preview(t, 'default', { invoice: inv.id, from: '2027-08-20T00:00:00Z' });
    assert.equal(pv.steps[0]!.status, 'not_sent');
    assert.match(pv.steps[0]!.reason!, /opted out \(one-click unsubscribe, via unsubscribe_link\)/);
  });
});
