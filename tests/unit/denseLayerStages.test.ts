import { describe, expect, it } from 'vitest';
import { denseLayerStages } from '../../src/lib/inside/denseLayerStages';

// The lesson's printed kernel (inputs x units) and bias.
const kernel = [
  [0.18243906, -0.32536864],
  [0.80486184, 0.29774043],
];
const bias = [1.4485976, -1.4485976];

describe('denseLayerStages', () => {
  it('computes x K, x K + b and the softmax row by row, as Keras does', () => {
    const X = [
      [1, 0],
      [0, 1],
      [-2, 3],
    ];
    const s = denseLayerStages(X, kernel, bias);
    // Row vector times kernel: [a, c] K = [a K00 + c K10, a K01 + c K11].
    expect(s.wx[0]).toEqual([kernel[0][0], kernel[0][1]]);
    expect(s.wx[1]).toEqual([kernel[1][0], kernel[1][1]]);
    expect(s.wx[2][0]).toBeCloseTo(-2 * 0.18243906 + 3 * 0.80486184, 12);
    expect(s.wx[2][1]).toBeCloseTo(-2 * -0.32536864 + 3 * 0.29774043, 12);
    s.wxb.forEach((z, i) => z.forEach((v, j) => expect(v).toBeCloseTo(s.wx[i][j] + bias[j], 12)));
    const [z0, z1] = s.wxb[2];
    expect(s.probs[2][1]).toBeCloseTo(1 / (1 + Math.exp(-(z1 - z0))), 12);
  });

  it('moves every point by the same vector b, and its probabilities add up to 1', () => {
    const X = Array.from({ length: 20 }, (_, i) => [Math.sin(i) * 10, Math.cos(i * 1.3) * 10]);
    const s = denseLayerStages(X, kernel, bias);
    for (let i = 0; i < X.length; i++) {
      expect(s.wxb[i][0] - s.wx[i][0]).toBeCloseTo(bias[0], 12);
      expect(s.wxb[i][1] - s.wx[i][1]).toBeCloseTo(bias[1], 12);
      expect(s.probs[i][0] + s.probs[i][1]).toBeCloseTo(1, 14);
    }
  });
});
