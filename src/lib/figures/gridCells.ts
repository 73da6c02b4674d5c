/** Where the cells of an n x n decision grid lie in feature space: each grid point is a cell's centre. */
export interface GridCells {
  /** Points along each side. */
  n: number;
  /** Half a cell's width and height. */
  halfX: number;
  halfY: number;
  /** Outer edges of the grid's cells. */
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/**
 * The cells of a grid in decisionGrid order (row i*n + j is [x[j], x[i]]): the drawn regions
 * cover them edge to edge, so a cell's class fills the square half a step either side of its
 * point, and the outermost cells reach half a step beyond the grid's first and last points.
 */
export function gridCells(grid: readonly (readonly number[])[]): GridCells {
  const n = Math.round(Math.sqrt(grid.length));
  if (n < 2 || n * n !== grid.length) throw new RangeError(`a decision grid must be square, at least 2 x 2; got ${grid.length} points`);
  const first = grid[0];
  const right = grid[n - 1];
  const top = grid[(n - 1) * n];
  const halfX = (right[0] - first[0]) / (n - 1) / 2;
  const halfY = (top[1] - first[1]) / (n - 1) / 2;
  return { n, halfX, halfY, x1: first[0] - halfX, x2: right[0] + halfX, y1: first[1] - halfY, y2: top[1] + halfY };
}
