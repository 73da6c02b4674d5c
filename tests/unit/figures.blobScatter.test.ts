import { describe, expect, it } from 'vitest';
import { blobScatter, classColor } from '../../src/lib/figures';
import { makeBlobs, trainTestSplit } from '../../src/lib/data';
import { markChildren, renderInNode, shapes } from './figures.renderInNode';
import { dotCentres } from '../support/drawnDots';

describe('blobScatter', () => {
  it('draws one dot per sample in its class colour', () => {
    const X = [[0, 0], [1, 1], [2, 0], [3, 3], [4, 1]];
    const y = [0, 2, 2, 1, 0];
    const { svg } = renderInNode(blobScatter({ X, y }));
    const dots = markChildren(svg, 'dot');
    expect(dots.length).toBe(5);
    // Each point, found by its centre (x runs 0 to 4, left to right), has its class colour.
    const byX = Array.from(svg.querySelectorAll('g[data-mark="dot"] path')).flatMap((p) =>
      dotCentres([{ tag: 'path', d: p.getAttribute('d') }]).map(([cx]) => ({ cx, fill: p.getAttribute('fill') })),
    );
    expect(byX.sort((a, b) => a.cx - b.cx).map((d) => d.fill)).toEqual(y.map(classColor));
  });

  it('marks the split: filled training dots and test crosses', () => {
    const X = [[0, 0], [1, 1], [2, 0], [3, 3]];
    const { svg } = renderInNode(blobScatter({ X, y: [0, 1, 0, 1], split: ['train', 'test', 'train', 'train'] }));
    const [train, test] = Array.from(svg.querySelectorAll('g[data-mark="dot"]'));
    expect(shapes(train).length).toBe(3);
    expect(shapes(test).length).toBe(1);
    expect(svg.getAttribute('aria-description')).toMatch(/3 training samples .* 1 test samples/);
  });

  it('renders the lesson four-blob data: 4000 dots, 4 classes', () => {
    const blobs = makeBlobs({ nSamples: 4000, centers: 4, clusterStd: 2, randomState: 101 });
    const { svg } = renderInNode(blobScatter({ X: blobs.X, y: blobs.y }), 1);
    expect(markChildren(svg, 'dot').length).toBe(4000);
    expect(svg.getAttribute('aria-label')).toMatch(/4000 points in 4 classes/);
  });

  it('renders the lesson 2-blob split: 3200 training and 800 test marks', () => {
    const blobs = makeBlobs({ nSamples: 4000, centers: 2, clusterStd: 2.5, randomState: 101 });
    const s = trainTestSplit(blobs.X, blobs.y, { testSize: 0.2, randomState: 42 });
    const split = [...s.XTrain.map(() => 'train' as const), ...s.XTest.map(() => 'test' as const)];
    const { svg } = renderInNode(blobScatter({ X: [...s.XTrain, ...s.XTest], y: [...s.yTrain, ...s.yTest], split }));
    const [train, test] = Array.from(svg.querySelectorAll('g[data-mark="dot"]'));
    expect([shapes(train).length, shapes(test).length]).toEqual([3200, 800]);
  });

  it('rejects labels that do not match the samples', () => {
    expect(() => blobScatter({ X: [[0, 0]], y: [0, 1] })).toThrow(RangeError);
  });
});
