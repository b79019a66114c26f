// The trained layer of the reply reader: NLP.js's one-layer network (@nlpjs/neural, one
// perceptron per label, so several labels can hold at once) over features built here.
//
// Features aim at what generalises rather than at the corpus's phrasings:
//  - words lightly stemmed, with spelling variants folded ("pd", "payed" → paid; "u" → you);
//  - days, amounts, numbers, phone numbers and references replaced by placeholders, so "Friday"
//    and "the 15th" teach the same thing;
//  - negation marked on the two words after it ("haven't paid yet" → not_paid), so tense and
//    negation survive the bag of words;
//  - concepts shared by English, Spanish and French ("pagar", "payer", "pay" → c:pay), so the
//    many English examples help the few Spanish and French ones;
//  - cues from the rules' vocabulary (a day is named, a question is asked). Word pairs were
//    tried and dropped: on this corpus they memorise phrasings and cross-validate worse.
// Training is in-process and deterministic: no download, no clock, no randomness.
import { NeuralNetwork, type TrainingExample } from '@nlpjs/neural';
import { isDated, maskPaidIdioms } from './rules';

export type Features = Record<string, number>;

const SPELLING: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:pd|payed|piad)\b/g, 'paid'],
  [/\b(?:u)\b/g, 'you'],
  [/\b(?:ur)\b/g, 'your'],
  [/\b(?:pls|plz|plse|pleas)\b/g, 'please'],
  [/\b(?:tmrw|tmr|tmro|tmrow|tomorow|2moro|2morrow|tomoz)\b/g, 'tomorrow'],
  [/\b(?:recieved|recived|receieved)\b/g, 'received'],
  [/\b(?:recieve|recive)\b/g, 'receive'],
  [/\b(?:wil|wll)\b/g, 'will'],
  [/\b(?:gonna|going to)\b/g, 'will'],
  [/\b(?:cannot|can not|can't|cant)\b/g, 'cant'],
  [/\b(?:won't|wont|will not)\b/g, 'wont'],
  [/\b(?:don't|dont|do not)\b/g, 'dont'],
  [/\b(?:didn't|didnt|did not)\b/g, 'didnt'],
  [/\b(?:haven't|havent|have not)\b/g, 'havent'],
  [/\b(?:hasn't|hasnt|has not)\b/g, 'hasnt'],
  [/\b(?:isn't|isnt|is not)\b/g, 'isnt'],
  [/\b(?:i'll|ill)\b/g, 'i will'],
  [/\b(?:we'll)\b/g, 'we will'],
  [/\b(?:i'm|im)\b/g, 'i am'],
  [/\b(?:i've|ive)\b/g, 'i have'],
  [/\b(?:msg|msgs|txt|txts|sms|smses|whatsapps?)\b/g, 'message'],
  [/\b(?:e-mail|e-mails|emails)\b/g, 'email'],
];

const PLACEHOLDERS: ReadonlyArray<[RegExp, string]> = [
  [/\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g, ' _email '],
  [/(?:\+?\d[\d ()-]{7,}\d)/g, ' _phone '],
  [/\b(?:inv|invoice|ref|rma|wt|txn)[- #]?\d[\w-]*/g, ' _ref '],
  [/[$£€₹]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:€|eur|euros|dollars|usd|gbp|pounds|rs|inr)\b/g, ' _money '],
];

// Words of the three languages that mean the same to a collections clerk (folded, unstemmed or
// stemmed). A word may belong to several concepts ("wrong": a wrong amount or a wrong number).
const CONCEPTS: Record<string, readonly string[]> = {
  paid: ['paid', 'settled', 'transferred', 'wired', 'remitted', 'cleared', 'sent', 'posted', 'processed', 'completed', 'made', 'done', 'pague', 'pagado', 'pagada', 'pagamos', 'abonado', 'abonada', 'abone', 'transferi', 'transferido', 'hice', 'paye', 'payee', 'regle', 'reglee', 'vire', 'effectue', 'envoye', 'fait'],
  pay: ['pay', 'paying', 'payment', 'settle', 'clear', 'transfer', 'wire', 'pagar', 'pagare', 'pagaremos', 'pago', 'abonar', 'payer', 'paie', 'paierai', 'paierons', 'paiement', 'regler', 'reglerai', 'reglerons', 'virer', 'virement'],
  future: ['will', 'shall', 'tomorrow', 'tonight', 'next', 'soon', 'later', 'manana', 'demain', 'prochaine', 'prochain', 'proxima', 'proximo', 'pagare', 'paierai', 'reglerai', 'vais', 'voy'],
  past: ['yesterday', 'ago', 'last', 'already', 'earlier', 'ayer', 'hier', 'deja', 'ya', 'pasada', 'pasado', 'derniere', 'dernier'],
  day: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'today', 'tomorrow', 'tonight', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'hoy', 'manana', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'demain', 'week', 'month', 'semana', 'mes', 'semaine', 'mois', 'payday', 'weekend'],
  money: ['money', 'funds', 'cash', 'dinero', 'argent', 'income', 'salary', 'wages', 'budget', 'ingresos', 'revenus', 'sueldo', 'salaire'],
  job: ['job', 'employment', 'trabajo', 'empleo', 'emploi', 'redundant', 'laid', 'unemployed', 'paro', 'chomage', 'redundancy'],
  health: ['hospital', 'sick', 'ill', 'illness', 'surgery', 'cancer', 'covid', 'doctor', 'medical', 'hopital', 'malade', 'maladie', 'enfermo', 'enferma', 'salud', 'sante', 'died', 'funeral'],
  hardship: ['struggling', 'struggle', 'afford', 'tight', 'broke', 'hardship', 'difficult', 'difficulties', 'dificultades', 'difficultes', 'bereavement', 'emergency', 'benefits', 'debt', 'crisis', 'hard', 'tough'],
  dispute: ['wrong', 'incorrect', 'mistake', 'error', 'overcharged', 'dispute', 'disputing', 'disagree', 'refuse', 'unfair', 'ridiculous', 'joke', 'owe', 'agreed', 'agree', 'mal', 'incorrecto', 'faux', 'errone', 'conteste', 'warranty', 'guarantee', 'lawyer', 'solicitor', 'attorney', 'court', 'abogado', 'avocat'],
  amount: ['amount', 'total', 'price', 'charge', 'charged', 'fee', 'fees', 'cost', 'quote', 'quoted', 'discount', 'importe', 'precio', 'montant', 'prix', 'overcharged', 'twice', 'duplicate', 'double'],
  delivery: ['delivered', 'delivery', 'arrived', 'arrive', 'received', 'receive', 'parcel', 'package', 'order', 'ordered', 'goods', 'items', 'shipped', 'pedido', 'entrega', 'llego', 'recibi', 'commande', 'livraison', 'colis', 'recu', 'livre', 'mercancia', 'marchandise'],
  never: ['never', 'nunca', 'jamais', 'nothing', 'nada', 'rien'],
  quality: ['broken', 'damaged', 'faulty', 'defective', 'poor', 'terrible', 'awful', 'bad', 'rubbish', 'badly', 'danado', 'danada', 'roto', 'casse', 'abime', 'defectueux', 'complaint', 'fix', 'fixed', 'repair'],
  returned: ['returned', 'back', 'return', 'refund', 'devolvi', 'devuelto', 'renvoye', 'retourne', 'rendu'],
  invoice: ['invoice', 'bill', 'statement', 'receipt', 'factura', 'recibo', 'facture'],
  copy: ['copy', 'resend', 'pdf', 'send', 'forward', 'copia', 'copie', 'renvoyer', 'reenviar', 'enviar', 'envoyer', 'email'],
  bank: ['bank', 'iban', 'account', 'sort', 'routing', 'swift', 'bic', 'rib', 'cuenta', 'banco', 'bancaire', 'banque', 'details'],
  method: ['card', 'paypal', 'cheque', 'cash', 'debit', 'apple', 'venmo', 'zelle', 'tarjeta', 'carte', 'efectivo', 'especes', 'online', 'link'],
  who: ['who', 'quien', 'qui', 'company', 'scam', 'legit', 'recognise', 'recognize', 'fraud'],
  plan: ['instalments', 'installments', 'instalment', 'installment', 'plan', 'monthly', 'weekly', 'split', 'spread', 'arrangement', 'schedule', 'plazos', 'cuotas', 'fraccionar', 'mensual', 'mensuales', 'echelonner', 'fois', 'mensualites', 'parts', 'chunks', 'instead'],
  person: ['person', 'name', 'someone', 'else', 'nobody', 'longer', 'left', 'moved', 'anymore', 'equivocado', 'equivocada', 'mauvais', 'personne', 'persona', 'ex'],
  number: ['number', 'numero', 'phone', 'telephone', 'mobile', 'contact'],
  call: ['call', 'ring', 'phone', 'talk', 'speak', 'discuss', 'llamar', 'llamame', 'hablar', 'telefono', 'appeler', 'rappeler', 'rappelez', 'telephone', 'parler', 'manager'],
  stop: ['stop', 'unsubscribe', 'remove', 'opt', 'baja', 'desabonner', 'arretez', 'dejen', 'cease'],
  away: ['office', 'leave', 'vacation', 'holiday', 'away', 'return', 'oficina', 'vacaciones', 'bureau', 'conges', 'absent', 'absente', 'automatic', 'monitored'],
  thanks: ['thanks', 'thank', 'gracias', 'merci', 'cheers', 'ok', 'okay', 'noted', 'great', 'perfect', 'fine', 'cool', 'sure', 'alright', 'got'],
  ask: ['how', 'what', 'where', 'when', 'which', 'can', 'could', 'como', 'cual', 'donde', 'comment', 'quel', 'quelle', 'ou', 'puedo', 'pouvez'],
};
const CONCEPT_OF = new Map<string, string[]>();
for (const [concept, words] of Object.entries(CONCEPTS)) for (const w of words) CONCEPT_OF.set(w, [...(CONCEPT_OF.get(w) ?? []), concept]);

const NEGATORS = new Set(['not', 'no', 'never', 'dont', 'cant', 'wont', 'didnt', 'havent', 'hasnt', 'isnt', 'nunca', 'jamais', 'pas', 'ne', 'nobody', 'nothing', 'nadie', 'nada']);
const IGNORED = new Set(['the', 'a', 'an', 'to', 'of', 'and', 'it', 'this', 'that', 'is', 'be', 'el', 'la', 'los', 'las', 'de', 'le', 'les', 'des', 'du', 'et', 'y']);

/** A light stemmer good enough for three languages: plurals, gerunds and long endings trimmed. */
function stem(word: string): string {
  if (word.startsWith('_') || word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) w = w.slice(0, -1);
  return w.length > 8 ? w.slice(0, 8) : w;
}

/** Words of a folded text, spelling folded and placeholders in. */
export function wordsOf(folded: string): string[] {
  let t = maskPaidIdioms(folded);
  for (const [pattern, replacement] of PLACEHOLDERS) t = t.replace(pattern, replacement);
  for (const [pattern, replacement] of SPELLING) t = t.replace(pattern, replacement);
  t = t.replace(/'/g, '');
  t = t.replace(/\b\d+(?:st|nd|rd|th)?\b/g, ' _num ');
  return t.split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
}

export function featuresOf(folded: string): Features {
  const features: Features = {};
  const words = wordsOf(folded);
  let negated = 0;
  for (const word of words) {
    if (NEGATORS.has(word)) {
      negated = 2;
      features._neg = 1;
      continue;
    }
    const s = stem(word);
    const concepts = CONCEPT_OF.get(word) ?? CONCEPT_OF.get(s) ?? [];
    const prefix = negated > 0 ? 'not_' : '';
    if (negated > 0) negated -= 1;
    if (!IGNORED.has(word)) {
      features[`${prefix}${s}`] = 1;
      for (const concept of concepts) features[`${prefix}c:${concept}`] = 1;
    }
  }
  if (isDated(folded)) features['cue:dated'] = 1;
  if (folded.includes('?')) features['cue:question'] = 1;
  if (/[\p{Extended_Pictographic}]/u.test(folded) && words.length === 0) features['cue:emoji-only'] = 1;
  if (words.length <= 2) features['cue:short'] = 1;
  return features;
}

export interface LabelledText {
  folded: string;
  labels: readonly string[];
}

export interface ClassifierOptions {
  iterations?: number;
}

/** Labels with their score (0..1), for one text. */
export type Scores = Record<string, number>;

export class TextClassifier {
  private constructor(
    private readonly network: NeuralNetwork,
    readonly labels: readonly string[],
  ) {}

  static train(examples: readonly LabelledText[], options: ClassifierOptions = {}): TextClassifier {
    const labels = [...new Set(examples.flatMap((e) => e.labels))].sort();
    const network = new NeuralNetwork({ iterations: options.iterations ?? 60, log: false });
    const data: TrainingExample[] = examples.map((e) => ({
      input: featuresOf(e.folded),
      output: Object.fromEntries(e.labels.map((l) => [l, 1])),
    }));
    if (data.length > 0) network.train(data);
    return new TextClassifier(network, labels);
  }

  score(folded: string): Scores {
    const raw = this.network.run(featuresOf(folded)) ?? {};
    const scores: Scores = {};
    for (const label of this.labels) scores[label] = Math.max(0, Math.min(1, raw[label] ?? 0));
    return scores;
  }

  /** The best label and its score, or undefined when no label scores above zero. */
  best(folded: string): { label: string; score: number } | undefined {
    let best: { label: string; score: number } | undefined;
    for (const [label, score] of Object.entries(this.score(folded))) if (score > 0 && (!best || score > best.score)) best = { label, score };
    return best;
  }
}
