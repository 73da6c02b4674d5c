import { dotsPath } from '../plot/dotsPath';
import { linePath } from '../plot/linePath';
import { positionScales } from '../plot/positionScales';
import { CURVE_SERIES, curveRows, type CurveSeries } from './curveRows';
import { CURVE_DOT_RADIUS } from './lossCurves';
import { lossCurvesFrame, type LossCurvesOptions } from './lossCurvesFrame';

export interface LossCurvePaths {
  /**
   * What the rest of the drawing depends on (scales, size, the lesson's rule, which marks there
   * are): two drawings of the same frame differ only in these paths and their description.
   */
  frame: string;
  /** The `d` of each line mark's path, in the figure's order (a series without values has none). */
  lines: string[];
  /** The merged path of each colour of dots, in the order the figure holds them. */
  dots: { d: string; count: number }[];
  /** The figure's description (its ariaDescription). */
  description: string;
}

/**
 * The parts of the lossCurves drawing of `o` that change from one epoch to the next, as Plot
 * draws them (renderFigure merges the dots of a colour into one path), computed from the
 * figure's scales without Plot. Undefined when the figure's scales are not fixed by its options.
 */
export function lossCurvePaths(o: LossCurvesOptions): LossCurvePaths | undefined {
  const rows = curveRows(o.history, o.metric);
  const figure = lossCurvesFrame(o, rows);
  const scales = positionScales(figure);
  if (!scales) return undefined;
  const { x, y } = scales;
  const points = (series: CurveSeries) => rows.filter((d) => d.series === series).map((d) => ({ x: d.epoch, y: d.value }));
  const drawn = CURVE_SERIES.filter((series) => rows.some((d) => d.series === series));
  // Dots of a colour are merged in the order each colour first appears.
  const looks = [...new Set(rows.map((d) => d.series))];
  return {
    frame: JSON.stringify([figure.x, figure.y, figure.width, figure.height, o.reference ?? null, o.metric, drawn, looks]),
    lines: drawn.map((series) => linePath(points(series), x, y)),
    dots: looks.map((series) => dotsPath(points(series), x, y, CURVE_DOT_RADIUS)),
    description: figure.ariaDescription ?? '',
  };
}

/** The value axis (y domain) of a frame of lossCurvePaths, e.g. the build's (data-frame). */
export function frameAxis(frame: string | undefined): [number, number] | undefined {
  if (!frame) return undefined;
  try {
    const domain: unknown = (JSON.parse(frame) as { domain?: unknown }[])[1]?.domain;
    return Array.isArray(domain) && domain.length === 2 && domain.every(Number.isFinite) ? [domain[0], domain[1]] : undefined;
  } catch {
    return undefined;
  }
}
