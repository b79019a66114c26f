// Classifies an inbound SMS/WhatsApp text as an opt-out, opt-in, help request or ordinary reply.
//
// Two layers, both explainable:
//  1. Keywords, matched against the WHOLE message (case, surrounding punctuation, emoji and
//     repetition ignored): "STOP", " stop. ", "Stop!! 🛑", "STOP STOP", "opt-out", "stop all".
//     This mirrors the carrier/Twilio keyword handling.
//  2. Opt-out phrases in free text, each anchored on a stop/unsubscribe/remove verb whose object
//     is our messages or "me", and which must run to the end of its sentence (only polite filler
//     may follow). "stop texting me" matches; "stop texting me at work", "I can't stop by today",
//     "can I cancel my order?" and "the bus stop" do not.
// When in doubt the text stays a 'message', which goes to a human.

export const OPT_OUT_KEYWORDS = ['STOP', 'UNSUBSCRIBE', 'END', 'QUIT', 'STOPALL', 'REVOKE', 'OPTOUT', 'CANCEL'] as const;
export const OPT_IN_KEYWORDS = ['START', 'UNSTOP', 'YES'] as const;
export const HELP_KEYWORDS = ['HELP', 'INFO'] as const;

/**
 * Opt-out keywords that stay unambiguous with polite filler around them ("stop please",
 * "please unsubscribe") or as a sentence of their own ("I paid. STOP"). END, QUIT, CANCEL and
 * REVOKE only count alone: "cancel please" may be about an order, "the end" is not a request.
 */
export const UNAMBIGUOUS_OPT_OUT_KEYWORDS = ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'OPTOUT'] as const;

export type InboundKind = 'opt_out' | 'opt_in' | 'help' | 'message';
export interface InboundClassification {
  kind: InboundKind;
  /** The canonical keyword (upper case) when the whole message was a keyword. */
  keyword?: string;
}

const FILLER_WORDS = new Set(['please', 'thanks', 'thank', 'you', 'thx', 'ok', 'okay', 'now', 'it']);

export function classifyInbound(text: string): InboundClassification {
  const normalized = normalize(text);

  const keyword = wholeMessageKeyword(normalized);
  if (keyword) return keyword;

  for (const sentence of normalized.split(SENTENCE_BREAK)) {
    const s = sentence.trim().replace(/\s+/g, ' ');
    if (s && isOptOutSentence(s)) return { kind: 'opt_out' };
  }
  return { kind: 'message' };
}

