// A person's answer to a customer: sent once, now or when quiet hours end. The API recorded it
// (pending) before this started; the activity judges it again under the customer's lock.
import { proxyActivities, sleep } from '@temporalio/workflow';
import type { AnswerActivities, AnswerInput, AnswerResult } from './customerAnswerDefinitions';

const { sendAnswer } = proxyActivities<AnswerActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export async function customerAnswer(input: AnswerInput): Promise<AnswerResult> {
  for (;;) {
    const result = await sendAnswer(input);
    if (result.status !== 'deferred') return result;
    await sleep(Math.max(0, Date.parse(result.until) - Date.now()));
  }
}
