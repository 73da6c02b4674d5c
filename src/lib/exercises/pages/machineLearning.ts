/**
 * The exercises of the machine-learning page, computed with the split and the data the page
 * describes: the training and test counts come from trainTestSplit itself, the matrix size from
 * Experiment 1's data, and the predict run from the registry's experiment with one knob changed.
 */
import { trainTestSplit } from '../../data/trainTestSplit';
import { experimentData } from '../../experiments/experimentData';
import { experimentById } from '../../experiments/registry';
import { withOverrides } from '../../experiments/withOverrides';
import { predictSettings } from '../predictSettings';
import { predictRun } from '../predictRun';

const blobs4 = experimentById('blobs4');
const testSize = blobs4.data.testSize;
const oddN = 1001;
const indices = Array.from({ length: oddN }, (_, i) => i);
const oddSplit = trainTestSplit(indices, indices, { testSize, randomState: blobs4.data.splitSeed });
const data = experimentData(blobs4);
const lessonSpread = blobs4.data.kind === 'blobs' ? blobs4.data.clusterStd : NaN;
const spread = 5;
const spreadSettings = predictSettings('blobs4', { spread });
/** The data the spread-5 run trains on, scored by the rule that knows the true centres. */
const wide = experimentData(withOverrides(blobs4, { data: spreadSettings.data }));
const centres = wide.centers ?? [];
const nearest = (x: number[]) => {
  const d2 = centres.map((c) => c.reduce((a, v, j) => a + (v - x[j]) ** 2, 0));
  return d2.indexOf(Math.min(...d2));
};
const nearestRight = wide.XTest.filter((x, i) => nearest(x) === wide.yTest[i]).length;
const pct = (v: number) => `${Math.round(v * 100)}%`;

export const machineLearningExercises = {
  testSize,
  oddN,
  /** A fifth of 1001, rounded for print (the float product is 200.20000000000002). */
  oddFifth: Number((oddN * testSize).toFixed(6)),
  oddTest: oddSplit.XTest.length,
  /** Training samples left when 1001 samples are split as the course splits them. */
  trainCount: { answer: oddSplit.XTrain.length },
  trainRows: data.XTrain.length,
  features: data.XTrain[0].length,
  samples: data.XTrain.length + data.XTest.length,
  /** Numbers in Experiment 1's training matrix X_train, N × D. */
  matrixEntries: { answer: data.XTrain.length * data.XTrain[0].length },
  taskOptions: [
    { label: 'Decide whether a card payment is fraudulent or genuine', correct: true, why: 'Two labels, and past payments whose label is known to learn from: classification with K = 2.' },
    { label: 'Sort ten thousand news articles into groups of similar ones, with no topics given', correct: false, why: 'Nobody supplies labels, so the program has to find the groups itself: that is clustering.' },
    { label: "Estimate a flat's rent in euros from its area and district", correct: false, why: 'The answer is a number on a continuous scale, and being off by 10 euros is nearly right: regression.' },
    { label: 'Say which of the 26 letters a scanned handwritten character is', correct: true, why: 'One label from a fixed list of 26, learned from labelled scans: classification with K = 26.' },
    { label: "Estimate a person's age in years from a photo", correct: false, why: 'Age is a quantity, and predicting 41 for someone who is 40 is a small error, not a wrong label: regression.' },
  ],
  lessonSpread,
  spread,
  /** Test accuracy of "nearest true centre" on the spread-5 data: about the best any rule can do. */
  nearestCentreAccuracy: nearestRight / wide.XTest.length,
  lessonAccuracy: blobs4.lesson!.accuracy ?? NaN,
  /** Experiment 1 with clouds of spread 5 instead of 2. */
  spreadRun: predictRun(spreadSettings, 'accuracy', 2, [
    { label: `Above 90%, like the lesson's ${pct(blobs4.lesson!.accuracy ?? NaN)}`, min: 0.9 },
    { label: 'Between 75% and 90%', min: 0.75, max: 0.9 },
    { label: 'Between 50% and 75%', min: 0.5, max: 0.75 },
    { label: 'Below 50%', max: 0.5 },
  ]),
};
