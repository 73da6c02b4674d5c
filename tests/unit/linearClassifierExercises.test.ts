/**
 * The linear-classifiers page's exercises: each computed answer checked against arithmetic done
 * here, and each computed "correct" mark against what the page's argument says it must be.
 */
import { describe, expect, it } from 'vitest';
import { linearClassifierExercises as ex } from '../../src/lib/exercises/pages/linearClassifiers';
import { checkNumeric } from '../../src/lib/exercises/checkNumeric';

describe('linear-classifiers page exercises', () => {
  it('K = 5, D = 3: W is 5 x 3, so 15 weights and 5 biases, 20 parameters; 15 alone is wrong', () => {
    expect(ex.shape).toEqual([5, 3]);
    expect(ex.weightCount).toBe(15);
    expect(ex.parameterCount.answer).toBe(20);
    expect(checkNumeric('20', ex.parameterCount.answer).status).toBe('right');
    for (const wrong of ['15', '18', '23']) expect(checkNumeric(wrong, ex.parameterCount.answer).status).toBe('wrong');
  });

  it("x = (-1, -2) with the page's W and b: scores -2, -1.5, 3.5, so class 2 wins", () => {
    expect(ex.W).toEqual([[2, 0], [-1, 1.5], [-1, -1.5]]);
    expect(ex.b).toEqual([0, 0.5, -0.5]);
    expect(ex.scores).toEqual([2 * -1 + 0 * -2 + 0, -1 * -1 + 1.5 * -2 + 0.5, -1 * -1 + -1.5 * -2 - 0.5]);
    expect(ex.predictedClass.answer).toBe(2);
    expect(checkNumeric('2', ex.predictedClass.answer).status).toBe('right');
    expect(checkNumeric('1', ex.predictedClass.answer).status).toBe('wrong');
  });

  it('boundaries: the lines and the pie are possible, the circle and the chessboard are not', () => {
    expect(ex.boundaryOptions.map((o) => o.correct)).toEqual([true, true, true, false, false]);
  });

  it('shifting every row of W by (3, -2): on all 441 grid points the predictions stay and the scores do not', () => {
    expect(ex.gridPoints).toBe(441);
    expect(ex.shiftOptions.map((o) => o.correct)).toEqual([true, false, false, false]);
  });
});
