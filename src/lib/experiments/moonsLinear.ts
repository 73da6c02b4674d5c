import type { ExperimentConfig } from './ExperimentConfig';
import { moons } from './moons';

/**
 * The same moons and training, with no hidden layer: the lesson's linear softmax, whose
 * boundary is a straight line, so about one test point in seven stays on the wrong side.
 */
export const moonsLinear: ExperimentConfig = {
  ...moons,
  id: 'moons-linear',
  // Its page shows this run's boundary only, beside the hidden layer's trainer.
  figures: ['decisionBoundary'],
  title: 'Two moons, the linear softmax',
  model: { ...moons.model, builder: 'hiddenLayerClassifier', hidden: 0 } as ExperimentConfig['model'],
};
