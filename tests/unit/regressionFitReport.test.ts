import { describe, expect, it } from 'vitest';
import { formatMse, noiseFloor, regressionFitReport } from '../../src/lib/demo/regressionFitReport';

describe('regressionFitReport', () => {
  it('puts the MSEs beside the lesson and the floor, which follows the noise', () => {
    const r = regressionFitReport({ trainMse: 0.009612, testMse: 0.009525, noise: 0.1, lessonMse: 0.0117 });
    expect(r.rows.map((row) => [row.key, row.text])).toEqual([
      ['train', '0.00961'],
      ['test', '0.00953'],
      ['lesson', '0.0117'],
      ['floor', '0.01'],
    ]);
    expect(r.rows[3].label).toContain('σ = 0.1');
    expect(regressionFitReport({ noise: 0.3, lessonMse: 0.0117 }).rows[3].value).toBeCloseTo(0.09, 12);
  });

  it('says where the test MSE stands', () => {
    const base = { noise: 0.1, lessonMse: 0.0117 };
    expect(regressionFitReport(base).verdict).toMatch(/^Train the model/);
    expect(regressionFitReport({ ...base, testMse: 0.0095 }).verdict).toMatch(/at or below the lesson’s 0.0117 and a little under the noise floor 0.01/);
    expect(regressionFitReport({ ...base, testMse: 0.0112 }).verdict).toMatch(/close to the noise floor/);
    expect(regressionFitReport({ ...base, testMse: 0.0117 }).verdict).toMatch(/at or below the lesson’s/);
    const stuck = regressionFitReport({ ...base, testMse: 0.092 }).verdict;
    expect(stuck).toMatch(/above the lesson’s 0.0117 and 9.2 times the noise floor/);
    expect(stuck).toMatch(/another seed/);
    expect(regressionFitReport({ ...base, noise: 0, testMse: 0.001 }).verdict).toMatch(/floor is 0/);
    expect(regressionFitReport({ ...base, testMse: NaN }).verdict).toMatch(/NaN/);
  });

  it('leaves the lesson out for an experiment the lesson did not run, and advises from the model and the curve', () => {
    const r = regressionFitReport({ noise: 0.1, testMse: 0.485, hidden: 0, target: 'sine' });
    expect(r.rows.map((row) => row.key)).toEqual(['train', 'test', 'floor']);
    expect(r.verdict).toMatch(/^Test MSE 0.485, 48.5 times the noise floor 0.01: .*give the model a hidden layer\.$/);
    expect(regressionFitReport({ noise: 0.1, testMse: 0.05, hidden: 16, target: 'sine' }).verdict).toMatch(/more hidden units/);
    expect(regressionFitReport({ noise: 0.1, testMse: 0.0105, hidden: 16, target: 'sine' }).verdict).toBe(
      'Test MSE 0.0105, close to the noise floor 0.01: what is left is mostly noise.',
    );
    expect(regressionFitReport({ noise: 0.1 }).verdict).toBe('Train the model to see its error beside the noise floor.');
  });

  it('formats MSEs with three significant digits, never a long tail', () => {
    expect(formatMse(undefined)).toBe('—');
    expect(formatMse(0)).toBe('0');
    expect(formatMse(0.00952533446252346)).toBe('0.00953');
    expect(formatMse(0.0117)).toBe('0.0117');
    expect(formatMse(0.92)).toBe('0.92');
    expect(formatMse(12.345)).toBe('12.3');
    expect(formatMse(3e-8)).toBe('3.00e-8');
    expect(noiseFloor(0.1)).toBeCloseTo(0.01, 15);
  });
});
