import { describe, expect, it } from 'vitest';
import { regressionFit } from '../../src/lib/figures/regressionFit';
import { noiseFreeKey, regressionFitFrame, type RegressionFitOptions } from '../../src/lib/figures/regressionFitFrame';
import type { Split } from '../../src/lib/figures/split';
import { regressionFitLines } from '../../src/lib/figures/regressionFitLines';
import { regressionRows } from '../../src/lib/figures/regressionFrame';

const x = [-2, -1, 0, 1, 2];
const y = [0.9, 0.7, 0.5, 0.3, 0.1];

describe('regressionFitFrame', () => {
  it('is the regressionFit figure without its marks', () => {
    const split: Split[] = ['train', 'test', 'train', 'train', 'test'];
    const o: RegressionFitOptions = { x, y, split, curve: { x: [2, 0, -2], y: [0.2, 0.5, 0.8] }, target: 'sine' };
    const { marks, ...rest } = regressionFit(o);
    expect(marks).toHaveLength(3);
    expect(regressionFitFrame(o, regressionRows(o), regressionFitLines(o))).toEqual(rest);
  });

  it('spans the samples and the curve on x, and the samples and the noise-free function on y', () => {
    const o = { x, y, curve: { x: [-3, 0, 2.5], y: [1.4, 0.5, -0.3] } };
    const lines = regressionFitLines(o);
    const f = regressionFitFrame(o, regressionRows(o), lines);
    expect(f.x?.domain).toEqual([-3, 2.5]);
    // The prediction (1.4 down to -0.3) is clipped to the frame, not part of it.
    const ys = [...y, ...lines.truth.map((d) => d.y)];
    expect(f.y?.domain).toEqual([Math.min(...ys), Math.max(...ys)]);
    expect(Math.max(...ys)).toBeLessThan(1);
    const line = regressionFit(o).marks?.[1] as unknown as { clip?: unknown };
    expect(line.clip).toBe('frame');
    expect(f.color?.domain).toEqual(['data', 'model prediction', noiseFreeKey(undefined)]);
    expect(f.ariaDescription).toMatch(/from 1\.4 at x = −3 to −0\.3 at x = 2\.5\. The dashed line is the noise-free function/);
  });
});
