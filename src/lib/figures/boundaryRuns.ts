import { gridCells } from './gridCells';

/** A horizontal run of neighbouring grid cells that share a predicted class. */
export interface BoundaryRun {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  label: number;
  /** Number of grid cells the run covers. */
  cells: number;
}

/**
 * Merges each row of an n x n decision grid into runs of equal class. A linear classifier
 * gives a handful of runs per row, so a 10 000-cell grid becomes a few hundred rectangles:
 * small enough to redraw every epoch and to ship as static SVG (no canvas needed at build time).
 *
 * `grid` is in decisionGrid order: row i*n + j is [x[j], x[i]].
 */
export function boundaryRuns(grid: readonly (readonly number[])[], gridClasses: readonly number[]): BoundaryRun[] {
  const { n, halfX, halfY } = gridCells(grid);
  if (gridClasses.length !== grid.length) throw new RangeError(`boundaryRuns: ${grid.length} grid points but ${gridClasses.length} classes`);
  const runs: BoundaryRun[] = [];
  for (let i = 0; i < n; i++) {
    const yc = grid[i * n][1];
    let start = 0;
    for (let j = 1; j <= n; j++) {
      if (j < n && gridClasses[i * n + j] === gridClasses[i * n + start]) continue;
      runs.push({
        x1: grid[i * n + start][0] - halfX,
        x2: grid[i * n + j - 1][0] + halfX,
        y1: yc - halfY,
        y2: yc + halfY,
        label: gridClasses[i * n + start],
        cells: j - start,
      });
      start = j;
    }
  }
  return runs;
}
