// The self-service invoice page over real HTTP (no API key: the signed token is the key), on a
// real Temporal server and database: what it shows, that bad links get a clear page and change
// nothing, that Pay now and visits are the message's clicks, and that each answer is recorded
// like a reply (an inbound message of channel `page`, a paused follow-up, a promise).
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config';
import { invoicePageToken } from '../../src/domain/invoicePageToken';
import { complianceSettings } from '../../src/services/compliance';
import { invoicePayload, startTestRemit, waitFor, WEBHOOK_SECRET, type TestRemit } from '../support/remit';

let t: TestRemit;
before(async () => {
  t = await startTestRemit();
});
after(() => t?.stop());

const key = complianceSettings(loadConfig({}), WEBHOOK_SECRET).invoicePageKey;
const inDays = (d: number) => Math.floor(Date.now() / 1000) + d * 86_400;
const tokenFor = (invoiceId: string, messageId?: string, expiresAt = inDays(30)) => invoicePageToken(key, { invoiceId, ...(messageId ? { messageId } : {}), expiresAt });
const tag = () => randomBytes(4).toString('hex');
/** A London day `days` from today, YYYY-MM-DD. */
const londonDay = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + days * 86_400_000));

async function sequence(steps: [string, string][]) {
  const name = `page-${tag()}`;
  const r = await t.api.post('/v1/sequences', { name, steps: steps.map(([offset, channel]) => ({ offset, channel, template: 'follow_up' })) });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return name;
}

/** An invoice due in ten days, nothing sent yet; its own customer and address. */
async function invoice(over: Record<string, unknown> = {}, customer: Record<string, unknown> = {}) {
  const id = tag();
  const body = invoicePayload({ sequence: await sequence([['P1D', 'email']]), dueDate: new Date(Date.now() + 10 * 86_400_000).toISOString(), ...over });
  body.customer = { ...body.customer, externalId: `cus-page-${id}`, email: `page-${id}@example.com`, ...customer };
  const r = await t.api.post('/v1/invoices', body);
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return { id: r.body.id as string, body };
}

/** An invoice due now whose first email has gone, and that message's id. */
async function sentInvoice() {
  const made = await invoice({ sequence: await sequence([['PT0S', 'email'], ['P30D', 'email']]), dueDate: new Date(Date.now() + 1000).toISOString() });
  const sent = await waitFor('the first email', async () => (await view(made.id)).messages.find((m: { status: string }) => m.status === 'sent'));
  return { ...made, messageId: sent.id as string };
}

/** The page as a customer's browser gets it: no API key, redirects not followed. */
async function page(path: string, init: RequestInit = {}) {
  const res = await fetch(`${t.url}${path}`, { redirect: 'manual', ...init });
  return { status: res.status, headers: res.headers, html: await res.text() };
}
const answer = (token: string, form: Record<string, string>) =>
  page(`/i/${token}/answer`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });

const view = async (id: string) => (await t.api.get(`/v1/invoices/${id}`)).body;
const events = async (id: string, kind: string) => (await t.api.get(`/v1/invoices/${id}/timeline`)).body.events.filter((e: { kind: string }) => e.kind === kind);
const pageMessages = async (customerRef: string) => {
  const list = await t.api.get(`/v1/conversations?customer=${customerRef}`);
  if (!list.body.conversations?.length) return [];
  const conv = await t.api.get(`/v1/conversations/${list.body.conversations[0].id}`);
  return conv.body.messages.filter((m: { direction: string; channel: string }) => m.direction === 'inbound' && m.channel === 'page');
};

function assertSecurityHeaders(headers: Headers, label: string) {
  const csp = headers.get('content-security-policy') ?? '';
  assert.match(csp, /default-src 'none'/, label);
  assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/=]+'/, label);
  assert.match(csp, /form-action 'self'/, label);
  assert.match(csp, /frame-ancestors 'none'/, label);
  assert.equal(headers.get('referrer-policy'), 'no-referrer', label);
  assert.equal(headers.get('cache-control'), 'no-store', label);
  assert.equal(headers.get('x-content-type-options'), 'nosniff', label);
}

