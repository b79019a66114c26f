// Shared measurement code of the reply reader's evaluations (scripts/eval-intent.ts, scripts/eval-fresh.ts):
// per-intent precision/recall/F1, macro/micro-F1, date/reason/kind accuracy, the confusion matrix.
import { performance } from 'node:perf_hooks';
import { trainReplyReader, type ReplyReader } from '../src/domain/intent/readReply';
import { REPLY_INTENTS, type LabelledReply, type ReplyIntentName, type ReplyReading, type ReplyToRead } from '../src/domain/intent/types';

export const TARGETS = { macroF1: 0.9, optOutRecall: 1, paidPrecision: 0.95, promisePrecision: 0.95 };

export interface Scored {
  reply: LabelledReply;
  reading: ReplyReading;
}

export interface Report {
  name: string;
  messages: number;
  perIntent: Array<{ intent: ReplyIntentName; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number; support: number }>;
  macroF1: number;
  microF1: number;
  exactSet: number;
  optOutRecall: number;
  paidPrecision: number;
  promisePrecision: number;
  dateAccuracy: Ratio;
  returnDateAccuracy: Ratio;
  reasonAccuracy: Ratio;
  kindAccuracy: Ratio;
  languageAccuracy: Ratio;
  lowConfidence: number;
  confusion: Map<string, Map<string, number>>;
  trainMs: number[];
  readMsPerMessage: number;
}

export interface Ratio {
  hit: number;
  of: number;
}

export function toRead(r: LabelledReply): ReplyToRead {
  return { text: r.text, channel: r.channel, receivedAt: new Date(r.receivedAt), timeZone: r.timeZone, subject: r.subject, headers: r.headers };
}

