import { describe, expect, it } from 'vitest';
import { workedExample } from '../../src/lib/math/workedExample';

describe('workedExample', () => {
  it('holds the lesson’s numbers: W is 3 x 4, x has 4 features, true class 2', () => {
    expect(workedExample.W).toEqual([
      [0.01, -0.05, 0.1, 0.05],
      [0.7, 0.2, 0.05, 0.16],
      [0.0, -0.45, -0.2, 0.03],
    ]);
    expect(workedExample.x).toEqual([-15, 22, -44, 56]);
    expect(workedExample.b).toEqual([0.0, 0.2, -0.3]);
    expect(workedExample.label).toBe(2);
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(workedExample)).toBe(true);
    expect(Object.isFrozen(workedExample.W)).toBe(true);
    expect(workedExample.W.every((row) => Object.isFrozen(row))).toBe(true);
    expect(Object.isFrozen(workedExample.x)).toBe(true);
    expect(Object.isFrozen(workedExample.b)).toBe(true);
    expect(() => {
      (workedExample.x as number[])[0] = 1;
    }).toThrow(TypeError);
  });
});
