import { describe, expect, it } from 'vitest';
import { regressionData } from '../../src/lib/data/regressionData';
import { REGRESSION_TARGETS, regressionTarget } from '../../src/lib/data/regressionTarget';

describe('regressionTarget', () => {
  it('is the lesson’s falling sigmoid, a sine reaching ±1, a step at 0 and a V', () => {
    expect(regressionTarget('sigmoid', 0)).toBe(0.5);
    expect(regressionTarget('sigmoid', 3)).toBe(1 / (1 + Math.exp(3)));
    expect(regressionTarget('sine', 2 * Math.PI)).toBeCloseTo(1, 15);
    expect(regressionTarget('sine', -2 * Math.PI)).toBeCloseTo(-1, 15);
    expect([regressionTarget('step', -0.5), regressionTarget('step', 0), regressionTarget('step', 7)]).toEqual([1, 0, 0]);
    expect([regressionTarget('abs', -20), regressionTarget('abs', 0), regressionTarget('abs', 10)]).toEqual([1, 0, 0.5]);
  });

  it('names four targets and refuses others', () => {
    expect(REGRESSION_TARGETS).toEqual(['sigmoid', 'sine', 'step', 'abs']);
    expect(() => regressionTarget('cubic' as 'sine', 1)).toThrow(/Unknown regression target cubic/);
  });

  it('changes the curve of regressionData and keeps its x and its noise', () => {
    const lesson = regressionData({ n: 50, seed: 3 });
    const sine = regressionData({ n: 50, seed: 3, target: 'sine' });
    expect(regressionData({ n: 50, seed: 3, target: 'sigmoid' })).toEqual(lesson);
    expect(sine.x).toEqual(lesson.x);
    sine.y.forEach((v, i) => {
      const noise = lesson.y[i] - regressionTarget('sigmoid', lesson.x[i]);
      expect(v - regressionTarget('sine', sine.x[i])).toBeCloseTo(noise, 12);
    });
  });
});
