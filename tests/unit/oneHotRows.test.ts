import { describe, expect, it } from 'vitest';
import { oneHotRows } from '../../src/lib/demo/oneHotRows';

describe('oneHotRows', () => {
  it('writes each of the first labels beside its one-hot vector', () => {
    expect(oneHotRows([2, 0, 3, 1, 1, 0], 4, 3)).toEqual([
      [2, '0 0 1 0'],
      [0, '1 0 0 0'],
      [3, '0 0 0 1'],
    ]);
  });

  it('shows fewer rows when there are fewer labels', () => {
    expect(oneHotRows([1], 2)).toEqual([[1, '0 1']]);
  });
});