describe('the page', () => {
  test('shows the amount, due date and Pay now, needs no API key, and sets its security headers', async () => {
    const { id, body } = await invoice();
    const token = tokenFor(id);
    const r = await page(`/i/${token}`);
    assert.equal(r.status, 200, r.html);
    assert.match(r.headers.get('content-type') ?? '', /^text\/html/);
    assertSecurityHeaders(r.headers, 'page');
    assert.match(r.html, /<html lang="en">/);
    assert.match(r.html, new RegExp(`<h1>Invoice ${body.number}</h1>`));
    assert.match(r.html, /\$1,250\.00/);
    const due = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'Europe/London' }).format(new Date(body.dueDate as string));
    assert.ok(r.html.includes(due), `due date ${due}`);
    assert.ok(r.html.includes(`href="${token}/pay"`), 'Pay now goes through Remit');
    assert.ok(!r.html.includes(body.paymentUrl as string), 'the payment URL itself is not on the page');
    for (const a of ['paid_already', 'promise_to_pay', 'dispute', 'wrong_person', 'unsubscribe']) assert.ok(r.html.includes(`name="answer" value="${a}"`), a);
    assert.match(r.html, /<label for="day">[^<]+<\/label>/);
    assert.match(r.html, /<input type="date" id="day" name="day" required min="\d{4}-\d{2}-\d{2}" max="\d{4}-\d{2}-\d{2}"/);
    assert.ok(!/<script|<link|src=/i.test(r.html), 'no scripts, no external assets');
  });

  test("escapes the customer's name", async () => {
    const { id } = await invoice({}, { name: '<script>alert("x")</script> & O\'Brien' });
    const r = await page(`/i/${tokenFor(id)}`);
    assert.equal(r.status, 200);
    assert.ok(r.html.includes('Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; O&#39;Brien,'), r.html);
    assert.ok(!r.html.includes('<script>'));
  });

  test('a visit is on the timeline once per link per hour, however often the page is reloaded', async () => {
    const { id } = await invoice();
    const token = tokenFor(id);
    for (let i = 0; i < 3; i++) assert.equal((await page(`/i/${token}`)).status, 200);
    assert.equal((await events(id, 'invoice_page_visited')).length, 1);
    // The confirmation an answer redirects to is not a visit.
    assert.equal((await page(`/i/${token}?done=paid_already`)).status, 200);
    assert.equal((await events(id, 'invoice_page_visited')).length, 1);
  });

  test('without a paymentUrl: no Pay now, and /pay is a 409 page', async () => {
    const { id } = await invoice({ paymentUrl: undefined });
    const token = tokenFor(id);
    const r = await page(`/i/${token}`);
    assert.equal(r.status, 200);
    assert.ok(!r.html.includes('/pay"'), 'no Pay now');
    assert.match(r.html, /payment details on your invoice/);
    const pay = await page(`/i/${token}/pay`);
    assert.equal(pay.status, 409);
    assert.equal(pay.headers.get('location'), null);
    assert.match(pay.html, /<h1>Nothing to pay online<\/h1>/);
    assert.equal((await events(id, 'pay_now_clicked')).length, 0);
  });

  test('a paid invoice says so and offers no answers (unsubscribing still works); Pay now and answers are 409', async () => {
    const { id } = await invoice();
    const paid = await t.api.post(`/v1/invoices/${id}/payments`, { amount: '1250.00' });
    assert.ok(paid.status === 200 || paid.status === 201, JSON.stringify(paid.body));
    await waitFor('paid', async () => (await view(id)).status === 'paid');
    const token = tokenFor(id);
    const r = await page(`/i/${token}`);
    assert.equal(r.status, 200);
    assert.match(r.html, /This invoice is paid/);
    assert.ok(!r.html.includes('/pay"'), 'no Pay now');
    for (const a of ['paid_already', 'promise_to_pay', 'dispute', 'wrong_person']) assert.ok(!r.html.includes(`value="${a}"`), a);
    assert.ok(r.html.includes('value="unsubscribe"'));
    assert.equal((await page(`/i/${token}/pay`)).status, 409);
    const late = await answer(token, { answer: 'paid_already' });
    assert.equal(late.status, 409);
    assert.match(late.html, /This invoice is paid; there is nothing to answer/);
  });
});

