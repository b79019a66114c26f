// Conversations over real HTTP, on a real Temporal server, with the Resend and Twilio SDKs
// talking to loopback fakes: every message both ways lands in the customer's one conversation,
// is read for its intents, and changes only the follow-ups it is about. Also the lists
// (conversations, invoices) and their pagination.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { receivedEmail } from '../support/fakeResend';
import { startRemitWithProviders, type RemitWithProviders } from '../support/fakeProviders';
import { invoicePayload, waitFor, type TestRemit } from '../support/remit';

let world: RemitWithProviders;
let t: TestRemit;
before(async () => {
  world = await startRemitWithProviders();
  t = world.t;
});
after(() => world?.stop());

const tag = () => randomBytes(4).toString('hex');

function customer(over: Record<string, unknown> = {}) {
  const n = randomBytes(3).readUIntBE(0, 3) % 8_000_000;
  const id = tag();
  return { externalId: `cus-${id}`, name: `Ada ${id}`, email: `ada-${id}@example.com`, phone: `+1415${String(2_000_000 + n).padStart(7, '0')}`, timezone: 'Europe/London', ...over };
}

async function sequence(steps: [string, string][]) {
  const name = `s-${tag()}`;
  const r = await t.api.post('/v1/sequences', { name, steps: steps.map(([offset, channel]) => ({ offset, channel, template: 'follow_up' })) });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return name;
}

/** An invoice whose first email goes out at once (and a second step a minute later). */
async function invoice(cust: ReturnType<typeof customer>, seq?: string) {
  const r = await t.api.post('/v1/invoices', invoicePayload({ sequence: seq ?? (await sequence([['PT0S', 'email'], ['PT60S', 'email']])), customer: cust }, 300));
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body.id as string;
}

const emailsTo = (to: string) => world.resend.received.filter((d) => JSON.stringify(d.body.to).includes(to));
const view = async (id: string) => (await t.api.get(`/v1/invoices/${id}`)).body;
const conversationOf = async (customerRef: string) => {
  const list = await t.api.get(`/v1/conversations?customer=${customerRef}`);
  assert.equal(list.status, 200, JSON.stringify(list.body));
  assert.equal(list.body.conversations.length, 1);
  return list.body.conversations[0];
};

const resendPost = (event: unknown) => world.resendPost(event);
const twilioInbound = async (params: Record<string, string>) => (await world.twilioPost('/v1/webhooks/twilio/inbound', params)).status;

