import { REGRESSION_SEED } from '../data/regressionData';
import type { ExperimentConfig } from './ExperimentConfig';

/**
 * The lesson's regression: a noisy falling sigmoid on [-20, 20], mean squared error, SGD with
 * batch 128 for 100 epochs. The notebook never showed its model; this one is a single sigmoid
 * unit. About one initial weight in four saturates the sigmoid and the run stalls far above the
 * noise floor, so the seed of the initial kernel matters. Over seeds 0-15, 4 saturated (test
 * MSE about 0.92), 9 were still on their way down after 100 epochs (0.0125-0.0215) and 3 reached
 * the floor set by the noise, 0.01; seed 5 is one of them (0.0095).
 */
export const regression: ExperimentConfig = {
  id: 'regression',
  title: 'Regression with a single sigmoid unit',
  dataName: 'Noisy sigmoid for regression',
  page: 'lesson/regression/',
  kind: 'regression',
  figures: ['regressionData', 'trainer', 'regressionFit'],
  data: { kind: 'regression', n: 1000, noise: 0.1, seed: REGRESSION_SEED, testSize: 0.2, splitSeed: 42 },
  model: { builder: 'regressor', inputs: 1, hidden: [], seed: 5 },
  training: { epochs: 100, batchSize: 128, learningRate: 0.01, seed: 5, loss: 'meanSquaredError' },
  lesson: { loss: 0.0117 },
};
