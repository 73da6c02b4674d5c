import { describe, expect, it } from 'vitest';
import { regressionFit, type RegressionFitOptions } from '../../src/lib/figures/regressionFit';
import { regressionFitPaths } from '../../src/lib/figures/regressionFitPaths';
import { regressionData } from '../../src/lib/data';
import { markChildren, renderInNode } from './figures.renderInNode';

describe('regressionFitPaths', () => {
  const data = regressionData();
  const lineDs = (o: RegressionFitOptions) => markChildren(renderInNode(regressionFit(o)).svg, 'line').map((p) => p.getAttribute('d'));

  it('gives the d of both lines as Plot draws them over the lesson’s data', () => {
    // A curve reaching past the data, so the scales are not the dots' alone.
    const curve = { x: data.x, y: data.x.map((x) => 0.55 - 0.4 * Math.tanh(x) + 0.3) };
    for (const o of [
      { x: data.x, y: data.y, curve },
      { x: data.x, y: data.y, curve, target: 'sine' as const, width: 331, height: 281 },
      { x: data.x, y: data.y, curve, noiseFree: false },
    ]) {
      const paths = regressionFitPaths(o, regressionFit(o));
      expect(paths).toEqual(lineDs(o));
      expect(paths).toHaveLength(o.noiseFree === false ? 1 : 2);
    }
  });

  it('is undefined for options whose scales Plot would choose', () => {
    const o = { x: [0, 1], y: [0.5, 0.2], curve: { x: [0, 1], y: [0.4, 0.3] } };
    expect(regressionFitPaths(o, { ...regressionFit(o), x: { label: 'x' } })).toBeUndefined();
  });
});
