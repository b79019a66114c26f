// The contract of the customerAnswer workflow: a person's answer to a customer, sent once by
// the worker (where the channel adapters are). Imported by the workflow, the dispatcher that
// starts it and the activity that sends it.
import type { Channel } from '../src/domain/channel';
import type { SendResult } from './definitions';

export function answerWorkflowId(messageId: string): string {
  return `answer-${messageId}`;
}

export interface AnswerInput {
  /** The answer's outbox row (on its first invoice; the others' rows point at it). */
  messageId: string;
  customerId: string;
  invoiceId: string;
  /**
   * The channel it was accepted for: SMS and WhatsApp answers go through the rate-limited queue, as
   * automated sends do. Absent in answers started before it was added (they send on the main queue).
   */
  channel?: Channel;
  /** When it was accepted, and when the customer last wrote before (quiet hours: src/domain/customerAnswer.ts). */
  acceptedAt: number;
  customerWroteAt?: number;
  /** Email: In-Reply-To and References of the customer's newest email. */
  headers?: Record<string, string>;
}

/** Sent, failed or suppressed for good; deferred: send again at `until` (quiet hours). */
export type AnswerResult = SendResult;

export interface AnswerActivities {
  /** Judges the answer under the customer's lock and sends it, once. */
  sendAnswer(input: AnswerInput): Promise<AnswerResult>;
}
