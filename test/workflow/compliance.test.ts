// The compliance rules end to end on a real Temporal server: quiet hours, the minimum gap and
// the frequency cap, consent, one-click unsubscribe over real HTTP, the stop when no channel is
// left, and one consolidated message for several invoices of one customer. Each group starts
// its own Remit with the rule under test switched on (and short time scales).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { invoicePayload, startTestRemit, waitFor, type TestRemit } from '../support/remit';

const started: TestRemit[] = [];
after(async () => {
  for (const r of started) await r.stop();
});

async function remit(env: Record<string, string>): Promise<TestRemit> {
  const r = await startTestRemit({ env });
  started.push(r);
  return r;
}

async function sequence(t: TestRemit, steps: { offset: string; channel: string; template?: unknown }[]) {
  const name = `c-${randomBytes(4).toString('hex')}`;
  const r = await t.api.post('/v1/sequences', { name, steps: steps.map((s) => ({ template: 'follow_up', ...s })) });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return name;
}

function customer(over: Record<string, unknown> = {}) {
  const tag = randomBytes(4).toString('hex');
  const n = randomBytes(3).readUIntBE(0, 3) % 8_000_000; // a 415 exchange starts at 2: libphonenumber refuses 1xx
  return { externalId: `cus-${tag}`, name: 'Ada Lovelace', email: `ada-${tag}@example.com`, phone: `+1415${String(2_000_000 + n).padStart(7, '0')}`, timezone: 'Europe/London', ...over };
}

async function invoice(t: TestRemit, seq: string, cust: Record<string, unknown>, dueInMs = 0) {
  const r = await t.api.post('/v1/invoices', invoicePayload({ sequence: seq, customer: cust }, dueInMs));
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body.id as string;
}

const view = async (t: TestRemit, id: string) => (await t.api.get(`/v1/invoices/${id}`)).body;
const timeline = async (t: TestRemit, id: string) => (await t.api.get(`/v1/invoices/${id}/timeline`)).body.events as { kind: string; decision: string; reason: string; detail: Record<string, unknown> }[];

/** An Etc/GMT zone in which it is now 10:xx (11:xx at 23:xx UTC), so a window can open seconds from now. */
function morningZone(now: Date): { zone: string; offsetHours: number } {
  const target = now.getUTCHours() <= 22 ? 10 : 11;
  const offsetHours = target - now.getUTCHours();
  return { zone: offsetHours === 0 ? 'Etc/GMT' : `Etc/GMT${offsetHours > 0 ? '-' : '+'}${Math.abs(offsetHours)}`, offsetHours };
}
const hms = (t: number) => new Date(t).toISOString().slice(11, 19);

describe('quiet hours', () => {
  test('a step due outside the window is deferred, recorded with its rule, and sent when the window opens (with the spread)', async () => {
    const now = new Date();
    const { zone, offsetHours } = morningZone(now);
    // The window opens 30 s from now in the customer's zone (room for start-up on a loaded
    // machine): a step due now falls in "quiet hours".
    const opensAt = Math.ceil((now.getTime() + 30_000) / 1000) * 1000;
    const t = await remit({ REMIT_SEND_WINDOW: `${hms(opensAt + offsetHours * 3_600_000)}-20:00`, REMIT_SEND_WINDOW_SPREAD: 'PT2S' });
    const seq = await sequence(t, [{ offset: 'PT0S', channel: 'email' }]);
    const id = await invoice(t, seq, customer({ timezone: zone }));

    const deferred = await waitFor('deferral', async () => (await timeline(t, id)).find((e) => e.kind === 'message_deferred'));
    assert.equal(deferred.decision, 'deferred');
    assert.deepEqual(deferred.detail.rules, ['quiet_hours']);
    assert.deepEqual(deferred.detail.zones, [zone]);
    assert.match(deferred.reason, /quiet hours/);
    const until = Date.parse(deferred.detail.until as string);
    assert.ok(until >= opensAt && until < opensAt + 2_000, `deferred until ${new Date(until).toISOString()}, window opens ${new Date(opensAt).toISOString()}`);
    assert.equal(t.sent.filter((m) => m.invoiceId === id).length, 0, 'nothing sent in quiet hours');
    // The view is what the workflow published once the deferral came back.
    const state = await waitFor('the deferral in the view', async () => ((await view(t, id)).followUp?.deferred ? (await view(t, id)).followUp : undefined));
    assert.deepEqual(state.deferred.rules, ['quiet_hours']);

    const sent = await waitFor('send after the window opens', () => t.sent.find((m) => m.invoiceId === id), 50_000);
    assert.ok(sent.at >= until, `sent ${sent.at - until} ms before its deferral ended`);
    const events = await timeline(t, id);
    assert.deepEqual(
      events.filter((e) => e.kind.startsWith('message_')).map((e) => e.decision),
      ['deferred', 'sent'],
    );
  });
});

