import { describe, expect, it } from 'vitest';
import { livePace } from '../../src/lib/training/livePace';

describe('livePace', () => {
  it('wants the first epoch, then one at most every interval of the clock', () => {
    let clock = 0;
    const wanted = livePace(200, () => clock);
    const taken: number[] = [];
    // Epochs 60 ms apart: 1 at 0 ms, 5 at 240, 9 at 480...
    for (let epoch = 1; epoch <= 12; epoch++, clock += 60) if (wanted(epoch)) taken.push(epoch);
    expect(taken).toEqual([1, 5, 9]);
  });

  it('wants every epoch when each takes longer than the interval', () => {
    let clock = 0;
    const wanted = livePace(200, () => clock);
    const taken = [1, 2, 3, 4].filter((epoch) => {
      clock += 250;
      return wanted(epoch);
    });
    expect(taken).toEqual([1, 2, 3, 4]);
  });

  it('starts afresh for a new run: its first epoch is always wanted', () => {
    const clock = 0;
    const first = livePace(200, () => clock);
    expect(first(1)).toBe(true);
    expect(first(2)).toBe(false);
    expect(livePace(200, () => clock)(1)).toBe(true);
  });
});
