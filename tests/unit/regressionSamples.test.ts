import { describe, expect, it } from 'vitest';
import { regressionSamples } from '../../src/lib/demo/regressionSamples';
import { experimentData, regression } from '../../src/lib/experiments';

describe('regressionSamples', () => {
  it('flattens the lesson split into 800 training and 200 test samples', () => {
    const s = regressionSamples(experimentData(regression));
    expect(s.x).toHaveLength(1000);
    expect(s.split.filter((k) => k === 'train')).toHaveLength(800);
    expect(s.split.filter((k) => k === 'test')).toHaveLength(200);
    // Every x of linspace(−20, 20, 1000) appears once.
    const sorted = [...s.x].sort((a, b) => a - b);
    expect(sorted[0]).toBe(-20);
    expect(sorted[999]).toBe(20);
    expect(new Set(s.x).size).toBe(1000);
  });

  it('keeps each y with its x and split', () => {
    const s = regressionSamples({ XTrain: [[1], [2]], yTrain: [10, 20], XTest: [[3]], yTest: [30] });
    expect(s).toEqual({ x: [1, 2, 3], y: [10, 20, 30], split: ['train', 'train', 'test'] });
  });

  it('refuses rows and targets of different lengths', () => {
    expect(() => regressionSamples({ XTrain: [[1]], yTrain: [], XTest: [], yTest: [] })).toThrow(RangeError);
  });
});