describe('frequency cap and minimum gap', () => {
  test('the gap defers the next message across invoices of one customer; the cap holds the one after for the period', async () => {
    const t = await remit({ REMIT_MIN_GAP: 'PT15S', REMIT_FREQUENCY_CAP: '2', REMIT_FREQUENCY_PERIOD: 'P7D' });
    const seq = await sequence(t, [{ offset: 'PT0S', channel: 'email' }]);
    const cust = customer();
    const first = await invoice(t, seq, cust);
    const a = await waitFor('first message', () => t.sent.find((m) => m.invoiceId === first));
    // A second invoice of the same customer, due now: the 15 s gap applies across invoices.
    const second = await invoice(t, seq, cust);
    const gap = await waitFor('gap deferral', async () => (await timeline(t, second)).find((e) => e.kind === 'message_deferred'));
    assert.deepEqual(gap.detail.rules, ['minimum_gap']);
    const b = await waitFor('second message', () => t.sent.find((m) => m.invoiceId === second), 40_000);
    assert.ok(b.at - a.at >= 15_000, `second message ${b.at - a.at} ms after the first`);
    // A third: 2 messages in 7 days already, so it waits until the first leaves the period.
    const third = await invoice(t, seq, cust);
    const cap = await waitFor('cap deferral', async () => (await timeline(t, third)).find((e) => e.kind === 'message_deferred'));
    assert.ok((cap.detail.rules as string[]).includes('frequency_cap'), JSON.stringify(cap.detail));
    const until = Date.parse(cap.detail.until as string);
    assert.ok(Math.abs(until - (a.at + 7 * 86_400_000)) < 5_000, `held until ${cap.detail.until}`);
    const deferred = await waitFor('the deferral in the view', async () => (await view(t, third)).followUp.deferred);
    assert.equal(deferred.until, cap.detail.until);
    assert.equal(t.sent.filter((m) => m.invoiceId === third).length, 0);
  });
});

