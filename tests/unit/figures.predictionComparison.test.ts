import { describe, expect, it } from 'vitest';
import { predictionComparison } from '../../src/lib/figures';
import { renderInNode, shapes } from './figures.renderInNode';

describe('predictionComparison', () => {
  const X = [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]];
  const yTrue = [0, 0, 1, 1, 2];
  const yPred = [0, 1, 1, 2, 2];
  const figure = predictionComparison({ X, yTrue, yPred });

  it('counts and rings the misclassified points in both panels', () => {
    expect(figure.misclassified).toBe(2);
    for (const panel of [figure.predicted, figure.truth]) {
      const { svg } = renderInNode(panel);
      const [points, rings] = Array.from(svg.querySelectorAll('g[data-mark="dot"]'));
      expect(shapes(points).length).toBe(5);
      expect(shapes(rings).length).toBe(2);
      expect(svg.getAttribute('aria-description')).toMatch(/2 of 5 points are misclassified \(accuracy 60%\)/);
    }
  });

  it('colours one panel by prediction and the other by truth', () => {
    const fills = (o: typeof figure.predicted) =>
      shapes(renderInNode(o).svg.querySelector('g[data-mark="dot"]')!).map((c) => c.getAttribute('fill'));
    const predicted = fills(figure.predicted);
    const truth = fills(figure.truth);
    expect(predicted[1]).toBe(predicted[2]);
    expect(truth[1]).toBe(truth[0]);
    expect(predicted[1]).not.toBe(truth[1]);
  });
});
