// invoiceFollowUp end to end on the real stack: HTTP API → PostgreSQL (rows, timeline, outbox) →
// Temporal dev server → the real activities → a recording channel, on the wall clock. Each test
// is a journey that checks every layer once it is over. The workflow's rules themselves (catch-up,
// pauses and their lapse, money, void) are tested at day scale in timeSkipping.test.ts; what is
// here is what only the real stack shows.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import type { Delivered } from '../support/channels';
import { invoicePayload, sleep, startTestRemit, waitFor, type TestRemit } from '../support/remit';
import { temporalAddress, temporalCli } from '../support/temporal';
import type { invoiceFollowUp } from '../../workflows/invoiceFollowUp';
import { followUpState, type FollowUpState } from '../../workflows/definitions';

let t: TestRemit;
before(async () => {
  t = await startTestRemit();
  // Second-scale sequences keep the tests short; the logic is the same at day scale.
  const sequences = {
    one: [{ offset: 'PT0S', channel: 'email', template: 'due_date_notice' }],
    money: [
      { offset: 'PT0S', channel: 'email', template: { subject: 'Due', body: 'Please pay {{amountDue}} for {{invoiceNumber}}.\n\n{{unsubscribeLink}}' } },
      { offset: 'PT4S', channel: 'sms', template: { body: 'Still due: {{amountDue}}. {{optOutText}}' } },
      { offset: 'PT8S', channel: 'email', template: 'final_notice' },
    ],
    course: [
      { offset: 'PT0S', channel: 'email', template: 'due_date_notice' },
      { offset: 'PT3S', channel: 'sms', template: 'follow_up' },
      { offset: 'PT5S', channel: 'email', template: 'escalation_notice' },
      { offset: 'PT7S', channel: 'email', template: 'follow_up' },
      { offset: 'PT10S', channel: 'email', template: 'final_notice' },
    ],
    soon: [
      { offset: 'PT2S', channel: 'email', template: 'due_date_notice' },
      { offset: 'PT60S', channel: 'email', template: 'follow_up' },
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

async function createInvoice(over: Record<string, unknown>, dueInMs: number, status = 'open') {
  const r = await t.api.post('/v1/invoices', invoicePayload(over, dueInMs));
  assert.equal(r.status, 201, JSON.stringify(r.body));
  assert.equal(r.body.delivery, 'delivered');
  assert.equal(r.body.status, status);
  return r.body.id as string;
}

interface TimelineEvent {
  at: string;
  kind: string;
  actor: string | null;
  decision: string;
  reason: string;
  detail: Record<string, unknown>;
}
interface MessageView {
  stepIndex: number;
  channel: string;
  recipient: string;
  body: string;
  status: string;
  statusReason: string | null;
  sentAt: string | null;
}

const sentFor = (invoiceId: string) => t.sent.filter((m) => m.invoiceId === invoiceId);
/** The sequence step a delivered message was for (its idempotency key is invoice:step:channel). */
const stepOf = (m: Delivered) => Number(m.idempotencyKey.split(':')[1]);
const getInvoice = async (id: string) => {
  const r = await t.api.get(`/v1/invoices/${id}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
};
const timeline = async (id: string) => (await t.api.get(`/v1/invoices/${id}/timeline`)).body.events as TimelineEvent[];
const workflow = (id: string) => t.remit.client.workflow.getHandle<typeof invoiceFollowUp>(`invoice-${id}`);
/** The follow-up's outcome, once its workflow has completed (the server long-polls: no polling here). */
const closed = (id: string): Promise<FollowUpState> => workflow(id).result();
/** The outbox rows of an invoice, oldest first: what kind, which signal and the invoice status it carried, and whether Temporal has it. */
async function outbox(id: string) {
  const rows = await t.database.prisma.workflowCommand.findMany({ where: { invoiceId: id }, orderBy: { id: 'asc' } });
  return rows.map((r) => {
    const p = r.payload as { kind: string; signal?: string; arg?: { status?: string; amountDueMinor?: string } };
    return { command: p.kind === 'start' ? 'start' : `${p.signal}:${p.arg?.status}${p.arg?.amountDueMinor !== undefined ? `:${p.arg.amountDueMinor}` : ''}`, status: r.status };
  });
}
const delivered = (...commands: string[]) => commands.map((command) => ({ command, status: 'delivered' }));
/** A failed assertion on a journey says where the invoice had got to. */
async function explain<T>(id: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    const e = err as Error;
    e.message += `\n  timeline: ${JSON.stringify((await timeline(id)).map((x) => [x.kind, x.detail]))}\n  sent: ${JSON.stringify(sentFor(id).map((m) => [stepOf(m), m.channel, m.body.slice(0, 40)]))}`;
    throw e;
  }
}

describe('invoiceFollowUp on the real stack', () => {
  test('money: a partial payment lowers what the next message asks for; the rest stops the sequence and closes it as paid', async () => {
    const id = await createInvoice({ sequence: 'money' }, 500);
    await explain(id, async () => {
      const first = await waitFor('first message', () => sentFor(id)[0]);
      assert.equal(first.channel, 'email');
      assert.equal(first.to, 'ada@example.com');
      assert.match(first.body, /Please pay \$1,250\.00 for INV-/);

      const partial = await t.api.post(`/v1/invoices/${id}/payments`, { amount: '250.00' });
      assert.equal(partial.status, 200);
      assert.deepEqual([partial.body.status, partial.body.amountDue, partial.body.amountPaid, partial.body.recordedAs, partial.body.delivery], ['open', '1000.00', '250.00', 'payment', 'delivered']);

      const second = await waitFor('second message', () => sentFor(id)[1], 15_000);
      assert.equal(second.channel, 'sms');
      assert.equal(second.to, '+14155550123');
      assert.equal(second.body, 'Still due: $1,000.00. Reply STOP to opt out.');
      assert.equal((await getInvoice(id)).followUp.amountDue, '1000.00');
      assert.equal((await workflow(id).query(followUpState)).amountDue, '1000.00', 'the workflow was told through the outbox');

      // Step 2 falls due 4 s later: the rest of the money arrives first.
      const rest = await t.api.post(`/v1/invoices/${id}/payments`, { amount: '1000.00', reference: 'wire-1' });
      assert.equal(rest.status, 200);
      assert.deepEqual([rest.body.status, rest.body.amountDue, rest.body.amountPaid, rest.body.recordedAs, rest.body.delivery], ['paid', '0.00', '1250.00', 'payment', 'delivered']);

      const result = await closed(id);
      assert.deepEqual([result.status, result.amountDue, result.closedReason], ['paid', '0.00', 'paid in full']);
      assert.deepEqual(result.messagesSent.map((m) => [m.stepIndex, m.channel]), [[0, 'email'], [1, 'sms']]);
      assert.equal(result.nextStep, undefined);

      const inv = await getInvoice(id);
      assert.deepEqual([inv.status, inv.amountDue, inv.amountPaid, inv.followUp.status, inv.followUp.amountDue], ['paid', '0.00', '1250.00', 'paid', '0.00']);
      assert.deepEqual(inv.messages.map((m: MessageView) => [m.stepIndex, m.status]), [[0, 'sent'], [1, 'sent']]);
      assert.equal(inv.messages[1].body, second.body, 'the row holds what the channel was given');
      assert.deepEqual(inv.payments.map((p: { kind: string; amount: string; reference: string | null }) => [p.kind, p.amount, p.reference]), [['payment', '250.00', null], ['payment', '1000.00', 'wire-1']]);
      assert.equal(sentFor(id).length, 2, 'nothing after the payment in full');

      const events = await timeline(id);
      assert.deepEqual(
        events.map((e) => [e.kind, e.decision]),
        [['invoice_created', 'recorded'], ['message_sent', 'sent'], ['payment_received', 'recorded'], ['message_sent', 'sent'], ['payment_received', 'recorded'], ['follow_up_paid', 'stopped']],
      );
      assert.deepEqual(events.filter((e) => e.kind === 'payment_received').map((e) => [e.detail.amount, e.detail.paidInFull]), [['250.00', false], ['1000.00', true]]);
      assert.deepEqual(events.at(-1)!.detail, { reason: 'paid in full', messagesSent: 2 });
      assert.deepEqual(await outbox(id), delivered('start', 'invoiceChanged:open:100000', 'invoiceChanged:paid:0'));
    });
  });

  test('course changes: a reply pauses; resume sends only the most recent due step; a support pause with `until` lapses by itself; void ends it', async () => {
    const id = await createInvoice({ sequence: 'course' }, 500);
    await explain(id, async () => {
      await waitFor('first message', () => sentFor(id)[0]);
      const due = Date.parse((await getInvoice(id)).dueAt);

      const reply = await t.api.post(`/v1/invoices/${id}/replies`, { channel: 'email', from: 'ada@example.com', body: 'Please call me about this invoice' });
      assert.equal(reply.status, 200);
      assert.deepEqual([reply.body.status, reply.body.delivery], ['paused', 'delivered']);
      // Steps 1 (+3 s, SMS) and 2 (+5 s) fall due while paused.
      await sleep(Math.max(0, due + 5_500 - Date.now()));
      assert.equal(sentFor(id).length, 1, 'nothing is sent while paused');
      const paused = await getInvoice(id);
      assert.equal(paused.status, 'paused');
      assert.deepEqual([paused.followUp.status, paused.followUp.pause.kind, paused.followUp.pause.actor], ['paused', 'reply', 'customer']);

      const resume = await t.api.post(`/v1/invoices/${id}/resume`, { actor: 'clerk@example.com', reason: 'customer promised Friday' });
      assert.equal(resume.status, 200);
      assert.deepEqual([resume.body.status, resume.body.delivery], ['open', 'delivered']);
      const catchUp = await waitFor('catch-up message', () => sentFor(id)[1]);
      assert.deepEqual([stepOf(catchUp), catchUp.channel], [2, 'email'], 'only the most recent due step, not the SMS of step 1');

      // Then the sequence goes on at its times: step 3 at +7 s.
      const third = await waitFor('step 3', () => sentFor(id)[2]);
      assert.equal(stepOf(third), 3);
      assert.ok(third.at >= due + 7_000, 'step 3 at its time, not with the catch-up');

      // Step 4 (+10 s) falls due during this pause.
      const until = new Date(due + 11_500).toISOString();
      const pause = await t.api.post(`/v1/invoices/${id}/pause`, { actor: 'clerk@example.com', reason: 'promised payment', until });
      assert.equal(pause.status, 200);
      assert.deepEqual([pause.body.status, pause.body.delivery], ['paused', 'delivered']);
      await sleep(Math.max(0, due + 10_500 - Date.now()));
      assert.equal(sentFor(id).length, 3, 'nothing is sent while paused');
      const held = await getInvoice(id);
      assert.equal(held.status, 'paused');
      assert.deepEqual([held.followUp.status, held.followUp.pause.kind, held.followUp.pause.actor, held.followUp.pause.until], ['paused', 'support', 'clerk@example.com', until]);

      const last = await waitFor('step 4 once the pause lapsed', () => sentFor(id)[3], 10_000);
      assert.equal(stepOf(last), 4);
      assert.ok(last.at >= Date.parse(until), 'not before the pause lapsed');
      const finished = await waitFor('the view once the sequence finished', async () => {
        const v = await getInvoice(id);
        return v.followUp?.status === 'awaiting_payment' && v;
      });
      assert.equal(finished.status, 'open', 'the lapse was written back to the invoice row');
      assert.deepEqual(finished.followUp.skippedSteps, [1]);
      assert.deepEqual(finished.messages.map((m: MessageView) => [m.stepIndex, m.status]), [[0, 'sent'], [2, 'sent'], [3, 'sent'], [4, 'sent']]);
      const row = await t.database.prisma.invoice.findUniqueOrThrow({ where: { id } });
      assert.deepEqual([row.status, row.pauseKind, row.pausedUntil], ['open', null, null]);

      const v = await t.api.post(`/v1/invoices/${id}/void`, { actor: 'billing', reason: 'issued in error' });
      assert.equal(v.status, 200);
      assert.deepEqual([v.body.status, v.body.delivery], ['void', 'delivered']);
      const result = await closed(id);
      assert.deepEqual([result.status, result.closedReason], ['voided', 'voided by billing: issued in error']);
      assert.deepEqual(result.messagesSent.map((m) => m.stepIndex), [0, 2, 3, 4]);
      assert.deepEqual(result.skippedSteps, [1]);
      const voided = await getInvoice(id);
      assert.deepEqual([voided.status, voided.followUp.status], ['void', 'voided']);
      // A void invoice takes no payment and no pause.
      assert.equal((await t.api.post(`/v1/invoices/${id}/payments`, { amount: '1.00' })).status, 409);
      assert.equal((await t.api.post(`/v1/invoices/${id}/pause`, { actor: 'x' })).status, 409);
      assert.equal(sentFor(id).length, 4, 'nothing after the void');

      const events = await timeline(id);
      assert.deepEqual(
        events.map((e) => [e.kind, e.actor, e.reason]),
        [
          ['invoice_created', 'api', 'invoice created'],
          ['message_sent', 'workflow', 'sent by email (step channel)'],
          ['customer_replied', 'customer', 'the customer replied by email'],
          ['follow_up_resumed', 'clerk@example.com', 'follow up resumed'],
          ['steps_skipped', 'workflow', 'steps skipped'],
          ['message_sent', 'workflow', 'sent by email (step channel)'],
          ['message_sent', 'workflow', 'sent by email (step channel)'],
          ['follow_up_paused', 'clerk@example.com', 'paused: promised payment'],
          ['pause_lapsed', 'workflow', 'pause lapsed'],
          ['message_sent', 'workflow', 'sent by email (step channel)'],
          ['sequence_finished', 'workflow', 'sequence finished'],
          ['invoice_voided', 'billing', 'void: issued in error'],
          ['follow_up_voided', 'workflow', 'void: voided by billing: issued in error'],
        ],
      );
      assert.deepEqual(events.find((e) => e.kind === 'steps_skipped')!.detail, { steps: [1], reason: 'catch-up: only the most recent due step is sent' });
      assert.deepEqual(events.find((e) => e.kind === 'follow_up_resumed')!.detail, { reason: 'customer promised Friday' });
      assert.deepEqual(events.find((e) => e.kind === 'follow_up_paused')!.detail, { reason: 'promised payment', until });
      // The lapse is the workflow's own: no command told it.
      assert.deepEqual(await outbox(id), delivered('start', 'invoiceChanged:paused:125000', 'invoiceChanged:open:125000', 'invoiceChanged:paused:125000', 'invoiceChanged:void:125000'));
    });
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
        assert.deepEqual([r.body.status, r.body.amountDue], ['paid', '0.00']);
        return Date.now();
      }),
    );
    const results = await Promise.all(ids.map(closed));
    for (const [i, id] of ids.entries()) {
      await explain(id, async () => {
        assert.equal(results[i]!.status, 'paid');
        const sent = sentFor(id);
        for (const m of sent) assert.ok(m.at < accepted[i]!, `message for ${id} left ${m.at - accepted[i]!} ms after its payment was accepted`);
        const inv = await getInvoice(id);
        assert.deepEqual([inv.status, inv.amountDue, inv.followUp.status], ['paid', '0.00', 'paid']);
        // The database agrees with the channel: a message sent went before the payment took the
        // invoice's lock; one that lost the race was not sent.
        const paidAt = Date.parse(inv.payments[0].paidAt);
        const rows = inv.messages as MessageView[];
        assert.equal(rows.filter((m) => m.status === 'sent').length, sent.length);
        for (const m of rows) {
          if (m.status === 'sent') assert.ok(Date.parse(m.sentAt!) <= paidAt, `message row for ${id} sent ${m.sentAt}, payment at ${inv.payments[0].paidAt}`);
          else assert.deepEqual([m.status, m.statusReason], ['suppressed', 'invoice_paid']);
        }
        assert.deepEqual(results[i]!.messagesSent.map((m) => m.stepIndex), sent.map(stepOf));
        const kinds = (await timeline(id)).map((e) => e.kind);
        assert.equal(kinds.at(-1), 'follow_up_paid');
        if (sent.length) assert.ok(kinds.indexOf('message_sent') < kinds.indexOf('payment_received'), 'the send is on the timeline before the payment');
        else assert.ok(!kinds.includes('message_sent'));
        assert.deepEqual(await outbox(id), delivered('start', 'invoiceChanged:paid:0'));
      });
    }
  });

  test('a payment accepted just before the touchpoint sends nothing', async () => {
    const id = await createInvoice({ sequence: 'one' }, 1_500);
    const due = Date.parse((await getInvoice(id)).dueAt);
    await sleep(Math.max(0, due - 300 - Date.now()));
    const pay = await t.api.post(`/v1/invoices/${id}/payments`, { amount: '1250.00' });
    assert.equal(pay.status, 200);
    assert.deepEqual([pay.body.status, pay.body.amountDue, pay.body.delivery], ['paid', '0.00', 'delivered']);
    const result = await closed(id);
    assert.deepEqual([result.status, result.closedReason, result.messagesSent], ['paid', 'paid in full', []]);
    await sleep(Math.max(0, due + 500 - Date.now()));
    assert.equal(sentFor(id).length, 0);
    const inv = await getInvoice(id);
    assert.deepEqual([inv.status, inv.followUp.status, inv.messages.length], ['paid', 'paid', 0]);
    assert.equal(await t.database.prisma.message.count({ where: { invoiceId: id } }), 0, 'no outbox row for the step either');
    assert.deepEqual((await timeline(id)).map((e) => [e.kind, e.decision]), [['invoice_created', 'recorded'], ['payment_received', 'recorded'], ['follow_up_paid', 'stopped']]);
  });

  test('customer-level pause holds every open invoice (and new ones); resume releases them', async () => {
    const customer = { externalId: `cus-pause-${Date.now()}`, name: 'Grace Hopper', email: 'grace@example.com', timezone: 'America/New_York' };
    const a = await createInvoice({ sequence: 'soon', customer }, 0);
    const b = await createInvoice({ sequence: 'soon', customer }, 0);
    const pause = await t.api.post(`/v1/customers/${customer.externalId}/pause`, { actor: 'support@example.com', reason: 'disputed' });
    assert.equal(pause.status, 200);
    assert.deepEqual(pause.body.invoices.map((i: { invoiceId: string; status: string; delivery: string }) => [i.invoiceId, i.status, i.delivery]), [[a, 'paused', 'delivered'], [b, 'paused', 'delivered']]);
    // Created while its customer is paused: it starts paused.
    const c = await createInvoice({ sequence: 'soon', customer }, 0, 'paused');
    const ids = [a, b, c];
    const dueC = Date.parse((await getInvoice(c)).dueAt);
    await sleep(Math.max(0, dueC + 2_800 - Date.now())); // past every invoice's first step (+2 s)
    assert.equal(sentFor(a).length + sentFor(b).length + sentFor(c).length, 0, 'nothing is sent while the customer is paused');
    for (const id of ids) {
      const inv = await getInvoice(id);
      assert.deepEqual([inv.status, inv.followUp.status, inv.followUp.pause?.kind, inv.followUp.pause?.actor, inv.followUp.pause?.reason], ['paused', 'paused', 'support', 'support@example.com', 'disputed'], id);
      assert.equal((await workflow(id).query(followUpState)).status, 'paused');
    }

    const resume = await t.api.post(`/v1/customers/${customer.externalId}/resume`, { actor: 'support@example.com' });
    assert.equal(resume.status, 200);
    assert.deepEqual(resume.body.invoices.map((i: { invoiceId: string; status: string }) => [i.invoiceId, i.status]), ids.map((id) => [id, 'open']));
    await waitFor('the first step of each', () => ids.every((id) => sentFor(id).length === 1));
    for (const id of ids) {
      await explain(id, async () => {
        const [m] = sentFor(id);
        assert.deepEqual([m!.to, stepOf(m!)], ['grace@example.com', 0]);
        const s = await workflow(id).query(followUpState);
        assert.deepEqual([s.status, s.nextStep?.index, s.messagesSent.length], ['scheduled', 1, 1]);
        const kinds = (await timeline(id)).map((e) => e.kind);
        assert.deepEqual(kinds, id === c ? ['invoice_created', 'follow_up_resumed', 'message_sent'] : ['invoice_created', 'follow_up_paused', 'follow_up_resumed', 'message_sent']);
        const started = (await timeline(id))[0]!;
        assert.equal(started.detail.status, id === c ? 'paused' : 'open');
      });
    }
    assert.equal((await t.database.prisma.customer.findUniqueOrThrow({ where: { externalId: customer.externalId } })).pausedAt, null);
  });

  test('search attributes are queryable with `temporal workflow list --query`', async () => {
    const customer = { externalId: `cus-sa-${Date.now()}`, name: 'Search Me', email: 's@example.com' };
    const id = await createInvoice({ sequence: 'later', customer, amountDue: '99.95' }, 60_000);
    const paid = await createInvoice({ sequence: 'later', customer }, 60_000);
    assert.equal((await t.api.post(`/v1/invoices/${paid}/payments`, { amount: '1250.00' })).status, 200);
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
