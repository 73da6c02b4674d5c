/**
 * Table rows for the softmax probabilities of chosen test points: where the point is, its true
 * and predicted class, and one probability per class. Shared by the server and the page.
 */
import type { ExamplePoint } from './chooseExamplePoints';

export interface ProbabilityRow {
  index: number;
  why: string;
  x0: string;
  x1: string;
  truth: number;
  predicted: number;
  probabilities: string[];
}

const WHY: Record<ExamplePoint['why'] | 'chosen', string> = {
  confident: 'surest right',
  uncertain: 'least sure',
  wrong: 'surest wrong',
  chosen: 'your choice',
};

export function probabilityRows(
  points: readonly { index: number; why: ExamplePoint['why'] | 'chosen' }[],
  X: readonly (readonly number[])[],
  yTrue: readonly number[],
  probabilities: readonly (readonly number[])[],
): ProbabilityRow[] {
  return points.map(({ index, why }) => {
    const p = probabilities[index];
    return {
      index,
      why: WHY[why],
      x0: X[index][0].toFixed(2),
      x1: X[index][1].toFixed(2),
      truth: yTrue[index],
      predicted: p.indexOf(Math.max(...p)),
      probabilities: p.map((v) => v.toFixed(3)),
    };
  });
}
