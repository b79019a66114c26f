// A person answers a customer (POST /v1/conversations/:id/messages) over real HTTP, on a real
// Temporal server, with the Resend and Twilio SDKs talking to loopback fakes: what the providers
// received (threading headers, SMS, WhatsApp free text or template), what was recorded (the
// actor, the kind), the conversation view, the refusals that record nothing, quiet hours, and an
// answer accepted while Temporal is away that is sent once it is back.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { receivedEmail } from '../support/fakeResend';
import { startRemitWithProviders, type RemitWithProviders } from '../support/fakeProviders';
import { invoicePayload, startRemitWithTemporalDown, startTestRemit, waitFor, type TestRemit } from '../support/remit';

const WHATSAPP_TEMPLATE = `HX${'cd'.repeat(16)}`;
let world: RemitWithProviders;
let t: TestRemit;
before(async () => {
  // Quiet hours on (08:00-21:00): customers live where it is noon, except where a test says otherwise.
  world = await startRemitWithProviders({ REMIT_SEND_WINDOW: '08:00-21:00', TWILIO_WHATSAPP_FROM: '+15005550007', TWILIO_WHATSAPP_CONTENT_SID: WHATSAPP_TEMPLATE });
  t = world.t;
});
after(() => world?.stop());

const tag = () => randomBytes(4).toString('hex');
/** An Etc/GMT zone where it is now `hour`:xx (Etc/GMT signs are inverted). */
const zoneAt = (hour: number) => {
  const offset = ((((hour - new Date().getUTCHours()) % 24) + 36) % 24) - 12;
  return `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
};
const ACTOR = 'sam@acme.test';

function customer(over: Record<string, unknown> = {}) {
  const n = randomBytes(3).readUIntBE(0, 3) % 8_000_000;
  const id = tag();
  return { externalId: `cus-${id}`, name: `Ada ${id}`, email: `ada-${id}@example.com`, phone: `+1415${String(2_000_000 + n).padStart(7, '0')}`, timezone: zoneAt(12), ...over };
}

async function invoice(api: TestRemit, cust: Record<string, unknown>, steps: [string, string][] = [['P20D', 'email']]) {
  const name = `s-${tag()}`;
  assert.equal((await api.api.post('/v1/sequences', { name, steps: steps.map(([offset, channel]) => ({ offset, channel, template: 'follow_up' })) })).status, 201);
  const r = await api.api.post('/v1/invoices', invoicePayload({ sequence: name, customer: cust }, 300));
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body as { id: string; number?: string };
}

/** A message from the customer about one invoice (recorded as if relayed), `agoMs` ago. */
async function reply(api: TestRemit, invoiceId: string, channel: string, agoMs = 0) {
  const r = await api.api.post(`/v1/invoices/${invoiceId}/replies`, { channel, body: 'Can you send me a copy of the invoice?', receivedAt: new Date(Date.now() - agoMs).toISOString() });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body.message.conversationId as string;
}

const answer = (conversationId: string, body: Record<string, unknown>, api = t) => api.api.post(`/v1/conversations/${conversationId}/messages`, { actor: ACTOR, ...body });
const conversationOf = async (externalId: string) => (await t.api.get(`/v1/conversations?customer=${externalId}`)).body.conversations[0] as { id: string; status: string };
/** The task queue each send of an answer's workflow was scheduled on. */
async function sendQueues(messageId: string): Promise<string[]> {
  const history = await t.remit.client.workflow.getHandle(`answer-${messageId}`).fetchHistory();
  return (history.events ?? []).flatMap((e) => (e.activityTaskScheduledEventAttributes ? [e.activityTaskScheduledEventAttributes.taskQueue!.name!] : []));
}

const emailsTo = (to: string) => world.resend.received.filter((d) => JSON.stringify(d.body.to).includes(to));
const answerRows = (customerId: string) => t.database.prisma.message.findMany({ where: { kind: 'answer', invoice: { customerId } }, orderBy: { createdAt: 'asc' } });
const sentRow = (id: string) => waitFor(`answer ${id} sent`, async () => {
  const row = await t.database.prisma.message.findUniqueOrThrow({ where: { id } });
  return row.status === 'sent' && row;
});

describe('a person answers on the customer\'s channel', () => {
  test('email: a reply in the customer\'s thread (In-Reply-To, References, "Re:"), recorded as the person\'s, shown in the conversation', async () => {
    const c = customer();
    const inv = await invoice(t, c, [['PT0S', 'email'], ['P20D', 'email']]);
    const ours = await waitFor('the reminder', () => emailsTo(c.email)[0]);
    const ourId = (ours.body.headers as Record<string, string>)['Message-ID']!;
    const theirId = `<q-${tag()}@customer.example>`;
    const emailId = tag();
    world.resend.receivedEmails.set(emailId, receivedEmail({
      id: emailId, from: c.email, subject: `Re: ${ours.body.subject as string}`, text: 'Can you send me a copy of the invoice?',
      headers: { 'In-Reply-To': ourId, References: ourId }, message_id: theirId, created_at: new Date().toISOString(),
    }));
    assert.equal((await world.resendPost({ type: 'email.received', created_at: new Date().toISOString(), data: { email_id: emailId, from: c.email } })).status, 200);
    const conv = await conversationOf(c.externalId);

    const r = await answer(conv.id, { body: 'Of course: attached to this email is a copy.' });
    assert.equal(r.status, 202, JSON.stringify(r.body));
    const m = r.body.message;
    assert.deepEqual([m.status, m.kind, m.actor, m.channel, m.to, m.invoiceIds, m.deferred, r.body.delivery], ['pending', 'answer', ACTOR, 'email', c.email, [inv.id], null, 'delivered']);

    const sent = await waitFor('the answer at Resend', () => emailsTo(c.email).find((d) => String(d.body.text).startsWith('Of course')));
    const headers = sent.body.headers as Record<string, string>;
    assert.equal(headers['In-Reply-To'], theirId);
    assert.equal(headers.References, `${ourId} ${theirId}`);
    assert.equal(headers['Message-ID'], `<remit-${m.id}@acme.test>`);
    assert.equal(sent.body.subject, `Re: ${ours.body.subject as string}`, 'one "Re:"');
    assert.equal(sent.idempotencyKey, `answer:${m.id}`);
    assert.deepEqual((await sendQueues(m.id)).map((q) => q.endsWith('-messaging')), [false], 'email is not paced with the texts');

    const row = await sentRow(m.id);
    assert.deepEqual([row.kind, row.actor, row.stepIndex, row.invoiceId, row.provider], ['answer', ACTOR, -2, inv.id, 'resend']);
    const view = (await t.api.get(`/v1/conversations/${conv.id}`)).body;
    assert.equal(view.status, 'waiting', 'a person answered');
    const shown = view.messages.at(-1);
    assert.deepEqual([shown.direction, shown.kind, shown.actor, shown.status, shown.text, shown.invoiceIds], ['outbound', 'answer', ACTOR, 'sent', 'Of course: attached to this email is a copy.', [inv.id]]);
    assert.equal(view.messages.find((x: { kind?: string }) => x.kind === 'step').actor, 'remit', 'the automated reminder is Remit\'s');
    const timeline = (await t.api.get(`/v1/invoices/${inv.id}/timeline`)).body.events as { kind: string; actor: string }[];
    assert.deepEqual(timeline.filter((e) => e.kind.startsWith('answer_')).map((e) => [e.kind, e.actor]), [['answer_accepted', ACTOR], ['answer_sent', ACTOR]]);
  });

  test('SMS on the channel the customer wrote on; WhatsApp as free text inside the 24-hour window, the approved template outside it', async () => {
    const c = customer();
    await invoice(t, c);
    const sid = () => `SM${randomBytes(16).toString('hex')}`;
    assert.equal((await world.twilioPost('/v1/webhooks/twilio/inbound', { MessageSid: sid(), From: c.phone, To: '+15005550006', Body: 'Who is this?' })).status, 200);
    const conv = await conversationOf(c.externalId);

    const sms = await answer(conv.id, { body: 'Acme billing here, about your invoice.' });
    assert.equal(sms.status, 202, JSON.stringify(sms.body));
    assert.equal(sms.body.message.channel, 'sms');
    const text = await waitFor('the SMS', () => world.twilio.received.find((d) => d.params.To === c.phone));
    assert.equal(text.params.Body, 'Acme billing here, about your invoice.\n\nReply STOP to opt out.', 'the first SMS to the number says how to stop');

    const wa = await answer(conv.id, { body: 'Or here, if you prefer.', channel: 'whatsapp' });
    assert.equal(wa.status, 202, JSON.stringify(wa.body));
    const free = await waitFor('WhatsApp free text', () => world.twilio.received.find((d) => d.params.To === `whatsapp:${c.phone}`));
    assert.deepEqual([free.params.Body, free.params.ContentSid], ['Or here, if you prefer.', undefined]);
    // Paced with the automated texts: both went through the rate-limited messaging queue.
    for (const id of [sms.body.message.id, wa.body.message.id]) assert.deepEqual((await sendQueues(id)).map((q) => q.endsWith('-messaging')), [true]);

    // A customer who never wrote (their conversation began with our reminder): the template.
    const quiet = customer();
    await invoice(t, quiet, [['PT0S', 'email'], ['P20D', 'email']]);
    // The conversation is made when the reminder's send is recorded (after the provider has it).
    const quietConv = await waitFor('the reminder recorded', () => conversationOf(quiet.externalId));
    const outside = await answer(quietConv.id, { body: 'Hello from Acme', channel: 'whatsapp' });
    assert.equal(outside.status, 202, JSON.stringify(outside.body));
    const template = await waitFor('WhatsApp template', () => world.twilio.received.find((d) => d.params.To === `whatsapp:${quiet.phone}`));
    assert.equal(template.params.ContentSid, WHATSAPP_TEMPLATE);
    assert.equal(JSON.parse(template.params.ContentVariables!)['1'], quiet.name);
    assert.equal((await sentRow(outside.body.message.id)).template, 'whatsapp_template');
  });

  test('about the invoices of the customer\'s newest message, or the ones named (one row each), never another customer\'s', async () => {
    const c = customer();
    const a = await invoice(t, c);
    const b = await invoice(t, c);
    const conv = await reply(t, a.id, 'email');

    const first = await answer(conv, { body: 'We will look into it.' });
    assert.equal(first.status, 202, JSON.stringify(first.body));
    assert.deepEqual(first.body.message.invoiceIds, [a.id], 'the newest message was about invoice A');
    assert.match(first.body.message.subject, /^Invoice INV-/);

    const both = await answer(conv, { body: 'Both invoices are settled now.', invoiceIds: [b.id, a.id] });
    assert.equal(both.status, 202, JSON.stringify(both.body));
    await sentRow(both.body.message.id);
    const rows = await answerRows(((await t.api.get(`/v1/invoices/${a.id}`)).body.customer.id));
    const ofBoth = rows.filter((r) => r.id === both.body.message.id || r.consolidatedInto === both.body.message.id);
    assert.deepEqual(ofBoth.map((r) => [r.invoiceId, r.status, r.actor]).sort(), [[a.id, 'sent', ACTOR], [b.id, 'sent', ACTOR]].sort());
    const shown = (await t.api.get(`/v1/conversations/${conv}`)).body.messages.find((x: { id: string }) => x.id === both.body.message.id);
    assert.deepEqual([...shown.invoiceIds].sort(), [a.id, b.id].sort());
    assert.equal(emailsTo(c.email).filter((d) => d.body.text === 'Both invoices are settled now.').length, 1, 'one email for both');
  });
});

describe('refused with the reason, nothing recorded', () => {
  test('unknown conversation, no address, opted out, another customer\'s invoice, bad input', async () => {
    const noPhone = customer({ phone: undefined });
    const inv = await invoice(t, noPhone);
    const conv = await reply(t, inv.id, 'email');
    const optedOut = customer();
    const inv2 = await invoice(t, optedOut);
    const conv2 = await reply(t, inv2.id, 'email');
    assert.equal((await t.api.post(`/v1/customers/${optedOut.externalId}/opt-outs`, { channel: 'email', reason: 'asked us' })).status, 201);
    const commandsBefore = await t.database.prisma.workflowCommand.count({ where: { kind: 'answer' } });

    const cases: [string, unknown, number, string][] = [
      [`/v1/conversations/${randomUUID()}/messages`, { body: 'hi' }, 404, 'conversation_not_found'],
      ['/v1/conversations/not-a-conversation/messages', { body: 'hi' }, 404, 'conversation_not_found'],
      [`/v1/conversations/${conv}/messages`, { body: 'hi', channel: 'sms' }, 422, 'no_address'],
      [`/v1/conversations/${conv}/messages`, { body: 'hi', invoiceIds: [inv2.id] }, 422, 'invoice_not_customers'],
      [`/v1/conversations/${conv2}/messages`, { body: 'hi' }, 409, 'channel_refused'],
      [`/v1/conversations/${conv}/messages`, { body: 'hi', priority: 'high' }, 400, 'validation_failed'],
      [`/v1/conversations/${conv}/messages`, { body: '   ' }, 400, 'validation_failed'],
      [`/v1/conversations/${conv}/messages`, { body: 'hi', invoiceIds: ['INV-1'] }, 400, 'validation_failed'],
    ];
    for (const [path, body, status, code] of cases) {
      const r = await t.api.post(path, { actor: ACTOR, ...(body as object) });
      assert.deepEqual([r.status, r.body.error?.code], [status, code], `${path} ${JSON.stringify(body)}: ${JSON.stringify(r.body)}`);
    }
    const refused = await t.api.post(`/v1/conversations/${conv2}/messages`, { actor: ACTOR, body: 'hi' });
    assert.match(refused.body.error.message, /email may not be used for this customer: opted out/);
    assert.equal((await t.api.post(`/v1/conversations/${conv}/messages`, { body: 'hi' })).status, 400, 'actor is required');

    const customerIds = (await t.database.prisma.customer.findMany({ where: { externalId: { in: [noPhone.externalId, optedOut.externalId] } } })).map((x) => x.id);
    assert.equal(await t.database.prisma.message.count({ where: { kind: 'answer', invoice: { customerId: { in: customerIds } } } }), 0);
    assert.equal(await t.database.prisma.workflowCommand.count({ where: { kind: 'answer' } }), commandsBefore);
    assert.equal(await t.database.prisma.invoiceEvent.count({ where: { invoiceId: { in: [inv.id, inv2.id] }, kind: { startsWith: 'answer_' } } }), 0);
  });
});

describe('quiet hours', () => {
  test('at 03:00 local, an answer to a message of two hours ago waits for the morning; one to a message just received goes now', async () => {
    const late = customer({ timezone: zoneAt(3) });
    const lateConv = await reply(t, (await invoice(t, late)).id, 'email', 2 * 3_600_000);
    const r = await answer(lateConv, { body: 'We will call you in the morning.' });
    assert.equal(r.status, 202, JSON.stringify(r.body));
    assert.ok(r.body.message.deferred, 'the answer says it waits');
    assert.match(r.body.message.deferred.reason, /^Deferred by quiet hours/);
    const localHour = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: late.timezone as string }).format(new Date(r.body.message.deferred.until));
    assert.equal(localHour, '08:00', 'when the window opens');
    await waitFor('the workflow deferred it', async () => (await t.database.prisma.message.findUniqueOrThrow({ where: { id: r.body.message.id } })).statusReason?.startsWith('Deferred by quiet hours'));
    const shown = (await t.api.get(`/v1/conversations/${lateConv}`)).body.messages.at(-1);
    assert.deepEqual([shown.kind, shown.status], ['answer', 'pending']);
    assert.match(shown.statusReason, /quiet hours/);

    const now = customer({ timezone: zoneAt(3) });
    const nowConv = await reply(t, (await invoice(t, now)).id, 'email');
    const fast = await answer(nowConv, { body: 'Thanks, got it.' });
    assert.equal(fast.status, 202, JSON.stringify(fast.body));
    assert.equal(fast.body.message.deferred, null);
    await waitFor('the answer at Resend', () => emailsTo(now.email).some((d) => d.body.text === 'Thanks, got it.'));
    assert.equal(emailsTo(late.email).length, 0, 'the deferred one has not gone');
  });
});

describe('durability', () => {
  test('an answer accepted while Temporal is unreachable is sent once it is back', async () => {
    const queue = `answers-down-${tag()}`;
    const down = await startRemitWithTemporalDown(queue);
    let up: TestRemit | undefined;
    try {
      const c = customer();
      const inv = await invoice(down.api, c);
      const conv = await reply(down.api, inv.id, 'sms');
      const r = await answer(conv, { body: 'Sorted, thank you.' }, down.api);
      assert.equal(r.status, 202, JSON.stringify(r.body));
      assert.equal(r.body.delivery, 'pending');
      assert.equal(await down.database.prisma.workflowCommand.count({ where: { kind: 'answer', status: 'pending' } }), 1);

      // A process that reaches Temporal (API, reconciler and worker) on the same database delivers it.
      up = await startTestRemit({ database: down.database, taskQueue: queue });
      const sent = await waitFor('the answer sent', () => up!.sent.find((m) => m.messageId === r.body.message.id), 60_000);
      assert.deepEqual([sent.channel, sent.to, sent.body], ['sms', c.phone, 'Sorted, thank you.\n\nReply STOP to opt out.']);
      await waitFor('the row sent', async () => (await down.database.prisma.message.findUniqueOrThrow({ where: { id: r.body.message.id } })).status === 'sent');
      assert.equal(up.sent.filter((m) => m.messageId === r.body.message.id).length, 1, 'once');
    } finally {
      await down.api.stop();
      await up?.stop();
      await down.temporalPort.release();
      await down.database.close();
    }
  });
});
