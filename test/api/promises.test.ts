// Promises to pay over real HTTP on a real Temporal server: made through the API or read in a
// reply, they hold the follow-up until their deadline; payments that cover them keep them.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { localDay } from '../../src/domain/zonedTime';
import { invoicePayload, startTestRemit, waitFor, type TestRemit } from '../support/remit';

let t: TestRemit;
before(async () => {
  t = await startTestRemit({ env: { REMIT_PROMISE_GRACE_DAYS: '1' } });
});
after(() => t?.stop());

const ZONE = 'America/New_York';
const dayPlus = (days: number) => localDay(new Date(Date.now() + days * 86_400_000), ZONE);

/** An invoice due in a day, so nothing is sent while the tests run. */
async function invoice(amountDue = '1250.00') {
  const n = randomBytes(4).toString('hex');
  const r = await t.api.post('/v1/invoices', invoicePayload({ amountDue, customer: { externalId: `cus-${n}`, name: 'Ada', email: `ada-${n}@example.com`, timezone: ZONE } }, 86_400_000));
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body.id as string;
}
const view = async (id: string) => (await t.api.get(`/v1/invoices/${id}`)).body;
const followUpWhen = (id: string, ok: (f: any) => boolean) =>
  waitFor('the follow-up view', async () => {
    const v = await view(id);
    return v.followUp && ok(v.followUp) ? v : undefined;
  });

describe('promises to pay', () => {
  test('a promise holds the follow-up until the end of its day in the customer zone plus the grace day', async () => {
    const id = await invoice();
    const day = dayPlus(3);
    const r = await t.api.post(`/v1/invoices/${id}/promises`, { date: day, actor: 'clerk@example.com', source: 'phone', evidence: 'said Friday on the phone' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.promise.status, 'open');
    assert.equal(r.body.promise.amount, null);
    // Midnight after the promised day in New York, plus one day.
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const deadline = new Date(Date.UTC(y, m - 1, d + 2, 5)); // EST is UTC-5 in winter
    assert.equal(r.body.promise.deadline, deadline.toISOString());
    assert.equal(r.body.invoice.status, 'paused');
    const v = await followUpWhen(id, (f) => f.status === 'paused');
    assert.deepEqual([v.followUp.pause.kind, v.followUp.pause.until], ['promise', deadline.toISOString()]);
    assert.equal(v.promises.length, 1);
    const events = (await t.api.get(`/v1/invoices/${id}/timeline`)).body.events.map((e: { kind: string }) => e.kind);
    assert.ok(events.includes('promise_made'));

    // A newer promise replaces it.
    const again = await t.api.post(`/v1/invoices/${id}/promises`, { at: new Date(Date.now() + 5 * 86_400_000).toISOString(), actor: 'clerk@example.com' });
    assert.equal(again.status, 201, JSON.stringify(again.body));
    assert.deepEqual((await view(id)).promises.map((p: { status: string }) => p.status), ['open', 'replaced']);
  });

  test('a partial promise is kept when payments since cover it; the follow-up then carries on for the rest', async () => {
    const id = await invoice();
    assert.equal((await t.api.post(`/v1/invoices/${id}/promises`, { date: dayPlus(2), amount: '500.00', actor: 'customer' })).status, 201);
    await t.api.post(`/v1/invoices/${id}/payments`, { amount: '300.00' });
    assert.equal((await view(id)).promises[0].status, 'open', '300 of 500');
    const paid = await t.api.post(`/v1/invoices/${id}/payments`, { amount: '200.00' });
    assert.equal(paid.status, 200);
    assert.equal(paid.body.status, 'open', 'released: the rest is followed up');
    const v = await followUpWhen(id, (f) => f.status === 'scheduled');
    assert.equal(v.amountDue, '750.00');
    assert.equal(v.promises[0].status, 'kept');
  });

  test('a promise of the whole balance is kept by the payment that pays the invoice', async () => {
    const id = await invoice('80.00');
    await t.api.post(`/v1/invoices/${id}/promises`, { date: dayPlus(1), actor: 'customer' });
    await t.api.post(`/v1/invoices/${id}/payments`, { amount: '80.00' });
    const v = await followUpWhen(id, (f) => f.status === 'paid');
    assert.equal(v.promises[0].status, 'kept');
  });

  test('a reply that promises a day makes the promise itself, and no one needs to answer it', async () => {
    const id = await invoice();
    const r = await t.api.post(`/v1/invoices/${id}/replies`, { channel: 'sms', body: 'I will pay the full amount in 10 days' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const v = await followUpWhen(id, (f) => f.status === 'paused');
    assert.equal(v.followUp.pause.kind, 'promise');
    assert.deepEqual([v.promises[0].source, v.promises[0].date], ['reply', dayPlus(10)]);
    const list = await t.api.get(`/v1/conversations/${r.body.message.conversationId}`);
    assert.equal(list.body.status, 'waiting');

    // A question while the promise holds: the hold stays (the promise is still judged at its
    // deadline); the conversation is now open for a person.
    const question = await t.api.post(`/v1/invoices/${id}/replies`, { channel: 'sms', body: 'Can you send me a copy of the invoice?' });
    assert.equal(question.status, 200);
    assert.equal((await view(id)).followUp.pause.kind, 'promise');
    assert.equal((await t.api.get(`/v1/conversations/${r.body.message.conversationId}`)).body.status, 'open');
  });

  test('bad promises are refused and change nothing', async () => {
    const id = await invoice('100.00');
    const cases: [unknown, number, string][] = [
      [{ date: dayPlus(-2), actor: 'a' }, 422, 'date'],
      [{ date: '2027-02-30', actor: 'a' }, 422, 'date'],
      [{ date: dayPlus(400), actor: 'a' }, 422, 'date'],
      [{ date: dayPlus(1), amount: '100.01', actor: 'a' }, 422, 'amount'],
      [{ date: dayPlus(1), amount: '0', actor: 'a' }, 422, 'amount'],
      [{ date: dayPlus(1), amount: 5, actor: 'a' }, 400, 'amount'],
      [{ date: dayPlus(1), at: new Date().toISOString(), actor: 'a' }, 400, 'date'],
      [{ actor: 'a' }, 400, 'date'],
      [{ date: dayPlus(1) }, 400, 'actor'],
      [{ date: '5 December', actor: 'a' }, 400, 'date'],
    ];
    for (const [body, status, field] of cases) {
      const r = await t.api.post(`/v1/invoices/${id}/promises`, body);
      assert.equal(r.status, status, `${JSON.stringify(body)}: ${JSON.stringify(r.body)}`);
      assert.equal(r.body.error.details?.[0]?.field, field, JSON.stringify(r.body));
    }
    assert.deepEqual((await view(id)).promises, []);
    assert.equal((await view(id)).status, 'open');
    await t.api.post(`/v1/invoices/${id}/void`, { actor: 'a' });
    assert.equal((await t.api.post(`/v1/invoices/${id}/promises`, { date: dayPlus(1), actor: 'a' })).status, 409);
  });
});
