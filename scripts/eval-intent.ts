// Measures the reply reader (`npm run eval:intent`).
//
//  1. 5-fold cross-validation on the corpus: a fixed seeded shuffle, train on four folds, read
//     the fifth, so no corpus message is ever scored by a model that saw it.
//  2. A model trained on the whole corpus, read on the held-out set (written in another voice,
//     never tuned on). Only aggregate figures are printed for it.
//  3. The same model on the fresh development set (test/fixtures/intent/fresh2.ts, yet another
//     voice, kept out of training): printed as "fresh (dev)", for information, not gated.
// Exits non-zero when either the cross-validated or the held-out figures miss the targets.
//
// `--errors` lists the corpus messages the cross-validation misread (id, text, expected, got).
// It never lists held-out messages: their content must not steer the rules.
import { intentCorpus } from '../src/domain/intent/corpus';
import { intentFresh2 } from '../test/fixtures/intent/fresh2';
import { intentHoldout } from '../test/fixtures/intent/holdout';
import { crossValidate, print, printErrors, readAll, report, targetMisses, timedTrain } from './intentMetrics';

const FOLDS = 5;
const SEED = 20_261;

async function main(): Promise<void> {
  const showErrors = process.argv.includes('--errors');
  const { scored: cv, trainMs, readMs } = await crossValidate(intentCorpus, FOLDS, SEED);
  const cvReport = report(`corpus, ${FOLDS}-fold cross-validation (seed ${SEED})`, cv, trainMs, readMs);
  print(cvReport);
  if (showErrors) printErrors(cv);

  const { reader, ms } = await timedTrain(intentCorpus);
  const { scored, ms: r } = readAll(reader, intentHoldout);
  const holdoutReport = report('held-out set, model trained on the whole corpus', scored, [ms], r);
  print(holdoutReport);

  // The targets hold for both: the cross-validated figures alone flatter rules written while
  // reading the corpus; the held-out set is the one nobody tuned on.
  let missed = false;
  for (const [name, rep] of [['cross-validated', cvReport], ['held-out', holdoutReport]] as const) {
    const misses = targetMisses(rep);
    missed ||= misses.length > 0;
    console.log(misses.length ? `\nMISS (${name}): ${misses.join('; ')}` : `\nOK (${name}): the figures meet the targets`);
  }
  if (missed) process.exitCode = 1;

  // The dev set, read by the same model: an estimate for unseen voices that may be looked at.
  const fresh = readAll(reader, intentFresh2);
  print(report('fresh (dev) set, model trained on the whole corpus (not gated)', fresh.scored, [ms], fresh.ms));
}

await main();
