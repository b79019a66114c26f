// Cuts a reply into clauses, each with its offsets in the original text, so that a mixed message
// ("I disputed the second invoice but will pay the first on Friday") is read piece by piece and
// every intent keeps the span that carries it.
//
// All matching works on a *folded* copy of the text that has exactly the original's length (one
// UTF-16 unit for one): lower case, accents dropped, curly apostrophes made straight. Offsets
// found in the folded copy are therefore offsets in what the customer wrote.

export interface Clause {
  start: number;
  end: number;
  /** The customer's words, as written. */
  text: string;
  /** The same span folded (see foldText): what the rules and the classifier look at. */
  folded: string;
}

const APOSTROPHES = /['’‘ʼ`´]/;

/** Lower case, diacritics dropped, apostrophes unified, never changing the length. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) {
      out += c; // half of an emoji or other astral character: kept as it is
      continue;
    }
    if (APOSTROPHES.test(c)) {
      out += "'";
      continue;
    }
    if (c === '\u00a0') {
      out += ' ';
      continue;
    }
    const lower = c.toLowerCase();
    const base = lower.length === 1 ? lower.normalize('NFD')[0]! : c;
    out += base.length === 1 ? base : c;
  }
  return out;
}

// Where one clause stops and the next begins. Sentence ends, line breaks, semicolons, and the
// joins that usually turn to a new subject: "but", "however", "also", "btw", their Spanish and
// French counterparts, and a comma followed by one of them or by a new request.
const SENTENCE_END = /(?:[.!?…]+(?=\s|$|[\p{Extended_Pictographic}"')\]])|[\n;]+|(?<=\p{Extended_Pictographic})\s+(?=\p{L}))/gu;
const JOINS = String.raw`but|however|although|though|also|and also|btw|by the way|otherwise|pero|aunque|sin embargo|ademas|y por favor|y ademas|mais|cependant|par contre|et aussi|et merci de|et arretez|y dejen`;
// A join word starts a clause: ", but", " but ", "; however"
const JOIN_BREAK = new RegExp(String.raw`(?:,\s*|\s+)(?=(?:${JOINS})\b)`, 'g');
// A comma followed by what opens a new request or statement ("..., stop sending these",
// "..., can someone call me", "..., who is this?")
const COMMA_BREAK =
  /,\s*(?=(?:can|could|would|will|please|pls|stop|who|what|how|why|when|where|is|are|do|does|did|i|i'm|im|i'll|ill|we|we'll|the|this|that|it|its|it's|had|just|now|then|so|puedo|podemos|pueden|por favor|quien|que|como|ya|no|je|j'|nous|pouvez|merci|c'est|qui)\b)/g;

/** The clauses of a text, in order, empty ones dropped. Always at least one for a non-blank text. */
export function splitClauses(text: string): Clause[] {
  return split(text, true);
}

/** The sentences of a text (cut at sentence ends and line breaks only), in order. */
export function splitSentences(text: string): Clause[] {
  return split(text, false);
}

function split(text: string, atJoins: boolean): Clause[] {
  const folded = foldText(text);
  const cuts = new Set<number>([0, text.length]);
  // A sentence keeps its closing mark ("who is this?" stays a question); a join is cut out.
  const breaks = atJoins ? ([[SENTENCE_END, true], [JOIN_BREAK, false], [COMMA_BREAK, false]] as const) : ([[SENTENCE_END, true]] as const);
  for (const [re, keepMark] of breaks) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      if (m[0].length === 0) {
        re.lastIndex += 1;
        cuts.add(m.index);
        continue;
      }
      // A full stop inside a number ("1,250.00") does not cut.
      if (/^\.$/.test(m[0]) && /\d$/.test(folded.slice(0, m.index)) && /^\d/.test(folded.slice(m.index + 1))) continue;
      if (!keepMark) cuts.add(m.index);
      cuts.add(m.index + m[0].length);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const clauses: Clause[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    let start = points[i]!;
    let end = points[i + 1]!;
    while (start < end && /[\s,.;:!?…\-–—()"*]/.test(text[start]!)) start += 1;
    while (end > start && /[\s,;:\-–—("*]/.test(text[end - 1]!)) end -= 1;
    if (end <= start) continue;
    const piece = folded.slice(start, end);
    if (!/[\p{L}\p{N}\p{Extended_Pictographic}?]/u.test(piece)) continue;
    clauses.push({ start, end, text: text.slice(start, end), folded: piece });
  }
  return clauses;
}

// Greetings, sign-offs and name lines of an email carry no intent; reading them as clauses only
// invites the classifier to guess.
const GREETING = /^(?:(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|greetings|to whom it may concern|hola|buenos dias|buenas tardes|buenas|estimad[oa]s?|bonjour|bonsoir|madame|monsieur)\b[^.!?]{0,40}|(?:sir\/madam|sir or madam))$/;
const SIGN_OFF = /^(?:(?:kind |best |warm |many )?(?:regards|wishes|thanks|thank you|cheers|best|sincerely|yours (?:sincerely|faithfully|truly)|thanks for your patience|un saludo|saludos(?: cordiales)?|atentamente|gracias|cordialement|bien a vous|merci|bien cordialement|salutations)\b.{0,20})$/;

/**
 * A clause that only greets or signs off, or a short line of the signature below a sign-off that
 * stands on its own line ("Kind regards,\nPriya\nAccounts Payable").
 */
export function isBoilerplate(clause: Clause, index: number, all: Clause[], text: string): boolean {
  const f = clause.folded.trim();
  if (GREETING.test(f) || SIGN_OFF.test(f)) return true;
  if (f.split(/\s+/).length > 6 || f.includes('?')) return false;
  for (let i = 0; i < index; i += 1) {
    const c = all[i]!;
    if (SIGN_OFF.test(c.folded.trim()) && /^[\s,.!]*\n/.test(text.slice(c.end))) return true;
  }
  return false;
}
