import { circles } from './circles';
import type { ExperimentConfig } from './ExperimentConfig';

/** The same circles with the lesson's linear softmax: a line through a ring gets about half of it wrong. */
export const circlesLinear: ExperimentConfig = {
  ...circles,
  id: 'circles-linear',
  // Its page shows this run's boundary only, beside the hidden layer's trainer.
  figures: ['decisionBoundary'],
  title: 'Two circles, the linear softmax',
  model: { ...circles.model, builder: 'hiddenLayerClassifier', hidden: 0 } as ExperimentConfig['model'],
};
