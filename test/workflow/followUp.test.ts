// invoiceFollowUp on a real Temporal server, through the real HTTP API and database.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { invoicePayload, sleep, startTestRemit, waitFor, type TestRemit } from '../support/remit';
import { temporalAddress, temporalCli } from '../support/temporal';

let t: TestRemit;
before(async () => {
  t = await startTestRemit();
  // Second-scale sequences keep the tests short; the logic is the same at day scale.
  const sequences = {
    two: [
      { offset: 'PT0S', channel: 'email', template: 'due_date_notice' },
      { offset: 'PT6S', channel: 'email', template: 'follow_up' },
    ],
    one: [{ offset: 'PT0S', channel: 'email', template: 'due_date_notice' }],
    four: [
      { offset: 'PT0S', channel: 'email', template: 'due_date_notice' },
      { offset: 'PT3S', channel: 'sms', template: 'follow_up' },
      { offset: 'PT6S', channel: 'email', template: 'escalation_notice' },
      { offset: 'PT9S', channel: 'email', template: 'final_notice' },
    ],
    amounts: [
      { offset: 'PT0S', channel: 'email', template: { subject: 'Due', body: 'Please pay {{amountDue}} for {{invoiceNumber}}.\n\n{{unsubscribeLink}}' } },
      { offset: 'PT4S', channel: 'sms', template: { body: 'Still due: {{amountDue}}. {{optOutText}}' } },
    ],
    later: [
      { offset: 'PT3S', channel: 'email', template: 'due_date_notice' },
      { offset: 'PT60S', channel: 'email', template: 'follow_up' },
    ],
  };
  for (const [name, steps] of Object.entries(sequences)) {
    const r = await t.api.post('/v1/sequences', { name, steps });
    assert.equal(r.status, 201, JSON.stringify(r.body));
  }
});
after(() => t.stop());

async function createInvoice(over: Record<string, unknown>, dueInMs: number) {
  const r = await t.api.post('/v1/invoices', invoicePayload(over, dueInMs));
  assert.equal(r.status, 201, JSON.stringify(r.body));
  assert.equal(r.body.delivery, 'delivered');
  return r.body.id as string;
}

const sentFor = (invoiceId: string) => t.sent.filter((m) => m.invoiceId === invoiceId);
const getInvoice = async (id: string) => (await t.api.get(`/v1/invoices/${id}`)).body;
const followUpStatus = async (id: string) => (await getInvoice(id)).followUp?.status as string | undefined;
const describeStatus = async (id: string) => (await t.remit.client.workflow.getHandle(`invoice-${id}`).describe()).status.name;

