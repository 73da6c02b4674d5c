import type { Frame } from '../figures/frame';
import type { Position } from './PointsState';

/**
 * The data position under the pixel (`px`, `py`) of a square-domain scatter drawn in `frame`
 * (the svg's own units, before it scales to the page), the way Plot lays it out: x from the
 * left margin to width - right margin, x1 upwards from height - bottom margin. Rounded to
 * `decimals`, and kept inside the domain, so a click on the margin lands on the edge.
 */
export function pixelToData(frame: Frame, domain: readonly [number, number], px: number, py: number, decimals = 2): Position {
  const [lo, hi] = domain;
  const fx = (px - frame.marginLeft) / (frame.width - frame.marginLeft - frame.marginRight);
  const fy = (frame.height - frame.marginBottom - py) / (frame.height - frame.marginTop - frame.marginBottom);
  const value = (f: number) => {
    const v = lo + Math.min(1, Math.max(0, f)) * (hi - lo);
    return Number(v.toFixed(decimals));
  };
  return [value(fx), value(fy)];
}
