import { toCategorical } from '../data/toCategorical';
import type { Points } from '../points/pointsProblem';
import type { ExperimentData } from './experimentData';
import { splitSamples } from './splitSamples';

/**
 * A reader's own points as an experiment's data: split by train_test_split with the lesson's
 * test size and seed, one output per label up to the largest (labels are class indices). Too
 * few points to split (fewer than two) all count as training points; such data cannot be
 * trained on (pointsProblem says why), but it can be drawn.
 */
export function pointsData(points: Points, o: { testSize: number; splitSeed: number }): ExperimentData {
  const X = points.X.map((p) => [p[0], p[1]]);
  const y = [...points.y];
  const outputs = y.reduce((most, k) => Math.max(most, k + 1), 2);
  if (Math.ceil(o.testSize * X.length) < X.length) {
    return splitSamples(X, y, { kind: 'classification', outputs, testSize: o.testSize, splitSeed: o.splitSeed });
  }
  return {
    kind: 'classification',
    outputs,
    XTrain: X,
    XTest: [],
    yTrain: y,
    yTest: [],
    yTrainRows: toCategorical(y, outputs),
    yTestRows: [],
    all: { X, y, split: X.map(() => 'train' as const) },
  };
}
