/**
 * The exercises of the five-steps page. The step counts come from running the plain SGD of
 * sgdReference on Experiment 1's training set, which cuts batches exactly as train() does, so a
 * count here is the number of updates the demos make; the predict runs are the registry's
 * experiment with one knob changed.
 */
import { experimentData } from '../../experiments/experimentData';
import { experimentById } from '../../experiments/registry';
import { argMax } from '../../math/argMax';
import { kernelToW } from '../../math/kernelToW';
import { linearScores } from '../../math/linearScores';
import { glorotUniform } from '../../model/glorotUniform';
import { sgdReference } from '../../model/sgdReference';
import { RandomState } from '../../random/RandomState';
import { predictSettings } from '../predictSettings';
import { predictRun } from '../predictRun';

const blobs4 = experimentById('blobs4');
const data = experimentData(blobs4);
const n = data.XTrain.length;
const inputs = data.XTrain[0].length;
const classes = data.outputs;
/** The model's seeded start: the Glorot-uniform kernel train() begins from, and zero biases. */
const startKernel = glorotUniform(inputs, classes, new RandomState(blobs4.model.seed));
const startW = kernelToW(startKernel, classes);
const zeros = new Array<number>(classes).fill(0);
const startRight = data.XTest.filter((x, i) => argMax(linearScores(startW, x, zeros)) === data.yTest[i]).length;

/** How many updates SGD makes on Experiment 1's training set with this schedule. */
function updates(batchSize: number, epochs: number): number {
  return sgdReference({
    activation: 'softmax',
    x: data.XTrain,
    y: data.yTrainRows,
    kernel: startKernel,
    bias: zeros,
    epochs,
    batchSize,
    learningRate: blobs4.training.learningRate,
    seed: blobs4.training.seed,
  }).steps;
}

const lesson = blobs4.training;
const oddBatch = 48;
const bigBatch = 1000;
const bigEpochs = lesson.epochs;
const pct = (v: number) => `${Math.round(v * 100)}%`;
const lessonAccuracy = blobs4.lesson!.accuracy ?? NaN;

export const fiveStepsExercises = {
  n,
  testRows: data.XTest.length,
  classes,
  lesson,
  lessonUpdates: updates(lesson.batchSize, lesson.epochs),
  oddBatch,
  /** Updates in one epoch with batch size 48. */
  stepsPerEpoch: { answer: updates(oddBatch, 1) },
  oddFullBatches: Math.floor(n / oddBatch),
  oddLastBatch: n % oddBatch,
  bigBatch,
  bigEpochs,
  bigLastBatch: n % bigBatch,
  /** Updates in 10 epochs with batch size 1000. */
  totalUpdates: { answer: updates(bigBatch, bigEpochs) },
  bigPerEpoch: updates(bigBatch, 1),
  stepOptions: [
    { label: 'Define', correct: false, why: 'Defining creates the weights and gives them their starting values (Glorot uniform for the kernel, zeros for the biases), but nothing is learned yet.' },
    { label: 'Compile', correct: false, why: 'Compiling only records the recipe: the optimizer, the loss and the metrics. No weight is touched.' },
    { label: 'Fit', correct: true, why: 'Every batch of every epoch ends with the optimizer stepping the weights against the gradient of the loss: this is the only step that learns.' },
    { label: 'Evaluate', correct: false, why: 'Evaluating runs the test set through the model and averages its loss and metrics; it computes no gradient and changes nothing.' },
    { label: 'Predict', correct: false, why: 'Predicting only reads the weights to compute the output for new samples.' },
  ],
  lessonAccuracy,
  /** Experiment 1 trained for a single epoch instead of ten. */
  oneEpochRun: predictRun(predictSettings('blobs4', { epochs: 1 }), 'accuracy', 1, [
    { label: `Above 90%, like the ${pct(lessonAccuracy)} after ${lesson.epochs} epochs`, min: 0.9 },
    { label: 'Between 75% and 90%', min: 0.75, max: 0.9 },
    { label: 'Between 25% and 75%', min: 0.25, max: 0.75 },
    { label: 'Below 25%, no better than guessing', max: 0.25 },
  ]),
  oneEpochUpdates: updates(lesson.batchSize, 1),
  /** Experiment 1 with the whole training set as one batch. */
  fullBatchRun: predictRun(predictSettings('blobs4', { batchSize: n }), 'accuracy', 3, [
    { label: 'Above 90%: the gradient of all the samples is the exact one', min: 0.9 },
    { label: 'Between 50% and 90%', min: 0.5, max: 0.9 },
    { label: 'Between 25% and 50%', min: 0.25, max: 0.5 },
    { label: 'Below 25%, no better than guessing', max: 0.25 },
  ]),
  fullBatchUpdates: updates(n, lesson.epochs),
  /** Test accuracy of the untrained model, before its first update. */
  startAccuracy: startRight / data.XTest.length,
};
