// What each intent does, and the work queue it feeds, over real HTTP on a real Temporal server:
// disputes hold only the disputed invoice, "paid already" waits for the payment, "wrong person"
// holds every invoice of the contact, questions become tasks; people assign, snooze and
// complete tasks, and every task has a timer workflow.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { taskTimerWorkflowId } from '../../workflows/definitions';
import { invoicePayload, startTestRemit, waitFor, type TestRemit } from '../support/remit';

let t: TestRemit;
before(async () => {
  t = await startTestRemit({ env: { REMIT_TASK_SLA: 'question=PT2H', REMIT_TASK_LEAD: 'lead@example.com' } });
});
after(() => t?.stop());

/** A customer with `n` invoices due in a day (nothing is sent while the tests run). */
async function customerWith(n: number, amounts: string[] = []) {
  const c = `cus-${randomBytes(4).toString('hex')}`;
  const customer = { externalId: c, name: 'Grace', email: `${c}@example.com`, phone: '+14155550199', timezone: 'Europe/London' };
  const ids: string[] = [];
  const numbers: string[] = [];
  for (let i = 0; i < n; i++) {
    const body = invoicePayload({ customer, amountDue: amounts[i] ?? '1250.00' }, 86_400_000);
    const r = await t.api.post('/v1/invoices', body);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    ids.push(r.body.id);
    numbers.push(body.number);
  }
  return { customer: c, ids, numbers };
}
const view = async (id: string) => (await t.api.get(`/v1/invoices/${id}`)).body;
const followUpWhen = (id: string, ok: (f: any) => boolean) =>
  waitFor(`the follow-up of ${id}`, async () => {
    const v = await view(id);
    return v.followUp && ok(v.followUp) ? v : undefined;
  });
const tasksOf = async (customer: string, extra = '') => (await t.api.get(`/v1/tasks?customer=${customer}${extra}`)).body.tasks as any[];
const reply = (id: string, body: string, channel = 'email') => t.api.post(`/v1/invoices/${id}/replies`, { channel, body });

