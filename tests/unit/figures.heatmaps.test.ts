import { describe, expect, it } from 'vitest';
import { biasHeatmap, weightHeatmap } from '../../src/lib/figures';
import { markChildren, renderInNode } from './figures.renderInNode';

const kernel = [[0.182, -0.325], [0.805, 0.298]];

describe('weightHeatmap and biasHeatmap', () => {
  it('writes every weight in its cell', () => {
    const { svg } = renderInNode(weightHeatmap({ kernel }));
    expect(markChildren(svg, 'cell').length).toBe(4);
    const texts = markChildren(svg, 'text').map((t) => t.textContent).sort();
    expect(texts).toEqual(['0.182', '0.298', '0.805', '−0.325']);
    expect(svg.getAttribute('aria-description')).toContain('x₁ to class 0: 0.805');
  });

  it('writes deep cells in white and pale ones in near-black', () => {
    const { svg } = renderInNode(weightHeatmap({ kernel }));
    const white = Array.from(svg.querySelectorAll('g[data-mark="text"][fill="white"] text')).map((t) => t.textContent);
    expect(white).toEqual(['0.805']);
  });

  it('shows one cell per class for the bias', () => {
    const { svg } = renderInNode(biasHeatmap({ bias: [1.449, -1.449], digits: 2 }));
    expect(markChildren(svg, 'cell').length).toBe(2);
    expect(markChildren(svg, 'text').map((t) => t.textContent).sort()).toEqual(['1.45', '−1.45']);
  });
});
