import { describe, expect, it } from 'vitest';
import { memoized } from '../../src/lib/siteRuns/memoized';

describe('memoized', () => {
  it('loads each key once and shares its promise', async () => {
    const calls: string[] = [];
    const load = memoized(async (key: string) => {
      calls.push(key);
      return key.length;
    });
    const first = load('blobs');
    expect(load('blobs')).toBe(first);
    expect(await first).toBe(5);
    expect(await load('xy')).toBe(2);
    expect(calls).toEqual(['blobs', 'xy']);
  });
});
