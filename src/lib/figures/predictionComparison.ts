import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { classColorScale, classesOf } from './palette';
import { describeClassCounts, formatNumber } from './describe';
import { squareDomain } from './squareDomain';
import { squareFrame, X_LABEL } from './frame';

export interface PredictionComparisonOptions {
  /** Test samples, one `[x0, x1]` row each. */
  X: readonly (readonly number[])[];
  /** True class of each sample. */
  yTrue: readonly number[];
  /** Predicted class of each sample (argmax of the softmax). */
  yPred: readonly number[];
  /** Outer size of each panel in px. Default width 320; height makes the plotting area square. */
  width?: number;
  height?: number;
  /** Dot radius in px. Default 2. */
  r?: number;
}

export interface PredictionComparison {
  /** Panel coloured by predicted class. */
  predicted: PlotOptions;
  /** Panel coloured by true class. */
  truth: PlotOptions;
  /** How many samples the model got wrong. */
  misclassified: number;
  /** One text description for the pair (each panel's ariaDescription also stands alone). */
  description: string;
}

/**
 * Figure 2 as two small panels rather than one faceted plot: side by side on a wide page,
 * stacked at 360 px, each still at a readable size. Misclassified samples are ringed in both.
 */
export function predictionComparison(o: PredictionComparisonOptions): PredictionComparison {
  const { X, yTrue, yPred } = o;
  if (yTrue.length !== X.length || yPred.length !== X.length) {
    throw new RangeError(`predictionComparison: ${X.length} samples, ${yTrue.length} true and ${yPred.length} predicted labels`);
  }
  const rows = X.map((p, i) => ({ x0: p[0], x1: p[1], truth: yTrue[i], predicted: yPred[i] }));
  const wrong = rows.filter((d) => d.truth !== d.predicted);
  const classes = classesOf([...yTrue, ...yPred]);
  const domain = squareDomain(X);
  const r = o.r ?? 2;
  const accuracy = X.length ? (X.length - wrong.length) / X.length : 0;
  const summary =
    `${wrong.length} of ${X.length} points are misclassified (accuracy ${formatNumber(100 * accuracy, 4)}%) and ringed. ` +
    `True labels: ${describeClassCounts(yTrue)}.`;

  const panel = (field: 'predicted' | 'truth', title: string): PlotOptions => ({
    ...squareFrame(o.width ?? 320, o.height),
    x: { domain, label: 'x₀', grid: true, ...X_LABEL },
    y: { domain, label: 'x₁', grid: true },
    color: classColorScale(classes),
    ariaLabel: `Test points coloured by ${title.toLowerCase()}`,
    ariaDescription: `Scatter plot of ${X.length} test points in feature space, each coloured by its ${title.toLowerCase()}. ${summary}`,
    marks: [
      Plot.dot(rows, { x: 'x0', y: 'x1', fill: field, r, clip: true }),
      Plot.dot(wrong, { x: 'x0', y: 'x1', r: r + 3.5, stroke: 'currentColor', strokeWidth: 1.2, clip: true }),
      Plot.text([`${title} · ${wrong.length} ringed`], { frameAnchor: 'top-right', dy: -16, textAnchor: 'end', fontWeight: 'bold' }),
    ],
  });
  return {
    predicted: panel('predicted', 'Predicted class'),
    truth: panel('truth', 'True class'),
    misclassified: wrong.length,
    description: `Two scatter plots of the same ${X.length} test points: on the left coloured by predicted class, on the right by true class. ${summary}`,
  };
}
