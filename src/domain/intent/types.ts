// What Remit reads in a customer's reply: the shared vocabulary of the reader, the corpus it is
// measured on, and everything that acts on a reading (promises, disputes, tasks).

export const REPLY_INTENTS = [
  'paid_already',
  'promise_to_pay',
  'dispute',
  'question',
  'payment_plan_request',
  'hardship',
  'wrong_person',
  'callback_request',
  'opt_out',
  'auto_reply',
  'other',
] as const;
export type ReplyIntentName = (typeof REPLY_INTENTS)[number];

export const DISPUTE_REASONS = [
  'wrong_amount',
  'not_received',
  'quality',
  'already_returned',
  'not_ordered',
  'duplicate',
  'other',
] as const;
export type DisputeReason = (typeof DISPUTE_REASONS)[number];

export const QUESTION_KINDS = ['invoice_copy', 'bank_details', 'payment_methods', 'who_is_this', 'other'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export type ReplyChannel = 'email' | 'sms' | 'whatsapp';

export const INTENT_SOURCES = ['rule', 'classifier', 'advisor', 'page'] as const;
export type IntentSource = (typeof INTENT_SOURCES)[number];
export type ReplyLanguage = 'en' | 'es' | 'fr';

/** A span of the text the reader worked on (after quoted history and signatures were stripped). */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

/**
 * One payment the customer promised. `date` is the local calendar day in the customer's zone
 * (YYYY-MM-DD) by which they said they would pay. The amount is either absolute (`amount`, a
 * decimal string in the invoice currency), a share of what is due (`fraction`, "half"), or
 * neither (the whole balance, or "the rest" after the other parts).
 */
export interface PromisedPayment {
  date: string;
  amount?: string;
  fraction?: number;
  /** "the rest", "the balance": what remains after the message's other promised parts. */
  remainder?: boolean;
  evidence: Evidence;
}

export interface ReplyIntent {
  intent: ReplyIntentName;
  /** 0..1. Rules that matched answer with their fixed confidence; the classifier with its score. */
  confidence: number;
  evidence: Evidence;
  /** Which layer decided: a deterministic rule, the trained classifier, an outside advisor, or the customer's own click (the self-service page). */
  source: IntentSource;
  /** promise_to_pay: the payments promised, in date order (at least one). */
  payments?: PromisedPayment[];
  /** dispute */
  reason?: DisputeReason;
  /** question */
  questionKind?: QuestionKind;
  /** auto_reply: the out-of-office return day (YYYY-MM-DD, customer's zone), when it gives one. */
  returnDate?: string;
}

/** What the reader is given. */
export interface ReplyToRead {
  text: string;
  channel: ReplyChannel;
  /** When the customer sent it: relative dates ("Friday", "tomorrow") resolve from here. */
  receivedAt: Date;
  /** The customer's IANA zone; UTC when unknown. */
  timeZone: string;
  subject?: string;
  /** Email headers, names in any case (Auto-Submitted, X-Autoreply, Precedence, ...). */
  headers?: Record<string, string>;
}

export interface ReplyReading {
  /** Every intent that holds, most confident first; at least one (`other` when nothing else). */
  intents: ReplyIntent[];
  /** The best confidence is below the review threshold: a person (or an advisor) should look. */
  lowConfidence: boolean;
  language: ReplyLanguage;
}

/** A labelled message of the corpus: what a careful clerk would say it means. */
export interface LabelledReply {
  id: string;
  text: string;
  channel: ReplyChannel;
  language: ReplyLanguage;
  receivedAt: string;
  timeZone: string;
  subject?: string;
  headers?: Record<string, string>;
  intents: Array<{
    intent: ReplyIntentName;
    /** promise_to_pay: the promised day(s), YYYY-MM-DD in timeZone, as resolved from receivedAt. */
    dates?: string[];
    amount?: string;
    reason?: DisputeReason;
    questionKind?: QuestionKind;
    returnDate?: string;
  }>;
}
