import type { Frame } from '../figures/frame';
import type { Position } from './PointsState';

/** Where the data position `at` is drawn in a square-domain scatter in `frame`: pixelToData's inverse. */
export function dataToPixel(frame: Frame, domain: readonly [number, number], at: Position): [number, number] {
  const [lo, hi] = domain;
  const fx = (at[0] - lo) / (hi - lo);
  const fy = (at[1] - lo) / (hi - lo);
  return [
    frame.marginLeft + fx * (frame.width - frame.marginLeft - frame.marginRight),
    frame.height - frame.marginBottom - fy * (frame.height - frame.marginTop - frame.marginBottom),
  ];
}
