import type { Sequential } from '@tensorflow/tfjs-layers';
import { buildLinearSoftmax } from '../model/buildLinearSoftmax';
import { buildRegressor } from '../model/buildRegressor';
import { buildSoftmaxClassifier } from '../model/buildSoftmaxClassifier';
import type { ModelConfig } from './ExperimentConfig';

/** The freshly initialised model an experiment describes; the caller disposes it. */
export function buildExperimentModel(m: ModelConfig): Sequential {
  switch (m.builder) {
    case 'softmaxClassifier':
      return buildSoftmaxClassifier({ inputs: m.inputs, classes: m.classes, seed: m.seed });
    case 'linearSoftmax':
      return buildLinearSoftmax({ inputs: m.inputs, classes: m.classes, seed: m.seed });
    case 'regressor':
      return buildRegressor({ inputs: m.inputs, hidden: m.hidden, seed: m.seed });
  }
}
