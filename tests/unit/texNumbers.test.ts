import { describe, expect, it } from 'vitest';
import { proseList, proseNumber, texMatrix, texNumber, texVector } from '../../src/components/texNumbers';

describe('texNumbers', () => {
  it('rounds to the requested decimals', () => {
    expect(texNumber(0.35326, 3)).toBe('0.353');
    expect(texNumber(-2.85)).toBe('-2.85');
  });

  it('never prints a negative zero', () => {
    expect(texNumber(-0.0001, 2)).toBe('0.00');
  });

  it('writes vectors and matrices as bmatrix', () => {
    expect(texVector([1, -2], 1)).toBe('\\begin{bmatrix} 1.0 \\\\ -2.0 \\end{bmatrix}');
    expect(texMatrix([[1, 2], [3, 4]], 0)).toBe('\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}');
  });

  it('uses a real minus sign in prose', () => {
    expect(proseNumber(-2.854)).toBe('\u22122.85');
    expect(proseList([-1, 0.5], 1)).toBe('\u22121.0, 0.5');
  });
});
