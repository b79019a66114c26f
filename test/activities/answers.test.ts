// A person's answer, sent by its activity against a real database: it is judged like a send but
// never counted in the frequency cap or gap (the next automated touchpoint goes as if it had not
// been sent), quiet hours hold it unless it answers a message of the last hour, and WhatsApp
// gets free text only inside the 24-hour window.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { MockActivityEnvironment } from '@temporalio/testing';
import { createActivities } from '../../activities/index';
import { loadConfig } from '../../src/config';
import { ANSWER_KIND, ANSWER_STEP_INDEX } from '../../src/domain/customerAnswer';
import { complianceSettings } from '../../src/services/compliance';
import { taskSettings } from '../../src/services/tasks';
import type { AnswerInput } from '../../workflows/customerAnswerDefinitions';
import type { SendResult } from '../../workflows/definitions';
import { recordingChannels } from '../support/channels';
import { testDatabase } from '../support/db';
import { RULES_OFF } from '../support/rules';

let db: Awaited<ReturnType<typeof testDatabase>>;
before(async () => {
  db = await testDatabase();
});
after(() => db.close());

/** An Etc/GMT zone where it is now `hour`:xx (Etc/GMT signs are inverted). */
function zoneAt(hour: number): string {
  const offset = ((((hour - new Date().getUTCHours()) % 24) + 36) % 24) - 12;
  return `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/** Activities with quiet hours 08:00-21:00, at most one automated message a week and two days between them. */
function activities() {
  const config = loadConfig({ REMIT_API_KEY: 'k'.repeat(32), ...RULES_OFF, REMIT_SEND_WINDOW: '08:00-21:00', REMIT_FREQUENCY_CAP: '1', REMIT_FREQUENCY_PERIOD: 'P7D', REMIT_MIN_GAP: 'P2D' });
  const channels = recordingChannels();
  const compliance = complianceSettings(config, 'whsec_test_0123456789');
  return { channels, ...createActivities({ db: db.prisma, channels: channels.adapters, defaultTimezone: 'UTC', defaultLocale: 'en-US', compliance, tasks: taskSettings(config) }) };
}

async function customerWithInvoice(over: { timezone?: string; lastInboundAt?: Date } = {}) {
  const customer = await db.prisma.customer.create({
    data: { externalId: `cus-${randomUUID()}`, name: 'Ada', email: 'ada@example.com', phone: '+14155550123', timezone: over.timezone ?? zoneAt(12), lastInboundAt: over.lastInboundAt ?? null },
  });
  const invoice = await db.prisma.invoice.create({
    data: {
      externalId: `inv-${randomUUID()}`, number: 'INV-9', customerId: customer.id, currency: 'USD', amountOriginal: '100', amountDue: '100',
      dueAt: new Date(Date.now() - 86_400_000), dueDateInput: '2026-12-01', sequenceName: 'default', steps: [], workflowId: `invoice-${randomUUID()}`, status: 'paused',
    },
  });
  return { customer, invoice };
}

/** The answer's outbox row as the API records it (src/services/answers.ts). */
async function recordAnswer(c: Awaited<ReturnType<typeof customerWithInvoice>>, channel: 'email' | 'sms' | 'whatsapp', over: { status?: string; sentAt?: Date } = {}) {
  const id = randomUUID();
  await db.prisma.message.create({
    data: {
      id, idempotencyKey: `answer:${id}`, invoiceId: c.invoice.id, stepIndex: ANSWER_STEP_INDEX, kind: ANSWER_KIND, channel, template: 'answer',
      recipient: channel === 'email' ? c.customer.email : c.customer.phone, subject: channel === 'email' ? 'Re: your invoice' : null, body: 'Thanks, we will sort it out.', actor: 'sam@acme.test', ...over,
    },
  });
  return id;
}

const run = <T>(fn: (input: T) => Promise<SendResult>, input: T) => new MockActivityEnvironment({ activityId: randomUUID() }).run(fn as never, input) as Promise<SendResult>;
const answerInput = (c: Awaited<ReturnType<typeof customerWithInvoice>>, messageId: string, customerWroteAgoMs?: number): AnswerInput => ({
  messageId, customerId: c.customer.id, invoiceId: c.invoice.id, acceptedAt: Date.now(), ...(customerWroteAgoMs !== undefined ? { customerWroteAt: Date.now() - customerWroteAgoMs } : {}),
});

describe('the frequency cap counts automated messages only', () => {
  test('an answer sent a minute ago neither delays nor suppresses the next automated touchpoint', async () => {
    const a = activities();
    const c = await customerWithInvoice();
    await db.prisma.invoice.update({ where: { id: c.invoice.id }, data: { status: 'open' } });
    const answered = await run(a.sendAnswer, answerInput(c, await recordAnswer(c, 'email')));
    assert.equal(answered.status, 'sent', JSON.stringify(answered));
    const step = await run(a.sendMessage, { invoiceId: c.invoice.id, stepIndex: 0, kind: 'step', channel: 'email' as const, template: 'follow_up' });
    assert.equal(step.status, 'sent', `the cap (1 a week, 2 days apart) ignored the answer: ${JSON.stringify(step)}`);
    // The control: the automated message just sent does count.
    const next = await run(a.sendMessage, { invoiceId: c.invoice.id, stepIndex: 1, kind: 'step', channel: 'email' as const, template: 'follow_up' });
    assert.equal(next.status, 'deferred');
    assert.deepEqual((next as { rules: string[] }).rules, ['frequency_cap', 'minimum_gap']);
    assert.equal(a.channels.sent.length, 2);
    assert.equal(a.channels.sent[0]!.body, 'Thanks, we will sort it out.');
  });

  test('an answer goes even right after an automated message, whatever the invoice state (paused by the reply)', async () => {
    const a = activities();
    const c = await customerWithInvoice();
    await db.prisma.message.create({ data: { idempotencyKey: `${c.invoice.id}:0:email`, invoiceId: c.invoice.id, stepIndex: 0, channel: 'email', template: 'follow_up', body: 'x', status: 'sent', sentAt: new Date() } });
    const r = await run(a.sendAnswer, answerInput(c, await recordAnswer(c, 'email')));
    assert.equal(r.status, 'sent', JSON.stringify(r));
  });
});

describe('quiet hours', () => {
  test('at 03:00 local an answer to a message of two hours ago waits for the morning; the row says why', async () => {
    const a = activities();
    const c = await customerWithInvoice({ timezone: zoneAt(3) });
    const id = await recordAnswer(c, 'sms');
    const r = await run(a.sendAnswer, answerInput(c, id, 2 * 3_600_000));
    assert.equal(r.status, 'deferred', JSON.stringify(r));
    assert.deepEqual((r as { rules: string[] }).rules, ['quiet_hours']);
    const row = await db.prisma.message.findUniqueOrThrow({ where: { id } });
    assert.equal(row.status, 'pending');
    assert.match(row.statusReason ?? '', /^Deferred by quiet hours/);
    assert.equal(a.channels.sent.length, 0);
    const events = await db.prisma.invoiceEvent.findMany({ where: { invoiceId: c.invoice.id } });
    assert.deepEqual(events.map((e) => [e.kind, e.actor]), [['answer_deferred', 'sam@acme.test']]);
  });

  test('at 03:00 local an answer to a message of ten minutes ago goes at once, with the opt-out wording of a first SMS', async () => {
    const a = activities();
    const c = await customerWithInvoice({ timezone: zoneAt(3) });
    const id = await recordAnswer(c, 'sms');
    const r = await run(a.sendAnswer, answerInput(c, id, 10 * 60_000));
    assert.equal(r.status, 'sent', JSON.stringify(r));
    assert.equal(a.channels.sent[0]!.body, 'Thanks, we will sort it out.\n\nReply STOP to opt out.');
    const again = await run(a.sendAnswer, answerInput(c, id, 10 * 60_000));
    assert.deepEqual(again, r, 'a retried activity returns what the row says, and sends nothing');
    assert.equal(a.channels.sent.length, 1);
  });

  test('an opt-out that lands after the answer was accepted suppresses it, and the conversation opens again', async () => {
    const a = activities();
    const c = await customerWithInvoice();
    await db.prisma.conversation.create({ data: { customerId: c.customer.id, lastActivityAt: new Date() } });
    await db.prisma.optOut.create({ data: { channel: 'sms', address: c.customer.phone!, reason: 'STOP', source: 'sms' } });
    const id = await recordAnswer(c, 'sms');
    const r = await run(a.sendAnswer, answerInput(c, id, 60_000));
    assert.equal(r.status, 'suppressed');
    assert.equal((await db.prisma.message.findUniqueOrThrow({ where: { id } })).status, 'suppressed');
    assert.equal((await db.prisma.conversation.findUniqueOrThrow({ where: { customerId: c.customer.id } })).status, 'open');
    assert.equal(a.channels.sent.length, 0);
  });
});

describe('WhatsApp', () => {
  test('free text inside the 24-hour window, the approved template outside it', async () => {
    const a = activities();
    const inside = await customerWithInvoice({ lastInboundAt: new Date(Date.now() - 3_600_000) });
    const outside = await customerWithInvoice({ lastInboundAt: new Date(Date.now() - 2 * 86_400_000) });
    const idIn = await recordAnswer(inside, 'whatsapp');
    const idOut = await recordAnswer(outside, 'whatsapp');
    assert.equal((await run(a.sendAnswer, answerInput(inside, idIn, 3_600_000))).status, 'sent');
    assert.equal((await run(a.sendAnswer, answerInput(outside, idOut, 2 * 86_400_000))).status, 'sent');
    assert.deepEqual(a.channels.sent.map((m) => m.whatsappSessionOpen), [true, false]);
    assert.equal(a.channels.sent[1]!.templateVariables?.['2'], 'INV-9');
    const rows = await db.prisma.message.findMany({ where: { id: { in: [idIn, idOut] } } });
    assert.deepEqual(Object.fromEntries(rows.map((r) => [r.id, r.template])), { [idIn]: 'answer', [idOut]: 'whatsapp_template' });
  });
});