/** Lower case, compatibility forms folded (full-width letters), apostrophes dropped, "do not" → "dont". */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘ʼ`´]/g, '')
    .replace(/\b(?:do|does|will) not\b/g, 'dont')
    .replace(/\bdid not\b/g, 'didnt')
    .replace(/\bwont\b/g, 'dont')
    .replace(/\b(?:pls|plz|plse)\b/g, 'please')
    .replace(/-/g, ' ');
}

function words(s: string): string[] {
  return s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function wholeMessageKeyword(normalized: string): InboundClassification | undefined {
  const all = words(normalized);
  if (all.length === 0) return undefined;
  const core = all.filter((w) => !FILLER_WORDS.has(w));
  const hasFiller = core.length !== all.length;
  if (core.length === 0) return undefined;

  // "opt out" / "stop all" / "un subscribe" join into one keyword; "stop stop" is a repetition.
  const joined = core.join('').toUpperCase();
  const candidate = isKeyword(joined) ? joined : core.every((w) => w === core[0]) ? core[0]!.toUpperCase() : undefined;
  if (!candidate) return undefined;

  if ((OPT_OUT_KEYWORDS as readonly string[]).includes(candidate)) {
    if (hasFiller && !(UNAMBIGUOUS_OPT_OUT_KEYWORDS as readonly string[]).includes(candidate)) return undefined;
    return { kind: 'opt_out', keyword: candidate };
  }
  if (hasFiller) return undefined; // "yes please" / "help me" are replies, not keywords
  if ((OPT_IN_KEYWORDS as readonly string[]).includes(candidate)) return { kind: 'opt_in', keyword: candidate };
  if ((HELP_KEYWORDS as readonly string[]).includes(candidate)) return { kind: 'help', keyword: candidate };
  return undefined;
}

function isKeyword(word: string): boolean {
  return ([...OPT_OUT_KEYWORDS, ...OPT_IN_KEYWORDS, ...HELP_KEYWORDS] as readonly string[]).includes(word);
}

// Sentence punctuation, emoji and other symbols all end a sentence; hyphens were made spaces.
const SENTENCE_BREAK = /[^\p{L}\p{N}\s]+/u;

// Building blocks for the phrase rules (input is normalized: lower case, no apostrophes).
const ME = String.raw`(?:me|us|this number|my number|my phone(?: number)?|my cell(?: number)?|this phone)`;
const DET = String.raw`(?:(?:the|these|those|this|your|ur|my|all|any|more|such|further|of|automated|automatic)\s+){0,3}`;
const NOUN = String.raw`(?:text messages?|texts?|txts?|sms(?:es)?|messages?|msgs?|reminders?|notifications?|alerts?|whatsapp(?: messages?)?|whatsapps|emails?|spam)`;
const LIST = String.raw`(?:(?:mailing|contact|texting|text|sms|distribution|call)\s+)?(?:list|lists|database|system|records|contacts)`;
// Contact verbs; calling is left out on purpose ("don't call me, text me" is not an opt-out).
const VERB_ING = String.raw`(?:texting|txting|messaging|msging|contacting|spamming|emailing|bothering|harassing|pestering|hounding|bugging|pinging|whatsapping)`;
const VERB = String.raw`(?:text|txt|message|msg|contact|spam|email|bother|harass|pester|hound|bug|ping|whatsapp)`;
// Only polite filler may follow a phrase before its sentence ends.
const TRAILER = String.raw`(?:\s+(?:please|now|right now|anymore|any more|again|ever|ever again|immediately|asap|for good|forever|permanently|thanks|thank you|thx|ok|okay|already|at all|here|on here|on whatsapp|by text|via text|via sms))*$`;

export interface PhraseRule {
  name: string;
  pattern: RegExp;
  /** Reject when a negation or "why/did you" comes right before ("don't stop texting me"). */
  negatable: boolean;
}

const rule = (name: string, source: string, negatable = true): PhraseRule => ({
  name,
  pattern: new RegExp(String.raw`\b${source}${TRAILER}`),
  negatable,
});

export const OPT_OUT_PHRASE_RULES: readonly PhraseRule[] = [
  // "stop texting me", "quit messaging us", "stop texting and calling me"
  rule('stop-contacting', String.raw`(?:stop|quit|cease)\s+${VERB_ING}(?:\s+${ME})?(?:\s+(?:and|or)\s+(?:calling|${VERB_ING})(?:\s+${ME})?)?`),
  // "stop sending me messages", "stop sending these reminders to my number"
  rule('stop-sending', String.raw`(?:stop|quit|cease)\s+sending\s+(?:(?:me|us)\s+)?${DET}${NOUN}(?:\s+to\s+${ME})?`),
  // "stop the messages", "cancel these reminders", "end all texts"
  rule('stop-messages', String.raw`(?:stop|end|cancel|quit)\s+${DET}${NOUN}(?:\s+(?:to|for)\s+${ME})?`),
  // "don't text me anymore", "do not contact me", "never message me again"
  rule('dont-contact', String.raw`(?:dont|never|no longer)\s+(?:ever\s+)?${VERB}\s+${ME}`, false),
  // "don't send me any more texts"
  rule('dont-send', String.raw`(?:dont|never)\s+(?:ever\s+)?send\s+(?:me|us)\s+(?:any\s*more\s+)?${DET}${NOUN}`, false),
  // "I don't want these messages", "I no longer wish to receive texts", "don't want to be contacted"
  rule('dont-want', String.raw`(?:dont|no longer)\s+(?:want|wish)\s+(?:to\s+(?:receive|get)\s+)?(?:any\s*more\s+)?${DET}${NOUN}`, false),
  rule('dont-want-contact', String.raw`(?:dont|no longer)\s+(?:want|wish)\s+to\s+be\s+(?:contacted|texted|messaged|emailed)`, false),
  // "no more texts please"
  rule('no-more', String.raw`no\s+more\s+${DET}${NOUN}`, false),
  // "remove me from your list", "unsubscribe me", "opt me out", "delete my number"
  rule('remove-me', String.raw`(?:remove|delete|erase|unsubscribe|unenroll|unenrol|opt)\s+${ME}(?:\s+out)?(?:\s+(?:from|off|out of|of)\s+${DET}(?:${LIST}|${NOUN}))?`),
  // "take me off your list"
  rule('take-me-off', String.raw`take\s+${ME}\s+off\s+${DET}(?:${LIST}|${NOUN})`),
  // "I want to unsubscribe", "how do I opt out", "opt out of these texts"
  rule('unsubscribe', String.raw`(?:unsubscribe|unsub|opt\s+out|optout|opting\s+out)(?:\s+(?:from|of)\s+${DET}(?:${LIST}|${NOUN}|this|these|you|it|this number|this service))?`),
  rule('leave-me-alone', String.raw`leave\s+me\s+alone`, false),
];

// "don't (ever) stop …", "never stop …", "why (did you) stop …", "did you stop …"
const NEGATED_BEFORE = /\b(?:(?:dont|didnt|never)(?:\s+\S+)?|whyd?(?:\s+(?:did|do|would|dont|didnt))?(?:\s+(?:you|u))?|did (?:you|u))\s+$/;

function isOptOutSentence(sentence: string): boolean {
  // A sentence that is only STOP (with filler) counts: "I paid already. STOP".
  const own = wholeMessageKeyword(sentence);
  if (own?.kind === 'opt_out' && (UNAMBIGUOUS_OPT_OUT_KEYWORDS as readonly string[]).includes(own.keyword ?? '')) return true;

  return OPT_OUT_PHRASE_RULES.some(({ pattern, negatable }) => {
    const m = pattern.exec(sentence);
    if (!m) return false;
    return !(negatable && NEGATED_BEFORE.test(sentence.slice(0, m.index)));
  });
}