describe('consent, unsubscribe and the stop for a person', () => {
  let t: TestRemit;
  test('SMS needs a recorded consent: without one the step goes by email; with one it goes by SMS with the opt-out wording once', async () => {
    t = await remit({ REMIT_CONSENT_REQUIRED: 'sms,whatsapp' });
    // 5 s apart, so a first workflow task that runs late on a loaded machine does not find both due (catch-up).
    const seq = await sequence(t, [{ offset: 'PT0S', channel: 'sms' }, { offset: 'PT5S', channel: 'sms' }]);
    const noConsent = await invoice(t, seq, customer());
    const pivot = await waitFor('pivot to email', () => t.sent.find((m) => m.invoiceId === noConsent));
    assert.equal(pivot.channel, 'email');
    const state = await waitFor('the send in the view', async () => ((await view(t, noConsent)).followUp?.messagesSent.length ? (await view(t, noConsent)).followUp : undefined));
    assert.match(state.messagesSent[0].channelReason, /no consent recorded for sms/);

    const consented = customer();
    const id = await invoice(t, seq, { ...consented, consents: [{ channel: 'sms', source: 'checkout form', consentedAt: new Date(Date.now() - 60_000).toISOString() }] });
    await waitFor('two SMS', () => t.sent.filter((m) => m.invoiceId === id).length === 2);
    const [first, second] = t.sent.filter((m) => m.invoiceId === id);
    assert.equal(first!.channel, 'sms');
    assert.match(first!.body, /Reply STOP to opt out\.$/);
    assert.doesNotMatch(second!.body, /STOP/, 'the wording is in the first message to the number only');
  });

  test('every email carries List-Unsubscribe; GET shows a button, POST opts out with no login, the next email is not sent', async () => {
    const seq = await sequence(t, [{ offset: 'PT0S', channel: 'email' }, { offset: 'PT10S', channel: 'email' }]);
    const c = customer({ phone: undefined });
    const id = await invoice(t, seq, c);
    const email = await waitFor('email', () => t.sent.find((m) => m.invoiceId === id));
    assert.equal(email.headers?.['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');
    const link = /^<(https?:\/\/[^>]+)>$/.exec(email.headers?.['List-Unsubscribe'] ?? '')?.[1];
    assert.ok(link, `List-Unsubscribe: ${email.headers?.['List-Unsubscribe']}`);
    assert.ok(email.body.includes(`Unsubscribe: ${link}`), 'a visible unsubscribe link in the body');
    assert.ok(email.html?.includes(`href="${link}"`), 'and in the HTML part');

    const page = await fetch(link);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<form method="post">/);
    assert.equal(await t.database.prisma.optOut.count({ where: { address: c.email } }), 0, 'GET changes nothing');
    const tampered = await fetch(link.slice(0, -2) + 'xx', { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(tampered.status, 400);
    const r = await fetch(link, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(r.status, 200);
    assert.match(await r.text(), /You are unsubscribed/);
    const optOut = await t.database.prisma.optOut.findUniqueOrThrow({ where: { channel_address: { channel: 'email', address: c.email } } });
    assert.equal(optOut.source, 'unsubscribe_link');

    // The customer has no phone: nothing usable is left, so the follow-up stops for a person.
    const flagged = await waitFor('flagged for a person', async () => {
      const v = await view(t, id);
      return v.followUp?.pause?.kind === 'attention' ? v : undefined;
    });
    assert.equal(flagged.followUp.status, 'paused');
    assert.match(flagged.followUp.pause.reason, /no usable channel.*opted out \(one-click unsubscribe/);
    assert.equal(t.sent.filter((m) => m.invoiceId === id).length, 1);
    const row = await t.database.prisma.invoice.findUniqueOrThrow({ where: { id } });
    assert.equal(row.status, 'paused');
    assert.match(row.attentionReason ?? '', /no usable channel/);
    // The API shows it as the README and the OpenAPI document say.
    const shown = await waitFor('attentionReason on the invoice', async () => (await view(t, id)).attentionReason ?? undefined);
    assert.match(shown, /no usable channel/);
    const events = await timeline(t, id);
    assert.equal(events.at(-1)!.kind, 'follow_up_needs_attention');
    assert.equal(events.at(-1)!.decision, 'stopped');
  });

  test('an API opt-out is honoured by the next send; a newer consent lifts it', async () => {
    const seq = await sequence(t, [{ offset: 'PT8S', channel: 'email' }]);
    const c = customer({ phone: undefined });
    const id = await invoice(t, seq, c);
    const out = await t.api.post(`/v1/customers/${c.externalId}/opt-outs`, { channel: 'email', reason: 'asked on the phone' });
    assert.equal(out.status, 201, JSON.stringify(out.body));
    assert.equal(out.body.address, c.email);
    await waitFor('flagged', async () => (await view(t, id)).followUp?.pause?.kind === 'attention');
    assert.equal(t.sent.filter((m) => m.invoiceId === id).length, 0);

    const bad = await t.api.post(`/v1/customers/${c.externalId}/consents`, { channel: 'email', source: 'x', consentedAt: new Date(Date.now() + 86_400_000).toISOString() });
    assert.equal(bad.status, 400);
    const consent = await t.api.post(`/v1/customers/${c.externalId}/consents`, { channel: 'email', source: 'preference centre', consentedAt: new Date().toISOString() });
    assert.equal(consent.status, 201, JSON.stringify(consent.body));
    assert.equal(consent.body.optOutLifted, true);
    assert.equal(await t.database.prisma.optOut.count({ where: { address: c.email } }), 0);
    assert.equal((await t.api.post(`/v1/invoices/${id}/resume`, { actor: 'support:sam' })).status, 200);
    await waitFor('sent after the consent and resume', () => t.sent.find((m) => m.invoiceId === id));
    assert.equal((await t.database.prisma.invoice.findUniqueOrThrow({ where: { id } })).attentionReason, null);
  });
});

describe('consolidation', () => {
  test('three invoices of one customer due the same day get one message listing each and the total', async () => {
    const t = await remit({ REMIT_CONSOLIDATION_WINDOW: 'PT24H' });
    const seq = await sequence(t, [{ offset: 'PT0S', channel: 'email' }]);
    const c = customer();
    // Due 10 s, 11 s and 2 hours from now: the same day.
    const ids = [await invoice(t, seq, c, 10_000), await invoice(t, seq, c, 11_000), await invoice(t, seq, c, 2 * 3_600_000)];
    await waitFor('three follow-ups settled', async () => {
      const views = await Promise.all(ids.slice(0, 2).map((id) => view(t, id)));
      return views.every((v) => v.followUp?.messagesSent.length === 1);
    });
    const mine = t.sent.filter((m) => m.to === c.email);
    assert.equal(mine.length, 1, `one message, got ${mine.length}`);
    const numbers = await Promise.all(ids.map(async (id) => (await view(t, id)).number as string));
    for (const n of numbers) assert.ok(mine[0]!.body.includes(n), `the message lists ${n}`);
    assert.match(mine[0]!.body, /\$3,750\.00/);
    // Each line links that invoice's own page, where the customer pays or answers about it.
    for (const n of numbers) {
      const link = mine[0]!.body.split('\n').find((l) => l.startsWith(`- ${n}:`))?.match(/\/i\/[A-Za-z0-9_.-]+/)?.[0];
      assert.ok(link, `the line for ${n} has a page link`);
      const page = await fetch(`${t.url}${link}`);
      assert.equal(page.status, 200);
      assert.ok((await page.text()).includes(n), `the link on ${n}'s line opens ${n}'s page`);
    }
    const rows = await t.database.prisma.message.findMany({ where: { invoiceId: { in: ids } } });
    const primary = rows.filter((r) => r.consolidatedInto === null);
    assert.equal(primary.length, 1);
    assert.equal(primary[0]!.template, 'consolidated_reminder');
    assert.equal(rows.filter((r) => r.consolidatedInto === primary[0]!.id).length, 2);
    assert.ok(rows.every((r) => r.status === 'sent'));
    // The third invoice's own step (two hours away) is covered too: it will not send again.
    const third = rows.find((r) => r.invoiceId === ids[2]);
    assert.equal(third?.consolidatedInto, primary[0]!.id);
  });
});
