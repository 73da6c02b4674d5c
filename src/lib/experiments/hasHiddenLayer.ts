import type { ModelConfig } from './ExperimentConfig';

/**
 * Whether the model has a hidden layer, so that its outputs are not a function of its first
 * Dense layer's weights alone (the figures then ask the model itself, not denseSoftmax).
 */
export function hasHiddenLayer(model: ModelConfig): boolean {
  if (model.builder === 'hiddenLayerClassifier') return model.hidden > 0;
  if (model.builder === 'regressor') return model.hidden.length > 0;
  return false;
}