/** mulberry32: a small seeded generator, so the folds are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = seeded(seed);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export async function timedTrain(corpus: LabelledReply[]): Promise<{ reader: ReplyReader; ms: number }> {
  const t0 = performance.now();
  const reader = await trainReplyReader(corpus);
  return { reader, ms: performance.now() - t0 };
}

export function readAll(reader: ReplyReader, replies: LabelledReply[]): { scored: Scored[]; ms: number } {
  const t0 = performance.now();
  const scored = replies.map((reply) => ({ reply, reading: reader.read(toRead(reply)) }));
  return { scored, ms: performance.now() - t0 };
}

export const ratio = (r: Ratio) => (r.of === 0 ? NaN : r.hit / r.of);
export const sameDays = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().every((d, i) => d === [...b].sort()[i]);

export function report(name: string, scored: Scored[], trainMs: number[], readMs: number): Report {
  const counts = new Map(REPLY_INTENTS.map((i) => [i, { tp: 0, fp: 0, fn: 0 }]));
  let exact = 0;
  const dateAccuracy: Ratio = { hit: 0, of: 0 };
  const returnDateAccuracy: Ratio = { hit: 0, of: 0 };
  const reasonAccuracy: Ratio = { hit: 0, of: 0 };
  const kindAccuracy: Ratio = { hit: 0, of: 0 };
  const languageAccuracy: Ratio = { hit: 0, of: 0 };
  let lowConfidence = 0;
  const confusion = new Map<string, Map<string, number>>();

  for (const { reply, reading } of scored) {
    const expected = new Set(reply.intents.map((i) => i.intent));
    const got = new Set(reading.intents.map((i) => i.intent));
    for (const intent of REPLY_INTENTS) {
      const c = counts.get(intent)!;
      if (expected.has(intent) && got.has(intent)) c.tp += 1;
      else if (got.has(intent)) c.fp += 1;
      else if (expected.has(intent)) c.fn += 1;
    }
    if (expected.size === got.size && [...expected].every((i) => got.has(i))) exact += 1;
    if (reading.lowConfidence) lowConfidence += 1;
    languageAccuracy.of += 1;
    if (reading.language === reply.language) languageAccuracy.hit += 1;

    for (const label of reply.intents) {
      const read = reading.intents.find((i) => i.intent === label.intent);
      if (!read) continue;
      if (label.intent === 'promise_to_pay' && label.dates && label.dates.length > 0) {
        dateAccuracy.of += 1;
        if (sameDays(label.dates, (read.payments ?? []).map((p) => p.date))) dateAccuracy.hit += 1;
      }
      if (label.intent === 'auto_reply' && label.returnDate) {
        returnDateAccuracy.of += 1;
        if (read.returnDate === label.returnDate) returnDateAccuracy.hit += 1;
      }
      if (label.intent === 'dispute') {
        reasonAccuracy.of += 1;
        if (read.reason === (label.reason ?? 'other')) reasonAccuracy.hit += 1;
      }
      if (label.intent === 'question') {
        kindAccuracy.of += 1;
        if (read.questionKind === (label.questionKind ?? 'other')) kindAccuracy.hit += 1;
      }
    }
    if (reply.intents.length === 1) {
      const row = reply.intents[0]!.intent;
      const col = reading.intents[0]!.intent;
      const r = confusion.get(row) ?? new Map<string, number>();
      r.set(col, (r.get(col) ?? 0) + 1);
      confusion.set(row, r);
    }
  }

  const perIntent = REPLY_INTENTS.map((intent) => {
    const { tp, fp, fn } = counts.get(intent)!;
    const precision = tp + fp === 0 ? (tp + fn === 0 ? NaN : 1) : tp / (tp + fp);
    const recall = tp + fn === 0 ? NaN : tp / (tp + fn);
    const f1 = Number.isNaN(precision) || Number.isNaN(recall) || precision + recall === 0 ? (tp + fn === 0 ? NaN : 0) : (2 * precision * recall) / (precision + recall);
    return { intent, tp, fp, fn, precision, recall, f1, support: tp + fn };
  });
  const supported = perIntent.filter((p) => p.support > 0);
  const sum = (f: (p: (typeof perIntent)[number]) => number) => perIntent.reduce((s, p) => s + f(p), 0);
  const microP = sum((p) => p.tp) / (sum((p) => p.tp) + sum((p) => p.fp));
  const microR = sum((p) => p.tp) / (sum((p) => p.tp) + sum((p) => p.fn));
  const of = (i: ReplyIntentName) => perIntent.find((p) => p.intent === i)!;
  return {
    name,
    messages: scored.length,
    perIntent,
    macroF1: supported.reduce((s, p) => s + p.f1, 0) / supported.length,
    microF1: (2 * microP * microR) / (microP + microR),
    exactSet: exact / scored.length,
    optOutRecall: of('opt_out').recall,
    paidPrecision: of('paid_already').precision,
    promisePrecision: of('promise_to_pay').precision,
    dateAccuracy,
    returnDateAccuracy,
    reasonAccuracy,
    kindAccuracy,
    languageAccuracy,
    lowConfidence,
    confusion,
    trainMs,
    readMsPerMessage: readMs / Math.max(1, scored.length),
  };
}

export const f = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
const pad = (s: string | number, n: number) => String(s).padStart(n);
const padEnd = (s: string | number, n: number) => String(s).padEnd(n);
const short: Record<string, string> = {
  paid_already: 'paid',
  promise_to_pay: 'promise',
  dispute: 'dispute',
  question: 'question',
  payment_plan_request: 'plan',
  hardship: 'hardship',
  wrong_person: 'wrong',
  callback_request: 'callback',
  opt_out: 'opt_out',
  auto_reply: 'auto',
  other: 'other',
};

export function print(r: Report): void {
  console.log(`\n=== ${r.name}: ${r.messages} messages ===`);
  console.log(`${padEnd('intent', 22)}${pad('precision', 10)}${pad('recall', 8)}${pad('F1', 7)}${pad('support', 9)}${pad('tp', 5)}${pad('fp', 5)}${pad('fn', 5)}`);
  for (const p of r.perIntent)
    console.log(`${padEnd(p.intent, 22)}${pad(f(p.precision), 10)}${pad(f(p.recall), 8)}${pad(f(p.f1), 7)}${pad(p.support, 9)}${pad(p.tp, 5)}${pad(p.fp, 5)}${pad(p.fn, 5)}`);
  const rr = (x: Ratio) => `${f(ratio(x))} (${x.hit}/${x.of})`;
  console.log('');
  console.log(`macro-F1                      ${f(r.macroF1)}   (target ≥ ${TARGETS.macroF1.toFixed(2)})`);
  console.log(`micro-F1                      ${f(r.microF1)}`);
  console.log(`exact-set accuracy            ${f(r.exactSet)}`);
  console.log(`opt-out recall                ${f(r.optOutRecall)}   (target ${TARGETS.optOutRecall.toFixed(2)})`);
  console.log(`paid_already precision        ${f(r.paidPrecision)}   (target ≥ ${TARGETS.paidPrecision.toFixed(2)})`);
  console.log(`promise_to_pay precision      ${f(r.promisePrecision)}   (target ≥ ${TARGETS.promisePrecision.toFixed(2)})`);
  console.log(`promise date accuracy         ${rr(r.dateAccuracy)}   (true-positive promises with labelled dates)`);
  console.log(`auto-reply return day         ${rr(r.returnDateAccuracy)}`);
  console.log(`dispute reason accuracy       ${rr(r.reasonAccuracy)}`);
  console.log(`question kind accuracy        ${rr(r.kindAccuracy)}`);
  console.log(`language accuracy             ${rr(r.languageAccuracy)}`);
  console.log(`flagged low-confidence        ${r.lowConfidence}/${r.messages}`);
  console.log(`training time                 ${r.trainMs.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`);
  console.log(`read time per message         ${r.readMsPerMessage.toFixed(2)} ms`);

  console.log('\nconfusion, single-intent messages (rows: labelled, columns: top intent read)');
  const cols = REPLY_INTENTS.filter((c) => [...r.confusion.values()].some((row) => row.has(c)) || r.confusion.has(c));
  console.log(padEnd('', 10) + cols.map((c) => pad(short[c]!, 9)).join(''));
  for (const row of REPLY_INTENTS) {
    const counts = r.confusion.get(row);
    if (!counts) continue;
    console.log(padEnd(short[row]!, 10) + cols.map((c) => pad(counts.get(c) ?? '.', 9)).join(''));
  }
}

export function printErrors(scored: Scored[], title = 'corpus messages misread in cross-validation'): void {
  console.log(`\n=== ${title} ===`);
  for (const { reply, reading } of scored) {
    const expected = reply.intents.map((i) => i.intent + (i.reason ? `:${i.reason}` : '') + (i.questionKind ? `:${i.questionKind}` : '') + (i.dates ? JSON.stringify(i.dates) : '') + (i.returnDate ? `@${i.returnDate}` : ''));
    const got = reading.intents.map(
      (i) =>
        `${i.intent}${i.reason ? `:${i.reason}` : ''}${i.questionKind ? `:${i.questionKind}` : ''}${i.payments ? JSON.stringify(i.payments.map((p) => p.date)) : ''}${i.returnDate ? `@${i.returnDate}` : ''}(${i.source} ${i.confidence.toFixed(2)})`,
    );
    const exp = new Set(reply.intents.map((i) => i.intent));
    const gotSet = new Set(reading.intents.map((i) => i.intent));
    const setWrong = exp.size !== gotSet.size || [...exp].some((i) => !gotSet.has(i));
    const detailWrong = reply.intents.some((l) => {
      const r = reading.intents.find((i) => i.intent === l.intent);
      if (!r) return false;
      if (l.intent === 'dispute' && r.reason !== (l.reason ?? 'other')) return true;
      if (l.intent === 'question' && r.questionKind !== (l.questionKind ?? 'other')) return true;
      if (l.intent === 'promise_to_pay' && l.dates && l.dates.length > 0 && !sameDays(l.dates, (r.payments ?? []).map((p) => p.date))) return true;
      if (l.intent === 'auto_reply' && l.returnDate && r.returnDate !== l.returnDate) return true;
      return false;
    });
    if (!setWrong && !detailWrong) continue;
    console.log(`${setWrong ? 'SET ' : 'DETAIL'} ${reply.id} ${JSON.stringify(reply.text).slice(0, 240)}\n    expected ${expected.join(', ')}\n    got      ${got.join(', ')}`);
  }
}


export function targetMisses(rep: Report): string[] {
  const misses: string[] = [];
  if (!(rep.macroF1 >= TARGETS.macroF1)) misses.push(`macro-F1 ${f(rep.macroF1)} < ${TARGETS.macroF1}`);
  if (!(rep.optOutRecall >= TARGETS.optOutRecall)) misses.push(`opt-out recall ${f(rep.optOutRecall)} < ${TARGETS.optOutRecall}`);
  if (!(rep.paidPrecision >= TARGETS.paidPrecision)) misses.push(`paid_already precision ${f(rep.paidPrecision)} < ${TARGETS.paidPrecision}`);
  if (!(rep.promisePrecision >= TARGETS.promisePrecision)) misses.push(`promise_to_pay precision ${f(rep.promisePrecision)} < ${TARGETS.promisePrecision}`);
  return misses;
}


/** k-fold cross-validation on a corpus: a fixed seeded shuffle, train on k-1 folds, read the last. */
export async function crossValidate(corpus: readonly LabelledReply[], folds: number, seed: number): Promise<{ scored: Scored[]; trainMs: number[]; readMs: number }> {
  const shuffledCorpus = shuffled(corpus, seed);
  const parts: LabelledReply[][] = Array.from({ length: folds }, () => []);
  shuffledCorpus.forEach((r, i) => parts[i % folds]!.push(r));
  const scored: Scored[] = [];
  const trainMs: number[] = [];
  let readMs = 0;
  for (let k = 0; k < folds; k += 1) {
    const training = parts.filter((_, i) => i !== k).flat();
    const { reader, ms } = await timedTrain(training);
    trainMs.push(ms);
    const { scored: s, ms: r } = readAll(reader, parts[k]!);
    readMs += r;
    scored.push(...s);
  }
  return { scored, trainMs, readMs };
}
