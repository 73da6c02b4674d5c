import { describe, expect, it } from 'vitest';
import { chooseExamplePoints } from '../../src/lib/demo/chooseExamplePoints';

describe('chooseExamplePoints', () => {
  const probs = [
    [0.7, 0.2, 0.1], // right, fairly sure
    [0.98, 0.01, 0.01], // right, surest
    [0.4, 0.35, 0.25], // right, least sure
    [0.1, 0.85, 0.05], // wrong (true 0), sure of it
    [0.2, 0.5, 0.3], // wrong (true 2), less sure
  ];
  const y = [0, 0, 0, 0, 2];

  it('picks the surest right point, the least sure point and the surest wrong one', () => {
    expect(chooseExamplePoints(probs, y)).toEqual([
      { index: 1, why: 'confident' },
      { index: 2, why: 'uncertain' },
      { index: 3, why: 'wrong' },
    ]);
  });

  it('leaves out the wrong point when every prediction is right', () => {
    const picked = chooseExamplePoints(probs.slice(0, 3), y.slice(0, 3));
    expect(picked.map((p) => p.why)).toEqual(['confident', 'uncertain']);
  });

  it('never lists a point twice', () => {
    expect(chooseExamplePoints([[0.6, 0.4]], [0])).toEqual([{ index: 0, why: 'confident' }]);
  });

  it('skips rows that are not numbers (a diverged model) and refuses misaligned input', () => {
    expect(chooseExamplePoints([[NaN, NaN], [0.9, 0.1]], [0, 0])).toEqual([{ index: 1, why: 'confident' }]);
    expect(() => chooseExamplePoints([[1, 0]], [0, 1])).toThrow(RangeError);
  });
});
