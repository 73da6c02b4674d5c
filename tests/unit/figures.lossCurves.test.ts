import { describe, expect, it } from 'vitest';
import { lossCurves } from '../../src/lib/figures';
import { markChildren, renderInNode } from './figures.renderInNode';

const history = [
  { epoch: 1, loss: 0.6, accuracy: 0.7, valLoss: 0.5, valAccuracy: 0.75 },
  { epoch: 2, loss: 0.3, accuracy: 0.85, valLoss: 0.35, valAccuracy: 0.84 },
  { epoch: 3, loss: 0.2, accuracy: 0.9, valLoss: 0.25, valAccuracy: 0.91 },
];

describe('lossCurves', () => {
  it('draws a training and a validation line with a dot per epoch', () => {
    const { svg } = renderInNode(lossCurves({ history, metric: 'loss' }));
    expect(markChildren(svg, 'line').length).toBe(2);
    expect(markChildren(svg, 'dot').length).toBe(6);
    expect(svg.getAttribute('aria-description')).toContain('training 0.2, validation 0.25');
  });

  it('reads the accuracy fields for the accuracy metric', () => {
    const { svg } = renderInNode(lossCurves({ history, metric: 'accuracy' }));
    expect(svg.getAttribute('aria-description')).toContain('training 0.9, validation 0.91');
  });

  it('draws the lesson reference as a labelled rule', () => {
    const { svg } = renderInNode(lossCurves({ history, metric: 'loss', reference: { value: 0.18148446649312974 } }));
    expect(markChildren(svg, 'rule').length).toBe(1);
    expect(svg.textContent).toContain('lesson: 0.1815');
  });

  it('runs the loss axis from 0 to a round number above the values and the lesson’s rule; accuracy from 0 to 1', () => {
    expect(lossCurves({ history, metric: 'loss' }).y?.domain).toEqual([0, 0.6]);
    expect(lossCurves({ history: history.slice(1), metric: 'mse' }).y?.domain).toEqual([0, 0.4]);
    expect(lossCurves({ history: history.slice(1), metric: 'loss', reference: { value: 0.45 } }).y?.domain).toEqual([0, 0.5]);
    expect(lossCurves({ history, metric: 'accuracy' }).y?.domain).toEqual([0, 1]);
  });

  it('renders an empty history with a fixed epoch axis', () => {
    const options = lossCurves({ history: [], metric: 'mse', epochs: 100 });
    expect(options.x?.domain).toEqual([1, 100]);
    expect(options.y?.domain).toEqual([0, 1]);
    const { svg } = renderInNode(options);
    expect(markChildren(svg, 'dot').length).toBe(0);
    expect(svg.getAttribute('aria-description')).toBe('No epochs yet.');
  });
});
