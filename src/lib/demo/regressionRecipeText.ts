import { REGRESSION_TARGET_FORMULAS } from '../data/regressionTarget';
import type { ExperimentConfig } from '../experiments/ExperimentConfig';
import { regressionModel } from './regressionModel';

/**
 * One paragraph on a regression as configured: the curve with its noise, the model with its
 * parameter count and what it can draw, and the training. Pure, for the page and its tests.
 */
export function regressionRecipeText(config: ExperimentConfig): string {
  const { data, model, training } = config;
  if (data.kind !== 'regression' || model.builder !== 'regressor') {
    throw new TypeError(`regressionRecipeText needs a regression experiment; ${config.id} is a ${config.kind}.`);
  }
  const target = data.target ?? 'sigmoid';
  const m = regressionModel({ hidden: model.hidden[0] ?? 0, activation: model.hiddenActivation ?? 'tanh' });
  return (
    `The curve is y = ${REGRESSION_TARGET_FORMULAS[target]} over ${data.n} points from −20 to 20, with noise of σ = ${data.noise}. ` +
    `The model is ${m.name}: ${m.parameters} parameters. ${m.shape} ` +
    `It trains with SGD at learning rate ${training.learningRate}, batches of ${training.batchSize}, for ${training.epochs} epochs.`
  );
}
