// Which of Remit's three languages a reply is written in, by counting each language's common
// words (and a few letters only one of them uses). Explainable and good enough for choosing
// date words and rules; English wins ties, as most replies are English.
import type { ReplyLanguage } from './types';
import { foldText } from './sentences';

const COMMON_WORDS: Record<ReplyLanguage, readonly string[]> = {
  en: [
    'the', 'i', 'you', 'is', 'it', 'to', 'and', 'of', 'my', 'me', 'this', 'that', 'will', 'can', 'we', 'your',
    'please', 'pay', 'paid', 'not', 'have', 'has', 'on', 'for', 'in', 'be', 'was', 'are', 'am', 'im', 'dont',
    'cant', 'ill', 'thanks', 'thank', 'hi', 'hello', 'who', 'what', 'how', 'when', 'with', 'invoice', 'stop',
    'number', 'wrong', 'call', 'already', 'tomorrow', 'today', 'week', 'month', 'friday', 'monday', 'next',
    'by', 'at', 'u', 'ur', 'pls', 'send', 'did', 'do', 'no', 'yes', 'ok', 'an', 'a', 'our', 'us', 'out', 'office',
  ],
  es: [
    'el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'esta',
    'ya', 'lo', 'le', 'les', 'se', 'mi', 'su', 'sus', 'me', 'te', 'pago', 'pague', 'pagar', 'factura', 'hola',
    'gracias', 'favor', 'manana', 'hoy', 'semana', 'mes', 'viernes', 'lunes', 'no', 'si', 'mas', 'nunca',
    'puedo', 'puede', 'pueden', 'quien', 'como', 'cuando', 'hasta', 'dinero', 'trabajo', 'baja', 'numero',
    'equivocado', 'llamame', 'buenos', 'dias', 'saludos', 'atentamente', 'estoy', 'tengo', 'pedido', 'cuenta',
    'tarjeta', 'ahora', 'mismo', 'al', 'fin', 'resto', 'mitad', 'dejen', 'escriban', 'oficina', 'sin',
    'pagaremos', 'pagare', 'pagamos', 'pagado', 'pagada', 'abonado', 'transferencia', 'hago', 'hare', 'final',
    'conozco', 'esa', 'ese', 'eso', 'esto', 'usted', 'ustedes', 'nos', 'pero', 'muy', 'bien', 'ayer', 'llego',
  ],
  fr: [
    'le', 'la', 'les', 'de', 'des', 'du', 'et', 'en', 'un', 'une', 'je', 'j', 'vous', 'nous', 'est', 'ce', 'c',
    'pas', 'ne', 'n', 'plus', 'mon', 'ma', 'mes', 'votre', 'vos', 'pour', 'avec', 'sur', 'facture', 'bonjour',
    'merci', 'demain', 'semaine', 'mois', 'vendredi', 'lundi', 'jeudi', 'paie', 'payer', 'paye', 'regle',
    'reglee', 'deja', 'jamais', 'qui', 'quoi', 'comment', 'quand', 'avant', 'argent', 'emploi', 'numero',
    'mauvais', 'cordialement', 'suis', 'ai', 'au', 'aux', 'fin', 'prochaine', 'svp', 'stp', 'bureau', 'oui',
    'non', 'd', 'l', 'm', 'qu', 's', 'il', 'elle', 'mais', 'donc', 'ou', 'par', 'virement',
    'paiement', 'prevu', 'payerai', 'paierai', 'reglerai', 'cheque', 'hier', 'aujourd', 'hui', 'vos', 'etes',
    'avons', 'sommes', 'cette', 'cela', 'ca', 'tres', 'bien', 'rappeler', 'appeler', 'envoyer', 'renvoyer',
  ],
};

const LOOKUP = new Map<string, ReplyLanguage[]>();
for (const lang of Object.keys(COMMON_WORDS) as ReplyLanguage[]) {
  for (const w of COMMON_WORDS[lang]) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

/** Letters or marks one language uses and the others do not (checked on the unfolded text). */
const SIGNATURE_MARKS: Record<ReplyLanguage, RegExp> = {
  en: /(?!)/,
  es: /[ñ¿¡]|ción\b/giu,
  fr: /[çœèêëîôûù]|\b[jldnmcs]'|\b[jldnmcs]’/giu,
};

export function detectLanguage(text: string): ReplyLanguage {
  const score: Record<ReplyLanguage, number> = { en: 0, es: 0, fr: 0 };
  for (const word of foldText(text).split(/[^\p{L}]+/u)) {
    // A word shared by several languages ("no", "la") counts for each, a little less.
    const langs = LOOKUP.get(word);
    if (langs) for (const l of langs) score[l] += 1 / langs.length;
  }
  for (const lang of ['es', 'fr'] as const) score[lang] += 1.5 * (text.match(SIGNATURE_MARKS[lang])?.length ?? 0);
  let best: ReplyLanguage = 'en';
  for (const lang of ['es', 'fr'] as const) if (score[lang] > score[best]) best = lang;
  return best;
}
