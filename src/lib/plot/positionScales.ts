import type { PlotOptions, ScaleOptions } from '@observablehq/plot';
import { linearScale, type PositionScale } from './linearScale';

/** Scale options that make Plot's position scale differ from a plain linear map of the domain. */
const CHANGES_MAPPING = ['type', 'range', 'nice', 'zero', 'reverse', 'clamp', 'interval', 'transform', 'percent', 'round', 'inset', 'insetLeft', 'insetRight', 'insetTop', 'insetBottom'] as const;

/**
 * The x and y scales Plot will build for `options`, when the options fix them: an explicit
 * two-number domain on a linear scale, and explicit size and margins (Plot's own defaults depend
 * on the axes it infers). Undefined otherwise, and the figure has to be drawn by Plot.
 */
export function positionScales(options: PlotOptions): { x: PositionScale; y: PositionScale } | undefined {
  const { width, height, marginTop, marginRight, marginBottom, marginLeft } = options;
  const size = [width, height, marginTop, marginRight, marginBottom, marginLeft];
  if (!size.every((v) => typeof v === 'number' && Number.isFinite(v))) return undefined;
  if (options.inset !== undefined || options.margin !== undefined || options.projection !== undefined) return undefined;
  const x = domainOf(options.x);
  const y = domainOf(options.y);
  if (!x || !y) return undefined;
  return {
    x: linearScale(x, [marginLeft!, width! - marginRight!]),
    y: linearScale(y, [height! - marginBottom!, marginTop!]),
  };
}

function domainOf(scale: ScaleOptions | undefined): [number, number] | undefined {
  if (!scale || CHANGES_MAPPING.some((key) => scale[key] !== undefined)) return undefined;
  const domain = scale.domain as unknown;
  if (!Array.isArray(domain) || domain.length !== 2) return undefined;
  const [a, b] = domain;
  return typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b) ? [a, b] : undefined;
}
