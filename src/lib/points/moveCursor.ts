import type { Position } from './PointsState';

/** Steps across the domain: an arrow key moves 1/80 of it, Shift and an arrow 1/16. */
export const CURSOR_STEPS = { small: 1 / 80, large: 1 / 16 } as const;

const DIRECTIONS: Record<string, Position> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/**
 * Where the keyboard cursor goes for `key` (ArrowUp raises x1), kept inside the square
 * `domain` of both axes; undefined when the key does not move it. Positions snap to the step,
 * so the numbers read out stay short.
 */
export function moveCursor(cursor: Position, key: string, shift: boolean, domain: readonly [number, number]): Position | undefined {
  const direction = DIRECTIONS[key];
  if (!direction) return undefined;
  const [lo, hi] = domain;
  const step = (hi - lo) * (shift ? CURSOR_STEPS.large : CURSOR_STEPS.small);
  const move = (v: number, d: number) => {
    if (d === 0) return v;
    const snapped = Math.round((v + d * step) / step) * step;
    // Rounding keeps 0.1-sized steps from printing as 0.30000000000000004.
    return Math.min(hi, Math.max(lo, Number(snapped.toPrecision(12))));
  };
  return [move(cursor[0], direction[0]), move(cursor[1], direction[1])];
}
