import { describe, expect, it } from 'vitest';
import { twoClassSamples } from '../../src/lib/data/twoClassSamples';
import { RandomState } from '../../src/lib/random/RandomState';

const xs = [0, 1, 2, 3, 4];
const ys = [10, 11, 12, 13, 14];

describe('twoClassSamples', () => {
  it('labels the first nOut rows 0 and keeps the order without shuffle or noise', () => {
    expect(twoClassSamples(xs, ys, 2, { randomState: 1, shuffle: false }, 'f')).toEqual({
      X: [[0, 10], [1, 11], [2, 12], [3, 13], [4, 14]],
      y: [0, 0, 1, 1, 1],
    });
  });

  it('shuffles the rows with the seed’s legacy permutation, labels following their points', () => {
    const d = twoClassSamples(xs, ys, 2, { randomState: 3 }, 'f');
    const idx = new RandomState(3).permutation(5);
    expect(d.X).toEqual(idx.map((i) => [xs[i], ys[i]]));
    expect(d.y).toEqual(idx.map((i) => (i < 2 ? 0 : 1)));
  });

  it('adds noise after the shuffle from the same generator, x then y of each row', () => {
    const d = twoClassSamples(xs, ys, 2, { randomState: 3, noise: 0.5 }, 'f');
    const rng = new RandomState(3, { fma: true });
    const idx = Array.from({ length: 5 }, (_, i) => i);
    rng.shuffle(idx);
    idx.forEach((i, row) => {
      expect(d.X[row][0]).toBe(xs[i] + (0 + 0.5 * rng.standardNormal()));
      expect(d.X[row][1]).toBe(ys[i] + (0 + 0.5 * rng.standardNormal()));
    });
  });

  it('refuses negative or non-finite noise, naming the caller', () => {
    expect(() => twoClassSamples(xs, ys, 2, { randomState: 0, noise: -1 }, 'makeX')).toThrow(/makeX noise must be a finite number >= 0/);
    expect(() => twoClassSamples(xs, ys, 2, { randomState: 0, noise: Infinity }, 'makeX')).toThrow(RangeError);
  });
});
