import { describe, expect, it } from 'vitest';
import { isStandalone } from '../../src/lib/samples/isStandalone';

describe('isStandalone', () => {
  it('reads the word standalone anywhere in the fence meta', () => {
    expect(isStandalone({ meta: 'standalone' })).toBe(true);
    expect(isStandalone({ meta: 'title="x.ts" standalone' })).toBe(true);
  });

  it('is false without the word, or for a word that only contains it', () => {
    expect(isStandalone({ meta: '' })).toBe(false);
    expect(isStandalone({ meta: 'title="standalone-ish"' })).toBe(false);
  });
});
