// The reply reader: what a customer's reply to a collections reminder means.
//
// Layers, each explainable (every intent says which layer decided and on which span):
//  1. Auto-replies: email headers (Auto-Submitted, X-Autoreply, Precedence), the subject a mail
//     client gives them, or wording only a responder uses. Such a reading is auto_reply alone
//     (with the return day when given), plus opt_out when the SMS floor finds one.
//  2. Opt-out: classifyInbound (the SMS floor: whatever it calls an opt-out stays one) and the
//     free-text wording of email and WhatsApp, look-alikes excluded. Nothing downgrades it.
//  3. Strong rules where wording decides (already paid, promise with a day, never received,
//     wrong number, legal wording, ...), negation-aware; they can also veto a classifier guess.
//  4. A classifier trained in-process on the labelled corpus for everything else, read clause by
//     clause so that a mixed message yields several intents.
// Only the customer's own words are read: in an email, the history quoted below them is not.
// Dates and amounts of promises come from promiseTerms. A reading whose best confidence is low is
// flagged for review; an outside advisor (an LLM, a person) may be consulted for those only.
import { visibleReply } from '../inboundEmail';
import { classifyInbound } from '../inboundText';
import { TextClassifier, type LabelledText } from './classifier';
import { intentCorpus } from './corpus';
import { detectLanguage } from './language';
import { findPromisedPayments, findReturnDate } from './promiseTerms';
import { ASKS_FOR_INFORMATION, DECISIVE, INVOICE_TOPIC, SUGGESTIVE, autoReplyHeader, autoReplySubject, autoReplyText, foldSubject, optOutInClause, ruleClause, type RuleHit } from './rules';
import { foldText, isBoilerplate, splitClauses, splitSentences, type Clause } from './sentences';
import {
  DISPUTE_REASONS,
  QUESTION_KINDS,
  REPLY_INTENTS,
  type DisputeReason,
  type Evidence,
  type LabelledReply,
  type PromisedPayment,
  type QuestionKind,
  type ReplyIntent,
  type ReplyIntentName,
  type ReplyReading,
  type ReplyToRead,
} from './types';

/** Below this best confidence a reading goes to review (and to the advisor, when there is one). */
export const REVIEW_THRESHOLD = 0.7;
/**
 * The classifier's score from which an intent is taken, per clause: cross-validated on the
 * corpus (5 folds; 0.5-0.6 is a plateau, 0.6 keeps paid_already precision), the classifier alone
 * is right more than nine times in ten from here. In a message in
 * which the rules already heard something it needs more (about 19 times in 20), as a second
 * intent the rules missed is rarer than a guess that merely echoes words.
 */
export const CLASSIFIER_THRESHOLD = 0.6;
export const CLASSIFIER_SECOND_THRESHOLD = 0.85;
/**
 * When neither a rule nor a confident classifier heard anything, the classifier's best guess on
 * the whole message is still taken if it stands out (this score, and this far ahead of the
 * next), with its own low score: the reading is then flagged for review rather than dropped
 * into `other`.
 */
export const GUESS_THRESHOLD = 0.45;
export const GUESS_MARGIN = 0.15;
/** Replies are read up to this many characters: past it is quoted history or pasted documents. */
export const MAX_READ_LENGTH = 20_000;

