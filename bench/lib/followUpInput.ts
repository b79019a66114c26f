// The input of a follow-up that sleeps (every step 60 days away), the way the dispatcher
// starts one: shared by the ingest baseline's starts and the idle scenario's follow-ups.
import { DEFAULT_SEQUENCE } from '../../src/domain/sequences';
import { scheduleSteps } from '../../src/domain/schedule';
import type { FollowUpInput } from '../../workflows/definitions';

const DAY = 86_400_000;

export function sleepingFollowUpInput(invoiceId: string, customerId: string, dueAt: number, steps = scheduleSteps([...DEFAULT_SEQUENCE], dueAt, 'Europe/London')): FollowUpInput {
  return {
    invoiceId,
    customerId,
    currency: 'USD',
    currencyDigits: 2,
    amountDueMinor: '125000',
    dueAt,
    steps,
    maxMessages: 5,
    behaviour: { sequenceDefaultChannel: 'email', unopenedPivotAfterMs: 2 * DAY, openedUnpaidAfterMs: 2 * DAY, mergeWindowMs: DAY },
  };
}
