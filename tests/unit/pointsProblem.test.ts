import { describe, expect, it } from 'vitest';
import { POINT_LIMITS, pointsProblem } from '../../src/lib/points/pointsProblem';
import { CSV_DIALECT } from '../../src/lib/import/csvDialect';

describe('pointsProblem', () => {
  it('takes two features per point, labels 0..7, at least two classes', () => {
    expect(pointsProblem({ X: [[0, 1], [2.5, -3]], y: [0, 7] })).toBeUndefined();
  });

  it.each([
    ['not an object', null, /must be an object/],
    ['arrays missing', { X: 'a', y: [] }, /must be arrays/],
    ['lengths that differ', { X: [[0, 0]], y: [0, 1] }, /1 rows but points.y has 2/],
    ['a row of three values', { X: [[0, 0, 0], [1, 1]], y: [0, 1] }, /Point 0 must be two finite numbers/],
    ['a NaN', { X: [[0, 0], [NaN, 1]], y: [0, 1] }, /Point 1 must be two finite numbers/],
    ['a string value', { X: [[0, '1'], [1, 1]], y: [0, 1] }, /Point 0/],
    ['a label of 8', { X: [[0, 0], [1, 1]], y: [0, 8] }, /Point 1 has label 8/],
    ['a fractional label', { X: [[0, 0], [1, 1]], y: [0.5, 1] }, /Point 0 has label 0.5/],
    ['no points', { X: [], y: [] }, /no points yet/],
    ['one class', { X: [[0, 0], [1, 1]], y: [2, 2] }, /All points are of class 2/],
  ])('refuses %s', (_name, p, message) => {
    expect(pointsProblem(p)).toMatch(message);
  });

  it(`refuses more than ${POINT_LIMITS.maxPoints} points`, () => {
    const n = POINT_LIMITS.maxPoints + 1;
    const p = { X: Array.from({ length: n }, () => [0, 0]), y: Array.from({ length: n }, (_, i) => i % 2) };
    expect(pointsProblem(p)).toMatch(/At most 20000 points; got 20001/);
    expect(pointsProblem({ X: p.X.slice(1), y: p.y.slice(1) })).toBeUndefined();
  });

  it('the dialect stated on the page names the limits the code uses', () => {
    expect(CSV_DIALECT).toContain(`0 to ${POINT_LIMITS.maxLabel}`);
    expect(CSV_DIALECT).toContain('20,000 rows');
    expect(CSV_DIALECT).toContain('5 MB');
    expect(CSV_DIALECT).toContain('x0,x1,label');
  });
});
