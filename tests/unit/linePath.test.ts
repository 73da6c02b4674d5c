import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { linePath } from '../../src/lib/plot/linePath';
import { serverDocument } from '../../src/lib/plot/serverDocument';
import { TEST_FRAME, testX as x, testY as y } from './support/testFrame';

/** The `d` Plot itself gives a line through `points` on the same scales. */
function plotLine(points: { x: number; y: number }[]): string | null {
  const svg = Plot.plot({ ...TEST_FRAME, marks: [Plot.line(points, { x: 'x', y: 'y' })], document: serverDocument() });
  return svg.querySelector('path')?.getAttribute('d') ?? null;
}

describe('linePath', () => {
  it('moves to the first point and draws to each next, in px with three decimals', () => {
    expect(linePath([{ x: 0, y: 0 }, { x: 1, y: 1 }, { x: 3, y: 2 }], x, y)).toBe('M40,300L96,160L208,20');
    expect(linePath([{ x: 1 / 3, y: 0.1 }, { x: 2, y: 0.5 }], x, y)).toBe('M58.667,286L152,230');
  });

  it('closes a piece of one point and breaks the line where a value is not a number', () => {
    expect(linePath([{ x: 2, y: 1 }], x, y)).toBe('M152,160Z');
    expect(linePath([{ x: 0, y: 0 }, { x: 1, y: NaN }, { x: 2, y: 1 }, { x: 3, y: 1.5 }], x, y)).toBe('M40,300ZM152,160L208,90');
    expect(linePath([], x, y)).toBe('');
  });

  it('gives the d of Plot’s own line', () => {
    const walks = [
      Array.from({ length: 30 }, (_, i) => ({ x: i / 3, y: 1 + Math.sin(i * 0.7) * 0.9 })),
      [{ x: 4.2, y: 0.31 }],
      [{ x: 0, y: 2 }, { x: 1.1, y: NaN }, { x: 2.2, y: 0.4 }, { x: 9.9, y: 0.123456 }],
    ];
    for (const points of walks) expect(linePath(points, x, y)).toBe(plotLine(points));
  });
});
