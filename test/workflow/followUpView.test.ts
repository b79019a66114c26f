// GET /v1/invoices/:id reads the follow-up from the database: the view its creation wrote and
// its workflow published since. A read needs no worker, and at every rest the view is the
// workflow's own state (the money, the invoice's own, aside).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { followUpState } from '../../workflows/definitions';
import { invoicePayload, startRemitWithTemporalDown, startTestRemit, waitFor, type TestRemit } from '../support/remit';

let t: TestRemit;
before(async () => {
  t = await startTestRemit();
  const steps = [
    { offset: 'PT0S', channel: 'email', template: 'due_date_notice' },
    { offset: 'PT6S', channel: 'email', template: 'follow_up' },
    { offset: 'PT1H', channel: 'email', template: 'final_notice' },
  ];
  assert.equal((await t.api.post('/v1/sequences', { name: 'view', steps })).status, 201);
});
after(() => t.stop());

const followUpOf = async (id: string) => (await t.api.get(`/v1/invoices/${id}`)).body.followUp;
const workflowState = (id: string) => t.remit.client.workflow.getHandle(`invoice-${id}`).query(followUpState);

/** Waits until the stored view satisfies `ok`, then checks it is the workflow's state. */
async function viewAtRest(id: string, what: string, ok: (view: any) => boolean): Promise<any> {
  const view = await waitFor(what, async () => {
    const v = await followUpOf(id);
    return v && ok(v) ? v : undefined;
  });
  assert.deepEqual(view, await workflowState(id), `the view ${what} is the workflow's state`);
  return view;
}

describe('the follow-up view', () => {
  test('at every rest (waiting, paused, resumed, paid) the stored view is the workflow state', async () => {
    const created = await t.api.post('/v1/invoices', invoicePayload({ sequence: 'view' }, 500));
    assert.equal(created.status, 201);
    const id = created.body.id as string;

    const first = await viewAtRest(id, 'waiting for the second step', (v) => v.nextStep?.index === 1 && v.messagesSent.length === 1);
    assert.equal(first.status, 'scheduled');

    const until = new Date(Date.now() + 3_600_000).toISOString();
    assert.equal((await t.api.post(`/v1/invoices/${id}/pause`, { actor: 'agent@example.com', reason: 'calling them', until })).status, 200);
    const paused = await viewAtRest(id, 'paused', (v) => v.status === 'paused');
    assert.equal(paused.pause.kind, 'support');
    assert.equal(paused.pause.actor, 'agent@example.com');
    assert.equal(Date.parse(paused.pause.until), Date.parse(until));

    assert.equal((await t.api.post(`/v1/invoices/${id}/resume`, { actor: 'agent@example.com' })).status, 200);
    await viewAtRest(id, 'resumed, waiting for the final step', (v) => v.status === 'scheduled' && v.nextStep?.index === 2 && v.messagesSent.length === 2);

    const part = await t.api.post(`/v1/invoices/${id}/payments`, { amount: '250.00', reference: 'part-1' });
    assert.equal(part.status, 200);
    // The money is the invoice's own: shown at once, while the workflow waits on its timer.
    assert.equal((await followUpOf(id)).amountDue, '1000.00');

    assert.equal((await t.api.post(`/v1/invoices/${id}/payments`, { amount: '1000.00', reference: 'rest-1' })).status, 200);
    const paid = await viewAtRest(id, 'paid', (v) => v.status === 'paid');
    assert.equal(paid.amountDue, '0.00');
    assert.equal(paid.closedReason, 'paid in full');
    assert.equal(paid.nextStep, undefined);
  });

  test('the end of a pause without `until` is no lapse: a resume reopens, a payment keeps the invoice paid', async () => {
    const timeline = async (id: string) => ((await t.api.get(`/v1/invoices/${id}/timeline`)).body.events as { kind: string }[]).map((e) => e.kind);
    const resumed = (await t.api.post('/v1/invoices', invoicePayload({ sequence: 'view' }, 60_000))).body.id as string;
    const paid = (await t.api.post('/v1/invoices', invoicePayload({ sequence: 'view' }, 60_000))).body.id as string;
    for (const id of [resumed, paid]) {
      assert.equal((await t.api.post(`/v1/invoices/${id}/replies`, { channel: 'email', body: 'Please call me about this invoice' })).status, 200);
      await viewAtRest(id, 'paused by the reply', (v) => v.status === 'paused' && v.pause?.kind === 'reply');
    }
    assert.equal((await t.api.post(`/v1/invoices/${resumed}/resume`, { actor: 'agent@example.com' })).status, 200);
    await viewAtRest(resumed, 'resumed', (v) => v.status === 'scheduled');
    assert.equal((await t.api.post(`/v1/invoices/${paid}/payments`, { amount: '1250.00', reference: 'wire-9' })).status, 200);
    await waitFor('closed', async () => (await timeline(paid)).includes('follow_up_paid'));
    assert.equal((await t.api.get(`/v1/invoices/${paid}`)).body.status, 'paid', 'the invoice stays paid');
    assert.ok(!(await timeline(paid)).includes('pause_lapsed'));
    assert.ok(!(await timeline(resumed)).includes('pause_lapsed'));
  });

  test('with Temporal down, a new invoice reads with the view its creation wrote', async () => {
    const down = await startRemitWithTemporalDown(t.taskQueue + '-down');
    try {
      const created = await down.api.api.post('/v1/invoices', invoicePayload({ sequence: 'default' }, 7 * 86_400_000));
      assert.equal(created.status, 201);
      assert.equal(created.body.delivery, 'pending');
      const read = await down.api.api.get(`/v1/invoices/${created.body.id}`);
      assert.equal(read.status, 200);
      assert.equal(read.body.followUpError, undefined);
      assert.equal(read.body.followUp.status, 'scheduled');
      assert.equal(read.body.followUp.nextStep.index, 0);
      assert.equal(read.body.followUp.amountDue, '1250.00');
      assert.deepEqual(read.body.followUp.messagesSent, []);
    } finally {
      await down.api.stop();
      await down.database.close();
      await down.temporalPort.release();
    }
  });
});
