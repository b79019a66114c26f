// Deterministic rules of the reply reader: where the wording decides, a rule answers with a fixed
// confidence and the trained classifier is not asked. Every rule works on one folded clause
// (lower case, no accents, straight apostrophes: see sentences.ts) and names itself, so a reading
// can always say why.
//
// Rules come in two kinds:
//  - hits: "this clause says X" (with the span that says it);
//  - vetoes: "whatever the classifier thinks, this clause does not say X" ("haven't paid yet" is
//    not paid_already; "never got the invoice" is a request for a copy, not a dispute).
import { classifyInbound } from '../inboundText';
import { foldText } from './sentences';
import type { DisputeReason, QuestionKind, ReplyIntentName } from './types';

export interface RuleHit {
  intent: ReplyIntentName;
  confidence: number;
  /** Offsets in the text the rule read (the clause folded, text-speak spelled out). */
  start: number;
  end: number;
  rule: string;
  reason?: DisputeReason;
  questionKind?: QuestionKind;
}

export interface ClauseRuling {
  hits: RuleHit[];
  vetoes: Set<ReplyIntentName>;
}

/** Confidence of a decisive rule (wording that leaves no doubt) and of a suggestive one. */
export const DECISIVE = 0.95;
export const SUGGESTIVE = 0.8;

const re = (source: string, flags = '') => new RegExp(source, flags);

// ---------------------------------------------------------------------------------------------
// Auto-replies

/**
 * Headers that mark a machine-sent email (RFC 3834 and the de-facto ones). X-Auto-Response-Suppress
 * only asks *us* not to auto-answer and says nothing about the message itself.
 */
export function autoReplyHeader(headers: Record<string, string> | undefined): string | undefined {
  if (!headers) return undefined;
  for (const [rawName, rawValue] of Object.entries(headers)) {
    const name = rawName.trim().toLowerCase();
    const value = String(rawValue ?? '').trim().toLowerCase();
    if (name === 'auto-submitted' && value !== '' && value !== 'no') return `Auto-Submitted: ${value}`;
    if ((name === 'x-autoreply' || name === 'x-autorespond' || name === 'x-autoresponder') && value !== 'no' && value !== 'false')
      return `${rawName}: ${value}`;
    if (name === 'precedence' && /^(?:auto_reply|auto-reply|bulk|junk)$/.test(value)) return `Precedence: ${value}`;
  }
  return undefined;
}

