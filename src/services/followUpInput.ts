// A follow-up's input, for a new invoice or a reopened one: the one place that builds it.
import { currencyDigits } from '../domain/money';
import { scheduleSteps } from '../domain/schedule';
import type { Channel } from '../domain/channel';
import type { SequenceStep } from '../domain/sequences';
import type { BehaviourSettings, FollowUpInput } from '../../workflows/definitions';

/** What every follow-up is started with, from the configuration. */
export interface FollowUpSettings {
  maxMessages: number;
  behaviour: Omit<BehaviourSettings, 'sequenceDefaultChannel'>;
}

export function followUpInput(
  settings: FollowUpSettings,
  f: { invoiceId: string; customerId: string; currency: string; amountDue: bigint; dueAt: number; steps: SequenceStep[]; timeZone: string; defaultChannel: Channel },
  run: Pick<FollowUpInput, 'pause' | 'voided' | 'resumeAfter'>,
): FollowUpInput {
  return {
    invoiceId: f.invoiceId,
    customerId: f.customerId,
    currency: f.currency,
    currencyDigits: currencyDigits(f.currency),
    amountDueMinor: f.amountDue.toString(),
    dueAt: f.dueAt,
    steps: scheduleSteps(f.steps, f.dueAt, f.timeZone),
    maxMessages: settings.maxMessages,
    behaviour: { ...settings.behaviour, sequenceDefaultChannel: f.defaultChannel },
    ...run,
  };
}