describe('invoiceFollowUp', () => {
  test('a full payment stops the sequence before the next send', async () => {
    const id = await createInvoice({ sequence: 'two' }, 500);
    await waitFor('first message', () => sentFor(id).length === 1);
    const pay = await t.api.post(`/v1/invoices/${id}/payments`, { amount: '1250.00', reference: 'wire-1' });
    assert.equal(pay.status, 200);
    assert.equal(pay.body.status, 'paid');
    await waitFor('workflow completed', async () => (await describeStatus(id)) === 'COMPLETED');
    const inv = await getInvoice(id);
    assert.equal(inv.followUp.status, 'paid');
    assert.equal(inv.amountDue, '0.00');
    assert.deepEqual(inv.messages.map((m: { stepIndex: number; status: string }) => [m.stepIndex, m.status]), [[0, 'sent']]);
    assert.equal(sentFor(id).length, 1);
  });

  test('a payment that lands as the timer fires: nothing is sent after the payment is accepted', async () => {
    const races = 8;
    const dueInMs = 2_500;
    const ids = await Promise.all(Array.from({ length: races }, () => createInvoice({ sequence: 'one' }, dueInMs)));
    const dueAt = await Promise.all(ids.map(async (id) => Date.parse((await getInvoice(id)).dueAt)));
    // Payments spread from 40 ms before to 40 ms after each invoice's touchpoint.
    const accepted = await Promise.all(
      ids.map(async (id, i) => {
        const at = dueAt[i]! - 40 + Math.round((80 * i) / (races - 1));
        await sleep(Math.max(0, at - Date.now()));
        const r = await t.api.post(`/v1/invoices/${id}/payments`, { amount: '1250.00' });
        assert.equal(r.status, 200);
        return Date.now();
      }),
    );
    await Promise.all(ids.map((id) => waitFor('closed', async () => (await describeStatus(id)) === 'COMPLETED')));
    for (const [i, id] of ids.entries()) {
      for (const m of sentFor(id)) assert.ok(m.at < accepted[i]!, `message for ${id} left ${m.at - accepted[i]!} ms after its payment was accepted`);
      assert.equal(await followUpStatus(id), 'paid');
    }
  });

  test('a payment accepted just before the touchpoint sends nothing', async () => {
    const id = await createInvoice({ sequence: 'one' }, 1_500);
    const due = Date.parse((await getInvoice(id)).dueAt);
    await sleep(Math.max(0, due - 300 - Date.now()));
    assert.equal((await t.api.post(`/v1/invoices/${id}/payments`, { amount: '1250.00' })).status, 200);
    await waitFor('closed', async () => (await describeStatus(id)) === 'COMPLETED');
    await sleep(Math.max(0, due + 500 - Date.now()));
    assert.equal(sentFor(id).length, 0);
    assert.equal((await getInvoice(id)).messages.length, 0);
  });

  test('a reply pauses; resume sends only the most recent due step, then continues', async () => {
    const id = await createInvoice({ sequence: 'four' }, 500);
    await waitFor('first message', () => sentFor(id).length === 1);
    const reply = await t.api.post(`/v1/invoices/${id}/replies`, { channel: 'email', from: 'ada@example.com', body: 'I will pay on Friday' });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.status, 'paused');
    await waitFor('paused', async () => (await followUpStatus(id)) === 'paused');
    const paused = await getInvoice(id);
    assert.equal(paused.followUp.pause.kind, 'reply');
    // Steps 1 (+3 s) and 2 (+6 s) fall due while paused.
    const due = Date.parse(paused.dueAt);
    await sleep(Math.max(0, due + 6_500 - Date.now()));
    assert.equal(sentFor(id).length, 1, 'nothing is sent while paused');
    const resume = await t.api.post(`/v1/invoices/${id}/resume`, { actor: 'clerk@example.com', reason: 'customer promised Friday' });
    assert.equal(resume.status, 200);
    assert.equal(resume.body.status, 'open');
    await waitFor('catch-up message', () => sentFor(id).length === 2);
    await waitFor('last step', () => sentFor(id).length === 3, 15_000);
    const inv = await waitFor('the view once the sequence finished', async () => {
      const v = await getInvoice(id);
      return v.followUp?.status === 'awaiting_payment' && v;
    });
    assert.deepEqual(inv.messages.map((m: { stepIndex: number }) => m.stepIndex), [0, 2, 3]);
    assert.deepEqual(inv.followUp.skippedSteps, [1]);
    assert.equal(inv.followUp.status, 'awaiting_payment');
  });

  test('a support pause with `until` lapses by itself and catches up', async () => {
    const id = await createInvoice({ sequence: 'later' }, 0);
    const until = new Date(Date.now() + 5_000).toISOString();
    const p = await t.api.post(`/v1/invoices/${id}/pause`, { actor: 'clerk@example.com', reason: 'promised payment', until });
    assert.equal(p.status, 200);
    assert.equal(p.body.status, 'paused');
    const paused = await waitFor('paused', async () => {
      const inv = await getInvoice(id);
      return inv.followUp?.status === 'paused' && inv;
    });
    assert.deepEqual([paused.followUp.pause.kind, paused.followUp.pause.actor, paused.followUp.pause.until], ['support', 'clerk@example.com', until]);
    await sleep(3_800); // the first step (+3 s) falls due during the pause
    assert.equal(sentFor(id).length, 0);
    await waitFor('sent after the pause lapsed', () => sentFor(id).length === 1, 10_000);
    assert.ok(sentFor(id)[0]!.at >= Date.parse(until), 'not before the pause lapsed');
    const inv = await getInvoice(id);
    assert.equal(inv.status, 'open');
    assert.equal(inv.followUp.status, 'scheduled');
  });

  test('customer-level pause holds every open invoice (and new ones); resume releases them', async () => {
    const customer = { externalId: `cus-pause-${Date.now()}`, name: 'Grace Hopper', email: 'grace@example.com', timezone: 'America/New_York' };
    const a = await createInvoice({ sequence: 'later', customer }, 0);
    const b = await createInvoice({ sequence: 'later', customer }, 0);
    const pause = await t.api.post(`/v1/customers/${customer.externalId}/pause`, { actor: 'support@example.com', reason: 'disputed' });
    assert.equal(pause.status, 200);
    assert.deepEqual(pause.body.invoices.map((i: { status: string }) => i.status).sort(), ['paused', 'paused']);
    const c = await createInvoice({ sequence: 'later', customer }, 0);
    await waitFor('c paused', async () => (await followUpStatus(c)) === 'paused');
    await sleep(3_800); // past every invoice's first step (+3 s)
    assert.equal(sentFor(a).length + sentFor(b).length + sentFor(c).length, 0, 'nothing is sent while the customer is paused');
    const resume = await t.api.post(`/v1/customers/${customer.externalId}/resume`, { actor: 'support@example.com' });
    assert.equal(resume.status, 200);
    assert.equal(resume.body.invoices.length, 3);
    for (const id of [a, b, c]) await waitFor(`first step of ${id}`, () => sentFor(id).length === 1);
    for (const id of [a, b, c]) assert.equal(sentFor(id)[0]!.to, 'grace@example.com');
  });

  test('a partial payment lowers the amount the next message asks for', async () => {
    const id = await createInvoice({ sequence: 'amounts' }, 500);
    await waitFor('first message', () => sentFor(id).length === 1);
    assert.match(sentFor(id)[0]!.body, /Please pay \$1,250\.00 for INV-/);
    const pay = await t.api.post(`/v1/invoices/${id}/payments`, { amount: '250.00' });
    assert.equal(pay.status, 200);
    assert.equal(pay.body.status, 'open');
    assert.equal(pay.body.amountDue, '1000.00');
    await waitFor('second message', () => sentFor(id).length === 2, 15_000);
    assert.equal(sentFor(id)[1]!.body, 'Still due: $1,000.00. Reply STOP to opt out.');
    const inv = await getInvoice(id);
    assert.equal(inv.followUp.amountDue, '1000.00');
  });

  test('void cancels the follow-up; nothing is sent', async () => {
    const id = await createInvoice({ sequence: 'later' }, 0);
    const v = await t.api.post(`/v1/invoices/${id}/void`, { actor: 'billing', reason: 'issued in error' });
    assert.equal(v.status, 200);
    assert.equal(v.body.status, 'void');
    await waitFor('closed', async () => (await describeStatus(id)) === 'COMPLETED');
    const inv = await getInvoice(id);
    assert.equal(inv.followUp.status, 'voided');
    await sleep(3_500);
    assert.equal(sentFor(id).length, 0);
    // A void invoice takes no payment and no pause.
    assert.equal((await t.api.post(`/v1/invoices/${id}/payments`, { amount: '1.00' })).status, 409);
    assert.equal((await t.api.post(`/v1/invoices/${id}/pause`, { actor: 'x' })).status, 409);
  });

  test('search attributes are queryable with `temporal workflow list --query`', async () => {
    const customer = { externalId: `cus-sa-${Date.now()}`, name: 'Search Me', email: 's@example.com' };
    const id = await createInvoice({ sequence: 'later', customer, amountDue: '99.95' }, 60_000);
    const paid = await createInvoice({ sequence: 'later', customer }, 60_000);
    await t.api.post(`/v1/invoices/${paid}/payments`, { amount: '1250.00' });
    const { customer: c } = await getInvoice(id);
    const list = async (query: string) => {
      const out = execFileSync(temporalCli(), ['workflow', 'list', '--address', await temporalAddress(), '--query', query, '-o', 'json'], { encoding: 'utf8' });
      return (JSON.parse(out || '[]') as { execution: { workflowId: string } }[]).map((w) => w.execution.workflowId).sort();
    };
    await waitFor('indexed', async () => (await list(`CustomerId="${c.id}"`)).length === 2, 15_000);
    assert.deepEqual(await list(`InvoiceId="${id}" AND FollowUpStatus="scheduled" AND AmountDue=9995`), [`invoice-${id}`]);
    await waitFor('paid indexed', async () => (await list(`CustomerId="${c.id}" AND FollowUpStatus="paid"`)).length === 1, 15_000);
    assert.deepEqual(await list(`CustomerId="${c.id}" AND FollowUpStatus="paid" AND AmountDue=0`), [`invoice-${paid}`]);
    const due = new Date(Date.now() + 120_000).toISOString();
    assert.deepEqual(await list(`CustomerId="${c.id}" AND DueDate < "${due}"`), [`invoice-${id}`, `invoice-${paid}`].sort());
  });
});
