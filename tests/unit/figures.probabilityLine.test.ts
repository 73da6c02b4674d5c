import { describe, expect, it } from 'vitest';
import { probabilityLine } from '../../src/lib/figures';
import { markChildren, renderInNode } from './figures.renderInNode';

describe('probabilityLine', () => {
  it('plots one dot per output and the line p0 + p1 = 1', () => {
    const probs = [[0.99, 0.01], [0.2, 0.8], [0.5, 0.5]];
    const { svg } = renderInNode(probabilityLine({ probs, y: [0, 1, 1] }));
    expect(markChildren(svg, 'dot').length).toBe(3);
    expect(markChildren(svg, 'line').length).toBe(1);
    expect(svg.textContent).toContain('p₀ + p₁ = 1');
    expect(svg.getAttribute('aria-description')).toMatch(/1 of 3 points have a probability above 0.9/);
  });

  it('reports how far the outputs stray from summing to one', () => {
    const { svg } = renderInNode(probabilityLine({ probs: [[0.7, 0.2]], y: [0] }));
    expect(svg.getAttribute('aria-description')).toContain('largest distance from 1: 0.1');
  });
});
