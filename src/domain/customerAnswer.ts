// A person's answer to a customer (POST /v1/conversations/:id/messages): when it may go, how an
// email answer threads, what it is called. Pure: the API judges it when it accepts the answer
// (to refuse one that cannot go, and to say when it will), the send activity judges it again
// under the customer's lock, on the facts as they are then.
import { judgeSend, type SendJudgement } from './sendDecision';
import type { SendTimeFacts } from './sendRules';

/** An answer's outbox rows carry this stepIndex (a sequence step is >= 0, a behaviour follow-up -1). */
export const ANSWER_STEP_INDEX = -2;
export const ANSWER_KIND = 'answer';

/** An answer this soon after the customer's own message is a conversation: quiet hours do not hold it. */
export const CONVERSATION_WINDOW_MS = 3_600_000;

export interface AnswerFacts {
  to: string | undefined;
  refusal: string | undefined;
  /** Quiet hours for the customer's zones; the cap and the gap are not an answer's (it is not automated). */
  timing: Pick<SendTimeFacts, 'zones' | 'window' | 'spreadKey'>;
  /** When the answer was accepted, and when the customer last wrote (not an auto-reply). */
  acceptedAt: number;
  customerWroteAt: number | undefined;
}

const ALWAYS_OPEN = { startSec: 0, endSec: 86_400, skipWeekends: false, holidays: [] };

/** Whether the customer wrote within the hour before the answer was accepted. */
export function inConversation(f: Pick<AnswerFacts, 'acceptedAt' | 'customerWroteAt'>): boolean {
  return f.customerWroteAt !== undefined && f.acceptedAt - f.customerWroteAt <= CONVERSATION_WINDOW_MS;
}

/**
 * The judgement of every send (sendDecision), for an answer: the address and the customer's
 * permission as for any message; quiet hours unless it answers a message of the last hour; never
 * the frequency cap or gap; and whatever the invoice's state (a person answering a customer whose
 * reply paused it, or who has paid, is not a reminder), so it is never held.
 */
export function judgeAnswer(f: AnswerFacts, at: number): Exclude<SendJudgement, { decision: 'hold' }> {
  const judgement = judgeSend(
    {
      invoice: { status: 'open' },
      to: f.to,
      refusal: f.refusal,
      timing: {
        ...f.timing,
        window: inConversation(f) ? ALWAYS_OPEN : f.timing.window,
        cap: { maxMessages: Infinity, periodMs: 0, minGapMs: 0 },
        sentAt: [],
        spreadMaxMs: 0,
      },
    },
    at,
  );
  if (judgement.decision === 'hold') throw new Error('an answer is never held'); // its invoice facts are always open
  return judgement;
}

/** "Re: <their subject>", once. */
export function replySubject(theirs: string | null | undefined, fallback: string): string {
  const subject = theirs?.trim();
  if (!subject) return fallback;
  return /^re:/i.test(subject) ? subject : `Re: ${subject}`;
}

/**
 * The headers that thread a reply to the customer's email (RFC 5322 3.6.4): In-Reply-To names
 * it, References carries its References (our earlier Message-IDs among them) and then it.
 */
export function replyHeaders(parent: { messageId: string; headers?: Record<string, string> | null }): Record<string, string> {
  const get = (name: string) => Object.entries(parent.headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1] ?? '';
  const earlier = (get('references') || get('in-reply-to')).split(/\s+/).filter((id) => /^<[^>\s]+>$/.test(id));
  const references = [...new Set([...earlier, parent.messageId])];
  return { 'In-Reply-To': parent.messageId, References: references.join(' ') };
}
