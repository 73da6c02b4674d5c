import type { Split } from '../figures';

/** The split arrays of the regression, as experimentData (and the demo's store) return them. */
export interface RegressionSplitArrays {
  XTrain: readonly (readonly number[])[];
  XTest: readonly (readonly number[])[];
  yTrain: readonly number[];
  yTest: readonly number[];
}

/** Flat samples for the regression figures: training points first, then test points. */
export interface RegressionSamplesFlat {
  x: number[];
  y: number[];
  split: Split[];
}

/**
 * The figures want one x, one y and one split mark per sample; the training loop wants rows.
 * Order does not matter to a scatter plot, so the two sets are simply concatenated.
 */
export function regressionSamples(d: RegressionSplitArrays): RegressionSamplesFlat {
  if (d.XTrain.length !== d.yTrain.length || d.XTest.length !== d.yTest.length) {
    throw new RangeError(
      `regressionSamples: ${d.XTrain.length} training rows for ${d.yTrain.length} targets, ` +
        `${d.XTest.length} test rows for ${d.yTest.length} targets`,
    );
  }
  const x = [...d.XTrain.map((r) => r[0]), ...d.XTest.map((r) => r[0])];
  const y = [...d.yTrain, ...d.yTest];
  const split: Split[] = [...d.yTrain.map((): Split => 'train'), ...d.yTest.map((): Split => 'test')];
  return { x, y, split };
}
