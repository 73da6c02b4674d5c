/**
 * The exercises of the regression page, computed with the library that makes and splits its
 * data: the noise floor, the updates per epoch, the true curve's own error and the seeded run's
 * settings. The page imports this; tests/unit/regressionExercises.test.ts checks every answer
 * and trains the predict run to pin the option its explanation names.
 */
import { regressionData } from '../../data/regressionData';
import { experimentById } from '../../experiments/registry';
import { predictSettings } from '../predictSettings';
import { decimalsTolerance } from '../decimalsTolerance';
import { splitCounts } from '../splitCounts';
import { predictRun } from '../predictRun';

const cfg = experimentById('regression');
if (cfg.data.kind !== 'regression') throw new Error('The regression experiment must have regression data.');
const lessonData = cfg.data;
const target = (x: number) => 1 / (1 + Math.exp(x));

/** The mean squared error of the true curve itself on data drawn with noise `sigma`. */
function trueCurveMse(sigma: number, n: number): number {
  const { x, y } = regressionData({ n, noise: sigma, seed: lessonData.seed });
  return x.reduce((s, v, i) => s + (target(v) - y[i]!) ** 2, 0) / n;
}

const sigma = 0.2;
const bigger = { points: 2000, batchSize: cfg.training.batchSize, testSize: lessonData.testSize };
const biggerSplit = splitCounts(bigger.points, bigger.testSize, lessonData.splitSeed);
const steps = Math.ceil(biggerSplit.train / bigger.batchSize);
const noisy = predictSettings('regression', { noise: 0.3 });
const noisySigma = (noisy.data as { noise: number }).noise;

export const regressionExercises = {
  sigma,
  floor: { answer: sigma ** 2, tolerance: decimalsTolerance(3), trueCurve: trueCurveMse(sigma, lessonData.n), n: lessonData.n },
  bigger,
  biggerSplit,
  steps: { answer: steps, lastBatch: biggerSplit.train - (steps - 1) * bigger.batchSize },
  lessonNoise: lessonData.noise,
  whyFloorOptions: [
    { label: 'The noise is drawn independently of x, so nothing in the input can predict it', correct: true, why: 'The best any model can do at a given x is predict the curve g(x), and the noise around it is left over, σ² on average.' },
    { label: 'The model has only two parameters; a larger one could get below σ²', correct: false, why: 'The single unit can already draw the true curve exactly. A larger model can fit the noise of the training points, but new points bring new noise that it cannot know.' },
    { label: 'SGD with learning rate 0.01 stops too early', correct: false, why: 'Training longer or faster moves the model towards the curve, whose error is still σ² on average.' },
    { label: 'The test set is too small to measure a lower error', correct: false, why: 'A small test set makes the measured error scatter around σ², a little above or below it, but the floor is a property of the noise, not of the test set.' },
  ],
  /** The regression with noise 0.3 instead of 0.1. */
  noisyRun: {
    ...predictRun(noisy, 'loss', 2, [
      { label: 'Below 0.03: the model learns the curve as well as before', max: 0.03 },
      { label: 'Between 0.03 and 0.07', min: 0.03, max: 0.07 },
      { label: 'Between 0.07 and 0.12', min: 0.07, max: 0.12 },
      { label: '0.12 or more', min: 0.12 },
    ]),
    sigma: noisySigma,
    floor: noisySigma ** 2,
    metricLabel: 'test MSE',
  },
};
