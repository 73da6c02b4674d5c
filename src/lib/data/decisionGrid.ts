import { linspace } from './linspace';

/**
 * The n x n points of a square [-extent, extent]^2 on which a classifier is evaluated to draw
 * its decision regions. Rows follow NumPy's `meshgrid(x, x)` + `dstack` + `reshape(-1, 2)`:
 * row i * n + j is [x[j], x[i]], so the first coordinate varies fastest.
 */
export function decisionGrid(o: { n?: number; extent?: number } = {}): number[][] {
  const { n = 100, extent = 20 } = o;
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`decisionGrid n must be an integer >= 1; got ${n}`);
  }
  if (!Number.isFinite(extent) || extent <= 0) {
    throw new RangeError(`decisionGrid extent must be a finite number > 0; got ${extent}`);
  }
  const x = linspace(-extent, extent, n);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) rows.push([x[j], x[i]]);
  return rows;
}
