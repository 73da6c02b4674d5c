import { describe, expect, it } from 'vitest';
import { crossEntropy } from '../../src/lib/math/crossEntropy';
import { linearScores } from '../../src/lib/math/linearScores';
import { softmax } from '../../src/lib/math/softmax';
import { workedExample } from '../../src/lib/math/workedExample';

describe('crossEntropy', () => {
  it('gives the worked example’s loss, 1.04', () => {
    const { W, x, b, label } = workedExample;
    const loss = crossEntropy(softmax(linearScores(W, x, b)), label);
    expect(Math.round(loss * 100) / 100).toBe(1.04);
  });

  it('is -ln of the true class probability', () => {
    expect(crossEntropy([0.25, 0.75], 1)).toBe(-Math.log(0.75));
    expect(crossEntropy([0, 1], 1)).toBe(-0);
    expect(crossEntropy([0, 1], 0)).toBe(Infinity);
  });

  it('rejects a label that is not a class index', () => {
    expect(() => crossEntropy([0.5, 0.5], 2)).toThrow(RangeError);
    expect(() => crossEntropy([0.5, 0.5], -1)).toThrow(RangeError);
    expect(() => crossEntropy([0.5, 0.5], 0.5)).toThrow(RangeError);
  });
});