/** A promise whose day could not be resolved is still a promise, held with less certainty. */
const UNDATED_PROMISE_FACTOR = 0.8;
/** What makes a message look ahead to a payment still to come. */
const LOOKS_AHEAD = /\b(?:will|'ll|ll|shall|gonna|going to|the rest|the balance|remaining|other half|next|tomorrow|tmrw|later)\b/;
/** Asking us to check our books for a payment the customer told of. */
const PAYMENT_CHECK = /\b(?:balance|remain\w*|outstanding|received|receipt|confirm\w*|records?|reconcil\w*|update|check|show\w*|reflect\w*|ledger|account)\b/;
/** Intents only rules decide: the classifier's guesses about them are never taken. */
const RULE_ONLY: ReadonlySet<ReplyIntentName> = new Set(['opt_out', 'auto_reply']);
/** What only a person writes about their invoice; a rule hearing one of these rules out a responder. */
const PERSONAL: ReadonlySet<ReplyIntentName> = new Set(['paid_already', 'promise_to_pay', 'dispute', 'payment_plan_request', 'callback_request', 'wrong_person', 'hardship']);

export interface ReplyReader {
  read(reply: ReplyToRead): ReplyReading;
}

/** An outside opinion for readings the reader is unsure of (for instance an LLM). */
export interface IntentAdvisor {
  advise(reply: ReplyToRead, reading: ReplyReading): Promise<ReplyIntent[] | undefined>;
}

/** The reader's decision thresholds; overridable only so they can be chosen by cross-validation. */
export interface ReaderTuning {
  classifierThreshold: number;
  classifierSecondThreshold: number;
  guessThreshold: number;
  guessMargin: number;
}
export const DEFAULT_TUNING: Readonly<ReaderTuning> = {
  classifierThreshold: CLASSIFIER_THRESHOLD,
  classifierSecondThreshold: CLASSIFIER_SECOND_THRESHOLD,
  guessThreshold: GUESS_THRESHOLD,
  guessMargin: GUESS_MARGIN,
};

export async function trainReplyReader(corpus: readonly LabelledReply[], tuning: Partial<ReaderTuning> = {}): Promise<ReplyReader> {
  const intents: LabelledText[] = [];
  const reasons: LabelledText[] = [];
  const kinds: LabelledText[] = [];
  for (const reply of corpus) {
    const folded = contentOf(reply.text, reply.channel).map((c) => c.folded).join('. ');
    intents.push({ folded, labels: [...new Set(reply.intents.map((i) => i.intent))] });
    for (const i of reply.intents) {
      if (i.intent === 'dispute') reasons.push({ folded, labels: [i.reason ?? 'other'] });
      if (i.intent === 'question') kinds.push({ folded, labels: [i.questionKind ?? 'other'] });
    }
  }
  const reader = new RuleFirstReader(TextClassifier.train(intents), TextClassifier.train(reasons), TextClassifier.train(kinds), { ...DEFAULT_TUNING, ...tuning });
  return reader;
}

let defaultReader: Promise<ReplyReader> | undefined;
/** The reader trained on the repository's corpus, trained once per process. */
export function defaultReplyReader(): Promise<ReplyReader> {
  defaultReader ??= trainReplyReader(intentCorpus);
  return defaultReader;
}

/**
 * Reads the reply, and only when the reading is low-confidence asks the advisor. The advisor's
 * intents replace the reader's (marked source 'advisor'), except that an opt-out the reader
 * found is always kept. An advisor that fails or has no opinion leaves the reading as it was.
 */
export async function readWithAdvisor(reader: ReplyReader, reply: ReplyToRead, advisor?: IntentAdvisor): Promise<ReplyReading> {
  const reading = reader.read(reply);
  if (!advisor || !reading.lowConfidence) return reading;
  let advised: ReplyIntent[] | undefined;
  try {
    advised = await advisor.advise(reply, reading);
  } catch {
    return reading; // an unavailable advisor must not lose the reply
  }
  const valid = (advised ?? []).filter((i) => (REPLY_INTENTS as readonly string[]).includes(i.intent));
  if (valid.length === 0) return reading;
  const intents: ReplyIntent[] = valid.map((i) => ({ ...i, confidence: clamp(i.confidence), source: 'advisor' }));
  const optOut = reading.intents.find((i) => i.intent === 'opt_out');
  if (optOut && !intents.some((i) => i.intent === 'opt_out')) intents.push(optOut);
  const merged = finish(dedupe(intents));
  return { intents: merged, lowConfidence: merged[0]!.confidence < REVIEW_THRESHOLD, language: reading.language };
}

// ---------------------------------------------------------------------------------------------

interface Candidate {
  intent: ReplyIntentName;
  confidence: number;
  source: 'rule' | 'classifier';
  clause: Clause;
  rule?: string;
  reason?: DisputeReason;
  questionKind?: QuestionKind;
}

class RuleFirstReader implements ReplyReader {
  constructor(
    private readonly intents: TextClassifier,
    private readonly reasons: TextClassifier,
    private readonly kinds: TextClassifier,
    private readonly tuning: ReaderTuning,
  ) {}

  read(reply: ReplyToRead): ReplyReading {
    const text = (typeof reply.text === 'string' ? reply.text : '').slice(0, MAX_READ_LENGTH);
    const language = detectLanguage(text);
    const whole: Clause = { start: 0, end: text.length, text, folded: foldText(text) };
    // The SMS floor, on the customer's own words: our reminder quoted below an email reply
    // ("Reply STOP to opt out") is not the customer asking.
    const floorSaysOptOut = classifyInbound(ownWords(text, reply.channel).own).kind === 'opt_out';

    const clauses = beatsJoined(contentOf(text, reply.channel), text);
    const optOut = this.optOut(clauses, floorSaysOptOut, whole, reply.subject);

    // 2-4. Rules and classifier, clause by clause.
    const candidates: Candidate[] = [];
    const vetoed = new Set<ReplyIntentName>();
    const rulings = clauses.map((clause) => ({ clause, ...ruleClause(clause.folded, clause.text) }));
    const rulesHeard = rulings.some((r) => r.hits.length > 0) || optOut !== undefined;
    for (const { clause, hits, vetoes } of rulings) {
      for (const v of vetoes) vetoed.add(v);
      for (const hit of hits) candidates.push(fromRule(hit, clause));
      const scores = this.intents.score(clause.folded);
      // A question about the invoice that no rule could name ("what date was this issued?"), in a
      // message the rules heard nothing else in ("I paid. Can you check it came through?" and
      // "why am I still getting invoices?" belong to what was said), and that the classifier
      // does not read as a request of another kind.
      const otherwise = Object.entries(scores).some(([l, v]) => l !== 'question' && l !== 'other' && v >= this.tuning.classifierThreshold);
      if (!rulesHeard && !otherwise && !optOutInClause(clause.folded) && INVOICE_TOPIC.test(clause.folded) && (clause.folded.includes('?') || ASKS_FOR_INFORMATION.test(clause.folded)))
        candidates.push({ intent: 'question', confidence: SUGGESTIVE - 0.05, source: 'rule', clause, rule: 'question:about-the-invoice' });
      for (const [label, score] of Object.entries(scores)) {
        const intent = label as ReplyIntentName;
        if (RULE_ONLY.has(intent) || vetoes.has(intent) || hits.some((h) => h.intent === intent)) continue;
        // A clause a rule read is the rule's: the classifier there mostly echoes the same words as another intent.
        if (hits.length > 0) continue;
        // A question the classifier hears must be asked ("?"), or open its own sentence.
        if (intent === 'question' && ((!clause.folded.includes('?') && !startsSentence(text, clause)) || !INVOICE_TOPIC.test(clause.folded))) continue;
        if (score < (rulesHeard ? this.tuning.classifierSecondThreshold : this.tuning.classifierThreshold)) continue;
        candidates.push({ intent, confidence: score, source: 'classifier', clause });
      }
    }

    // A promise whose day and payment sit in different clauses of one sentence ("I get paid on
    // Friday, so you will have it then") is read on the sentence.
    if (!candidates.some((c) => c.intent === 'promise_to_pay')) {
      for (const sentence of splitSentences(text.slice(0, contentEnd(clauses)))) {
        const hit = ruleClause(sentence.folded, sentence.text).hits.find((h) => h.intent === 'promise_to_pay');
        if (hit && clauses.some((c) => c.start < sentence.end && c.end > sentence.start)) candidates.push(fromRule(hit, sentence));
      }
    }
    // The classifier's "question" for a clause that already says something else is that thing
    // asked ("can it be split over two pay packets?" is a plan request).
    for (let i = candidates.length - 1; i >= 0; i -= 1) {
      const c = candidates[i]!;
      if (c.intent === 'question' && c.source === 'classifier' && candidates.some((o) => o.clause === c.clause && o.intent !== 'question' && o.intent !== 'other'))
        candidates.splice(i, 1);
    }

    const chosen = new Map<ReplyIntentName, Candidate>();
    for (const c of candidates) {
      const held = chosen.get(c.intent);
      if (!held || better(c, held)) chosen.set(c.intent, c);
    }
    // Not being able to pay, explained by hardship or by asking for a plan, is no dispute unless
    // a rule heard one ("I can't pay all at once" is not "I won't pay").
    const dispute = chosen.get('dispute');
    if (dispute?.source === 'classifier' && (chosen.get('hardship')?.source === 'rule' || chosen.get('payment_plan_request')?.source === 'rule')) chosen.delete('dispute');
    // "who is Ada? wrong number": asking who the named person is belongs to the wrong-person reply.
    if (chosen.get('question')?.source === 'classifier' && chosen.get('wrong_person')?.source === 'rule') chosen.delete('question');
    const paidByRule = chosen.get('paid_already')?.source === 'rule';
    // "its paid. zelle. tuesday": a bare day after a payment told is the day it was paid, unless
    // the message looks ahead ("paid half, the rest friday").
    const promised = chosen.get('promise_to_pay');
    if (paidByRule && promised?.rule === 'promise:bare-day' && !LOOKS_AHEAD.test(whole.folded)) chosen.delete('promise_to_pay');
    // "Settled on 11/19. Please reconcile and advise if a balance remains": asking to check a
    // payment belongs to the payment, like "did you receive my payment?".
    const asked = chosen.get('question');
    if (asked?.rule === 'question:embedded' && [...chosen.values()].some((c) => c.intent !== 'question' && c.intent !== 'other')) chosen.delete('question');
    if (paidByRule && asked?.questionKind === 'other' && PAYMENT_CHECK.test(asked.clause.folded)) chosen.delete('question');
    if (chosen.size > 1) chosen.delete('other');
    if (chosen.size === 0 && !optOut) {
      const guess = this.guess(whole, clauses, vetoed);
      if (guess) chosen.set(guess.intent, guess);
    }
    const promiseClauses = candidates.filter((c) => c.intent === 'promise_to_pay').map((c) => c.clause);

    // Layer 1, auto-replies, decided once the rules have run: nothing else is read in them. Away
    // wording a person could write ("I'm away until Monday, will pay Friday") makes an
    // auto-reply only when no rule heard anything else.
    const header = autoReplyHeader(reply.headers);
    const autoText = autoReplyText(whole.folded);
    const personSpeaks = candidates.some((c) => c.source === 'rule' && PERSONAL.has(c.intent));
    if (header || autoReplySubject(reply.subject) || (autoText && (autoText.machineOnly || !personSpeaks))) {
      const span = autoText ? clauseAround(clauses, autoText.start) ?? whole : whole;
      const auto: ReplyIntent = { intent: 'auto_reply', confidence: header ? 0.99 : DECISIVE, evidence: evidenceOf(text, span), source: 'rule' };
      const back = findReturnDate(text, reply.receivedAt, reply.timeZone, language);
      if (back) auto.returnDate = back.date;
      const intents = [auto];
      if (floorSaysOptOut && optOut) intents.push(optOut);
      return { intents: finish(intents), lowConfidence: false, language };
    }

    const intents: ReplyIntent[] = [];
    if (optOut) intents.push(optOut);
    for (const c of chosen.values()) {
      const intent: ReplyIntent = { intent: c.intent, confidence: clamp(c.confidence), evidence: evidenceOf(text, c.clause), source: c.source };
      if (c.intent === 'dispute') intent.reason = c.reason ?? this.reasonOf(c.clause);
      if (c.intent === 'question') intent.questionKind = c.questionKind ?? this.kindOf(c.clause);
      if (c.intent === 'promise_to_pay') {
        intent.payments = paymentsIn(findPromisedPayments(text, reply.receivedAt, reply.timeZone, language), promiseClauses);
        if (intent.payments.length === 0) intent.confidence = clamp(intent.confidence * UNDATED_PROMISE_FACTOR);
      }
      intents.push(intent);
    }
    if (intents.length === 0) {
      const other = this.intents.score(whole.folded).other ?? 0;
      intents.push({ intent: 'other', confidence: clamp(Math.max(other, 0.5)), evidence: evidenceOf(text, whole), source: 'classifier' });
    }
    const finished = finish(dedupe(intents));
    return { intents: finished, lowConfidence: finished[0]!.confidence < REVIEW_THRESHOLD, language };
  }

  /** The classifier's standout label for the whole message, when there is one (see GUESS_THRESHOLD). */
  private guess(whole: Clause, clauses: Clause[], vetoed: Set<ReplyIntentName>): Candidate | undefined {
    const folded = clauses.map((c) => c.folded).join('. ');
    const ranked = Object.entries(this.intents.score(folded))
      .filter(([label]) => !RULE_ONLY.has(label as ReplyIntentName))
      .sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    if (!first || first[0] === 'other' || first[1] < this.tuning.guessThreshold || first[1] - (second?.[1] ?? 0) < this.tuning.guessMargin) return undefined;
    const intent = first[0] as ReplyIntentName;
    if (vetoed.has(intent)) return undefined;
    if (intent === 'question' && !(whole.folded.includes('?') && INVOICE_TOPIC.test(whole.folded))) return undefined;
    return { intent, confidence: Math.min(first[1], REVIEW_THRESHOLD - 0.01), source: 'classifier', clause: whole };
  }

  private optOut(clauses: Clause[], floor: boolean, whole: Clause, subject: string | undefined): ReplyIntent | undefined {
    for (const clause of clauses) {
      const hit = optOutInClause(clause.folded);
      if (hit) return { intent: 'opt_out', confidence: DECISIVE, evidence: evidenceOf(whole.text, clause), source: 'rule' };
    }
    // The SMS floor found one the clause rules did not, or the subject asks for it ("Unsubscribe",
    // as mail clients send for List-Unsubscribe): the whole message is the evidence.
    if (floor || (subject !== undefined && optOutInClause(foldSubject(subject)) !== undefined))
      return { intent: 'opt_out', confidence: DECISIVE, evidence: evidenceOf(whole.text, whole), source: 'rule' };
    return undefined;
  }

  private reasonOf(clause: Clause): DisputeReason {
    const best = this.reasons.best(clause.folded)?.label;
    return (DISPUTE_REASONS as readonly string[]).includes(best ?? '') ? (best as DisputeReason) : 'other';
  }

  private kindOf(clause: Clause): QuestionKind {
    const best = this.kinds.best(clause.folded)?.label;
    return (QUESTION_KINDS as readonly string[]).includes(best ?? '') ? (best as QuestionKind) : 'other';
  }
}

/** A rule beats the classifier; a dispute with a reason beats one without; then the more confident. */
function better(c: Candidate, held: Candidate): boolean {
  if (c.source !== held.source) return c.source === 'rule';
  if (c.intent === 'dispute' && (c.reason === 'other') !== (held.reason === 'other')) return held.reason === 'other';
  return c.confidence > held.confidence;
}

/**
 * The promised payments said in the clauses that promise: a date elsewhere ("funds are tight this
 * week, but I can pay on the 10th") is no payment day. All of them when none falls in those clauses.
 */
function paymentsIn(payments: PromisedPayment[], clauses: Clause[]): PromisedPayment[] {
  const inside = payments.filter((p) => clauses.some((c) => p.evidence.start < c.end && p.evidence.end > c.start));
  return inside.length > 0 ? inside : payments;
}

/**
 * The clauses that can carry an intent: greetings, sign-offs and signatures left out and, in an
 * email, the quoted history below the reply (when what is left is one stretch of the text, so
 * offsets stay offsets into the text).
 */
function contentOf(text: string, channel: ReplyToRead['channel']): Clause[] {
  const { base, own } = ownWords(text, channel);
  const all = splitClauses(own).map((c) => ({ ...c, start: c.start + base, end: c.end + base }));
  const content = all.filter((c, i) => !isBoilerplate(c, i, all, text));
  return content.length > 0 ? content : all;
}

/** The customer's own words: in an email, without the history quoted below them. */
function ownWords(text: string, channel: ReplyToRead['channel']): { base: number; own: string } {
  if (channel !== 'email') return { base: 0, own: text };
  const visible = visibleReply(text);
  const at = visible ? text.indexOf(visible) : -1;
  return at >= 0 ? { base: at, own: visible } : { base: 0, own: text };
}

/**
 * "NOT. PAYING. THIS.", "Stop. Texting. Me.": words cut apart by full stops for emphasis are one
 * clause, read without the stops (its evidence is the whole span).
 */
function beatsJoined(clauses: Clause[], text: string): Clause[] {
  if (clauses.length < 2 || clauses.length > 6 || !clauses.every((c) => c.folded.trim().split(/\s+/).length <= 2)) return clauses;
  const start = clauses[0]!.start;
  const end = clauses[clauses.length - 1]!.end;
  const between = foldText(text.slice(start, end));
  if (/[?\n]/.test(between)) return clauses;
  return [{ start, end, text: text.slice(start, end), folded: between.replace(/[.!…]+\s*/g, ' ').trim() }];
}

function contentEnd(clauses: Clause[]): number {
  return clauses.reduce((end, c) => Math.max(end, c.end), 0);
}

function startsSentence(text: string, clause: Clause): boolean {
  return /(?:^|[.!?\n…])[\s"'()]*$/u.test(text.slice(Math.max(0, clause.start - 40), clause.start));
}

function clauseAround(clauses: Clause[], offset: number): Clause | undefined {
  return clauses.find((c) => offset >= c.start && offset < c.end);
}

function fromRule(hit: RuleHit, clause: Clause): Candidate {
  return { intent: hit.intent, confidence: hit.confidence, source: 'rule', clause, rule: hit.rule, reason: hit.reason, questionKind: hit.questionKind };
}

function evidenceOf(text: string, span: { start: number; end: number }): Evidence {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

function clamp(x: number): number {
  return Number.isFinite(x) ? Math.max(0, Math.min(1, Math.round(x * 1000) / 1000)) : 0;
}

/** One entry per intent: the most confident. */
function dedupe(intents: ReplyIntent[]): ReplyIntent[] {
  const by = new Map<ReplyIntentName, ReplyIntent>();
  for (const i of intents) {
    const held = by.get(i.intent);
    if (!held || i.confidence > held.confidence) by.set(i.intent, i);
  }
  return [...by.values()];
}

/** Most confident first; `other` only when nothing else holds. */
function finish(intents: ReplyIntent[]): ReplyIntent[] {
  const kept = intents.length > 1 ? intents.filter((i) => i.intent !== 'other') : intents;
  return kept.sort((a, b) => b.confidence - a.confidence);
}
