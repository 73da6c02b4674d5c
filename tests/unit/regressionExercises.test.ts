/**
 * The regression page's exercises: each computed answer checked against numbers worked out
 * here, and the predict run trained in Node to pin the option its explanation names.
 */
import { describe, expect, it } from 'vitest';
import { regressionExercises as ex } from '../../src/lib/exercises/pages/regression';
import { expectGrades } from './support/expectGrades';
import { trainPredictRun } from './support/trainPredictRun';

describe('regression page exercises', () => {
  it('noise floor for sigma 0.2: 0.04, which the true curve itself scores on 1000 points', () => {
    expect(ex.floor.answer).toBeCloseTo(0.04, 12);
    expect(Math.abs(ex.floor.trueCurve - 0.04)).toBeLessThan(0.04 * Math.sqrt(2 / ex.floor.n) * 3);
    // sigma itself, and 0.02 (2 sigma squared... or sigma / 10), are wrong.
    expectGrades(ex.floor, ['0.04', '.04', '4%', '1/25', '4e-2'], ['0.2', '0.02']);
  });

  it('steps per epoch for 2000 points: 1600 train points in batches of 128 is 13 steps, the last of 64', () => {
    expect(ex.biggerSplit).toEqual({ train: 1600, test: 400 });
    expect(ex.steps).toEqual({ answer: 13, lastBatch: 64 });
    expectGrades(ex.steps, [], ['12.5', '16']);
  });

  it('why the floor: only the independence of the noise is right', () => {
    expect(ex.whyFloorOptions.map((o) => o.correct)).toEqual([true, false, false, false]);
  });

  it('noise 0.3: the seeded run lands between 0.07 and 0.12, near sigma^2 = 0.09', async () => {
    expect(ex.noisyRun.sigma).toBe(0.3);
    expect(ex.noisyRun.floor).toBeCloseTo(0.09, 12);
    const { outcome } = await trainPredictRun(ex.noisyRun);
    // The explanation says the run ends close to the new floor, nine times the old one.
    expect(Math.abs((outcome.value ?? 0) - ex.noisyRun.floor)).toBeLessThan(0.015);
  });
});