describe('disputes', () => {
  test('a dispute holds only the disputed invoice; the customer\'s others carry on; resolving resumes it', async () => {
    const { customer, ids } = await customerWith(2);
    const r = await t.api.post(`/v1/invoices/${ids[0]}/disputes`, { reason: 'wrong_amount', note: 'billed for 12, got 10', actor: 'clerk@example.com' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.dispute.status, 'open');
    assert.equal(r.body.invoice.status, 'paused');
    const held = await followUpWhen(ids[0]!, (f) => f.status === 'paused');
    assert.equal(held.disputed, true);
    assert.equal(held.followUp.pause.kind, 'dispute');
    assert.equal(held.disputes[0].reason, 'wrong_amount');
    const other = await view(ids[1]!);
    assert.deepEqual([other.status, other.disputed, other.followUp.status], ['open', false, 'scheduled'], 'the other invoice carries on');

    // Flagged in the invoice list and in Temporal's search attributes.
    const listed = (await t.api.get(`/v1/invoices?customer=${customer}&status=disputed`)).body.invoices.map((i: { id: string }) => i.id);
    assert.deepEqual(listed, [ids[0]]);
    await waitFor('the Disputed search attribute', async () => {
      const d = await t.remit.client.workflow.getHandle(`invoice-${ids[0]}`).describe();
      return d.searchAttributes.Disputed?.[0] === true;
    });

    const [task] = await tasksOf(customer);
    assert.deepEqual([task.type, task.status, task.disputeId, task.invoiceIds], ['dispute', 'open', r.body.dispute.id, [ids[0]]]);
    assert.match(task.reason, /wrong amount/);

    const resolved = await t.api.post(`/v1/disputes/${r.body.dispute.id}/resolve`, { outcome: 'resume', note: 'delivery note shows 12', actor: 'clerk@example.com' });
    assert.equal(resolved.status, 200, JSON.stringify(resolved.body));
    assert.deepEqual([resolved.body.dispute.status, resolved.body.dispute.outcome, resolved.body.invoice.status], ['resolved', 'resume', 'open']);
    const back = await followUpWhen(ids[0]!, (f) => f.status === 'scheduled');
    assert.equal(back.disputed, false);
    assert.equal((await tasksOf(customer))[0].outcome, 'dispute_resolved');
    // The same decision again changes nothing; another is refused.
    assert.equal((await t.api.post(`/v1/disputes/${r.body.dispute.id}/resolve`, { outcome: 'resume', actor: 'clerk@example.com' })).status, 200);
    const other2 = await t.api.post(`/v1/disputes/${r.body.dispute.id}/resolve`, { outcome: 'void', actor: 'clerk@example.com' });
    assert.equal(other2.status, 409);
    assert.equal((await view(ids[0]!)).status, 'open');
  });

  test('a dispute resolved for the customer voids the invoice', async () => {
    const { ids } = await customerWith(1);
    const r = await t.api.post(`/v1/invoices/${ids[0]}/disputes`, { reason: 'not_ordered', actor: 'clerk@example.com' });
    const resolved = await t.api.post(`/v1/disputes/${r.body.dispute.id}/resolve`, { outcome: 'void', actor: 'clerk@example.com' });
    assert.equal(resolved.status, 200, JSON.stringify(resolved.body));
    assert.equal(resolved.body.invoice.status, 'void');
    await followUpWhen(ids[0]!, (f) => f.status === 'voided');
  });

  test('a reply naming one of two invoices disputes that one, and a promise in it holds the other', async () => {
    const { customer, ids, numbers } = await customerWith(2);
    const friday = 'Friday';
    const r = await reply(ids[0]!, `Invoice ${numbers[1]} is wrong, we never ordered that. I will pay ${numbers[0]} on ${friday}.`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const intents = r.body.message.intents.map((i: { intent: string }) => i.intent);
    assert.ok(intents.includes('dispute') && intents.includes('promise_to_pay'), JSON.stringify(intents));
    const disputed = await view(ids[1]!);
    assert.deepEqual([disputed.disputed, disputed.disputes[0]?.source], [true, 'reply']);
    const promised = await view(ids[0]!);
    assert.equal(promised.disputed, false);
    assert.equal(promised.promises[0]?.status, 'open');
    assert.deepEqual((await tasksOf(customer)).map((x) => x.type), ['dispute']);
  });

  test('bad input changes nothing', async () => {
    const { ids } = await customerWith(1);
    assert.equal((await t.api.post(`/v1/invoices/${ids[0]}/disputes`, { reason: 'too_expensive', actor: 'x' })).status, 400);
    assert.equal((await t.api.post(`/v1/invoices/${ids[0]}/disputes`, { reason: 'quality' })).status, 400);
    assert.equal((await t.api.post('/v1/disputes/not-a-uuid/resolve', { outcome: 'resume', actor: 'x' })).status, 404);
    assert.equal((await t.api.post(`/v1/disputes/${ids[0]}/resolve`, { outcome: 'resume', actor: 'x' })).status, 404);
    assert.deepEqual((await view(ids[0]!)).disputes, []);
  });

  test('a dispute that deadlocks with a send (customer row, then invoice row) is run again, not lost as a 500', async () => {
    const { ids } = await customerWith(1);
    const db = t.database.prisma;
    const { customerId } = await db.invoice.findUniqueOrThrow({ where: { id: ids[0]! } });
    // Locks as a send does: the customer's row, then (once the dispute holds the invoice and waits
    // for the customer, for its task's foreign key) the invoice's. PostgreSQL rolls one back.
    let sendSide: 'committed' | 'rolled back' = 'committed';
    let posted: Promise<{ status: number; body: any }> | undefined;
    await db
      .$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT id FROM "Customer" WHERE id = ${customerId}::uuid FOR UPDATE`;
          posted = t.api.post(`/v1/invoices/${ids[0]}/disputes`, { reason: 'quality', actor: 'clerk' });
          await waitFor('the dispute to wait for the customer', async () => {
            const waiting = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_locks WHERE NOT granted`;
            return waiting[0]!.n > 0n;
          });
          await tx.$queryRaw`SELECT id FROM "Invoice" WHERE id = ${ids[0]}::uuid FOR UPDATE`;
        },
        { timeout: 30_000 },
      )
      .catch(() => (sendSide = 'rolled back'));
    const r = await posted!;
    assert.equal(r.status, 201, `${JSON.stringify(r.body)} (the send side ${sendSide})`);
    const v = await view(ids[0]!);
    assert.deepEqual([v.disputed, v.disputes.length], [true, 1], 'one dispute, recorded once');
    assert.equal((await db.task.count({ where: { customerId, type: 'dispute' } })), 1);
  });
});

