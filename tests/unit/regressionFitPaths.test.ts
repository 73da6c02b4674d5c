import { describe, expect, it } from 'vitest';
import { regressionFit, type RegressionFitOptions } from '../../src/lib/figures/regressionFit';
import { regressionFitPaths } from '../../src/lib/figures/regressionFitPaths';
import { regressionData } from '../../src/lib/data';
import { markChildren, renderInNode } from './figures.renderInNode';

describe('regressionFitPaths', () => {
  const data = regressionData();
  const lineDs = (o: RegressionFitOptions) => markChildren(renderInNode(regressionFit(o)).svg, 'line').map((p) => p.getAttribute('d'));
  const curve = (shift: number) => ({ x: data.x, y: data.x.map((x) => 0.5 - 0.4 * Math.tanh(x) + shift) });

  it('gives the d of both lines as Plot draws them over the lesson’s data, and the figure’s description', () => {
    // A curve reaching past the data: clipped, on the scales of the dots and the noise-free line.
    for (const o of [
      { x: data.x, y: data.y, curve: curve(0.3) },
      { x: data.x, y: data.y, curve: curve(0.3), target: 'sine' as const, width: 331, height: 281 },
      { x: data.x, y: data.y, curve: curve(0), noiseFree: false },
    ]) {
      const paths = regressionFitPaths(o)!;
      expect(paths.lines).toEqual(lineDs(o));
      expect(paths.lines).toHaveLength(o.noiseFree === false ? 1 : 2);
      expect(paths.description).toBe(regressionFit(o).ariaDescription);
    }
  });

  it('keeps its frame wherever the curve goes (it is clipped), and changes it with the data or the size', () => {
    const at = (shift: number) => regressionFitPaths({ x: data.x, y: data.y, curve: curve(shift) })!;
    expect(at(0.01).frame).toBe(at(0.02).frame);
    expect(at(0.01).lines).not.toEqual(at(0.02).lines);
    expect(at(0.01).frame).toBe(at(0.6).frame);
    expect(at(0.01).frame).not.toBe(regressionFitPaths({ x: data.x, y: data.y.map((v) => v * 2), curve: curve(0.01) })!.frame);
    expect(at(0.01).frame).not.toBe(regressionFitPaths({ x: data.x, y: data.y, curve: curve(0.01), width: 400 })!.frame);
  });
});
