import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FollowUpInput } from '../../workflows/definitions';
import { firstView, openingState, viewKey } from '../../workflows/followUpView';

const DAY = 86_400_000;
const t0 = Date.parse('2026-12-01T10:00:00Z');
const input = (over: Partial<FollowUpInput> = {}): FollowUpInput => ({
  invoiceId: 'inv-1',
  customerId: 'cus-1',
  currency: 'USD',
  currencyDigits: 2,
  amountDueMinor: '125000',
  dueAt: t0 + 3 * DAY,
  steps: [
    { index: 0, at: t0 + 2 * DAY, channel: 'email', template: 'pre_due_reminder' },
    { index: 1, at: t0 + 3 * DAY, channel: 'sms', template: { body: 'Due {{amountDue}} {{optOutText}}' } },
  ],
  maxMessages: 5,
  behaviour: { sequenceDefaultChannel: 'email', unopenedPivotAfterMs: DAY, openedUnpaidAfterMs: DAY, mergeWindowMs: DAY / 2 },
  ...over,
});

test('a new follow-up shows its first step as next, with nothing sent', () => {
  assert.deepEqual(firstView(input(), t0), {
    invoiceId: 'inv-1',
    status: 'scheduled',
    currency: 'USD',
    amountDue: '1250.00',
    messagesSent: [],
    skippedSteps: [],
    notSent: [],
    nextStep: { index: 0, at: new Date(t0 + 2 * DAY).toISOString(), channel: 'email', template: 'pre_due_reminder' },
  });
});

test('with a step already due there is no next step to show: the workflow sends it and publishes', () => {
  assert.equal(firstView(input(), t0 + 2 * DAY).nextStep, undefined);
});

test('paused, voided or paid before it started', () => {
  const pause = { kind: 'support' as const, actor: 'agent', since: new Date(t0).toISOString() };
  assert.deepEqual(firstView(input({ pause }), t0).pause, pause);
  assert.equal(firstView(input({ pause }), t0).status, 'paused');
  assert.equal(firstView(input({ pause }), t0).nextStep, undefined);
  const voided = firstView(input({ voided: true, pause }), t0);
  assert.equal(voided.status, 'voided');
  assert.equal(voided.closedReason, 'voided before the follow-up started');
  assert.equal(voided.pause, undefined);
  assert.equal(firstView(input({ amountDueMinor: '0' }), t0).status, 'paid');
  assert.equal(firstView(input({ amountDueMinor: '0' }), t0).nextStep, undefined);
  assert.equal(openingState(input({ voided: true })).status, 'scheduled', 'the workflow closes it itself, after its handlers are set');
});

test('a reopened run carries on after what was sent', () => {
  assert.equal(firstView(input({ resumeAfter: { cursor: 1, messagesSent: 1 } }), t0).nextStep?.index, 1);
  assert.equal(firstView(input({ resumeAfter: { cursor: 2, messagesSent: 2 } }), t0).nextStep, undefined);
});

test('a view is the same view whatever order its fields were set in', () => {
  const a = firstView(input(), t0);
  const { nextStep, ...rest } = a;
  assert.equal(viewKey({ nextStep: nextStep!, ...rest }), viewKey(a));
  assert.notEqual(viewKey({ ...a, amountDue: '1.00' }), viewKey(a));
});
