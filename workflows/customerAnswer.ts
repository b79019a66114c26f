// A person's answer to a customer: sent once, now or when quiet hours end. The API recorded it
// (pending) before this started; the activity judges it again under the customer's lock.
import { proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';
import type { AnswerActivities, AnswerInput, AnswerResult } from './customerAnswerDefinitions';
import { messagingTaskQueue } from './definitions';

const options = {
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
} as const;
const { sendAnswer: sendByEmail } = proxyActivities<AnswerActivities>(options);
// SMS and WhatsApp share the provider's rate with the automated sends: the same paced queue.
// Chosen by the input, so an answer started before `channel` existed replays as it ran.
const { sendAnswer: sendPaced } = proxyActivities<AnswerActivities>({ ...options, taskQueue: messagingTaskQueue(workflowInfo().taskQueue) });

export async function customerAnswer(input: AnswerInput): Promise<AnswerResult> {
  const sendAnswer = input.channel === 'sms' || input.channel === 'whatsapp' ? sendPaced : sendByEmail;
  for (;;) {
    const result = await sendAnswer(input);
    if (result.status !== 'deferred') return result;
    await sleep(Math.max(0, Date.parse(result.until) - Date.now()));
  }
}
