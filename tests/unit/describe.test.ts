import { describe, expect, it } from 'vitest';
import { describeClassCounts, describeCounts, describeRange, describeSpan, formatNumber } from '../../src/lib/figures/describe';

describe('formatNumber', () => {
  it('keeps three significant digits, no trailing zeros, and a true minus sign', () => {
    expect(formatNumber(-15.2345)).toBe('−15.2');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(NaN)).toBe('NaN');
  });
});

describe('describeRange and describeSpan', () => {
  it('say the least and greatest value', () => {
    expect(describeRange([3, -1.234, 8.76])).toBe('from −1.23 to 8.76');
    expect(describeSpan(-1.234, 8.76)).toBe(describeRange([3, -1.234, 8.76]));
    expect(describeRange([])).toBe('no values');
  });
});

describe('describeClassCounts and describeCounts', () => {
  it('count the samples of each class, the classes in order', () => {
    expect(describeClassCounts([2, 0, 2, 1, 2])).toBe('3 classes (class 0: 1, class 1: 1, class 2: 3 points)');
    expect(describeCounts(new Map([[1, 4], [0, 2]]))).toBe('2 classes (class 0: 2, class 1: 4 points)');
    expect(describeClassCounts([5, 5])).toBe('1 class (class 5: 2 points)');
  });
});
