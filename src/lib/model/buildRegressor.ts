import * as tfl from '@tensorflow/tfjs-layers';
import { checkSize } from './checkSize';
import { seedDenseWeights } from './seedDenseWeights';

export type HiddenActivation = 'relu' | 'tanh' | 'sigmoid' | 'linear';

export interface RegressorOptions {
  /** Features per sample: 1 for the lesson's curve. */
  inputs?: number;
  /** Units of each hidden Dense layer; none by default, leaving a single sigmoid unit. */
  hidden?: number[];
  hiddenActivation?: HiddenActivation;
  /**
   * The output unit's activation: by default 'sigmoid' without hidden layers (the lesson's
   * unit) and 'linear' with them, so the network can reach values outside (0, 1), a sine's too.
   */
  output?: 'sigmoid' | 'linear';
  seed: number;
}

/**
 * The regression model. The lesson never shows its definition; a single sigmoid unit,
 * Dense(1, sigmoid), has exactly the shape of the target 1 / (1 + e^x), so it is the default.
 * With hidden layers it is Keras' usual regression network: Dense(H, activation) ... Dense(1).
 */
export function buildRegressor(o: RegressorOptions): tfl.Sequential {
  const { inputs = 1, hidden = [], hiddenActivation = 'tanh', seed } = o;
  const output = o.output ?? (hidden.length === 0 ? 'sigmoid' : 'linear');
  checkSize('inputs', inputs);
  hidden.forEach((units, i) => checkSize(`hidden[${i}]`, units));
  const model = tfl.sequential();
  hidden.forEach((units, i) => {
    model.add(
      tfl.layers.dense(
        i === 0 ? { units, activation: hiddenActivation, inputShape: [inputs] } : { units, activation: hiddenActivation },
      ),
    );
  });
  model.add(
    tfl.layers.dense(hidden.length === 0 ? { units: 1, activation: output, inputShape: [inputs] } : { units: 1, activation: output }),
  );
  seedDenseWeights(model, seed);
  return model;
}