describe('a reply joins the customer\'s conversation', () => {
  test('an API reply is read, recorded at its receivedAt after the reminder it answers, and its promise holds the follow-up', async () => {
    const c = customer();
    const id = await invoice(c);
    await waitFor('the first email', () => emailsTo(c.email).length === 1);
    const receivedAt = new Date(Date.now() + 100).toISOString();
    await new Promise((r) => setTimeout(r, 150));
    const r = await t.api.post(`/v1/invoices/${id}/replies`, { channel: 'sms', body: "Sorry, I can't pay until Friday", receivedAt });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.status, 'paused');
    assert.equal(r.body.message.receivedAt, receivedAt);
    assert.deepEqual(r.body.message.intents.map((i: { intent: string }) => i.intent), ['promise_to_pay']);
    assert.match(r.body.message.intents[0].evidence, /Friday/i);

    assert.equal((await view(id)).promises[0].source, 'reply');
    const head = await conversationOf(c.externalId);
    assert.equal(head.id, r.body.message.conversationId);
    assert.equal(head.status, 'waiting', 'a dated promise is handled: no one needs to answer it');
    assert.deepEqual(head.lastIntents, ['promise_to_pay']);
    assert.equal(head.lastMessage.direction, 'inbound');

    const conv = await t.api.get(`/v1/conversations/${head.id}`);
    assert.equal(conv.status, 200);
    const [sent, reply] = conv.body.messages;
    assert.equal(conv.body.messages.length, 2);
    assert.deepEqual([sent.direction, sent.channel, sent.status, sent.invoiceIds], ['outbound', 'email', 'sent', [id]]);
    assert.deepEqual([reply.direction, reply.channel, reply.text, reply.invoiceIds], ['inbound', 'sms', "Sorry, I can't pay until Friday", [id]]);
    const promise = reply.intents[0];
    assert.equal(promise.intent, 'promise_to_pay');
    assert.equal(reply.text.slice(promise.evidence.start, promise.evidence.end), promise.evidence.text);
    assert.equal(promise.payments.length, 1);
    assert.match(promise.payments[0].date, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(new Date(`${promise.payments[0].date}T12:00:00Z`).getUTCDay(), 5, 'a Friday');
  });

  test('a receivedAt in the future is refused and records nothing; a malformed one is a 400', async () => {
    const c = customer();
    const id = await invoice(c, await sequence([['P1D', 'email']]));
    const future = await t.api.post(`/v1/invoices/${id}/replies`, { channel: 'email', body: 'hello', receivedAt: new Date(Date.now() + 3_600_000).toISOString() });
    assert.equal(future.status, 422, JSON.stringify(future.body));
    assert.equal(future.body.error.details[0].field, 'receivedAt');
    const bad = await t.api.post(`/v1/invoices/${id}/replies`, { channel: 'email', body: 'hello', receivedAt: 'last Tuesday' });
    assert.equal(bad.status, 400);
    assert.equal(await t.database.prisma.inboundMessage.count({ where: { invoiceIds: { has: id } } }), 0);
    assert.equal((await view(id)).status, 'open');
  });

  test('an emailed reply threads to the reminder it answers: only that invoice pauses, quoted history is stripped', async () => {
    const c = customer();
    const seq = await sequence([['PT0S', 'email'], ['PT60S', 'email']]);
    const first = await invoice(c, seq);
    await waitFor('the first email', () => emailsTo(c.email).length === 1);
    const second = await invoice(c, seq);
    await waitFor('the second email', () => emailsTo(c.email).length === 2);
    const sentFirst = (await view(first)).messages[0];
    const header = (emailsTo(c.email).find((d) => JSON.stringify(d.body).includes(sentFirst.id))?.body.headers as Record<string, string> | undefined)?.['Message-ID'];
    assert.equal(header, `<remit-${sentFirst.id}@acme.test>`);

    const emailId = tag();
    const text = `I never received the goods for this one.\n\nOn Wed, 2 Dec 2026 at 10:00, Acme Billing <billing@acme.test> wrote:\n> Hi ${c.name}, invoice is overdue. Pay here.\n`;
    world.resend.receivedEmails.set(emailId, receivedEmail({ id: emailId, from: c.email, text, headers: { 'In-Reply-To': header! }, created_at: new Date().toISOString() }));
    const r = await resendPost({ type: 'email.received', created_at: new Date().toISOString(), data: { email_id: emailId, from: c.email } });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    await waitFor('the first invoice paused', async () => (await view(first)).followUp?.status === 'paused');
    assert.equal((await view(second)).status, 'open', 'the other invoice carries on');

    const stored = await t.database.prisma.inboundMessage.findFirstOrThrow({ where: { providerMessageId: emailId } });
    assert.equal(stored.text, 'I never received the goods for this one.');
    assert.equal(stored.rawText, text.trim());
    assert.equal(stored.answersMessageId, sentFirst.id);
    assert.deepEqual(stored.invoiceIds, [first]);
    assert.ok((stored.reading as { intents: { intent: string }[] }).intents.some((i) => i.intent === 'dispute'));
  });

  test('an out-of-office reply does not pause; its return date holds the next message until that day', async () => {
    const c = customer();
    const id = await invoice(c);
    await waitFor('the first email', () => emailsTo(c.email).length === 1);
    const back = new Date(Date.now() + 5 * 86_400_000);
    const backDay = back.toISOString().slice(0, 10);
    const emailId = tag();
    world.resend.receivedEmails.set(emailId, receivedEmail({
      id: emailId, from: c.email, subject: 'Automatic reply: Invoice overdue', created_at: new Date().toISOString(),
      text: `I am out of the office and will be back on ${back.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}. I will have limited access to email.`,
      headers: { 'Auto-Submitted': 'auto-replied' },
    }));
    assert.equal((await resendPost({ type: 'email.received', created_at: new Date().toISOString(), data: { email_id: emailId, from: c.email } })).status, 200);
    const v = await waitFor('held until the return day', async () => {
      const got = await view(id);
      return got.followUp?.pause?.kind === 'away' ? got : undefined;
    });
    assert.equal(v.followUp.pause.until, new Date(`${backDay}T00:00:00Z`).toISOString(), 'midnight of the return day in Europe/London (GMT in winter)');
    const head = await conversationOf(c.externalId);
    assert.equal(head.status, 'waiting', 'an auto-reply needs no one to answer it');
    const stored = await t.database.prisma.inboundMessage.findFirstOrThrow({ where: { providerMessageId: emailId } });
    assert.equal(stored.autoReply, true);
  });

  test('an SMS reply retried by Twilio is recorded once; STOP is kept in the conversation but pauses nothing', async () => {
    const c = customer();
    const id = await invoice(c, await sequence([['P1D', 'email']]));
    const sid = `SM${randomBytes(16).toString('hex')}`;
    const reply = { MessageSid: sid, From: c.phone, To: '+15005550006', Body: 'who is this?' };
    assert.equal(await twilioInbound(reply), 200);
    assert.equal(await twilioInbound(reply), 200);
    const head = await conversationOf(c.externalId);
    assert.equal((await t.api.get(`/v1/conversations/${head.id}`)).body.messages.length, 1);
    assert.deepEqual(head.lastIntents, ['question']);
    await waitFor('paused by the reply', async () => (await view(id)).status === 'paused');

    const other = customer();
    const otherInvoice = await invoice(other, await sequence([['P1D', 'email']]));
    assert.equal(await twilioInbound({ MessageSid: `SM${randomBytes(16).toString('hex')}`, From: other.phone, To: '+15005550006', Body: 'STOP' }), 200);
    const otherHead = await conversationOf(other.externalId);
    assert.equal(otherHead.status, 'waiting');
    assert.equal(otherHead.lastMessage.text, 'STOP');
    assert.equal((await view(otherInvoice)).status, 'open', 'STOP is an opt-out, not a reply: email carries on');
    assert.equal(await t.database.prisma.optOut.count({ where: { address: other.phone } }), 2);
  });
});

