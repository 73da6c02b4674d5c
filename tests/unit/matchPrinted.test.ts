import { describe, expect, it } from 'vitest';
import { lastDigitUnit, lineMatches, matchPrinted } from '../../src/lib/samples/matchPrinted';

describe('lastDigitUnit', () => {
  it('is one unit of the last written digit', () => {
    expect(lastDigitUnit('0.176')).toBeCloseTo(0.001, 15);
    expect(lastDigitUnit('12')).toBe(1);
    expect(lastDigitUnit('2.')).toBe(1);
    expect(lastDigitUnit('1.5e-3')).toBeCloseTo(1e-4, 15);
  });
});

describe('lineMatches', () => {
  it('ignores brackets, commas and spacing', () => {
    expect(lineMatches('[1 3 3] [0 1 2]', '[ 1, 3, 3 ] [ 0, 1, 2 ]')).toBe(true);
    expect(lineMatches('(3, 4)', '3 4')).toBe(true);
  });

  it('accepts a number within one unit of the written last digit, and no further', () => {
    expect(lineMatches('test loss 0.176', 'test loss 0.17634')).toBe(true);
    expect(lineMatches('test loss 0.176', 'test loss 0.1772')).toBe(false);
    expect(lineMatches('[ 2.   2.5 -4.5]', '[2, 2.5, -4.5]')).toBe(true);
  });

  it('needs every word equal and the same number of tokens', () => {
    expect(lineMatches('Total params: 12', 'Total params: 12')).toBe(true);
    expect(lineMatches('Total params: 12', 'Trainable params: 12')).toBe(false);
    expect(lineMatches('800 56', '800 56 1')).toBe(false);
  });
});

describe('matchPrinted', () => {
  const output = ['banner', 'Total params: 12', '1 0.34', 'test loss 0.1762', '800 56'];

  it('finds the expected lines in order among other output', () => {
    expect(matchPrinted(output, ['Total params: 12', 'test loss 0.1762', '800 56'])).toEqual([]);
  });

  it('reports a line that is missing or out of order', () => {
    expect(matchPrinted(output, ['test loss 0.1762', 'Total params: 12'])).toEqual([{ expected: 'Total params: 12', after: '800 56' }]);
    expect(matchPrinted(output, ['test loss 0.2000'])).toHaveLength(1);
  });
});
