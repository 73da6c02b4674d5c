import type { PlotOptions, ScaleOptions } from '@observablehq/plot';
import { gridCells } from './gridCells';

/** A rectangle in the svg's own units (px before the svg scales to its container). */
export interface ImagePlacement {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where an image of the grid's cells (regionPixels) goes in a figure drawn from `figure`: the cells'
 * outer edges through the figure's x and y scales, linear from the explicit domain onto the frame
 * between the margins, as Plot lays them out. For decisionBoundary the domain is the cells' extent,
 * so the image fills the frame exactly and each pixel lands on the cell the rects draw.
 */
export function regionImagePlacement(grid: readonly (readonly number[])[], figure: PlotOptions): ImagePlacement {
  const { width, height, marginTop, marginRight, marginBottom, marginLeft } = figure;
  if (width === undefined || height === undefined || marginTop === undefined || marginRight === undefined || marginBottom === undefined || marginLeft === undefined) {
    throw new RangeError('regionImagePlacement needs a figure with its width, height and four margins');
  }
  const cells = gridCells(grid);
  const x = linear(figure.x, [marginLeft, width - marginRight]);
  const y = linear(figure.y, [height - marginBottom, marginTop]);
  const left = x(cells.x1);
  const right = x(cells.x2);
  const top = y(cells.y2);
  const bottom = y(cells.y1);
  return { x: Math.min(left, right), y: Math.min(top, bottom), width: Math.abs(right - left), height: Math.abs(bottom - top) };
}

function linear(scale: ScaleOptions | undefined, range: [number, number]): (v: number) => number {
  const domain = scale?.domain ? Array.from(scale.domain) : [];
  const [d0, d1] = domain;
  const numbers = typeof d0 === 'number' && typeof d1 === 'number' && Number.isFinite(d0) && Number.isFinite(d1) && d0 !== d1;
  if (domain.length !== 2 || !numbers || (scale?.type !== undefined && scale.type !== 'linear')) {
    throw new RangeError('regionImagePlacement needs linear x and y scales with an explicit domain of two numbers');
  }
  return (v) => range[0] + ((v - d0) / (d1 - d0)) * (range[1] - range[0]);
}