// Text that only an automatic responder writes. Phrases a person could use in a real reply
// ("I'm on sick leave and money is tight") need the absence to be bounded ("until", "back on").
const AUTO_REPLY_TEXT: ReadonlyArray<[string, RegExp]> = [
  ['out-of-office', /\bout of (?:the )?office\b|\booo\b|\bout of office\b/],
  ['automatic-reply', /\b(?:automatic|automated|auto)[- ]?(?:reply|response|message|answer|generated)\b|\bthis is an automated\b|\bauto-?reply\b/],
  ['mailbox-not-monitored', /\b(?:mailbox|inbox|e-?mail address|address|account)\b[^.]{0,30}\b(?:not|no longer|isn't|is not)\b[^.]{0,15}\b(?:monitored|in use|checked|active|attended|read)\b/],
  ['do-not-reply', /\b(?:please )?do not reply to this (?:e-?mail|message)\b|\bno-?reply\b/],
  ['away-bounded', /\b(?:away|on (?:\w+ )?(?:leave|vacation|holiday|holidays)|travel(?:l)?ing|attending a conference|off work|away from (?:my|the) desk)\b[^.]{0,60}\b(?:until|till|back (?:on|in|tomorrow|next)|return(?:ing)? on|will return|will be back|limited access|checking (?:e-?mail|messages) (?:intermittently|occasionally)|patchy)\b/],
  ['limited-access', /\b(?:limited|no) access to (?:my )?(?:e-?mail|e-?mails|messages|the internet)\b/],
  ['respond-on-return', /\b(?:respond|reply|get back to you|answer)\b[^.]{0,40}\b(?:on my return|when i(?:'m| am) back|upon my return|when i return)\b/],
  ['ticket-acknowledgement', /\b(?:we have|we've) received your (?:message|e-?mail|enquiry|inquiry|request)\b|\byour (?:message|e-?mail|request) has been received\b|\bticket (?:number|no|#|id|reference)\b/],
  ['closed-business-hours', /\b(?:we are|we're|our office is|the office is|office is) (?:currently )?(?:closed|away|out)\b[^.]{0,80}\b(?:reply|respond|answer|reopen|business hours|return)\b|\bduring (?:our )?business hours\b/],
  ['cannot-receive', /\b(?:this|the) (?:number|line|mobile|inbox|address) (?:does not|doesn'?t|cannot|can'?t|is unable to) (?:accept|receive|take) (?:text|sms|whatsapp|e-?mail)/],
  ['delivery-failure', /\b(?:message|e-?mail|mail) (?:could not|couldn'?t|cannot|can'?t|was not|wasn'?t) be delivered\b|\bmailbox (?:is )?full\b|\bover (?:its|the) (?:storage )?quota\b|\bundeliverable\b|\bdelivery status notification\b|\bdelivery (?:has )?failed\b(?= to )/],
  ['tagged-automated', /\[(?:automated|automatic|auto-?reply|auto-?response|automatic reply)\]/],
  ['driving', /\bi(?:'m| am) driving\b|\bdriving (?:mode|right now)\b|\bsee your message when\b/],
  ['will-respond', /\bthank(?:s| you) for (?:your|the) (?:e-?mail|message|enquiry|inquiry)\b[^.]{0,40}[.!]?\s*(?:i|we) (?:will|shall|'ll) (?:respond|reply|get back to you|be in touch)\b|\bthank(?:s| you) for (?:your |the )?(?:text|sms|message|call|whatsapp|messaging|texting|contacting (?:us|me))\b[^?]{0,80}\b(?:will|'ll|shall) (?:get back to you|respond|reply|be in touch|text (?:you )?back|call (?:you )?back)\b(?![^.]*\b(?:pay|paid|invoice)\b)|\b(?:experiencing|high) (?:high |a high )?(?:volumes?|demand)\b[^.]{0,60}\b(?:respond|reply|get back)\b|\b(?:we|i) (?:will|shall|'ll) (?:respond|reply|get back to you) (?:within \d+|as soon as possible|shortly|at the earliest)\b(?![^.]*\b(?:pay|paid|invoice)\b)/],
  ['unavailable-later', /\b(?:i am|i'm) (?:currently )?unavailable\b[^.]{0,40}\b(?:get back|respond|reply)\b/],
  // Spanish
  ['es-out-of-office', /\bfuera de (?:la )?oficina\b|\bausente\b[^.]{0,40}\bhasta\b|\bde vacaciones hasta\b/],
  ['es-automatic', /\b(?:respuesta|mensaje) automatic[oa]\b|\beste (?:buzon|correo)\b[^.]{0,20}\bno se (?:revisa|supervisa|lee|atiende)\b/],
  ['es-later', /\ben este momento no (?:podemos|puedo) atender(?:te|le|les)?\b|\b(?:te|le|les) responderemos\b/],
  // French
  ['fr-out-of-office', /\babsente? du bureau\b|\b(?:en conges?|absente?|en deplacement|en vacances|en formation|en arret)\b[^.]{0,60}\bjusqu'?(?:au|a)\b|\bde retour le\b|\bsans acces a (?:mes|ma|mon) (?:mails|e-?mails|courriels|messagerie|boite)\b/],
  ['fr-automatic', /\b(?:reponse|message) automatique\b|\b(?:adresse|boite)\b[^.]{0,20}\bn'est (?:pas|plus) (?:consultee|lue|surveillee)\b/],
  ['fr-later', /\bnous vous repondrons\b|\bje vous repondrai (?:a|des) mon retour\b/],
];

/** Subjects mail clients give their automatic answers ("Automatic reply: …", "Out of Office: …"). */
const AUTO_REPLY_SUBJECT = /^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|ooo|away|on leave|absence|respuesta automatica|fuera de la oficina|reponse automatique|absent(?:e)?|absence du bureau)\s*[:\-–]/;

export function autoReplySubject(subject: string | undefined): boolean {
  return subject !== undefined && AUTO_REPLY_SUBJECT.test(foldSubject(subject));
}

/** A subject without its "Re:"/"Fwd:" prefixes, folded. */
export function foldSubject(subject: string): string {
  return foldText(subject).replace(/^(?:\s*(?:re|fw|fwd|tr|rv|aw)\s*:\s*)+/, '');
}

/**
 * Wording no person uses in a reply of their own. The other auto-reply wording ("I'm away until
 * Monday") a person may write too, so it decides only when the message says nothing else.
 */
const MACHINE_ONLY = new Set(['delivery-failure', 'automatic-reply', 'cannot-receive', 'tagged-automated', 'mailbox-not-monitored', 'do-not-reply', 'ticket-acknowledgement', 'driving', 'es-automatic', 'fr-automatic']);

export function autoReplyText(folded: string): { rule: string; start: number; end: number; machineOnly: boolean } | undefined {
  for (const [rule, pattern] of AUTO_REPLY_TEXT) {
    const m = pattern.exec(folded);
    if (m) return { rule, start: m.index, end: m.index + m[0].length, machineOnly: MACHINE_ONLY.has(rule) };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Opt-out: classifyInbound (the SMS floor) first, then the free-text wording of email and WhatsApp.

const OUR_MESSAGES = String.raw`(?:(?:these|those|the|your|any|all|such|further|more|future|automated|sms|text|e-?mail|whatsapp|payment|collection|invoice)\s+){0,3}(?:e-?mails?|messages?|msgs?|texts?|sms(?:es)?|reminders?|notifications?|alerts?|whatsapps?|chasers?|letters|calls|mails?|communications?|correspondence|spam|marketing|newsletters?|contact|stuff)`;
const ME = String.raw`(?:me|us|my (?:e-?mail|address|e-?mail address|number|phone number|details|contact details|name)|this (?:e-?mail|address|e-?mail address|number|phone)|our (?:e-?mail|address|details))`;
const LIST = String.raw`(?:(?:your|the|this|our|these|any|all|a)\s+)?(?:(?:mailing|e-?mail|contact|distribution|sms|text|texting|reminder|call|marketing)\s+)?(?:lists?|database|system|records|contacts)`;
const CONTACT_ING = String.raw`(?:texting|txting|messaging|msging|contacting|spamming|e-?mailing|bothering|harassing|pestering|hounding|bugging|badgering|chasing me|whatsapping|writing to (?:me|us|her|him|them|this (?:address|number))|blowing up (?:my|our|this) (?:phone|inbox|cell|mobile)|ringing (?:me|us|this number)|calling (?:me|us|this number)|sending (?:me |us )?(?:${OUR_MESSAGES}|these|them|this|stuff|things))`;
const CONTACT = String.raw`(?:text|txt|message|msg|contact|spam|e-?mail|bother|harass|pester|hound|whatsapp|write to)`;
/** After an opt-out phrase: what turns it into a pause or a look-alike ("until Friday", "at work"). */
const PAUSE_AFTER = /^\s*(?:until|till|til|before|for now|for (?:a|the next|\d+) |while|this week|at work|about (?!(?:it|this|that|the (?:invoice|bill|debt|account|payment)|my (?:invoice|bill|debt|account))\b)|so much|so often|in the morning|at night|after)/;

const OPT_OUT_TEXT: ReadonlyArray<[string, RegExp, boolean]> = [
  // [name, pattern, whether a pause or object may not follow]
  ['stop-contacting', re(String.raw`\b(?:stop|quit|cease|please stop|refrain from|desist from)\s+${CONTACT_ING}`), true],
  ['stop-the-messages', re(String.raw`\b(?:stop|end|cancel|quit)\s+(?:all\s+|the\s+|these\s+|those\s+|your\s+|any\s+)*${OUR_MESSAGES}\b`), true],
  ['dont-contact', re(String.raw`\b(?:don'?t|do not|never|no longer|stop)\s+(?:ever\s+)?${CONTACT}\s+${ME}\b`), true],
  ['dont-send', re(String.raw`\b(?:don'?t|do not|never)\s+(?:ever\s+)?send\s+(?:me|us)\s+(?:any\s*more\s+|any\s+)?${OUR_MESSAGES}`), true],
  ['dont-want', re(String.raw`\b(?:don'?t|do not|no longer)\s+(?:want|wish|consent)\s+(?:to\s+(?:receive|get|be sent)\s+)?(?:any\s*(?:more|further)\s+|to\s+)?${OUR_MESSAGES}`), false],
  ['dont-want-contact', re(String.raw`\b(?:don'?t|do not|no longer)\s+(?:want|wish|consent)\s+to\s+be\s+(?:contacted|texted|messaged|e-?mailed|chased)`), false],
  ['not-consent', re(String.raw`\b(?:don'?t|do not)\s+consent\s+to\s+(?:${OUR_MESSAGES}|this|being contacted)`), false],
  ['no-more', re(String.raw`\bno\s+(?:more|further)\s+${OUR_MESSAGES}`), true],
  ['remove-me', re(String.raw`\b(?:remove|delete|erase|unsubscribe|unenroll|unenrol|opt)\s+${ME}(?:\s+out)?(?:\s+(?:from|off|out of|of)\s+(?:${LIST}|${OUR_MESSAGES}))?`), true],
  ['remove-from-list', re(String.raw`\b(?:remove|delete|take)\b[^.]{0,30}\b(?:from|off)\s+${LIST}`), false],
  ['take-me-off', re(String.raw`\btake\s+${ME}\s+off\b`), false],
  ['be-removed', re(String.raw`\b(?:i|we|i'd|we'd)\b(?:\s+\w+){0,3}\s+(?:be|been|get|getting) (?:removed|taken off|unsubscribed|deleted|erased|opted out)\b|\bbe (?:removed|taken off|unsubscribed|deleted) (?:from|off) (?:${LIST}|${OUR_MESSAGES})`), true],
  ['unsubscribe', /\b(?:unsubscribe|unsub|opt[- ]?out|opting out)\b/, false],
  ['leave-me-alone', /\bleave (?:me|us) alone\b|^(?:please |just |now )?(?:go away|get lost|piss off|bugger off|sod off|fuck off|f off)\b/, false],
  ['stop-receiving', re(String.raw`\b(?:stop|quit|no longer) (?:receiving|getting) (?:${OUR_MESSAGES}|these|them|this|anything)`), true],
  ['dont-send-anything', /\b(?:don'?t|do not|never) (?:ever )?send (?:me|us) (?:anything|any more|anymore|nothing)\b/, true],
  ['cease', /\bcease and desist\b|\b(?:cease|stop|end|halt) (?:all |any )?(?:further )?(?:contact|communications?|correspondence)\b/, false],
  ['quit-it-with', re(String.raw`\b(?:quit|stop|knock it off|cut it out|enough)\b(?: it)?\s+with\s+(?:the |these |your |all the |all these )?${OUR_MESSAGES}`), false],
  ['enough', re(String.raw`\benough (?:with )?(?:the |these |your |all the )?${OUR_MESSAGES}`), false],
  ['lose-my-number', /\b(?:lose|forget|bin|scrap) my (?:number|e-?mail|address|details)\b/, false],
  ['dont-hear', /\b(?:don'?t|do not|never) (?:want|wish) to hear from (?:you|u|your company) (?:again|anymore|any more|ever)\b/, false],
  // Consent is the legal ground for contact: withdrawing it is an opt-out whatever follows.
  ['withdraw-consent', /\b(?:withdraw\w*|revok\w*|retract\w*|rescind\w*)\s+(?:my |our |all |any )?(?:consent|permission)\b/, false],
  ['want-out', re(String.raw`\bwant (?:out|off) (?:of )?${LIST}`), false],
  // Spanish
  ['es-baja', /\b(?:baja|darme de baja|dar(?:me)? de baja|denme de baja|den de baja)\b/, false],
  ['es-no-escriban', /\bno (?:me|nos) (?:escrib\w*|envi\w*|mand\w*|contact\w*|molest\w*|llam\w*|mensaje\w*)(?: \w+){0,3} mas\b/, false],
  ['es-ya-no', /\bya no (?:me|nos) (?:escrib\w*|envi\w*|mand\w*|contact\w*|molest\w*|llam\w*|mensaje\w*)\b/, false],
  ['es-no-enclitic', /\bno (?:enviarme|escribirme|mandarme|contactarme|llamarme|molestarme|enviarnos|escribirnos|mandarnos|contactarnos)\b(?: \w+){0,3} (?:mas|nunca mas)\b/, false],
  ['es-no-vuelvan', /\bno (?:me |nos )?(?:vuelvan|vuelvas|vuelva|volvais) a (?:escribir|llamar|contactar|enviar|mandar|molestar)\w*/, false],
  ['es-dejen-de', /\b(?:dejen|deja|deje|dejad|paren|para|pare|dejar) de (?:escribir\w*|enviar\w*|mandar\w*|contactar\w*|molestar\w*|llamar\w*)/, false],
  ['es-no-quiero', /\bno (?:quiero|deseo) (?:recibir|que me (?:escriban|envien|contacten))\b/, false],
  ['es-eliminen', /\b(?:eliminen|eliminar|borren|borrar|quiten|quitar|saquen|sacar)(?:me)?\b[^.]{0,40}\b(?:lista|base de datos|listado)\b|\b(?:eliminen|eliminar|borren|borrar|quiten|quitar)(?:me)? (?:mi|este|mis) (?:numero|correo|telefono|e-?mail|datos|direccion)\b/, false],
  // Imperative with an enclitic "me": "bórrenme", "sáquenme de la lista".
  ['es-borrenme', /\b(?:borr|elimin|quit|saqu|sac)(?:en|a|ad|e)(?:me|nos)\b(?=\s*(?:$|[.,;!]|por favor|porfa|de (?:la|las|su|sus|vuestra|vuestras|esta|este|sus)\b|ya\b))/, false],
  ['es-no-mas', /\bno (?:quiero|deseo) (?:recibir )?(?:mas|ningun) (?:mensajes?|correos?|sms|whatsapps?|recordatorios?|e-?mails?)\b/, false],
  // French
  ['fr-desabonner', /\b(?:desabonn\w*|desinscri\w*|me retirer|retirez[- ]moi|supprimez[- ]moi)\b|\b(?:supprimez|retirez|effacez) (?:mon|mes|notre) (?:numero|adresse|coordonnees|donnees|e-?mail|contact)\b/, false],
  ['fr-ne-veux-plus', /\bne (?:veux|souhaite|desire|voulons|souhaitons) plus (?:recevoir|etre (?:contacte|relance|sollicite)e?s?)\b/, false],
  ['fr-ne-plus', /\bne (?:me |m'|nous )?(?:contactez|ecrivez|envoyez|appelez|relancez) plus\b|\bne plus (?:me |m'|nous )?(?:contacter|ecrire|recevoir|relancer|envoyer)\b/, false],
  // imperative or infinitive ("Veuillez cesser de m'envoyer ces courriels", "merci d'arrêter les SMS")
  ['fr-arretez', /\b(?:arretez|arrete|cessez|arreter|cesser) (?:de m'|de me |de nous |d'|les |tout envoi|toute (?:communication|relance))\w*/, false],
];

/** Whole-message keywords other than the carrier ones that clerks still read as opt-outs. */
const EXTRA_OPT_OUT_KEYWORDS = /^\W*(?:remove|remove me|baja|stop|arret|arreter|alto|desabonner|desinscrire)\W*$/u;

export interface OptOutHit {
  rule: string;
  start: number;
  end: number;
}

/** Is this clause (folded) an opt-out request? Look-alikes ("stop by the office") are not. */
export function optOutInClause(folded: string): OptOutHit | undefined {
  if (EXTRA_OPT_OUT_KEYWORDS.test(folded)) return { rule: 'keyword', start: 0, end: folded.length };
  if (classifyInbound(folded).kind === 'opt_out') return { rule: 'inbound-text', start: 0, end: folded.length };
  for (const [rule, pattern, pausable] of OPT_OUT_TEXT) {
    const m = pattern.exec(folded);
    if (!m) continue;
    const before = folded.slice(0, m.index);
    // "don't stop texting me", "why did you stop sending reminders?"
    if (/\b(?:don'?t|do not|didn'?t|never|why(?: did| do)?(?: you)?|did you|if you|when you|whether)\s+(?:\w+\s+)?$/.test(before) && !rule.startsWith('dont')) continue;
    if (pausable && PAUSE_AFTER.test(folded.slice(m.index + m[0].length))) continue;
    return { rule, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Time: days a promise can name. Only used to decide that a promise is dated; the dates
// themselves come from promiseTerms.

const WEEKDAY = String.raw`(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?|wednesday|saturday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche`;
const MONTH = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre`;
const DATED = re(
  String.raw`\b(?:` +
    [
      'today|tonight|tmrw|tmr|tmrow|tomorow|tomorrow|2moro|2morrow|this (?:evening|afternoon|arvo)|first thing|later today',
      String.raw`(?:next|this|coming|by|on|until|till|before) (?:${WEEKDAY})`,
      WEEKDAY,
      String.raw`(?:end|close) of (?:the |this |next )?(?:month|week)|eom|eow|month end|month-end|end of month`,
      String.raw`(?:next|this|the coming) (?:week|weekend|month)|(?:after|by|till|until|til|over|on|before) the weekend|the day after tomorrow`,
      String.raw`in (?:\d+|a|an|one|two|three|four|five|six|seven|ten|a few|a couple of) (?:(?:business|working|banking) )?(?:days?|weeks?|fortnight)|in a fortnight|(?:give me|give us|within|in the next|within the next) (?:\d+|a|one|two|three|four|five|six|seven|ten|a few|a couple of) (?:(?:business|working|banking) )?(?:days?|weeks?)|(?:give me|give us|within|have|in) a fortnight|(?:the )?(?:first|1st|start|beginning) of (?:the|next) month`,
      String.raw`(?:the )?\d{1,2}(?:st|nd|rd|th)\b|(?:on|by|until|till|before) (?:the )?\d{1,2}\b`,
      String.raw`\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?!\s*(?:business |working |banking |calendar )?(?:days?|weeks?|months?|hours?|hrs?|mins?|minutes|units?|items?|pcs|people|times|x)\b)`,
      String.raw`(?:${MONTH}) \d{1,2}|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTH})|\d{1,2} de (?:${MONTH})`,
      String.raw`hoy|manana|pasado manana|esta (?:tarde|noche|semana)|fin de mes|final de mes|(?:finales|fines) de(?:l)? mes|(?:la )?semana (?:que viene|proxima)|(?:la )?proxima semana|el (?:dia )?(?:\d{1,2}|proximo \w+)\b|en \d+ dias`,
      String.raw`aujourd'?hui|demain|ce soir|cette semaine|fin (?:du|de) mois|(?:la )?semaine prochaine|le \d{1,2}\b|(?:avant|d'ici|jusqu'au) (?:le )?\d{1,2}|dans \d+ jours|sous \d+ jours(?: ouvres| ouvrables)?|(?:dans|d'ici) une quinzaine`,
    ].join('|') +
    String.raw`)(?![\p{L}\p{N}])`,
  'u',
);
/** Days a customer cannot name yet: the promise holds, undated. */
const VAGUE_TIME = /\b(?:pay ?day|(?:when|once|as soon as|after) (?:they|he|she|the \w+|my \w+|our \w+) (?:pay|pays|paid|settle|settles) (?:me|us)|when (?:i|we) (?:get|am|are) paid|when (?:my|our|the) (?:salary|wages|pay|paycheck|pension|refund|tax refund|benefits?|money|client|loan|check|cheque)\b|(?:salary|wages|pension|paycheck|refund) (?:comes|lands|arrives|goes|clears|is in)|(?:when|once|after|as soon as) (?:i|we) (?:get|am|are) paid|(?:when|once|after|as soon as) (?:i|we) (?:get|receive|have) (?:my|our|the)? ?(?:tax )?(?:refund|salary|wages|pay|paycheck|pension|loan|bonus|money|benefits|payment)|next month|soon|shortly|asap|as soon as (?:i|we) can|cuando cobre|cuando me paguen|(?:when|once|as soon as) (?:my|our|the) \w+(?: \w+)? (?:comes? (?:through|in)|arrives?|lands?|clears?|is paid|pays out)|a principios de mes|des que possible|le mois prochain|el mes que viene|el proximo mes)\b/;

export function isDated(folded: string): boolean {
  return DATED.test(folded);
}

// ---------------------------------------------------------------------------------------------
// Strong clause rules

/** A future or modal verb a few words before: what follows is still to be done ("I will put a cheque in the post"). */
const FUTURE_BEFORE = /\b(?:will|'ll|ll|shall|gonna|going to|about to|plan(?:ning)? to|intend to|try to|can|could|would|should|need to|have to|got to|want to|wanna)\s+(?:(?!(?:i|we|you|u|he|she|they)\b)\S+\s+){0,4}$/;
const NEGATION_BEFORE = /\b(?:not|never|no|n't|nt|havent|hasnt|haven't|hasn't|didnt|didn't|dont|don't|cant|can't|cannot|wont|won't|unable to|yet to|neither|nor|nunca|jamais|pas|ne)\s+(?:\w+\s+){0,2}$/;

/** Past payment: "paid yesterday", "we've settled it", "transfer done", "ya pagué", "déjà payé". */
const PAID_PAST: ReadonlyArray<[string, RegExp]> = [
  ['paid', /\b(?:paid|payed|pd|settled|transferred|wired|remitted)\b/],
  ['sent-money', /\b(?:sent|posted|mailed|made|done|submitted|initiated|completed|processed)\b(?:\s+(?:you|u|over|off|through))?\s+(?:the |a |my |our |your |full |that )?(?:money|payment|transfer|funds|cheque|check|bacs|amount|balance|remittance|e-?transfer)\b/],
  ['bank-run-went', /\b(?:bacs|chaps|ach|wire|payment|transfer|money|funds)\s+went(?=\s*(?:$|[,.!;]|through|out|off|across|over|yesterday|today|this|last|earlier|in\b|on (?:the )?\d|on (?:mon|tue|wed|thu|fri|sat|sun)|ref))/],
  ['payment-made', /\b(?:payment|pmt|pymt|transfer|cheque|check|money|funds|e-?transfer|bank transfer|remittance|transaction|bacs|chaps|ach|wire)(?:'s)?\b(?:\s+[^\s.?!]+){0,5}?\s+(?:was |has been |is |have been |were |got )?(?:made|sent|done|completed|(?:went|gone) (?:through|out|across|over|in|off)|posted|mailed|left|processed|cleared|submitted|issued|released|initiated|actioned|executed|authori[sz]ed|disbursed|remitted|credited|deposited|lodged|transmitted)\b|\bwent through\b|\bremittance\b[^.]{0,60}\b(?:was|were|has been|have been) (?:released|sent|made|issued|transmitted|remitted)\b/],
  ['sent-it', /\b(?:i|we|he|she|just|already)\s+(?:already\s+)?(?:sent|transferred|wired)\s+(?:it|this|that|them)\b(?!\s+back)|^(?:sent|transferred|wired) (?:it|this|that)\b(?!\s+back)/],
  ['left-our-account', /\b(?:auto-?pay|direct debit|standing order)\b[^.?]{0,20}\b(?:should have|must have|would have|already)\s+(?:taken|paid|come out|gone out)\b|\b(?:left|came out of|went out of|taken from|debited from) (?:our|my) (?:account|bank)\b|\b(?:is|was) in your account\b|\b(?:should|must) (?:be|have landed|have arrived) (?:in|with) your (?:account|bank)(?: by)? (?:now|already)\b/],
  ['did-you-receive', /\b(?:did|have) (?:you|u) (?:receive|receieve|get|got|seen)d? (?:my|our|the) (?:payment|money|transfer|funds|cheque|check)\b|\bconfirm (?:receipt|you (?:have )?received (?:my|our|the) payment)\b|\breceived our payment\b|\bremittance (?:advice )?(?:is )?attached\b|\b(?:attached|enclosed|attaching|here is|please find)\b[^.]{0,25}\b(?:proof of payment|remittance|payment (?:confirmation|receipt)|receipt|transfer confirmation|bank confirmation)\b|\bproof of payment (?:is )?(?:attached|enclosed)\b/],
  // A plain verb with a past marker: "I pay yesterday with card", "I have make the payment already".
  ['verb-with-past-marker', /\b(?:i|we|mi)\s+(?:have\s+|had\s+|already\s+)?(?:pay|make|made|did|send|transfer|deposit)\b(?:\s+[^\s.?!]+){0,4}?\s+(?:already|yesterday|last (?:week|night|month|mon|tues|wednes|thurs|fri|satur|sun)(?:day)?|\d+ days ago|ago)\b/],
  ['handed-over', /\b(?:gave|handed|left|paid)\s+(?:over\s+)?(?:the |my |our |a )?(?:cash|money|cheque|check|payment)\s+(?:to|with)\s+(?:your|the|ur)\b/],
  ['did-pay', /\b(?:i|we|they|he|she)\s+(?:did|have|had)\s+(?:actually |already |definitely |really |certainly |in fact )?(?:pay|paid|settle|settled)\b(?!\s+(?:for|attention))/],
  ['sent-via-rail', /\b(?:sent|paid|done|made|transferred)\s+(?:it\s+)?(?:via|by|through|over|with) (?:eft|bacs|ach|wire|bank transfer|transfer|paypal|zelle|venmo|interac|e-?transfer|neft|rtgs|imps|upi|swift|chaps|faster payments?|card|online banking)\b/],
  ['discharged', /\b(?:discharged|settled) (?:in full )?(?:by|via|through) (?:wire|bank|bacs|chaps|ach|cheque|check|transfer|card)\b/],
  ['it-cleared', /\b(?:it|its|that|this one)\s+(?:has\s+|'s\s+)?(?:cleared|went through|gone through|went out)\b/],
  ['paid-off', /\bpaid (?:it |this |that )?off\b/],
  ['paid-by-app', /\b(?:zelled|venmoed|venmo'?d|cash ?app'?d|cashapped|paypal'?d|paypaled|interac'?d|gcashed|bizumed|mpesa'?d)\b/],
  ['dropped-cheque', /\b(?:dropped|left|put|slipped|posted) (?:a|the|my|our) (?:check|cheque|payment|envelope|cash|money) (?:in|into|at|through|under) (?:your|the)\b/],
  ['on-its-way', /\b(?:payment|cheque|check|money|funds|transfer)(?:'s)?\b(?:\s+[^\s.?!]+){0,3}?\s*(?:is |was )?(?:on (?:its|the) way|in the (?:post|mail))\b/],
  ['taken-care-of', /\b(?:took|taken|have taken|'ve taken|has been taken) care of\b|\b(?:was|were|been|has been|have been|already) (?:dealt with|handled)\b|\b(?:cleared|squared|sorted) (?:it|this|that|the (?:invoice|bill|balance|amount|account))\b(?! out)|\balready (?:sorted|done|cleared|squared|handled|settled)\b|\b(?:it'?s|is|was|all) (?:sorted|squared|cleared|done)\b(?= *(?:now|already|yesterday|last|on|$|\.|!))/],
  ['es-paid', /\bya (?:lo |la |le |les |se )?(?:pague|pagamos|pago|abone|abonamos|transferi|deposite|depositamos|hice|hicimos|esta pagad[oa]|estan pagad[oa]s|fue pagad[oa]|fue abonad[oa])\b|\b(?:fue|ha sido|han sido|esta|estan) (?:abonad|pagad|liquidad)[oa]s?\b|\b(?:he|hemos) (?:pagado|abonado|transferido|realizado el pago|hecho la transferencia)\b|\b(?:realice|hice|hicimos|realizamos) (?:el pago|la transferencia|el ingreso|el deposito)\b|\bpague\b|^(?:pagad[oa]|abonad[oa]|transferid[oa]|liquidad[oa])\b|\b(?:pago|transferencia|deposito|abono|factura)\b[^.]{0,40}\bse (?:realizo|efectuo|hizo|envio|transfirio|deposito|abono|liquido|cubrio|mando)\b|\b(?:les|le|te) (?:transferi|pague|abone|deposite|mande|envie)\b|\bya (?:les |le |te )?(?:mande|envie|transferi|deposite)\b/],
  ['fr-paid', /\bdeja (?:paye|payee|regle|reglee|fait|effectue|envoye)\b|\b(?:a|ont) ete (?:paye|payee|regle|reglee|effectue|effectuee|vire|viree|fait|envoye|envoyee|emis|emise|execute|executee)s?\b|\b(?:c'est|est) (?:paye|payee|regle|reglee)\b|\b(?:j'ai|nous avons|on a) (?:deja )?(?:paye|regle|effectue|fait|envoye|vire)\b|\b(?:virement|cheque|paiement|reglement)\b(?:\s+\w+){0,2}?\s+(?:est |a ete )?(?:effectue|fait|envoye|parti|passe|emis|execute|transmis)e?\b(?!\s+(?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le \d))/],
];
// Not a past payment however it is worded: income ("when I get paid"), future or passive-future
// ("will be paid", "to be settled"), or a payment the customer is asking about doing.
const PAID_NOT_PAST = /\b(?:get|gets|getting|be|being|got|until i'?m|to be|will be|'ll be|ll be|should be|would be|gets)\s+(?:\w+\s+)?(?:paid|payed|settled|transferred)\b|\b(?:will|'ll|shall|gonna|going to|can|could|to|would|should|must|need to|have to|has to)\s+(?:be\s+)?(?:paid|settled|transferred|sent)\b/;

const YOU = String.raw`(?:you|ye|ya|yous|youse|yez|u|y'?all|yall)`;
/**
 * Colloquial and process wording of a payment still to come, each needing a day to make a promise:
 * "I'll fix ye up", "sort ye oot", "I'll have that sorted for ye", "fire the money across", "lodge it",
 * "have the cash for you", "mail y'all a check", "courier the cheque", "run it through", "sits in our AP
 * cycle", "booked in for", "will be credited", "y'all will see that money", Spanish "lo tendrá en su
 * cuenta", "le liquido".
 */
const COLLOQUIAL_PAY = re(
  [
    String.raw`fix (?:it|this|that|${YOU}) up|sort (?:${YOU}) (?:out|oot)|square (?:${YOU}) up`,
    String.raw`(?:have|get) (?:that|it|this|the (?:bill|invoice|balance|account|money)) (?:\w+ )?(?:sorted|squared(?: away| up)?|paid|settled|cleared|done)(?: for ${YOU})?`,
    String.raw`(?:have|get) (?:that|it|this|the (?:money|cash|funds|payment|balance)|(?:your|the) money) (?:to|for|tae|over to|across to|round to) ${YOU}`,
    String.raw`(?:fire|chuck|bung|throw|shoot|flick|zap|whack|pop|send|get) (?:the |some |your )?(?:money|cash|funds|payment|dosh|it|that) (?:across|over|through|your way|to ${YOU}|tae ${YOU})`,
    String.raw`(?:drop|bring|pop|run|get) (?:it|that|the (?:money|cash|cheque|check|payment)) (?:over|round|around|in|across) (?:to ${YOU}|tae ${YOU})`,
    String.raw`lodge (?:it|that|the (?:money|payment|funds|cheque|check)|a (?:cheque|check|payment))`,
    String.raw`(?:mail|post|send|courier|drop) (?:${YOU} )?(?:a |the |your )?(?:cheque|check)|courier (?:it|the cheque|the check|the payment)`,
    String.raw`run (?:it|this|that|the payment|the invoice) through|(?:cheque|check) (?:is being|will be|gets|to be|'ll be) (?:cut|written|signed|issued|drawn)`,
    String.raw`(?:sits?|sitting|queued|is|are|in the queue) (?:in|for|on) (?:the |our |next |this |a )?(?:\w+ )?(?:ap|a/p|payables?|accounts payable|payment|pay|check|cheque) (?:run|cycle|batch|queue)`,
    String.raw`(?:in|into|on|for) (?:the |our |next |this |a )?(?:\w+ )?(?:ap|a/p|payables?|accounts payable) (?:run|cycle|batch|queue)`,
    String.raw`(?:payment|transfer|cheque|check|wire|bacs|ach|it)(?:'s|s| is| has been| will be)? (?:booked|scheduled|set|lined up|pencilled|penciled)(?: in)? for`,
    String.raw`(?:will|'ll|shall) be (?:credited|deposited|paid in|lodged|transferred|in your account)`,
    String.raw`${YOU} (?:will|'ll|should|shall) (?:have|get|receive|see) (?:it|that|this|the|your|payment|money|funds|the money|that money)`,
    String.raw`(?:lo|la|los|las) (?:tendra|tendran|recibira|recibiran|vera|veran) (?:en su cuenta|en tu cuenta|ingresad[oa])|(?:le|te) liquido|liquido (?:el|la|todo)`,
    String.raw`(?:je )?(?:vous |te )?(?:ferai|ferons|fais|faisons) (?:le |un )?(?:virement|paiement|reglement|cheque)`,
  ].map((a) => `\\b(?:${a})\\b`).join('|'),
);

const FUTURE_PAY_VERB = /\b(?:fix (?:it|this|you) up|(?:swing|come|pop|drop|stop|call|head) (?:by|round|over|in)\b(?:\s+\S+){0,3}?\s+with (?:the |some |a )?(?:cash|money|cheque|check|payment)|(?:payment|funds|money|transfer|cheque|check|remittance) (?:to|will|shall) follow|releas(?:e|ing) (?:the |a |our |your )?(?:payment|funds|money|transfer)|(?:included|go|goes|going|scheduled|booked|put|be|released|paid) (?:in|into|on|for|with) (?:the |our |next |this |a )?(?:\w+ )?(?:payment|pay|bacs|ach|check|cheque|wire|transfer|supplier|vendor|cheque) (?:run|cycle|batch|release|date)|(?:go|goes|going|be|'ll be|will be) (?:in|into) the (?:post|mail)|(?:put|pop|stick|drop) (?:it|this|that|a cheque|a check|the cheque|the check|one) in the (?:post|mail)|(?:give|hand|bring) (?:you|u) (?:the |a |your )?(?:cash|money|cheque|check|payment|funds)|partira|interviendra|sera (?:effectue|envoye|vire|emis|fait|regle|paye|verse|execute)e?|abonamos|transferimos|depositamos|liquidamos|square (?:it|you|this) up|pay|paying|pai|remit(?:ting)? (?:the |it|this|that|payment|funds|[$£€₹]?\d)|settle|settling|settle up|square up|transfer|transferring|wire|wiring|clear|clearing|sort(?! (?:it |this |that |things |everything )?out\b)|sorting(?! (?:it |this )?out\b)|send(?:ing)? (?:you |u |over |across |through )?(?:the |a |my |our |full |that |this |your )?(?:first |second |next )?(?:money|payment|funds|balance|rest|remainder|amount|cheque|check|transfer|it|half|[$£€₹]\s?\d+|\d+)|make (?:the |a )?payment|(?:^|(?<=\b(?:and|or|but|ok|i can do|can do) ))half (?=(?:now|today|tonight|tomorrow|on |by |this |next ))|(?:first|1st) (?:payment|instal\w*|versement|paiement|pago|abono)|premier versement|primer (?:pago|abono)|(?:first|1st) one\b|(?:zelle|venmo|cash ?app|paypal|bizum|e-?transfer|interac|gcash|m-?pesa)(?: (?:you|it|the (?:money|balance|rest)))?\b|(?:hago|hare|mando|envio|te hago|os hago|le hago) (?:un|el) bizum|(?:realizaremos|realizare|haremos|hare) (?:la|el|una|un) (?:transferencia|pago|deposito|spei)|(?:i|we) got (?:you|u)\b|(?:have|get|'ll have) (?:the |a )?(?:check|cheque) cut|cut (?:a|the) (?:check|cheque)|expect (?:it|them)\b|(?:comes?|will come|goes|will go) out (?=on|the|tomorrow|next|this|by)|(?:will|'ll|shall) send\b(?!\s+(?:what|whatever|something|some)\b)|take care of (?:it|this|that|the|her|his|my|our|your)\b|(?:a (?:month|week|fortnight)|monthly|weekly|fortnightly|payments?|instal\w*),? start(?:ing)?|making (?:the |a )?payment|do (?:it|this|half|the rest|the other half|\d+|£|\$|€)|(?:can|will|'ll|ll|could) do|get (?:it|this|you) (?:paid|sorted|done|settled)|(?:you'?ll|you will|you should|you'?d) (?:have|get|receive|see)|(?:have|receive|see) (?:it|the (?:money|funds|payment))|be with you|(?:the )?(?:rest|balance|remainder|remaining \w+|other half|second half) (?:will|'ll|shall|to|can) (?:follow|come|be paid|go|be sent)|(?:reach|hit|land in|be in) your (?:account|bank)|reach you|(?:go|goes|going) out|be (?:processed|released|made|transferred|sent|sorted|settled|cleared|wired|actioned|posted|mailed|remitted)|expect (?:the |a |our |my )?(?:payment|transfer|money|funds|cheque)|get (?:it|this|the money|the payment|the funds|payment) (?:to you|over|across|sent)|(?:payment|transfer) (?:is |has been |will be )?(?:planned|scheduled|booked|set up|arranged|due to go)|(?:will|'ll|can|could) (?:do so |do that )?(?=(?:on|by|before|next|this|tomorrow|today|tonight)\b)|have (?:a cheque|the money|it|the funds|payment) ready|accept (?:a |the |my |our )?(?:payment|transfer|cheque)|(?:post|mail|drop off|drop|bring|hand over|put) (?:in )?(?:a |the |you a |you the )?(?:cheque|check|payment|money|cash)|(?:see|receive|get) the funds|funds (?:will|should)|payment (?:will|run|is scheduled|goes out|will go out)|be paid|be settled|scheduled|paid (?:by|on|before)|pagar|pago|pagare|pagaremos|pagaria|pagamos|abonar|abonaremos|realizaremos el pago|liquidar|transferir|transferire|transfiero|depositare|se (?:abonara|pagara|transferira|liquidara|depositara)|sera (?:abonad|pagad|transferid)[oa]|deposito|depositamos|le (?:doy|dare|daremos|deposito|transfiero)|(?:se lo|se la|te lo|te la|se los|se las|le|les|te) (?:mando|mandare|envio|enviare|paso|pasare)|(?:puedo|podemos|podria) (?:dar|dejar|depositar|abonar)|(?:hago|hare|haremos|hacemos|hacer) (?:la transferencia|el pago|el ingreso|el deposito)|pago previsto|paie|paierai|paierons|payerai|payerons|payer|regle|reglerai|reglerons|regler|sera reglee?|sera payee?|procederons|virement|paiement prevu|vais payer|vais regler)\b/;
const PROMISE_NEGATED = /\b(?:can'?t|cannot|can not|won'?t|will not|unable to|not able to|not|no puedo|no podemos|ne (?:peux|pourrai|pouvons) pas|ne paierai pas|ne paierons pas)\b/;
const UNTIL_DAY = re(String.raw`\b(?:until|till|til|before|hasta|antes del?|avant|pas avant|not before)\b.{0,25}$`);
/** "If I pay next month, is there a fee?": a condition, not a commitment. */
const CONDITIONAL_PAY = /(?<!\b(?:ok|okay|alright|fine|mind|possible|acceptable|work for you|be ok|be okay|be alright|be fine|bien|bueno|vale)\s)\b(?:if|whether|si)\s+(?:i|we|je|nous|yo)?\s*(?:\w+\s+)?(?:pay|paid|payer|pague|pago)\b|\b(?:late fee|interest|penalty)\b(?=[^.]*\?)/;
/** The customer asking *us* to do something is no promise of theirs. */
const ASKS_US = /\b(?:can|could|would|will|please|pls|plz)\s+(?:you|u|someone|somebody)\b(?!\s+(?:accept|take|allow|wait|give me|give us|let me|let us|be ok|be okay|agree|hold)\b)|\b(?:you|u) (?:send|resend|email|call|ring)\b/;
/** "before I pay on Monday": the customer's own payment, even inside a request to us. */
const OWN_PAYMENT = /\b(?:i|we|i'll|we'll|ill)\s+(?:\w+\s+){0,2}$/;
const BARE_TIME_FILLER = /\b(?:ok|okay|pls|please|for sure|latest|at the latest|sure|promise|i promise|then|by|on|at|the|is|fine|ok\?|thanks|x|sorry|hopefully|definitely|deffo|yes|yeah|yep|si|oui|sin falta|gracias|merci|till|until|without fail|works|work|suits|suit|would|for me|for us|good|let'?s say|lets say|say|how about|what about|is that ok|if that'?s ok|if ok|is good|early|latest|sans faute|before|can|maybe|probably|around|latest by|ya|la|lah)\b/g;

const PAID_ASKED = /^(?:have|had|did|do) (?:i|we) (?:already |actually |ever )?(?:paid|pay|settled|settle)\b[^.]*\?|^(?:has|have|was|were|is|did|does|do)\s+(?:it|this|that|the \w+|my \w+|our \w+|inv\S*|invoice \S+)\s+(?:\w+\s+)?(?:been\s+|got\s+|get\s+)?(?:paid|settled|cleared)\b[^.]*\?|^(?:paid|settled)\s*\?/;
/** "Paid" that is no payment ("paid attention", "paid a visit") or is about other invoices ("we've paid every invoice on time for years"). */
const PAID_IDIOM = new RegExp(/\b(?:paid|pay|paying|payed)\s+(?:close |careful |much |more |no |any |little |special )?(?:attention|heed|a visit|a call|tribute|respects?|compliments?|lip service|the price for|dearly|its way|my dues)\b|\b(?:paid|payed|settled)\s+(?:every|all|each|most|the other|your other|all (?:of )?(?:your|the) (?:other )?)\s*(?:other )?(?:invoices?|bills?|one|time)\b|\b(?:always|usually|normally|never once) (?:\w+ )?(?:paid|pay)\b|\bpaid (?:parking|leave|holidays?|subscription|version|plan|member(?:ship)?|ads?|search|time off|sick leave|work|job|position|gig|internship|survey|tier)\b|\b(?:the|a|your|my|our) paid (?:invoice|bill|receipt)s?\b|\bpaid for (?:the|my|our|an?) (?:[\w-]+,? ){1,2}(?:but )?not (?:this|that|these|the)\b|\b(?:dispute|complaint|query|claim|argument|disagreement|case)s? (?:is |was |has been |have been |got |now |all |finally )*(?:settled|sorted|resolved)\b/.source, 'g');
const PAID_VETO_CONTEXT = /\b(?:haven'?t|havent|hasn'?t|not|never|didn'?t|no|yet to)\s+(?:\w+\s+){0,2}(?:paid|payed|settled|received)\b|\bnot (?:yet )?paid\b|\b(?:paid|payed) yet\b/;

/**
 * What the clause says about money already paid. `veto` when it talks about a payment that is not
 * this one, or not made: "haven't paid yet", "when I get paid", "a duplicate of INV-1, which we
 * paid", "until it is paid off".
 */
/** The clause with "paid" idioms blanked out (same length, so offsets hold): "paid attention", "paid every invoice on time". */
export function maskPaidIdioms(folded: string): string {
  return folded.replace(PAID_IDIOM, (m) => ' '.repeat(m.length));
}

function paidAlready(clause: string): { hit?: RuleHit; veto: boolean } {
  const folded = maskPaidIdioms(clause);
  const idiom = folded !== clause;
  if (PAID_VETO_CONTEXT.test(folded) && !/\balready\b/.test(folded)) return { veto: true };
  // "has this been paid?", "was it paid already?", "paid?": asking, not telling.
  if (PAID_ASKED.test(folded)) return { veto: true };
  if (/\b(?:can'?t|cannot|can not|unable to|not able to|couldn'?t|no puedo|ne (?:peux|pourrai) pas)\s+(?:\w+\s+)?(?:pay|afford|pagar|payer|regler)\b/.test(folded) && !/\b(?:already|ya|deja)\b/.test(folded)) return { veto: true };
  let veto = PAID_NOT_PAST.test(folded);
  for (const [rule, pattern] of PAID_PAST) {
    const m = pattern.exec(folded);
    if (!m) continue;
    const before = folded.slice(0, m.index);
    if (NEGATION_BEFORE.test(before) || /\b(?:always|usually|normally)\s+(?:\w+\s+)?$/.test(before)) continue;
    if (FUTURE_BEFORE.test(before) && !/\b(?:already|yesterday|ago|last)\b/.test(folded)) {
      veto = true;
      continue;
    }
    if (PAID_NOT_PAST.test(folded.slice(Math.max(0, m.index - 20), m.index + m[0].length))) continue;
    if (rule !== 'left-our-account' && /\b(?:will|'ll|shall|going to|gonna|would|should|could|can|to be|must|need to|va|vamos|sera|seront)\b/.test(m[0])) continue;
    // Another invoice's payment ("a duplicate of INV-1, which we paid") is not this invoice's, and
    // a payment under a condition ("until it is paid off", "once paid") has not happened.
    if (/\bwhich (?:we|i) (?:\w+ )?$|\b(?:inv\S*|invoice|one|bill) that (?:we|i) (?:\w+ )?$/.test(before) || /\bduplicate\b/.test(before) || /\b(?:if|whether|when|once|after|before|until|till|til)\b(?:\s+[^\s]+){0,3}\s+$/.test(before)) {
      veto = true;
      continue;
    }
    const confidence = rule === 'paid' || rule.endsWith('-paid') ? DECISIVE : SUGGESTIVE + 0.1;
    return { hit: { intent: 'paid_already', confidence, start: m.index, end: m.index + m[0].length, rule: `paid-already:${rule}` }, veto: false };
  }
  return { veto: veto || idiom };
}

function promiseToPay(folded: string, paid: boolean): RuleHit | undefined {
  const dated = DATED.exec(folded);
  const vague = dated ? undefined : VAGUE_TIME.exec(folded);
  const verb = FUTURE_PAY_VERB.exec(folded) ?? COLLOQUIAL_PAY.exec(folded);
  if (CONDITIONAL_PAY.test(folded)) return undefined;
  if (verb && ASKS_US.test(folded.slice(0, verb.index + verb[0].length)) && !OWN_PAYMENT.test(folded.slice(0, verb.index))) return undefined;
  // An intention given up ("I was going to pay on Friday, but...") is no promise.
  if (/\b(?:was|were) (?:going to|planning to|about to|meant to|gonna)\b|\bmeant to pay\b/.test(folded)) return undefined;
  if (paid && !/\b(?:will|'ll|ll|gonna|going to|shall|the rest|other half|remaining|balance|el resto|la otra mitad|le reste|l'autre moitie)\b/.test(folded)) return undefined;

  if (verb && (dated || vague)) {
    const when = (dated ?? vague)!;
    // A negated payment is a promise only when it names the day it stops: "can't pay until the 15th".
    if (PROMISE_NEGATED.test(folded.slice(0, verb.index + verb[0].length + 1))) {
      if (!dated || !UNTIL_DAY.test(folded.slice(verb.index, when.index + when[0].length))) return undefined;
    }
    // "now" is only a day when money goes with it ("paying it now", "$200 now").
    const start = Math.min(verb.index, when.index);
    const end = Math.max(verb.index + verb[0].length, when.index + when[0].length);
    return { intent: 'promise_to_pay', confidence: dated ? DECISIVE : SUGGESTIVE - 0.1, start, end, rule: dated ? 'promise:verb+day' : 'promise:verb+vague-day' };
  }
  const now = /\b(?:pay(?:ing)?|send(?:ing)?|transfer(?:ring)?|do|half|\d+|[$£€₹]\s?\d[\d,.]*)\s+(?:it\s+|this\s+|that\s+)?(?:right )?now\b/.exec(folded);
  if (now && !PROMISE_NEGATED.test(folded.slice(0, now.index + 1)) && !ASKS_US.test(folded)) {
    return { intent: 'promise_to_pay', confidence: SUGGESTIVE, start: now.index, end: now.index + now[0].length, rule: 'promise:pay-now' };
  }
  // A clause that is only a day ("Thurs", "end of month pls", "next week for sure").
  if (dated && !paid) {
    const rest = folded.replace(DATED, ' ').replace(BARE_TIME_FILLER, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (rest === '' || /^(?:can do|can pay|i can|will|ill|i'll|is when i can pay|can you give me|give me|pay|leave it with me|will do|no problem|no worries|rest|the rest|balance|the balance|remainder|the remainder|other half|the other half|remaining|i ll sort it|ill sort it|will sort it|i ll get it done|will get it done)$/.test(rest) || /^(?:(?:but|and|so|though) )?(?:(?:i|we) (?:will |am |are |ll )|ill |(?:i|we) )?(?:try|trying|aim|aiming|plan|planning|hope|hoping|shoot|shooting|looking|look|target|expect|expecting)(?: to| for| at)?$/.test(rest))
      return { intent: 'promise_to_pay', confidence: SUGGESTIVE, start: dated.index, end: dated.index + dated[0].length, rule: 'promise:bare-day' };
  }
  // "skint till payday": the day they can pay, not named yet
  const untilPay = /\b(?:until|till|til) (?:pay ?day|i get paid|we get paid|my (?:wages|salary|pay|pension|paycheck) (?:come|comes|arrive|arrives|land|lands))\b/.exec(folded);
  if (untilPay && !ASKS_US.test(folded)) return { intent: 'promise_to_pay', confidence: SUGGESTIVE - 0.1, start: untilPay.index, end: untilPay.index + untilPay[0].length, rule: 'promise:until-payday' };
  // "give me till next friday", "give me 5 days"
  const give = /\b(?:give me|give us|allow me|(?:can|could|may) (?:i|we) (?:have|get)|(?:can|could) you wait|dame|denme|donnez-moi|laissez-moi|(?:me|nos) (?:puede|pueden|podria|podrian|podes|puedes) (?:dar|esperar)|(?:m'|nous )accorder|accordez-(?:moi|nous))\s+(?:until|till|til|up to|to|\d+|a few|a couple|one|two|three|a week|a fortnight|another|an extra|more time|some time|time|a little|a bit|hasta|jusqu'?(?:au|a))\b.{0,25}$/.exec(folded);
  // "give us a fortnight to look into it": time asked for something other than paying.
  if (give && dated && !/\bto (?:look|check|review|investigate|think|consider|confirm|find|speak|talk|discuss|get back|come back|respond|reply|query|verify|see)\b/.test(folded.slice(give.index))) return { intent: 'promise_to_pay', confidence: SUGGESTIVE, start: give.index, end: folded.length, rule: 'promise:give-me-time' };
  return undefined;
}

const INVOICE_DOCUMENT = String.raw`(?:invoice|invoices|bill|statement|receipt|e-?mail|letter|link|pdf|copy|reminder|factura|facture)`;
/** "never got the invoice": the customer lacks the document, which asks for a copy (no dispute). */
const INVOICE_NOT_RECEIVED = String.raw`(?:\b(?:never|didn'?t|did not|haven'?t|have not|hasn'?t|not)\s+(?:\w+\s+)?(?:got|get|gotten|received|receive|recieved|seen)\s+(?:the |an |a |your |any |this |that |my |our )?(?:original |actual )?${INVOICE_DOCUMENT}\b|\b(?:nobody|no one|no-one|you|they|never)\s+(?:ever\s+|never\s+)?(?:sent|emailed|e-mailed|gave|issued|posted)\s+(?:me|us)\s+(?:a|an|the|any|this|that)\s+(?:invoice|bill|statement)\b)`;
const INVOICE_NOT_RECEIVED_RE = new RegExp(INVOICE_NOT_RECEIVED);

const DISPUTE_RULES: ReadonlyArray<[DisputeReason, string, RegExp]> = [
  ['duplicate', 'duplicate', /\bduplicat\w*|\b(?:charged|billed|invoiced|debited|sent|cobr\w*|factur\w*|preleve\w*|debite\w*)\b[^.]{0,30}\b(?:twice|two times|double|2x|dos veces|deux fois)\b|\bdouble[- ](?:charged|billed|charge|billing)\b|\bsame (?:invoice|bill|charge)\b[^.?]{0,40}\b(?:twice|again|as)\b|\bsame (?:invoice|bill) (?:you|u) (?:already )?(?:sent|emailed|texted|mailed)\b|\balready (?:billed|invoiced|charged) (?:me|us)\b|\bya me la cobraron\b|\ben double\b|\bdoublon\b|\b(?:pay|paying|pay for|paying for) (?:it |this |that |the same (?:thing|invoice) )?twice\b/],
  ['already_returned', 'returned', /\b(?:returned|sent (?:it|them|the \w+|everything|this|these) back|sent back|gave (?:it|them|the \w+) back|handed (?:it |them )?back|dropped (?:it|them|the \w+) (?:back|off)|brought (?:it|them|the \w+) back|posted (?:it|them) back|return (?:ref|reference|number|label)|rma)\b|\b(?:devolv\w*|lo devolvimos|ya (?:lo |la )?devolvi)\b|\b(?:renvoye|retourne|rendu|restitue)e?s?\b/],
  ['not_ordered', 'not-ordered', /\b(?:never|didn'?t|did not|not|haven'?t|have not|nobody|no one|dont|don't)\s+(?:\w+\s+)?(?:ordered|order|signed up|sign up|bought|buy|asked for|ask for|requested|request|engaged|hired|contracted|retained|agreed to|authori[sz]ed?|approve|approved|booked|placed)\b|\bnot (?:my|our) order\b|\bno record of (?:placing|ordering|this order|the order)\b|\b(?:no|nunca) (?:pedi|pedimos|solicite|contrate|encargue|ordene|ordenamos|compre|compramos|autorice)\b|\bden(?:y|ies|ied|ying) (?:having )?(?:placed|placing|ordered|ordering|signed|signing|agreed|agreeing)\b|\bno contractual relationship\b|\b(?:jamais|pas) (?:commande|demande)\b|\bn'ai (?:jamais|pas) commande\b|\b(?:jamais|pas) inscrit\b|\bwho (?:authori[sz]ed|approved|ordered|asked for|agreed to)\b|\b(?:nobody|no one|no-one) (?:asked|consulted|checked with|told) (?:me|us)\b|\bpas (?:moi|nous) qui (?:ai|avons) commande\b|\b(?:yo|nosotros) no (?:lo |la )?(?:pedi|pedimos|encargue|contrate)\b/],
  ['not_received', 'not-received', re(String.raw`\b(?:never|not|haven'?t|have not|hasn'?t|has not|didn'?t|did not|still not|yet to)\s+(?:\w+\s+){0,2}(?:received|recieved|recived|arrived|got(?!\s+(?:round|around|to\b|the chance|a chance|time))|get(?!\s+(?:round|around|to\b|the chance|a chance|time))|delivered|turned up|showed up|come|came|shown up|been (?:delivered|done|carried out|completed|fitted|installed))\b(?!\s+(?:the |your |any |a |an )?${INVOICE_DOCUMENT})|\bnothing (?:was |has |has been |have |got |ever )?(?:delivered|arrived|received|turned up|came|come)\b|\bstill waiting (?:on|for) (?:the |my |our )?(?:delivery|order|parcel|goods|package|items?|product|engineer|repair)\b|\b(?:not|never) been (?:carried out|done|delivered|performed|completed)\b|\bnever (?:turned|showed) up\b|\b(?:no ?one|nobody) (?:ever )?(?:came|turned up|showed up|arrived|attended|visited)\b|\b(?:never|didn'?t|did not) (?:had|have|get|got|use|used|receive) (?:this|the|that|any|your) (?:service|work|delivery|visit|goods|items?|product|treatment|repair|installation)\b|\b(?:you|they|he|she|your \w+) never (?:did|done|finished|completed|performed|carried out|fitted|installed|came)\b|\b(?:isn'?t|is not|wasn'?t|was not|never|not yet|still not) (?:finished|completed|done|fitted|installed)\b|\bhas not been carried out\b|\bno record of (?:the |this |any |a )?(?:delivery|goods|shipment|receipt|goods receipt)\b|\b(?:goods receipt|grn|proof of delivery|pod|receiving record)s? (?:not found|missing|not on file)\b|\bn'est (?:toujours )?pas (?:termine|fini|acheve)e?s?\b|\b(?:pas|jamais) (?:termine|fini|acheve)e?s?\b|\bno (?:esta|estan|han|ha) (?:terminad|acabad)[oa]s?\b|\bsin (?:terminar|acabar)\b|\bnunca (?:recibi|recibimos|llego)\b|\bno (?:ha|han) llegado\b|\bno (?:he|hemos) recibido\b|\b(?:jamais|pas) (?:recu|arrive|livre)e?s?\b|\bn'(?:ai|avons) (?:jamais |pas )?recu\b`)],
  ['wrong_amount', 'short-delivery', /\bonly \d+ (?:\w+ ){0,2}(?:came|arrived|were delivered|turned up|showed up|came off)\b|\b(?:credit|refund) (?:the |us for the |me for the )?\d+ missing\b|\bshort(?:-| )(?:delivered|shipped|shipment|delivery)\b/],
  ['wrong_amount', 'hours-billed', /\b\d+(?:\.\d+)? (?:hours?|hrs?)\b[^.]{0,50}\b(?:took|only took|lasted|was|were)\s+(?:only |just |about |maybe )?\d+\b/],
  ['quality', 'quality', /\b(?:slimy|wilted|wilting|dead flowers|rotten|mou?ldy|spoiled|spoilt|stale|gone off|went off|expired|fell out|(?:needs|need|has|have) to be redone|redone|re-?do (?:it|the)|broke down|fell apart|fell off|fell (?:over|down|through)|collapsed|blew (?:over|down|off)|(?:is|are|was|were) not work\b|came off|came apart|falling apart|(?:broke|damaged|scratched|ruined|dented|cracked|smashed|flooded|stained) (?:my|our|the)|(?:isn'?t|is not|aren'?t|are not|wasn'?t|still not) working|broken|faulty|damaged|defective|(?:doesn'?t|does not|don'?t|do not|didn'?t|did not) work(?!s? (?:here|there|for|at|with|anymore|any more))|(?<!\b(?:i am|i'm|im|we are|we're|he is|she is|he's|she's|been|currently|i've been) )not working|stopped working|do not power on|won'?t (?:start|work|turn on)|badly|poor(?:ly)?|terrible|awful|shoddy|unusable|peeling|leaking|leaks|cracked|ruined|substandard|rubbish|useless|cold and|the same noise|still (?:makes|broken|leaks|leaking|doesn'?t)|not fixed|wasn'?t fixed|isn'?t fixed|never fixed|fix(?:es)? it|complaint|wrong (?:colou?r|size|item|parts?)|half the order was wrong|danad[oa]s?|defectuos[oa]s?|rot[oa]s?|mala calidad|no funciona|cracking|crumbling|coming (?:off|loose|apart|away)|(?:a|an absolute|a complete|a total|an utter) (?:mess|shambles|disaster|bodge|botch)|botched|bodged|cowboy job|(?:quedo|esta|salio) fatal|mal hecho|chapuza|mal fait|bacle|abime\w*|defectueu\w*|casse\w*|mauvaise qualite|ne (?:marche|fonctionne) pas)\b/],
  ['wrong_amount', 'wrong-amount', /\b(?:amount|total|price|figure|charge|charges|sum|fee|fees|rate|quantity|invoice|bill|number of)\b(?:\s+[^\s.?,;!]+){0,5}?\s+(?:wrong(?! (?:number|person|guy|contact|e-?mail|address|company|details|recipient|customer|account|people|one)\b)|incorrect|not right|too high|too much|off|doesn'?t match|does not match|not match|higher than|more than(?! (?:we|i) can)|inflated|mistake|error)\b|\bovercharg\w*|\b(?:we|i) (?:agreed|were quoted|was quoted|quoted)\b|\bmore than (?:what )?(?:we|i) (?:agreed|were quoted|was quoted)\b|\bmissing (?:the |our |my )?(?:\d+% )?discount\b|\b(?:was|were|is|wasn'?t|weren'?t) (?:not |never )?agreed\b(?<!\bwas agreed|\bwere agreed|\bis agreed)|\b(?:not|isn'?t|wasn'?t|is not|was not) what (?:we|i|was|you) (?:\w+ )?(?:agreed|quoted|said|told)\b|\b(?:price|prices|rate|rates|cost|charge|fee)s? (?:went|has gone|have gone|gone) up\b|\bwithout (?:any )?(?:warning|notice|telling (?:me|us)|asking)\b|\b(?:you(?:'ve| have)? )(?:billed|charged|invoiced) (?:us|me) for\b|\b(?:should|ought to) (?:only )?(?:be|have been|cost) (?:only )?[$£€₹]?\d|[$£€₹]?\d[\d,.]* not [$£€₹]?\d|\bcharged (?:us|me) for \d+\b|\bonly (?:had|have|got|ordered|received|used) \d+\b|\bonly \d+ (?:arrived|were delivered|came)\b|\bwrong (?:amount|price|total|figure)\b|\b(?:was|were) never told about (?:a|the|any) fee\b|\bwhy is there a (?:late )?fee\b(?![^.]*\bif (?:i|we)\b)|\bimporte\b[^.]{0,20}\b(?:mal|incorrecto|equivocado|erroneo)\b|\bcobra(?:ron|do) de mas\b|\bmontant\b[^.]{0,20}\b(?:faux|incorrect|errone)\b|\btrop (?:cher|facture|eleve)\b/],
  ['wrong_amount', 'fee-waiver', /\b(?:remove|waive|drop|take off|knock off|cancel|reverse|refund|wipe)\b(?:\s+\S+){0,2}?\s+(?:(?:late|admin|administration|interest|callout|call-out|call out|service|booking|card|processing|the|that|this|a|[$£€₹]\s?\d[\d,.]*)\s+)*(?:fee|fees|charge|charges|penalty|interest|surcharge)\b/],
  ['wrong_amount', 'paid-for-got', /\b(?:paid for|ordered|charged for|billed for|invoiced for|charged us for|charged me for) \d+\b[^.]{0,25}\b(?:got|received|delivered|arrived|came|only)\s+(?:only )?\d+\b/],
  ['wrong_amount', 'instead-of', /\b(?:factur\w*|cobr\w*|charg\w*|bill\w*|invoic\w*|compt\w*)\b[^.]{0,30}\b(?:au lieu d'?|en lugar de|en vez de|instead of|rather than)\b/],
  ['wrong_amount', 'incredulous-price', /[$£€₹]\s?\d[\d,.]*\s+for\s+(?:a|an|one|the|that|this|two|\d+|some|just)\b[^.?!]{0,30}\?/],
  ['wrong_amount', 'withheld', /\b(?:withheld|withholding|deducted|short-?paid|short-?pay\w*|disallowed)\b[^.]{0,40}\b(?:freight|fee|fees|charge|charges|surcharge|tax|difference|shipping|delivery|postage|amount|line|item)\b|\b(?:issue|send|raise|provide|need|require|awaiting|request)\b[^.]{0,25}\bcredit (?:memo|note)\b|\bcredit (?:memo|note) (?:is |be |being )?(?:received|issued|raised)\b|\b(?:charges?|fees?|price|rate|amount|freight|costs?|surcharge)\s+(?:were |was |are |is )?not (?:agreed|approved|authori[sz]ed|quoted)\b/],
  ['wrong_amount', 'charged-x-for-y', /\b(?:charged|billed|invoiced) (?:me|us) [$£€₹]\s?\d[\d,.]* for (?:a |an |the )?[$£€₹]\s?\d/],
  ['already_returned', 'took-back', /\b(?:took|taken|brought|carried|drove|dropped) (?:the |it |them |this |that |my |our )?(?:[\w-]+ ){0,2}back (?:to|into|at) (?:your|the) (?:shop|store|branch|office|warehouse|depot|showroom)\b/],
  ['not_received', 'you-cancelled', /\b(?:you|u|they) (?:\w+ )?cancell?ed (?:the|my|our|all|his|her)\b[^.]{0,40}\b(?:billed|charged|invoiced|pay|paying|charge)\b/],
  ['not_received', 'never-reached', /\b(?:delivery|parcel|order|package|goods|items?|shipment)\b[^.]{0,20}\bnever (?:reach|reached|arrive|arrived|came|come|turned up|showed up)\b/],
  ['not_ordered', 'cancelled', /\b(?:i|we) (?:had |already )?cancell?ed (?:the|this|that|my|our|his|her) (?:\w+ )?(?:order|booking|subscription|service|contract|appointment|job|membership|plan|account|lessons|classes)\b/],
  ['other', 'liability-denied', /\bliability (?:\w+ ){0,3}(?:is |was )?denied\b|\bden(?:y|ies|ied) (?:any |all )?liability\b/],
  ['wrong_amount', 'overpriced', /^(?:this|that|it)(?: is|'s| s) (?:all |totally |completely )?(?:wrong|incorrect|not right)\b(?! (?:number|no|person|guy|girl|man|lady|contact|e-?mail|address|company|details|recipient|customer|account|phone|people|one)\b)|\b(?:pas|non) (?:le|au) (?:prix|montant|tarif) (?:convenu|prevu|annonce|du devis)\b|\bpas ce qui (?:etait|a ete) convenu\b|\bno es (?:el|lo) (?:precio |importe )?(?:acordado|pactado|convenido)\b|\b(?:rip ?off|ripoff|ripped (?:me|us) off|daylight robbery|extortionate|overpriced|price gouging|way too (?:much|expensive|high))\b|\bne correspond pas\b|\balors que (?:l'offre|le devis|le prix|la soumission|le tarif)\b|\bmientras que (?:el presupuesto|la oferta|la cotizacion)\b|\bpas conforme (?:au|a la)\b|\bno (?:coincide|corresponde) con\b/],
  ['other', 'refusal', /\b(?:won'?t|will not|wont|refuse to|not going to|am not going to|i'?m not going to)\s+(?:be\s+)?(?:pay|paying)\b(?!\s+(?:it |this |that )?(?:until|till|before|on|by)\b)|\b(?:not|never) paying\b(?!\s+(?:it |this |that )?(?:until|till|before|on|by|yet)\b)|\b(?:dispute|disputing|disputed|contest|contesting)\b|\b(?:don'?t|do not) agree\b|\b(?:don'?t|do not|dont) owe\b|\bwarranty|\bguarantee\b|\b(?:covered|paid) (?:by|under) (?:my|the|our) (?:insurance|insurer|policy|contract|plan|warranty)\b|\bcontract (?:says|states|caps|limits|specifies|stipulates|provides|allows|excludes|covers)\b|\b(?:isn'?t|is not|are not|aren'?t|not)\s+(?:\w+\s+)?(?:owed|payable)\b|\bdon'?t believe (?:this|that|it|we|the)\b[^.]{0,25}\b(?:owe|owed|due|payable|right|correct)\b|\bthis is a joke\b|\b(?:isn'?t|is not|not yet|not) overdue\b|\bpay (?:it )?(?:when|once|after) (?:you|u) (?:send|fix|correct|issue|resend)\b|\bwithholding payment\b|\bno (?:voy a|vamos a|pienso) pagar\b|\bno estoy de acuerdo\b|\bme niego a pagar\b|\bje (?:ne paierai|refuse de payer|conteste)\b|\bpas d'accord\b|\bconteste\b/],
  ['other', 'legal', /\b(?:my|our) (?:lawyer|solicitor|attorney(?! (?:general|for))|legal (?:team|counsel|department|advisor))\b|\b(?:lawyer|solicitor|(?<!power of )attorney|legal action|small claims|court|sue|suing|ombudsman|trading standards|consumer (?:rights|protection)|chargeback|cease and desist|abogad[oa]|avocat|tribunal|huissier)\b/],
];

/** Disputes about the goods, the service or the amount; reasons by the first matching wording. */
/** Money the customer is waiting for: what has "not come in" is then their income, not our goods. */
const INCOME = /\b(?:loan|salary|wages|pay ?cheque|paycheck|pay packet|pension|benefits?|universal credit|student finance|grant|bonus|commission|my money|our money|client'?s? payment|customer'?s? payment|payment from (?:my|our|the) (?:client|customer)|super)\b/;
/** A dispute the customer says is over ("the dispute is resolved", "we're square on the dispute"). */
const DISPUTE_OVER = /\b(?:dispute|complaint|query|claim)\b[^.]{0,20}\b(?:resolved|settled|sorted|closed|withdrawn|over|dropped|done)\b|\b(?:resolved|settled|closed|withdrew|withdrawn|dropped|square on|past|end of)\b[^.]{0,15}\b(?:the |our |my |this |that )?(?:dispute|complaint|query)\b/;

function dispute(folded: string): RuleHit | undefined {
  if (DISPUTE_OVER.test(folded)) return undefined;
  for (const [reason, rule, pattern] of DISPUTE_RULES) {
    const m = pattern.exec(folded);
    if (!m) continue;
    // "why is there a fee" is asked about the invoice; "late fee if I pay next month" is a question.
    if (reason === 'wrong_amount' && /\bif (?:i|we) pay\b/.test(folded)) continue;
    // A payment link or website that does not work is a question about paying, not about the goods.
    if (reason === 'quality' && /\b(?:link|website|site|portal|page|app|button|code|form|checkout)\b/.test(folded.slice(0, m.index + m[0].length))) continue;
    // A payment that failed or bounced is about paying ("the transfer failed twice"), not about the goods.
    if (reason === 'quality' && /\b(?:transfer|payment|card|transaction|direct debit|debit|bank|cheque|check|wire|ach|bacs|attempt|login|password|mot|exam|test)\b(?:\s+\S+){0,2}\s*$/.test(folded.slice(0, m.index))) continue;
    // "cash flow is terrible", "it's been an awful month": a hard time, not bad work.
    if (reason === 'quality' && m[0] === 'failed' && /^\s+(?:its |the |an? |my |our )?(?:mot|inspection|test|exam|audit|credit check|check|assessment|interview|attempt)\b/.test(folded.slice(m.index + m[0].length))) continue;
    if (reason === 'quality' && /^(?:terrible|awful|poor|poorly|badly|rubbish|useless)$/.test(m[0]) && HARDSHIP.test(folded)) continue;
    // "if it has not turned up, let me know": a supposition, not a complaint.
    if (rule !== 'fee-waiver' && /\b(?:if|in case|whether|unless)\b(?:\s+\S+){0,3}\s*$/.test(folded.slice(0, m.index))) continue;
    // "my loan hasn't come in": the money the customer waits for, not the goods.
    if (reason === 'not_received' && INCOME.test(folded.slice(Math.max(0, m.index - 40), m.index))) continue;
    const confidence = rule === 'legal' || rule === 'duplicate' || rule === 'not-ordered' ? DECISIVE : SUGGESTIVE + 0.05;
    return { intent: 'dispute', confidence, start: m.index, end: m.index + m[0].length, rule: `dispute:${rule}`, reason };
  }
  return undefined;
}

const WRONG_PERSON: ReadonlyArray<[string, RegExp]> = [
  ['wrong-number', /\b(?:wrong|wring|wromg|worng|wrng) (?:number|no\b|person|guy|girl|man|lady|contact|e-?mail(?: address)?|address|company|details|recipient|customer|individual|account|phone|business|people|one)\b|\bnot (?:the )?(?:right|correct) (?:number|person|contact|e-?mail|address|company)\b/],
  ['not-them', /\b(?:i'?m|i am|this is) not (?:ada|the account holder|the customer|your customer|a customer|who you think)\b|\b(?:i'?m|i am|we are|we'?re) not (?:the|a) (?:business owner|owner|right person|correct person|person responsible|decision maker|bill payer|account holder)\b|\byou (?:need|want|have) to (?:contact|speak to|email|call) (?:head office|someone else|the owner|our accounts|the account holder)\b|\bnot (?:a|your) customer\b|\bnot the account holder\b|\bnot (?:my|our) (?:invoice|bill|account)\b|\bthis (?:isn'?t|is not) (?:my|our) (?:invoice|bill|account|number)\b/],
  ['no-longer-here', /\b(?:doesn'?t|does not|no longer|don'?t|do not|not) (?:work|works|live|lives|living|working) (?:here|there|for us|at this|with us)\b|\b(?:left|has left|have left|is no longer with|no longer with|no longer at) (?:the|our|this) (?:company|business|firm|organi[sz]ation|practice|team|office|school|department)\b|\b(?:left|has left) us\b|\b(?:moved out|moved away)\b|\bno longer (?:works|lives|with us|at this)\b|\b(?:is|was) my ex\b/],
  ['nobody-by-name', /\bno(?: |-)?(?:one|body) (?:here |there |at this (?:address|number) )?(?:by|of|with|called|named) (?:th(?:at|is)|the) name\b|\bnobody (?:here |there )?(?:called|named|by that name)\b|\bdon'?t know (?:anyone|anybody|any(?! (?:more|longer)\b) \w+|who (?:that|this|she|he) is|(?:this|that) person|an? \w+ called)\b|\bmixed (?:me )?up with\b|\b(?:number|phone|e-?mail)(?:'s| has| is)? (?:been )?mine (?:for|since)\b|\bunder new (?:ownership|owners|management)\b|\b(?:different|another) (?:person|customer|\w+ smith)\b|\bgot this number\b|\b(?:phone|number|mailbox|e-?mail|account) belongs to\b|\bpersonal (?:phone|number) now\b|\bnever heard of (?:this|that) (?:person|name)\b|\b(?:no idea|not sure|don'?t know|dunno) who (?:\w+ )?is\b|\bprevious (?:owner|tenant|occupant|user|holder)\b|\b(?:former|ex-?) ?(?:colleague|employee|tenant|owner|partner|member of staff|staff member|director)\b|\bhad this number before\b|\b(?:confus\w*|mixed up|mistak\w*) (?:me )?(?:with|for) (?:someone|somebody|another)\b|\bsomeone else'?s? (?:number|phone|invoice|bill|account)\b/],
  // The contact point changed hands, or never was the debtor's: "used to have this number",
  // "my old work address", "meant to text my brother", "the addressee has never been an employee".
  ['sent-in-error', /\b(?:sent|addressed|delivered|issued|mailed|directed) to (?:us|me|this (?:address|number|company)) (?:in error|by mistake|by error)\b|\bunable to (?:locate|find|identify) (?:a |any |an )?(?:vendor|supplier|customer|client|account)(?: account| record)?\b|\bno (?:vendor|supplier) account\b|\b(?:i'?m|i am|we are|we'?re) not (?:this|that|the same) (?:person|guy|lady|man|customer|company)\b|\b(?:bought|buy|purchased|got|get) (?:this|the|that) (?:phone |mobile |sim )?(?:number|sim|phone) (?:new|recently|last|a few|in)\b|\bthis (?:phone |mobile )?number (?:is )?new\b|\b(?:is|'s|s) my (?:sister|brother|mum|mom|mother|dad|father|son|daughter|husband|wife|partner|flatmate|roommate|housemate|cousin|aunt|uncle|niece|nephew|grandson|granddaughter|neighbou?r|tenant|ex)\b[^?]*\b(?:my (?:phone|number|mobile|e-?mail)|tell (?:him|her)|pass (?:it|this) on)\b|\b(?:i'?ll|i will|ill) (?:tell (?:him|her)|let (?:him|her) know|pass (?:it|this|the message) on to (?:him|her))\b|\bya no (?:pertenece|es de|corresponde)\b|^(?:not me|wasn'?t me|not mine|nope not me)\W*$/],
  ['front-desk', /\b(?:i'?m|i am) (?:only|just) (?:the|a) (?:receptionist|secretary|assistant|temp|cleaner|intern|neighbou?r|lodger|tenant)\b/],
  ['not-ours-any-more', /\b(?:used to (?:have|own|use)|inherited|got given|only just got|recently got) (?:this|that) (?:number|phone|address|e-?mail(?: address)?|mobile)\b|\b(?:you(?:'ve| have)? (?:got|have|are using|used|wrote to|sent (?:this|it) to)|this is|that'?s|is) my old (?:work |business |office |company )?(?:address|number|e-?mail|e-?mail address|phone|mobile)\b|\bmeant to (?:text|message|e-?mail|contact|send (?:this|it) to) (?:my|someone|somebody|another|a different)\b|\b(?:was|is) (?:probably |prob |clearly )?meant for (?:someone|somebody|another)\b|\b(?:check|verify|confirm|correct) the addressee\b|\bthe addressee (?:is not|isn'?t|was not|has never|no longer|does not|doesn'?t)\b|\b(?:not|never been),? (?:and has never been,? )?an? (?:employee|officer|director|member|customer|client) of\b|\bprevious (?:owner|tenant|occupant|user|holder)s?'?\b|\bmy ex'?s (?:account|number|bill|invoice|debt|phone|name)\b|\btake it up with (?:him|her|them)\b|\bno (?:vendor|supplier|customer|client|account) record\b|\b(?:supplier|vendor|addressee|name|company) (?:is )?not recogni[sz]ed\b|\b(?:never|don'?t|do not|no longer) (?:stay|stayed|live|lived|reside|resided) (?:at|in) (?:that|this|the) (?:address|house|place|flat|property)\b|\bn'appartient (?:plus|pas)\b/],
  ['es-wrong', /\b(?:numero|persona|correo) equivocad[oa]\b|\bse (?:ha|han) equivocado\b|\bya no (?:trabaja|vive) aqui\b|\bno (?:conozco|soy) (?:a )?\w+\b(?=[^?]*$)/],
  ['fr-wrong', /\bce n'est pas (?:mon|notre) (?:numero|adresse|facture|compte|entreprise|nom)\b|\bno es mi (?:numero|correo|factura|cuenta|nombre)\b|\b(?:mauvais|faux) (?:numero|destinataire|contact)\b|\berreur de (?:numero|destinataire)\b|\bpas (?:le bon|la bonne) (?:numero|destinataire|personne|contact|adresse)\b|\bne connais pas\b(?! (?:votre|vos|cette|ce|ta|la|le) (?:societe|entreprise|boite|compagnie|numero|nom|cabinet))|\bn'(?:habite|travaille) plus\b|\bvous vous (?:etes )?trompe/],
];

function wrongPerson(folded: string, original: string): RuleHit | undefined {
  for (const [rule, pattern] of WRONG_PERSON) {
    const m = pattern.exec(folded);
    if (m) return { intent: 'wrong_person', confidence: DECISIVE, start: m.index, end: m.index + m[0].length, rule: `wrong-person:${rule}` };
  }
  // "no Ada here", "there's no Ada at this number": a capitalised name nobody answers to.
  const nobody = /\b[Nn]o ([A-Z][a-z]+) (?:here|at this|on this|lives here|works here)\b/.exec(original);
  if (nobody && !/^(?:I|The|This|That|It|One|Problem|Worries|Way|Thanks|Thank|Need|More|Money|Payment|Invoice|Bill|Idea)$/.test(nobody[1]!))
    return { intent: 'wrong_person', confidence: SUGGESTIVE + 0.1, start: nobody.index, end: nobody.index + nobody[0].length, rule: 'wrong-person:no-name-here' };
  // "I'm not Ada", "Not Ada.", "this is not Ada's number": a capitalised name after "not".
  const name = /\b(?:I'?m not|I am not|this is not|this isn'?t|[Nn]ot|[Nn]o soy|[Jj]e ne suis pas) ([A-Z][a-z]+)(?:['’]s)?\b/.exec(original.replace(/[’]/g, "'"));
  if (name && !/^(?:I|The|This|That|It|A|An|My|Me|Our|We|You|Your|Sure|Yet|Now|Paying|Happy|Able|Until|Till|Today|Tomorrow|Ok|Okay|Interested|Me|Mine|Us|Going|Really|Even|Sorry|Only|Just|Right|So|Too|Very|Much|Really|Responsible|Liable)$/.test(name[1]!))
    return { intent: 'wrong_person', confidence: SUGGESTIVE + 0.1, start: name.index, end: name.index + name[0].length, rule: 'wrong-person:not-name' };
  return undefined;
}

const CALLBACK = /\b(?:call|ring|phone|bell|buzz)\s+(?:me|us|my (?:office|mobile|cell|number|phone)|back|directly)\b|\bgive (?:me|us) a (?:call|ring|bell|buzz)\b|\b(?:speak|talk|chat)\s+(?:to|with)\s+(?:someone|somebody|a (?:real )?(?:person|human|manager|supervisor)|your (?:manager|supervisor|boss)|a manager|you|a human)\b|\b(?:talk|speak|discuss|sort (?:this|it)(?: out)?) (?:on|over|by) the phone\b|\bby phone\b|\b(?:set up|schedule|arrange|book|have) a (?:quick |short )?(?:call|phone call|chat)\b|\bcall from\b|\bwhat time can you call\b|\bpls call\b|\bplease call\b|\bcan (?:you|u|someone|somebody) (?:call|ring|phone)\b|\b(?:want|need|like) (?:to )?(?:a )?call\b|\bllam(?:ame|enme|arme|adme|eme|enos)\b|\b(?:me|nos) (?:puede|pueden|podria|podrian|podes|puedes) (?:marcar|llamar|hablar)\b|\bmarqu(?:eme|enme|ame)\b|\b(?:hablar|llamar) por telefono\b|\brappel(?:ez|er)[- ]?moi\b|\bme (?:telephoner|rappeler|appeler)\b|\bm'appeler\b|\bappelez[- ]moi\b|\bau telephone\b|\bpar telephone\b/;
const NOT_CALLBACK = /\b(?:don'?t|do not|never|no|stop)\s+(?:\w+\s+)?(?:call|ring|phone)\b|\bpay (?:by|over|on) the phone\b|\bon the phone with\b|\bpaid (?:by|over|on)\b/;

const HARDSHIP = /\b(?:lost (?:my|me|our|his|her) (?:job|income|work|business|house|home)|(?:father|mother|dad|mum|mom|husband|wife|son|daughter|brother|sister|partner) (?:has |had |just )?(?:expired|passed away|passed)\b|laid off|made redundant|redundan(?:t|cy)|unemployed|out of work|off work|no (?:income|money|work|wages|salary|cash)|have nothing left|nothing left|(?:i'?m|i am|we'?re|we are|totally|completely|flat|so|really|bit) broke\b|broke (?:till|until|at the moment|right now|this month)|skint|strapped|hard up|short of (?:money|cash|funds)|low on (?:money|cash|funds)|out of money|make ends meet|penniless|no (?:job|jobs)|without (?:a )?job|jobless|can'?t afford|cannot afford|can'?t stretch|unable to afford|struggling|struggle|hardship|financial(?:ly)? (?:difficult\w*|trouble|problems|hard|bad|struggl\w*)|(?:bad|hard|tough|difficult|tight|struggling) financially|hard time|tough time|difficult time|money is (?:really |very |so )?tight|money'?s tight|really tight|very tight|tight at the moment|on benefits|universal credit|hospital|(?<!\b(?:dentist'?s?|doctor'?s?|gp'?s?|vet'?s?|dental|medical|gp) )surgery|(?:froze|frozen|freezing|freeze) (?:my|our|all|the) (?:\w+ )?accounts?|accounts? (?:are |is |were |was |got |have been |has been )?frozen|can'?t access (?:a cent|a penny|any money|my money|my account|our account|funds)|(?:loan|student finance|wages|salary|benefits|pension|universal credit|paycheck|pay ?cheque) (?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|not|still hasn'?t) (?:\w+ )?(?:come|arrived|landed|gone|cleared)|went (?:bust|under)|(?:haven'?t|have not|hasn'?t|has not|not) been paid (?:by|from) (?:work|my (?:employer|boss|work|company|job|client)|the (?:company|council|agency|client))|(?:employer|boss|work|company) (?:hasn'?t|has not|haven'?t|have not) paid (?:me|us)|(?:me quede|quede|estoy|ando) sin (?:trabajo|empleo|chamba|chambita|chamba|dinero|lana|plata)|sin chamba|(?:an|my|his|her) operation|(?:am|is|was|been|very|seriously|fell|fallen|feeling) ill|illness|sick(?! of)|cancer|diagnosed|chemo|covid|passed away|(?:has|have|had) (?:just |recently |sadly )?passed(?! (?:it|this|that|the|your|my|on|to|along|over|by|through))|died|death|bereave\w*|funeral|family emergency|emergency|debt (?:counselling|management|advice|relief)|bankrupt\w*|insolven\w*|(?:into|in) administration|liquidation|flooded|(?:a|house|shop|office) fire|(?:razed|destroyed|gutted) by (?:fire|flood)|burn(?:ed|t) down|fallecio|murio|fallecimiento|decede|deces|closing down|closed down|hours (?:got |were |have been |have |'ve been )?(?:cut|reduced|slashed|halved)|reduced hours|pay cut|(?:pay|salary|wages) (?:was |were |has been |have been |got )?(?:cut|reduced|halved)|business (?:has been |is |'s been )?(?:really |very |so |incredibly )?(?:slow|quiet|dead)|behind on (?:everything|bills|rent|(?:all )?(?:my |our )?(?:bills|payments))|(?:i am|i'm|im|we are|we're|he is|she is|he's|she's|i've been|have been) (?:currently )?not working|barely (?:making|getting|able)|unpaid leave|maternity|(?:partner|husband|wife|boyfriend|girlfriend) (?:has )?left (?:me|us)|divorc\w*|separated|on my own with|no pay\b|without pay\b|lockdown|cash ?flow|lost (?:our|my) (?:biggest |main |major |only )?(?:client|customer|contract)s?|single (?:mum|mom|parent|dad)|no work|lost everything|evicted|eviction|sin trabajo|perdi (?:el|mi) (?:trabajo|empleo)|no tengo (?:dinero|ingresos|trabajo|con (?:que|quien) pagar|como pagar)|desemplead[oa]|en (?:el )?paro|hospital|enferm[oa]|dificultades (?:economicas|financieras)|perdu mon (?:emploi|travail)|chomage|plus de revenus|pas d'argent|plus d'argent|difficultes financieres|situation (?:financiere )?difficile|mal momento|situacion (?:economica )?(?:dificil|complicada)|problemas economicos|no llego a fin de mes|sin ingresos|hopital|malade|probleme de sante|maladie|(?:heads?|head) above water|(?:keep|keeping|stay|staying) afloat|widow(?:ed|er)?|(?:small|state|tiny) pension|living on (?:my|a|the) pension|(?:only )?(?:have|got) (?:only |like )?[$£€₹]\s?\d{1,2}(?:\.\d\d)? (?:left|to my name|in (?:my|the) (?:account|bank|wallet|pocket))|on a pension|pensioner|nothing coming in|no money coming in|doing it (?:tough|hard)|(?:things are|it'?s been|been) (?:rough|tough|hard|difficult)|rough (?:patch|time|few (?:weeks|months))|icu|intensive care|medical (?:bills|treatment|expenses)|(?:an?|car|serious) accident|bed rest|load shedding|drought|no rain|footfall|layoffs?|lost (?:a|the|our|my) (?:biggest |main |major |only )?contract)\b/;

const PLAN = /\b(?:instal?l?ments?|instalment|payment plan|repayment plan|instalment plan|installment plan|(?:re)?payment (?:arrangements?|schedules?|agreements?|plans?)|(?<!\b(?:flower|floral|the|this|that|funeral) )arrangements?|pay (?:it )?(?:weekly|monthly|fortnightly|in (?:parts|instal\w+|stages))|monthly (?:payments?|instal\w*|amounts?)|weekly (?:payments?|amounts?|instead)|fortnightly|bi-?weekly|(?:[$£€₹]\s?\d[\d,.]*|\d+(?: euros?| dollars?| pounds?)?|something|some|a little|a bit|a small amount) (?:a|per|each|every) (?:month|week|fortnight|paycheck|payday)\b|(?:per|each|every) (?:month|week|fortnight|paycheck|payday)\b|(?:pay|paying|send|sending|do|\d+|[$£€₹]\s?\d[\d,.]*)\s+(?:\S+\s+){0,2}every (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:cada|chaque) (?:quincena|mes|semana|mois|semaine|quinzaine)|(?:a little|some|something|a bit) (?:each|every) time\b|(?:something|some|a little|a bit|an amount|a set amount|a payment) (?:monthly|weekly|fortnightly)\b|(?:a |one )?(?:hundred|fifty|couple hundred|few hundred|tenner|fiver|\w+ (?:dollars|pounds|bucks|quid|euros)) (?:a|per|each|every) (?:month|week|fortnight)\b|tranches?|split(?:ting)? (?:it|this|the (?:balance|payment|cost|bill|amount|invoice))|(?:be|is) split|split (?:into|over|across)|spread (?:it|this|the (?:cost|payments?|balance))|(?:work out|set up|arrange|agree(?: on)?|come to|make|do|put in place|organise|organize|sort(?: out)?|figure out) (?:a|an|some) (?:sort of )?(?:payment )?(?:plan|arrangement|deal|schedule)|(?:all|everything|the (?:full|whole) (?:amount|balance)) (?:at once|in one go)|de una (?:sola )?vez|en une (?:seule )?fois|bit by bit|little by little|poco a poco|petit a petit|pagos (?:chiquitos|pequenos|pequenitos)|in (?:two|2|three|3|a few|several) (?:goes|lots|halves|payments|parts)|in (?:\d+|two|three|four|five|six|a few|several) (?:equal )?(?:goes|lots|halves|payments?|parts?|instal\w*|chunks?|pieces?)|in (?:parts|chunks|stages|portions|bits|pieces|instal\w+)|smaller (?:chunks|amounts|payments|monthly payments)|break (?:it|this) (?:up|down)|emi\b|\d+ (?:equal )?(?:monthly |weekly )?payments\b|over (?:\d+|two|three|four|six|twelve|a few|several|the next \w+) (?:months|weeks)|over a longer period|plazos|cuotas|fraccionar|facilidades de pago|(?:debit order|direct debit|standing order|auto-?pay|recurring payment)\b[^.]{0,20}\b(?:monthly|weekly|fortnightly|each month|every month|a month)|en (?:varias )?partes|en plusieurs (?:fois|parties)|facilites de paiement|de a poco|de a poquito|poquito a poquito|en abonos|por partes|plan de pagos?|acuerdo de pago|plan de (?:paiement|remboursement)|echeancier|a plazos|mensualidades|en (?:\d+|dos|tres|cuatro|varias|varios) (?:veces|pagos|partes)|en (?:\d+|plusieurs|trois|deux|quatre) (?:fois|versements|paiements|mensualites)|echelonn\w*|mensualites|paiement echelonne)\b/;
const NOT_PLAN = /\bnext time\b|\b(?:pay|payment|check|cheque|bacs|supplier|vendor|ap) (?:run|cycle|batch)\b|\bdirect debit\b(?![^.]*\b(?:monthly|instal))/;

const QUESTION_MARK = /\?|^(?:can|could|would|will|do|does|did|is|are|what|whats|what's|how|where|when|which|who|why|any|have you|have u|has anyone|puedo|puede|pueden|podria|podrian|cual|como|donde|quien|est-ce|pouvez|pourriez|peut|qui|quel|quelle|comment|ou)\b/;

const QUESTION_KINDS: ReadonlyArray<[QuestionKind, RegExp]> = [
  ['who_is_this', /\bwho (?:the (?:hell|heck|fuck) |tf |on earth |exactly )?(?:is|are|r|'s) (?:this|you|u|these|ya|dis)\b|\bwho dis\b|\bwho (?:sent|texted|emailed|e-mailed|wrote) (?:this|me|that|these)\b|\bwhose (?:number|phone|company|business) is (?:this|that)\b|\bon whose behalf\b|\bidentify (?:yourself|yourselves|your company|the (?:entity|company|creditor|business))\b|\bauthority to collect\b|\bwho am i (?:speaking|talking|dealing) (?:to|with)\b|\bwho'?s this\b|\bwho (?:is )?this (?:is )?from\b|\bwho even is this\b|\b(?:what|which) (?:company|business|firm|organi[sz]ation)\b|\bscam\b|\blegit\b|\bgenuine\b|\bphishing\b|\bfraud\b|\b(?:don'?t|do not) recogni[sz]e (?:your|the|this) (?:company|name|business|number)\b|\bwho are you\b|\b(?:que|cual) empresa\b|\bno reconozco (?:el|este|su) numero\b|\bquien (?:es|eres|son|habla|me (?:escribe|llama|habla)|es usted|son ustedes)\b|\bvous etes qui\b|\bqui m'(?:ecrit|appelle)\b|\bestafa\b|\bc'est qui\b|\bqui (?:etes|est)[- ]vous\b|\bqui est[- ]ce\b|\barnaque\b|\bne connais pas (?:votre|vos|cette|ce) (?:societe|entreprise|boite|compagnie|nom|cabinet)\b|\bno conozco (?:su|esta|la) (?:empresa|compania)\b/],
  ['bank_details', /\bbank(?:ing)? (?:details|info|information|account)\b|\b(?:paybill|till|gcash|mpesa|m-pesa|zelle|venmo|cash ?app) (?:number|no|#|details|tag|handle|account)\b|\baccount (?:number|no|#|details)\b|\bsort ?code\b|\bclabe\b|\buen\b|\bupi (?:id|handle)\b|\bvpa\b|\biban\b|\bswift\b|\bbic\b|\brouting (?:number|no)\b|\bbsb\b|\bifsc\b|\brib\b|\bnumero de cuenta\b|\bcuenta bancaria\b|\bdatos bancarios\b|\bcoordonnees bancaires\b/],
  ['invoice_copy', re(String.raw`\b(?:send|resend|re-send|email|e-mail|forward|get|need|want|receive|mail|post|share|provide|issue|supply)\b(?:\s+(?:me|us|over|across|through|again|a|an|the|this|that|my|our|your|copy|copies|of|original|pdf|full|proper|new|another|it|as|please|pls|one|more|detailed|paper|digital|tax|gst|vat|final|paid|proforma|signed|stamped))*\s+(?:invoice|invoices|bill|receipt|receipts|statement|copy|pdf|delivery note|link|payment link|factura|facture|recibo)\b(?!\s+(?:number|no)\b)|\bcopy of (?:the|my|our|this|your)\b|\bitemi[sz]\w*\b|${INVOICE_NOT_RECEIVED}|\b(?:enviar|reenviar|mandar)(?:me|nos)? (?:la|una copia de la) factura\b|\b(?:renvoyer|envoyer|transmettre|adresser) (?:la|une|une copie de la|le) (?:facture|recu)\b`)],
  ['payment_methods', /\bpay (?:by|with|w|via|using|through|over|on|in) (?:card|credit|debit|paypal|cash|cheque|check|apple pay|google pay|venmo|zelle|cash ?app|gcash|paynow|upi|m-?pesa|interac|e-?transfer|direct debit|bank transfer|transfer|the phone|phone|online|crypto|bitcoin|stripe|klarna|afterpay|bizum|store)\b|\bpay (?:in )?(?:cash|card|crypto)\b|\bpay in (?:store|person|the shop|branch)\b|\b(?:do|does|can) (?:you|u) (?:take|accept)\b(?!\s+(?:me|us|my|our)\b)|\b(?:do|does) (?:you|u|your (?:company|business|firm)) (?:have|do|use|offer) (?:a )?(?:paypal|venmo|zelle|cash ?app|apple pay|google pay|bizum|stripe|klarna|card (?:payments?|machine|reader)|direct debit|online payments?|a payment link)\b|\b(?:how|where) (?:do|can|should|could) (?:i|we) (?:pay|send (?:the |a |my )?(?:cheque|check|payment|money))\b|\bhow (?:to|do i) pay\b|\bway to pay\b|\bpayment (?:options|methods|method|link)\b|\baccept (?:payment by|cards?|paypal|cheques?)\b|\b(?:pagar|pago) con (?:tarjeta|paypal|bizum|efectivo)\b|\bcomo (?:puedo )?pagar\b|\baceptan\b|\bpayer par (?:carte|cheque|virement|paypal)\b|\bcomment (?:puis-je )?payer\b|\bmoyens? de paiement\b|\bdirect debit\b/],
  ['other', /\b(?:what|which) (?:is|was|'s|s)? ?(?:this|the) (?:invoice|bill|charge|payment)? ?for\b|\bwhat (?:this|the|that) (?:\S+ ){0,3}(?:is|was|covers|includes) (?:for|about)?\b|\b(?:what|whats|what's|what is) (?:this|that|the) (?:[$£€₹]?\d[\d,.]* )?(?:"?[\w-]+"? ){0,2}(?:charge|fee|line|item|amount|cost|surcharge|adjustment)\b|\bcual es el (?:total|saldo|importe|monto|adeudo)\b|\bque (?:le )?debo\b|\bwhat is this for\b|\bwhat'?s (?:this|it|that) (?:\w+ )?for\b|\bwhich (?:job|order|visit|service|invoice|project|property|unit|site|address|location|branch|store|shop|month|period|delivery|account)\b|\bhow much (?:do|does|is|are|did)\b|\b(?:balance|outstanding|due date|when was this due|when is (?:this|it) due|vat included|vat|tax included|relates? to)\b|\bwhat do i owe\b|\bis (?:this|it) for (?:the|my|our)\b|\b(?:a )?breakdown of (?:the )?(?:charges|costs|invoice|bill)\b|\b(?:do|must|should) (?:i|we) (?:have to |need to )?pay (?:the (?:whole|full)|all|everything|it all)\b|\bconfirm (?:the |my |our )?(?:amount|balance|total|figure)\b|^(?:has|have|was|were|is|did)\s+(?:it|this|that|the \w+|my \w+|inv\S*)\s+(?:\w+\s+)?(?:been\s+)?(?:paid|settled|received)\b|^(?:have|had|did) (?:i|we) (?:already |actually |ever )?(?:paid|pay|settled|settle)\b|\b(?:this|it|that|the (?:invoice|bill|account|balance)|(?:this|that) one|inv\S*) (?:is )?still (?:open|outstanding|owing|unpaid|due)\b|\bis there (?:a|any) (?:late )?(?:fee|charge|penalty|interest)\b|\b(?:fee|charge|penalty|interest) if\b|\bcuanto (?:debo|es)\b|\bcombien\b|\bde que es (?:esta|la|este)\b|\ba que corresponde\b|\bpor que (?:me )?(?:cobran|cobraron|llega)\b|\ba quoi correspond\b|\bc'est pour quoi\b|\bpourquoi (?:cette|ce|une) (?:facture|montant)\b/],
];

/** A question asked as a statement: "I don't understand what this charge is for", "I can't tell what the £340 covers". */
const EMBEDDED_QUESTION = /\b(?:don'?t|do not|can'?t|cannot|couldn'?t) (?:understand|see|tell|work out|figure out|make out)\b|\b(?:not sure|no idea|unclear|confused about) (?:what|why|how|which)\b|\bno entiendo\b|\bje ne comprends pas\b/;

/** Questions about the invoice, the account or paying it, and which kind. */
function question(folded: string): RuleHit | undefined {
  for (const [kind, pattern] of QUESTION_KINDS) {
    const m = pattern.exec(folded);
    if (!m) continue;
    if (kind === 'invoice_copy' && /\b(?:revised|corrected|amended|correct|revise|amend)\b/.test(folded)) continue;
    // Only a real question or request counts, except for kinds whose words are already a request.
    const direct = QUESTION_MARK.test(folded) || INVOICE_NOT_RECEIVED_RE.test(folded) || /\b(?:please|pls|plz|kindly|send|resend|need|want|tell me|let me know|forward|provide|share|communiquer|envoyer|renvoyer|enviar|reenviar)\b/.test(folded);
    // Said as a statement ("I don't understand what this charge is for"): a question only when the
    // message says nothing else (readReply drops it otherwise).
    const embedded = !direct && EMBEDDED_QUESTION.test(folded);
    const asked = direct || embedded;
    if (!asked && kind !== 'who_is_this') continue;
    if (kind === 'other' && !asked) continue;
    return { intent: 'question', confidence: embedded ? SUGGESTIVE - 0.05 : kind === 'other' ? SUGGESTIVE : DECISIVE - 0.05, start: m.index, end: m.index + m[0].length, rule: embedded ? 'question:embedded' : `question:${kind}`, questionKind: kind };
  }
  return undefined;
}

const FUTURE_MARKER = /\b(?:will|'ll|ll|gonna|going to|shall|the rest|other half|remaining|balance|tomorrow|next)\b/;

/** Asking for information without a question mark ("please advise the balance"). */
export const ASKS_FOR_INFORMATION = /\b(?:please advise|let (?:me|us) know|(?:can|could|would) you (?:please )?(?:tell|explain|confirm|clarify|let me know|check)|please (?:confirm|explain|clarify|tell)|i (?:need|want|would like|'d like) to know|wondering|querying|query (?:about|on|regarding))\b/;

/** What a question must be about for the classifier to call it one (unrelated chatter is `other`). */
export const INVOICE_TOPIC = /\b(?:invoice|invoices|bill|billing|billed|pay|paid|paying|payment|payments|account|amount|balance|bank(?! holidays?)|card|owe|owed|due|charge|charged|charges|fee|fees|price|cost|receipt|statement|vat|tax|money|transfer|debt|iban|cheque|check|factura|pago|pagar|cuenta|importe|deuda|cobro|facture|paiement|payer|compte|montant|dette)\b/;

// Text-speak the rules read as the words it stands for. Rules see this copy; evidence offsets
// come from the clause, so the copy may change length.
const TEXT_SPEAK: ReadonlyArray<[RegExp, string]> = [
  [/\bu\b(?!')/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\b(?:thru|thruogh|throuhg)\b/g, 'through'],
  [/\br\b(?!')/g, 'are'],
  [/\bb\b(?!')/g, 'be'],
  [/\bn\b(?!')/g, 'and'],
  [/\b(?:pls|plz|plse)\b/g, 'please'],
  [/\b(?:yday|yest|ystrdy|yesterdy)\b/g, 'yesterday'],
  [/\b(?:tmrw|tmr|tmro|tmrow|tomoz|2moro|2morrow|tomoro|tomorro|tommorow|tommorrow|tomorow|tmorrow)\b/g, 'tomorrow'],
  // misspelt days and common words, so the rules read what was meant
  [/\b(?:yestrday|yesturday|yesterdy|yesteday)\b/g, 'yesterday'],
  [/\b(?:fryday|firday|frday)\b/g, 'friday'],
  [/\bmunday\b/g, 'monday'],
  [/\b(?:teusday|tusday)\b/g, 'tuesday'],
  [/\b(?:wednsday|wensday|wedsday)\b/g, 'wednesday'],
  [/\b(?:thursdy|thurday|thrusday)\b/g, 'thursday'],
  [/\b(?:saterday|satuday)\b/g, 'saturday'],
  [/\bsundy\b/g, 'sunday'],
  [/\b(?:wil|wll)\b/g, 'will'],
  [/\b(?:sended|sendet|sented)\b/g, 'sent'],
  [/\b(?:transfered|tranferred|transfert|transferd)\b/g, 'transferred'],
  [/\b(?:payd|paied|paided)\b/g, 'paid'],
  [/\bteh\b/g, 'the'],
  [/\b(?:numbr|nmber|numba)\b/g, 'number'],
  [/\b(?:wk)\b/g, 'week'],
  [/\b(?:acc|acct)\b/g, 'account'],
  [/\b(?:wat|wot|wht)\b/g, 'what'],
  [/\bgimme\b/g, 'give me'],
  [/\b(?:gonna)\b/g, 'going to'],
  [/\b(?:wanna)\b/g, 'want to'],
  [/\b(?:atm)\b/g, 'at the moment'],
  [/\b(?:thx|thnx|ty)\b/g, 'thanks'],
  [/\b(?:txt|txts)\b/g, 'texts'],
  [/\b(?:msg|msgs)\b/g, 'messages'],
];

export function readAsWords(folded: string): string {
  let out = folded;
  for (const [pattern, words] of TEXT_SPEAK) out = out.replace(pattern, words);
  return out;
}

/**
 * The strong rules of one clause. `original` is the clause as written (for capitalised names);
 * `folded` its folded twin.
 */
export function ruleClause(clauseFolded: string, original: string): ClauseRuling {
  const folded = readAsWords(clauseFolded);
  const hits: RuleHit[] = [];
  const vetoes = new Set<ReplyIntentName>();
  const has = (intent: ReplyIntentName) => hits.some((h) => h.intent === intent);

  const wrong = wrongPerson(folded, original);
  if (wrong) hits.push(wrong);

  const paid = paidAlready(folded);
  if (paid.hit) hits.push(paid.hit);
  else if (paid.veto) vetoes.add('paid_already');

  const missingInvoice = INVOICE_NOT_RECEIVED_RE.test(folded);
  const disputed = dispute(folded);
  // "living on my pension, I haven't got it this month": the money is what they have not got.
  const moneyNotGot =
    disputed?.reason === 'not_received' &&
    /\b(?:got|get)\b/.test(folded.slice(disputed.start, disputed.end)) &&
    (HARDSHIP.test(folded) || /\b(?:got|get) (?:it|the money|that much|enough)\b[^.]*\b(?:this|until|till|before) (?:month|week|payday|pay day)\b/.test(folded));
  if (disputed && !(missingInvoice && disputed.reason === 'not_received') && !moneyNotGot) hits.push(disputed);
  // "never got the invoice" is a request for a copy, not a dispute about the goods; and not being
  // able to pay ("I can't pay today") is no refusal.
  if (!disputed && (missingInvoice || /\b(?:can'?t|cannot|can not|unable to|not able to|couldn'?t)\s+(?:\w+\s+)?(?:pay|afford|manage)\b/.test(folded))) vetoes.add('dispute');

  // Paying by phone is no call request, unless they also ask to be rung ("ring me tomorrow and I'll pay over the phone").
  const askedToBeRung = /\b(?:call|ring|phone|bell|buzz) (?:me|us)\b/.test(folded) && !/\b(?:don'?t|do not|never|no|stop)\s+(?:\w+\s+)?(?:call|ring|phone)\b/.test(folded);
  if (CALLBACK.test(folded) && (!NOT_CALLBACK.test(folded) || askedToBeRung)) {
    const m = CALLBACK.exec(folded)!;
    hits.push({ intent: 'callback_request', confidence: DECISIVE, start: m.index, end: m.index + m[0].length, rule: 'callback' });
  }

  const promise = promiseToPay(folded, Boolean(paid.hit));
  const payVerb = FUTURE_PAY_VERB.test(folded);
  if (promise) hits.push(promise);
  // A promise needs a day (or a day the customer cannot name yet), a payment the customer makes,
  // and no condition; a past payment or a call request with a day is no promise.
  else if (
    CONDITIONAL_PAY.test(folded) ||
    !(DATED.test(folded) || VAGUE_TIME.test(folded) || /\bnow\b/.test(folded)) ||
    !payVerb ||
    (PROMISE_NEGATED.test(folded) && !UNTIL_DAY.test(folded)) ||
    (paid.hit && !FUTURE_MARKER.test(folded)) ||
    ASKS_US.test(folded)
  )
    vetoes.add('promise_to_pay');

  const hardship = HARDSHIP.exec(folded);
  if (hardship) hits.push({ intent: 'hardship', confidence: SUGGESTIVE + 0.05, start: hardship.index, end: hardship.index + hardship[0].length, rule: 'hardship' });

  const plan = PLAN.exec(folded);
  // "chemo every week": a rhythm alone is no plan unless money goes with it.
  const rhythmOnly =
    plan !== null &&
    /^(?:per|each|every) /.test(plan[0]) &&
    !/\b(?:pay|paying|payment|payments|send|sending|put|give|instal\w*|amount|something|a bit|a little)\b|[$£€₹]/.test(folded) &&
    !/(?:\d|\bdo|\bpart|\bone)\s+$/.test(folded.slice(0, plan.index));
  if (plan && !NOT_PLAN.test(folded) && !rhythmOnly) hits.push({ intent: 'payment_plan_request', confidence: DECISIVE - 0.05, start: plan.index, end: plan.index + plan[0].length, rule: 'payment-plan' });

  const asked = question(folded);
  // A question about the invoice in general ("...the outstanding amount?") asked to make another
  // request (a plan, a dispute, a promise) is that request, not a question of its own; so is
  // "did you receive my payment?".
  if (asked && !(asked.questionKind === 'other' && (has('payment_plan_request') || has('dispute') || has('promise_to_pay') || has('paid_already')))) hits.push(asked);
  // The classifier may only call a clause a question when it is one, and not when a rule already
  // read the question as a specific request ("can I pay in instalments?", "can you call me?").
  if (!asked && (!QUESTION_MARK.test(folded) || has('payment_plan_request') || has('callback_request') || has('promise_to_pay') || has('wrong_person')))
    vetoes.add('question');

  return { hits, vetoes };
}
