import type { Sequential } from '@tensorflow/tfjs-layers';
import { buildHiddenLayerClassifier } from '../model/buildHiddenLayerClassifier';
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
    case 'hiddenLayerClassifier':
      return buildHiddenLayerClassifier({ inputs: m.inputs, classes: m.classes, hidden: m.hidden, activation: m.activation, seed: m.seed });
    case 'regressor':
      return buildRegressor({
        inputs: m.inputs,
        hidden: m.hidden,
        ...(m.hiddenActivation !== undefined ? { hiddenActivation: m.hiddenActivation } : {}),
        seed: m.seed,
      });
  }
}
