import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { dotsPath } from '../../src/lib/plot/dotsPath';
import { renderFigure } from '../../src/lib/plot/renderFigure';
import { serverDocument } from '../../src/lib/plot/serverDocument';
import { TEST_FRAME, testX as x, testY as y } from './support/testFrame';

describe('dotsPath', () => {
  it('draws each point as two arcs of radius r from its centre, and counts them', () => {
    expect(dotsPath([{ x: 0, y: 0 }, { x: 5, y: 1 }], x, y, 2.5)).toEqual({
      d: 'M40,300m-2.5,0a2.5,2.5,0,1,0,5,0a2.5,2.5,0,1,0,-5,0M320,160m-2.5,0a2.5,2.5,0,1,0,5,0a2.5,2.5,0,1,0,-5,0',
      count: 2,
    });
  });

  it('leaves out points that do not map to numbers', () => {
    expect(dotsPath([{ x: NaN, y: 0 }, { x: 5, y: 1 }], x, y, 1)).toEqual({ d: 'M320,160m-1,0a1,1,0,1,0,2,0a1,1,0,1,0,-2,0', count: 1 });
    expect(dotsPath([], x, y, 1)).toEqual({ d: '', count: 0 });
  });

  it('gives the path renderFigure merges Plot’s circles into', () => {
    const points = Array.from({ length: 25 }, (_, i) => ({ x: i / 2.5, y: 1 + Math.cos(i) * 0.77 }));
    const options = { ...TEST_FRAME, marks: [Plot.dot(points, { x: 'x', y: 'y', r: 2.5, fill: 'currentColor' })] };
    const root = renderFigure(options, { document: serverDocument() }) as unknown as Element;
    const merged = root.querySelector('g[data-mark="dot"] path')!;
    const ours = dotsPath(points, x, y, 2.5);
    expect(ours.d).toBe(merged.getAttribute('d'));
    expect(String(ours.count)).toBe(merged.getAttribute('data-points'));
  });
});