describe('lists', () => {
  test('conversations page newest activity first; filters by status, intent and customer; bad input is a 400', async () => {
    const seq = await sequence([['P1D', 'email']]);
    const people = [customer(), customer(), customer()];
    const ids: string[] = [];
    for (const c of people) {
      const id = await invoice(c, seq);
      ids.push(id);
      const r = await t.api.post(`/v1/invoices/${id}/replies`, { channel: 'email', body: 'Can someone please give me a call back?' });
      assert.equal(r.status, 200, JSON.stringify(r.body));
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const qs: string = `?intent=callback_request&status=open&limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const r = await t.api.get(`/v1/conversations${qs}`);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.ok(r.body.conversations.length <= 1);
      seen.push(...r.body.conversations.map((c: { customer: { externalId: string } }) => c.customer.externalId));
      cursor = r.body.nextCursor;
    } while (cursor);
    const ours = seen.filter((e) => people.some((p) => p.externalId === e));
    assert.deepEqual(ours, people.map((p) => p.externalId).reverse(), 'newest first, each once');
    assert.equal(new Set(seen).size, seen.length);

    for (const bad of ['?limit=0', '?limit=201', '?limit=ten', '?status=closed', '?intent=angry', '?cursor=not-ours', '?colour=blue']) {
      const r = await t.api.get(`/v1/conversations${bad}`);
      assert.equal(r.status, 400, `${bad}: ${JSON.stringify(r.body)}`);
      assert.equal(r.body.error.code, 'validation_failed');
    }
    assert.equal((await t.api.get('/v1/conversations?customer=nobody')).status, 404);
    assert.equal((await t.api.get('/v1/conversations/00000000-0000-4000-8000-000000000000')).status, 404);
    assert.equal((await t.api.get('/v1/conversations/not-a-uuid')).status, 404);
  });

  test('invoices list by status, customer and search, newest first, in pages', async () => {
    const seq = await sequence([['P1D', 'email']]);
    const c = customer({ name: `Grace ${tag()} Hopper` });
    const ids = [await invoice(c, seq), await invoice(c, seq), await invoice(c, seq)];
    await t.api.post(`/v1/invoices/${ids[1]}/void`, { actor: 'clerk@example.com' });

    const all = await t.api.get(`/v1/invoices?customer=${c.externalId}`);
    assert.equal(all.status, 200, JSON.stringify(all.body));
    assert.deepEqual(all.body.invoices.map((i: { id: string }) => i.id), [...ids].reverse());
    assert.equal(all.body.nextCursor, null);
    const voided = await t.api.get(`/v1/invoices?customer=${c.externalId}&status=void`);
    assert.deepEqual(voided.body.invoices.map((i: { id: string }) => i.id), [ids[1]]);

    const byName = await t.api.get(`/v1/invoices?q=${encodeURIComponent(c.name.split(' ')[1]!.toUpperCase())}&limit=2`);
    assert.deepEqual(byName.body.invoices.map((i: { id: string }) => i.id), [ids[2], ids[1]]);
    const rest = await t.api.get(`/v1/invoices?q=${encodeURIComponent(c.name.split(' ')[1]!)}&limit=2&cursor=${byName.body.nextCursor}`);
    assert.deepEqual(rest.body.invoices.map((i: { id: string }) => i.id), [ids[0]]);
    assert.equal(rest.body.nextCursor, null);
    const number = all.body.invoices[0].number as string;
    assert.deepEqual((await t.api.get(`/v1/invoices?q=${number}`)).body.invoices.map((i: { id: string }) => i.id), [ids[2]]);
    assert.deepEqual((await t.api.get('/v1/invoices?q=%25%25%25')).body.invoices, [], 'a % is a character, not a wildcard');

    for (const bad of ['?status=overdue', '?limit=-1', '?cursor=abc', '?q=', '?sort=amount']) {
      assert.equal((await t.api.get(`/v1/invoices${bad}`)).status, 400, bad);
    }
  });
});
