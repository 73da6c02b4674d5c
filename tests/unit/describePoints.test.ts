import { describe, expect, it } from 'vitest';
import { describePoints } from '../../src/lib/points/describePoints';
import { pointsData } from '../../src/lib/experiments/pointsData';

describe('describePoints', () => {
  const split = { testSize: 0.2, splitSeed: 42 };
  it('counts the points, the classes and the split', () => {
    const d = pointsData({ X: Array.from({ length: 7 }, (_, i) => [i, i]), y: [0, 0, 1, 2, 2, 2, 0] }, split);
    expect(describePoints(d)).toBe('Your data: 7 points in 3 classes (class 0: 3, class 1: 1, class 2: 3 points); 5 to train on and 2 to test with.');
  });

  it('says when there are none, or too few to split', () => {
    expect(describePoints(pointsData({ X: [], y: [] }, split))).toBe('Your data: no points yet.');
    expect(describePoints(pointsData({ X: [[1, 1]], y: [4] }, split))).toBe(
      'Your data: 1 point in 1 class (class 4: 1 points); too few to split into train and test.',
    );
  });
});
