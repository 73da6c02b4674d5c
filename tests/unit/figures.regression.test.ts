import { describe, expect, it } from 'vitest';
import { regressionFit, regressionScatter, regressionSplit } from '../../src/lib/figures';
import { regressionData } from '../../src/lib/data';
import { markChildren, renderInNode, shapes } from './figures.renderInNode';

const x = [-2, -1, 0, 1, 2];
const y = [0.9, 0.7, 0.5, 0.3, 0.1];

describe('regression figures', () => {
  it('scatter: one dot per sample of the lesson data', () => {
    const data = regressionData();
    const { svg } = renderInNode(regressionScatter(data));
    expect(markChildren(svg, 'dot').length).toBe(data.x.length);
  });

  it('split: training and test points in separate marks', () => {
    const { svg } = renderInNode(regressionSplit({ x, y, split: ['train', 'test', 'train', 'train', 'test'] }));
    const [train, test] = Array.from(svg.querySelectorAll('g[data-mark="dot"]'));
    expect([shapes(train).length, shapes(test).length]).toEqual([3, 2]);
  });

  it('fit: the prediction line and the noise-free curve over the data', () => {
    const curve = { x: [2, 0, -2], y: [0.2, 0.5, 0.8] };
    const { root, svg } = renderInNode(regressionFit({ x, y, curve }));
    expect(markChildren(svg, 'line').length).toBe(2);
    expect(root.textContent).toContain('model prediction');
    expect(svg.getAttribute('aria-description')).toMatch(/from 0.8 at x = −2 to 0.2 at x = 2/);
  });

  it('fit without the noise-free curve draws one line', () => {
    const { svg } = renderInNode(regressionFit({ x, y, curve: { x, y }, noiseFree: false }));
    expect(markChildren(svg, 'line').length).toBe(1);
  });
});