describe('bad links get a clear page, not a 500, and change nothing', () => {
  test('tampered 403, expired 410, malformed 400, unknown invoice 404, wrong method 405', async () => {
    const { id, body } = await invoice();
    const good = tokenFor(id);
    const tampered = good.slice(0, 10) + (good[10] === 'A' ? 'B' : 'A') + good.slice(11);
    const cases: [string, string, number, RegExp][] = [
      ['tampered', `/i/${tampered}`, 403, /This link is not valid/],
      ['expired', `/i/${tokenFor(id, undefined, inDays(-1))}`, 410, /This link has expired/],
      ['malformed', `/i/${good.slice(0, 30)}`, 400, /This link is not complete/],
      ['garbage', '/i/%F0%9F%92%A5%3Cscript%3E', 400, /This link is not complete/],
      ['unknown invoice', `/i/${tokenFor(randomUUID())}`, 404, /Invoice not found/],
      ['expired Pay now', `/i/${tokenFor(id, undefined, inDays(-1))}/pay`, 410, /This link has expired/],
      ['tampered answer', `/i/${tampered}/answer`, 403, /This link is not valid/],
      ['GET on the answer form', `/i/${good}/answer`, 405, /Page not found/],
      ['no such page', `/i/${good}/nothing`, 404, /Page not found/],
    ];
    for (const [label, path, status, text] of cases) {
      const r = label === 'tampered answer' ? await answer(tampered, { answer: 'paid_already' }) : await page(path);
      assert.equal(r.status, status, `${label}: ${r.html}`);
      assert.match(r.headers.get('content-type') ?? '', /^text\/html/, label);
      assert.match(r.html, text, label);
      assert.ok(!/at .+\.ts:\d+|Error:|internal_error/.test(r.html), `${label}: no stack trace`);
      assertSecurityHeaders(r.headers, label);
    }
    assert.equal((await events(id, 'invoice_page_visited')).length, 0);
    assert.equal((await pageMessages(body.customer.externalId as string)).length, 0);
    assert.equal((await view(id)).status, 'open');
  });

  test('an answer that is not one of the choices is a 400 page; nothing is recorded', async () => {
    const { id, body } = await invoice();
    const token = tokenFor(id);
    for (const form of [{ answer: 'pay_me_later' }, { answer: 'dispute', reason: 'i_just_dont_like_it' }, { answer: 'dispute' }, {}, { answer: 'paid_already', note: 'x'.repeat(501) }]) {
      const r = await answer(token, form as Record<string, string>);
      assert.equal(r.status, 400, JSON.stringify(form));
      assert.match(r.html, /That answer was not understood/);
    }
    assert.equal((await pageMessages(body.customer.externalId as string)).length, 0);
    assert.equal((await view(id)).status, 'open');
  });
});

describe('Pay now and visits are the message’s clicks', () => {
  test('Pay now records the click, tells the follow-up, and redirects 303 to the paymentUrl without a Referer', async () => {
    const { id, body, messageId } = await sentInvoice();
    const token = tokenFor(id, messageId);
    const r = await page(`/i/${token}/pay`);
    assert.equal(r.status, 303, r.html);
    assert.equal(r.headers.get('location'), body.paymentUrl);
    assert.equal(r.headers.get('referrer-policy'), 'no-referrer');

    const message = await t.database.prisma.message.findUniqueOrThrow({ where: { id: messageId } });
    assert.ok(message.clickedAt, 'clickedAt');
    assert.ok(message.openedAt, 'a click is an open too');
    const [clicked] = await events(id, 'pay_now_clicked');
    assert.equal(clicked.detail.messageId, messageId);
    assert.equal(clicked.actor, 'customer');
    // The clicked-unpaid follow-up the workflow owes for an email click.
    await waitFor('the behaviour follow-up', async () => (await view(id)).followUp?.pendingBehaviour?.kind === 'clicked_unpaid');
    assert.equal((await page(`/i/${token}/pay`)).status, 303);
    assert.equal((await events(id, 'pay_now_clicked')).length, 1, 'a second click within the hour is not news');
  });

  test('a visit through a message link is that message’s click', async () => {
    const { id, messageId } = await sentInvoice();
    assert.equal((await page(`/i/${tokenFor(id, messageId)}`)).status, 200);
    assert.ok((await t.database.prisma.message.findUniqueOrThrow({ where: { id: messageId } })).clickedAt);
    assert.equal((await events(id, 'invoice_page_visited'))[0].detail.messageId, messageId);
    await waitFor('the behaviour follow-up', async () => (await view(id)).followUp?.pendingBehaviour?.kind === 'clicked_unpaid');
  });
});

