import type { ModelConfig } from './ExperimentConfig';

/** The hidden activations a classifier's control offers, in order (its value is the index). */
export const CLASSIFIER_ACTIVATIONS = ['relu', 'tanh'] as const;
/** The hidden activations a regressor's control offers. */
export const REGRESSOR_ACTIVATIONS = ['tanh', 'relu', 'sigmoid'] as const;

/**
 * The activations a reader may pick for `model`'s hidden layer, or none when its config offers
 * no hidden-layer knobs (the lesson's own models).
 */
export function activationChoices(model: ModelConfig): readonly string[] {
  if (model.builder === 'hiddenLayerClassifier') return CLASSIFIER_ACTIVATIONS;
  if (model.builder === 'regressor' && model.hiddenActivation !== undefined) return REGRESSOR_ACTIVATIONS;
  return [];
}
