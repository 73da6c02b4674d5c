import { describe, expect, it } from 'vitest';
import { CHUNK_SIZING, nextChunkSize } from '../../src/lib/schedule/nextChunkSize';

const o = { budgetMs: 20, min: 100, max: 4000 };

describe('nextChunkSize', () => {
  it('scales the part so it takes about the budget', () => {
    expect(nextChunkSize(1000, 40, o)).toBe(500);
    expect(nextChunkSize(1000, 25, o)).toBe(800);
  });

  it('at most doubles after a quick part, and doubles when no time was measured', () => {
    expect(nextChunkSize(500, 1, o)).toBe(1000);
    expect(nextChunkSize(500, 0, o)).toBe(1000);
    expect(nextChunkSize(500, Number.NaN, o)).toBe(1000);
  });

  it('stays between min and max', () => {
    expect(nextChunkSize(150, 400, o)).toBe(100);
    expect(nextChunkSize(3000, 5, o)).toBe(4000);
    expect(CHUNK_SIZING.min).toBeLessThan(CHUNK_SIZING.max);
  });
});