describe('one-click answers are recorded like replies', () => {
  async function answered(form: Record<string, string>, intent: string) {
    const { id, body } = await invoice();
    const token = tokenFor(id);
    const r = await answer(token, form);
    assert.equal(r.status, 303, r.html);
    assert.equal(new URL(r.headers.get('location')!, `${t.url}/i/${token}/answer`).href, `${t.url}/i/${token}?done=${form.answer}`);
    const confirmation = await page(`/i/${token}?done=${form.answer}`);
    assert.equal(confirmation.status, 200);
    assert.match(confirmation.html, /<p class="notice" role="status">Thank you/);
    const [m, ...more] = await pageMessages(body.customer.externalId as string);
    assert.equal(more.length, 0, 'one inbound message');
    assert.deepEqual(m.invoiceIds, [id]);
    assert.deepEqual(m.intents.map((i: { intent: string }) => i.intent), [intent]);
    await waitFor('the follow-up paused', async () => (await view(id)).status === 'paused');
    return { id, token, body, message: m };
  }

  test("I've already paid (with a note); the same answer again is not recorded twice", async () => {
    const { token, body, message } = await answered({ answer: 'paid_already', note: 'Paid by bank transfer on Monday' }, 'paid_already');
    assert.equal(message.text, "I've already paid: Paid by bank transfer on Monday");
    assert.equal((await answer(token, { answer: 'paid_already', note: 'Paid by bank transfer on Monday' })).status, 303);
    assert.equal((await pageMessages(body.customer.externalId as string)).length, 1);
  });

  test("I'll pay on a day: a promise for that day holds the follow-up", async () => {
    const day = londonDay(5);
    const { id, message } = await answered({ answer: 'promise_to_pay', day }, 'promise_to_pay');
    assert.equal(message.intents[0].payments[0].date, day);
    const promises = (await view(id)).promises;
    assert.equal(promises.length, 1);
    assert.equal(promises[0].date, day);
    assert.equal(promises[0].status, 'open');
  });

  test('I dispute this, with a reason', async () => {
    const { message } = await answered({ answer: 'dispute', reason: 'wrong_amount', note: 'We agreed on 1000' }, 'dispute');
    assert.equal(message.intents[0].reason, 'wrong_amount');
  });

  test('Wrong person', async () => {
    await answered({ answer: 'wrong_person', note: 'Ask accounts@example.com' }, 'wrong_person');
  });

  test('a promised day in the past, too far ahead or not a day: 422, the form says why, nothing is recorded', async () => {
    const { id, body } = await invoice();
    const token = tokenFor(id);
    for (const [day, why] of [[londonDay(-2), /is in the past/], [londonDay(400), /more than 365 days away/], ['next friday', /must be a calendar day/], ['', /must be a calendar day/]] as const) {
      const r = await answer(token, { answer: 'promise_to_pay', day });
      assert.equal(r.status, 422, day);
      assert.match(r.html, /<details open><summary>I&#39;ll pay on…<\/summary><p class="error" id="promise_to_pay-error" role="alert">The day /);
      assert.match(r.html, why, day);
      assert.match(r.html, /aria-invalid="true"/);
      if (day) assert.ok(r.html.includes(`value="${day}"`), 'what was entered is kept');
      // The form on this page posts back to the right place (it is served one level down).
      assert.ok(r.html.includes(`action="../${token}/answer"`));
      assertSecurityHeaders(r.headers, day);
    }
    assert.equal((await view(id)).promises.length, 0);
    assert.equal((await pageMessages(body.customer.externalId as string)).length, 0);
    assert.equal((await view(id)).status, 'open');
  });

  test('Unsubscribe opts the address out of email (the channel of a link with no message)', async () => {
    const { id, body } = await invoice();
    const token = tokenFor(id);
    const r = await answer(token, { answer: 'unsubscribe' });
    assert.equal(r.status, 303, r.html);
    const optOut = await t.database.prisma.optOut.findUnique({ where: { channel_address: { channel: 'email', address: body.customer.email as string } } });
    assert.equal(optOut?.source, 'invoice_page');
    assert.match((await page(`/i/${token}?done=unsubscribe`)).html, /You are unsubscribed: no more payment reminders by email/);
    assert.equal((await view(id)).status, 'open', 'an opt-out is not a reply');
  });

  test('Unsubscribe through an SMS link opts the number out of SMS and WhatsApp, not the email', async () => {
    const phone = `+1415${String(2_000_000 + (randomBytes(3).readUIntBE(0, 3) % 7_000_000)).padStart(7, '0')}`;
    const { id, body } = await invoice({ sequence: await sequence([['PT0S', 'sms'], ['P30D', 'sms']]), dueDate: new Date(Date.now() + 1000).toISOString() }, { phone });
    const sms = await waitFor('the first SMS', async () => (await view(id)).messages.find((m: { status: string }) => m.status === 'sent'));
    assert.equal(sms.channel, 'sms');
    const token = tokenFor(id, sms.id);
    assert.match((await page(`/i/${token}`)).html, /Stop payment reminders by text message/);
    assert.equal((await answer(token, { answer: 'unsubscribe' })).status, 303);
    const optOuts = await t.database.prisma.optOut.findMany({ where: { address: { in: [phone, body.customer.email as string] } } });
    assert.deepEqual(optOuts.map((o) => `${o.channel} ${o.address}`).sort(), [`sms ${phone}`, `whatsapp ${phone}`]);
  });
});

test('the page routes are in the OpenAPI document, public, answering HTML', async () => {
  const doc = (await t.api.get('/openapi.json')).body;
  for (const [path, method, status] of [['/i/{token}', 'get', '200'], ['/i/{token}/pay', 'get', '303'], ['/i/{token}/answer', 'post', '303']] as const) {
    const op = doc.paths[path]?.[method];
    assert.ok(op, `${method} ${path}`);
    assert.deepEqual(op.security, []);
    assert.ok(op.responses[status].content['text/html'], `${path} ${status}`);
    for (const s of ['400', '403', '410']) assert.ok(op.responses[s].content['text/html'], `${path} ${s}`);
  }
  assert.ok(doc.paths['/i/{token}/answer'].post.requestBody.content['application/x-www-form-urlencoded']);
});