describe('paid already, wrong person, questions', () => {
  test('"I already paid" holds the invoice and opens a verify-payment task; the payment closes both', async () => {
    const { customer, ids } = await customerWith(1);
    const r = await reply(ids[0]!, 'We paid this last week by bank transfer, please check.');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const held = await followUpWhen(ids[0]!, (f) => f.status === 'paused');
    assert.equal(held.followUp.pause.kind, 'payment_claimed');
    const [task] = await tasksOf(customer);
    assert.deepEqual([task.type, task.status], ['verify_payment', 'open']);
    assert.ok(task.conversationId, 'the conversation is attached');

    const paid = await t.api.post(`/v1/invoices/${ids[0]}/payments`, { amount: '250.00', reference: 'bank' });
    assert.equal(paid.body.status, 'open', 'a part arrived: the hold ends, the rest is followed up');
    const after = (await tasksOf(customer))[0];
    assert.deepEqual([after.status, after.outcome, after.doneBy], ['done', 'payment_received', 'remit']);
    await followUpWhen(ids[0]!, (f) => f.status === 'scheduled');
  });

  test('"wrong number" holds every invoice of that contact, blocks the address and opens a fix-contact task', async () => {
    const { customer, ids } = await customerWith(2);
    const r = await reply(ids[0]!, 'Wrong number, I don\'t know any Grace', 'sms');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    for (const id of ids) assert.equal((await followUpWhen(id, (f) => f.status === 'paused')).followUp.pause.kind, 'wrong_person');
    const [task] = await tasksOf(customer);
    assert.equal(task.type, 'fix_contact');
    assert.deepEqual([...task.invoiceIds].sort(), [...ids].sort());
    const blocks = await t.remit.database.prisma.channelBlock.findMany({ where: { customer: { externalId: customer } } });
    assert.deepEqual(blocks.map((b) => [b.channel, b.code]).sort(), [['sms', 'wrong_person'], ['whatsapp', 'wrong_person']]);

    // The right number: the blocks go, the invoices resume, the task is done.
    assert.equal((await t.api.patch(`/v1/customers/${customer}`, { actor: 'clerk' })).status, 400, 'nothing to change');
    const fixed = await t.api.patch(`/v1/customers/${customer}`, { phone: '+14155550111', actor: 'clerk@example.com' });
    assert.equal(fixed.status, 200, JSON.stringify(fixed.body));
    assert.deepEqual(fixed.body.changedChannels, ['sms', 'whatsapp']);
    assert.deepEqual(fixed.body.invoices.map((i: { status: string }) => i.status), ['open', 'open']);
    assert.equal(await t.remit.database.prisma.channelBlock.count({ where: { customer: { externalId: customer } } }), 0);
    assert.deepEqual([(await tasksOf(customer))[0].status, (await tasksOf(customer))[0].outcome], ['done', 'contact_changed']);
    for (const id of ids) await followUpWhen(id, (f) => f.status === 'scheduled');
    assert.equal((await t.api.patch('/v1/customers/nobody-here', { name: 'X', actor: 'clerk' })).status, 404);
  });

  test('a question opens a task with its SLA; a second question joins it; people assign, snooze and complete it', async () => {
    const { customer, ids } = await customerWith(1, ['900.00']);
    const before = Date.now();
    await reply(ids[0]!, 'Can you send me a copy of the invoice?');
    const [task] = await tasksOf(customer);
    assert.deepEqual([task.type, task.status, task.assignee], ['question', 'open', null]);
    const sla = Date.parse(task.slaDueAt) - before;
    assert.ok(sla > 7_000_000 && sla < 7_300_000, `REMIT_TASK_SLA question=PT2H, got ${sla} ms`);
    assert.equal(task.priority, '900.0000', 'amount due × 1 day (not yet overdue)');
    await waitFor('its timer workflow', async () => (await t.remit.client.workflow.getHandle(taskTimerWorkflowId(task.id)).describe()).status.name === 'RUNNING');

    await reply(ids[0]!, 'Also, what are your bank details?');
    const same = await tasksOf(customer);
    assert.equal(same.length, 1, 'one job in the queue');

    const assigned = await t.api.post(`/v1/tasks/${task.id}/assign`, { assignee: 'ana@example.com', actor: 'lead@example.com' });
    assert.equal(assigned.status, 200, JSON.stringify(assigned.body));
    assert.equal(assigned.body.assignee, 'ana@example.com');
    assert.deepEqual((await tasksOf(customer, '&assignee=ana@example.com')).map((x) => x.id), [task.id]);

    const until = new Date(Date.now() + 3_600_000).toISOString();
    const snoozed = await t.api.post(`/v1/tasks/${task.id}/snooze`, { until, reason: 'customer is travelling', actor: 'ana@example.com' });
    assert.deepEqual([snoozed.body.status, snoozed.body.snoozedUntil], ['snoozed', until]);
    assert.equal((await t.api.post(`/v1/tasks/${task.id}/snooze`, { until: new Date(Date.now() - 1000).toISOString(), actor: 'ana' })).status, 422);

    const done = await t.api.post(`/v1/tasks/${task.id}/complete`, { outcome: 'answered', note: 'sent the copy', actor: 'ana@example.com' });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.deepEqual([done.body.status, done.body.outcome, done.body.doneBy], ['done', 'answered', 'ana@example.com']);
    assert.deepEqual(done.body.history.map((h: { kind: string }) => h.kind), ['opened', 'asked_again', 'assigned', 'snoozed', 'done']);
    assert.equal((await t.api.post(`/v1/tasks/${task.id}/complete`, { outcome: 'answered', actor: 'ana@example.com' })).status, 200, 'a double click');
    assert.equal((await t.api.post(`/v1/tasks/${task.id}/assign`, { assignee: 'bob', actor: 'x' })).status, 409);
    await waitFor('its timer to end', async () => (await t.remit.client.workflow.getHandle(taskTimerWorkflowId(task.id)).describe()).status.name === 'COMPLETED');
  });

  test('the queue is highest priority first, filtered and paged; bad queries are 400s', async () => {
    const { customer, ids } = await customerWith(3, ['100.00', '300.00', '200.00']);
    for (const id of ids) await t.api.post(`/v1/invoices/${id}/disputes`, { reason: 'quality', actor: 'clerk' });
    const first = (await t.api.get(`/v1/tasks?customer=${customer}&type=dispute&status=open&limit=2`)).body;
    assert.deepEqual(first.tasks.map((x: { priority: string }) => x.priority), ['300.0000', '200.0000']);
    const second = (await t.api.get(`/v1/tasks?customer=${customer}&type=dispute&status=open&limit=2&cursor=${first.nextCursor}`)).body;
    assert.deepEqual([second.tasks.map((x: { priority: string }) => x.priority), second.nextCursor], [['100.0000'], null]);
    assert.deepEqual((await t.api.get(`/v1/tasks?invoice=${ids[1]}`)).body.tasks.map((x: { invoiceIds: string[] }) => x.invoiceIds), [[ids[1]]]);
    for (const q of ['type=nope', 'status=later', 'limit=0', 'cursor=abc', 'invoice=xyz', 'sort=priority']) assert.equal((await t.api.get(`/v1/tasks?${q}`)).status, 400, q);
    assert.equal((await t.api.get('/v1/tasks/00000000-0000-4000-8000-000000000000')).status, 404);
    assert.equal((await t.api.post(`/v1/tasks/${first.tasks[0].id}/complete`, { outcome: 'Answered!', actor: 'x' })).status, 400);
  });
});
