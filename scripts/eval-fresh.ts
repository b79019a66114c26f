// The reply reader on the development sets only (never the held-out set): `tsx scripts/eval-fresh.ts`
//
//   --set NAME           fresh2, fresh4, fresh5 or none: which dev set to read (default: every dev set)
//   --cv                 also the 5-fold cross-validation of the corpus (same folds as eval:intent)
//   --errors             list the dev-set messages it misread
//
// For working on the reader without looking at held-out figures.
import { intentCorpus } from '../src/domain/intent/corpus';
import type { LabelledReply } from '../src/domain/intent/types';
import { intentFresh2 } from '../test/fixtures/intent/fresh2';
import { intentFresh4 } from '../test/fixtures/intent/fresh4';
import { intentFresh5 } from '../test/fixtures/intent/fresh5';
import { crossValidate, print, printErrors, readAll, report, timedTrain } from './intentMetrics';

const args = process.argv.slice(2);
const which = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
// Dev sets kept out of training (the first fresh set is now the corpus's corpusFresh.ts, the third corpusFresh3.ts);
// fresh4 and fresh5 were tuned on, so only fresh2 is an estimate.
const sets: Array<[string, LabelledReply[]]> = [['fresh2', intentFresh2], ['fresh4', intentFresh4], ['fresh5', intentFresh5]];

if (args.includes('--cv')) {
  const cv = await crossValidate(intentCorpus, 5, 20_261);
  print(report('corpus, 5-fold cross-validation (seed 20261)', cv.scored, cv.trainMs, cv.readMs));
  if (args.includes('--errors')) printErrors(cv.scored);
}
const { reader, ms } = await timedTrain(intentCorpus);
for (const [name, replies] of sets) {
  if (which && which !== name) continue;
  const { scored, ms: r } = readAll(reader, replies);
  print(report(`${name} (dev), model trained on the whole corpus (${intentCorpus.length})`, scored, [ms], r));
  if (args.includes('--errors')) printErrors(scored, `${name} messages misread`);
}
