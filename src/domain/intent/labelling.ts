// Builders for labelled replies written in bulk (the fresh sets): a message received at one of a
// set's anchors (an instant and a time zone, the day its relative dates resolve from), and its
// intents in the corpus's labelling conventions (the header of ./corpus).
import type { LabelledReply } from './types';

export type Intents = LabelledReply['intents'];
type Anchors = Record<string, readonly [receivedAt: string, timeZone: string]>;

/** `m(id, anchor, channel, language, text, intents, extra?)` for a set whose messages arrive at `anchors`. */
export function atAnchors<A extends Anchors>(anchors: A) {
  return (
    id: string,
    at: keyof A,
    channel: LabelledReply['channel'],
    language: LabelledReply['language'],
    text: string,
    intents: Intents,
    extra: Pick<LabelledReply, 'subject' | 'headers'> = {},
  ): LabelledReply => {
    const [receivedAt, timeZone] = anchors[at]!;
    return { id, text, channel, language, receivedAt, timeZone, intents, ...extra };
  };
}

export const one = (intent: Intents[number]['intent']): Intents => [{ intent }];
export const promise = (dates: string[], amount?: string): Intents => [amount ? { intent: 'promise_to_pay', dates, amount } : { intent: 'promise_to_pay', dates }];
export const disp = (reason: NonNullable<Intents[number]['reason']>): Intents => [{ intent: 'dispute', reason }];
export const ask = (questionKind: NonNullable<Intents[number]['questionKind']>): Intents => [{ intent: 'question', questionKind }];
export const auto = (returnDate?: string): Intents => [returnDate ? { intent: 'auto_reply', returnDate } : { intent: 'auto_reply' }];
