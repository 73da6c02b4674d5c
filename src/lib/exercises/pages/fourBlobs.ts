/**
 * The exercises of the four-blobs page, computed with the library that builds and trains its
 * experiment: the parameter count, the split, the arg max and the seeded runs' settings. The
 * page imports this; tests/unit/fourBlobsExercises.test.ts checks every answer and trains the
 * predict runs to pin the option each explanation names.
 */
import { argMax } from '../../math/argMax';
import { denseParameterCount } from '../../math/denseParameterCount';
import { experimentById } from '../../experiments/registry';
import { predictSettings } from '../predictSettings';
import { splitCounts } from '../splitCounts';
import { predictRun } from '../predictRun';

const cfg = experimentById('blobs4');
if (cfg.data.kind !== 'blobs' || cfg.lesson!.accuracy === undefined) throw new Error('The four-blobs experiment must have blobs data and a lesson accuracy.');
const blobs = cfg.data;
const lessonAccuracy = cfg.lesson!.accuracy;
const pct = (v: number) => `${Math.round(v * 100)}%`;

/** A wider model than the page's: Dense(5, softmax) on 3 features. */
const wide = { inputs: 3, units: 5 };
/** A smaller data set than the page's, split the same way and trained with the same batches. */
const small = { samples: 1500, testSize: blobs.testSize, batchSize: cfg.training.batchSize };
const smallSplit = splitCounts(small.samples, small.testSize, blobs.splitSeed);

/** One test point's softmax output; its true class is 1. */
const probs = [0.08, 0.41, 0.44, 0.07];
const trueClass = 1;
const predicted = argMax(probs);
const chance = 1 / blobs.centers;

export const fourBlobsExercises = {
  lessonAccuracy,
  lessonEpochs: cfg.training.epochs,
  lessonSpread: blobs.clusterStd,
  wide,
  parameters: { answer: denseParameterCount(wide.inputs, wide.units), weights: wide.inputs * wide.units },
  small,
  smallSplit,
  steps: { answer: Math.ceil(smallSplit.train / small.batchSize) },
  probs,
  trueClass,
  predicted,
  /** Four blobs trained for 1 epoch instead of 10. */
  oneEpoch: predictRun(predictSettings('blobs4', { epochs: 1 }), 'accuracy', 1, [
    { label: `Above 90%, like the ${pct(lessonAccuracy)} after ${cfg.training.epochs} epochs`, min: 0.9 },
    { label: 'Between 75% and 90%', min: 0.75, max: 0.9 },
    { label: `Between ${pct(chance)} and 75%`, min: chance, max: 0.75 },
    { label: `Below ${pct(chance)}, no better than guessing one of ${blobs.centers} classes`, max: chance },
  ]),
  /** Four blobs drawn with a spread of 5 instead of 2, trained as on the page. */
  wideSpread: predictRun(predictSettings('blobs4', { spread: 5 }), 'accuracy', 2, [
    { label: 'Above 90%: the model is the same, so is its accuracy', min: 0.9 },
    { label: 'Between 75% and 90%', min: 0.75, max: 0.9 },
    { label: 'Between 50% and 75%', min: 0.5, max: 0.75 },
    { label: 'Below 50%', max: 0.5 },
  ]),
};
