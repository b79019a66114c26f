// REMIT_PROMISE_CONFIRMATION: a promise a customer makes in a message is confirmed to them, as an
// answer from "remit" on their channel; when a person has to answer anyway, they say it.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { invoicePayload, startTestRemit, waitFor, type TestRemit } from '../support/remit';

let t: TestRemit;
before(async () => {
  t = await startTestRemit({ env: { REMIT_PROMISE_CONFIRMATION: 'true', REMIT_DEFAULT_LOCALE: 'en-US' } });
});
after(() => t?.stop());

async function invoice() {
  const n = randomBytes(4).toString('hex');
  const body = invoicePayload({ customer: { externalId: `cus-${n}`, name: 'Ada', email: `ada-${n}@example.com`, timezone: 'UTC' } }, 86_400_000);
  const r = await t.api.post('/v1/invoices', body);
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return { id: r.body.id as string, number: body.number };
}
/** Ten days from now, as a customer writes it and as the confirmation reads it. */
const later = new Date(Date.now() + 10 * 86_400_000);
const DAY = later.toISOString().slice(0, 10);
const DAY_TEXT = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${DAY}T12:00:00Z`));
const NOW = () => new Date().toISOString();
const answersIn = async (conversationId: string) =>
  ((await t.api.get(`/v1/conversations/${conversationId}`)).body.messages as any[]).filter((m) => m.direction === 'outbound' && m.kind === 'answer');

test('a promise read in a reply is confirmed to the customer, naming the invoice and the day', async () => {
  const { id, number } = await invoice();
  const r = await t.api.post(`/v1/invoices/${id}/replies`, { channel: 'email', body: `I will pay on ${DAY}`, receivedAt: NOW() });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  const [answer] = await waitFor('the confirmation', async () => {
    const a = await answersIn(r.body.message.conversationId);
    return a.length ? a : undefined;
  });
  assert.equal(answer.actor, 'remit');
  assert.equal(answer.channel, 'email');
  assert.equal(answer.text, `Thank you. We have noted that you will pay invoice ${number} by ${DAY_TEXT}. We will not send reminders about it before then.`);
});

test('a promise in a message that also needs a person is not confirmed by Remit', async () => {
  const { id } = await invoice();
  const r = await t.api.post(`/v1/invoices/${id}/replies`, { channel: 'email', body: `I will pay on ${DAY}. Can you send me a copy of the invoice?`, receivedAt: NOW() });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal((await t.api.get(`/v1/invoices/${id}`)).body.promises.length, 1);
  await new Promise((res) => setTimeout(res, 500));
  assert.deepEqual(await answersIn(r.body.message.conversationId), []);
});
