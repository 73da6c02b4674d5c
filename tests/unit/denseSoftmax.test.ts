import { describe, expect, it } from 'vitest';
import { denseSoftmax } from '../../src/lib/demo/denseSoftmax';

describe('denseSoftmax', () => {
  it('reads the kernel in Keras layout (inputs x units) and applies the softmax', () => {
    // Unit 0 scores x0, unit 1 scores x1 + 1.
    const weights = { kernel: [[1, 0], [0, 1]], bias: [0, 1] };
    const [p] = denseSoftmax(weights, [[2, 1]]);
    // Scores 2 and 2: a tie.
    expect(p[0]).toBeCloseTo(0.5, 12);
    expect(p[1]).toBeCloseTo(0.5, 12);
    const [q] = denseSoftmax(weights, [[0, 0]]);
    expect(q[1]).toBeCloseTo(Math.E / (1 + Math.E), 12);
  });

  it('gives rows that sum to one for every point', () => {
    const weights = { kernel: [[0.3, -1.2, 0.5], [2, 0.1, -0.7]], bias: [0.1, 0, -0.1] };
    for (const row of denseSoftmax(weights, [[1, 2], [-5, 3], [40, -40]])) {
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });
});
