import { describe, expect, it } from 'vitest';
import { fixedNumber, lossNumber, positiveNumber } from '../../src/lib/calculator/calculatorNumbers';

describe('calculatorNumbers', () => {
  it('prints fixed decimals with a real minus and no negative zero', () => {
    expect(fixedNumber(-2.854, 2)).toEqual({ text: '\u22122.85', tex: '-2.85' });
    expect(fixedNumber(-0.0001, 3)).toEqual({ text: '0.000', tex: '0.000' });
  });

  it('switches to scientific notation from a million up', () => {
    expect(fixedNumber(-4.2e12, 2)).toEqual({ text: '\u22124.20 × 10¹²', tex: '-4.20 \\times 10^{12}' });
    expect(fixedNumber(999_999, 2).text).toBe('999999.00');
  });

  it('prints positives from their logarithm, however large or small', () => {
    expect(positiveNumber(Math.log10(2.3646), 3).text).toBe('2.365');
    expect(positiveNumber(Math.log10(0.0154), 3).text).toBe('0.015');
    expect(positiveNumber(1000 / Math.LN10, 3)).toEqual({ text: '1.97 × 10⁴³⁴', tex: '1.97 \\times 10^{434}' });
    expect(positiveNumber(-400, 3)).toEqual({ text: '1.00 × 10⁻⁴⁰⁰', tex: '1.00 \\times 10^{-400}' });
    // 0.0004 would print as 0.000 with three decimals: scientific keeps its digits.
    expect(positiveNumber(Math.log10(0.0004), 3).text).toBe('4.00 × 10⁻⁴');
    expect(positiveNumber(Math.log10(0.0006), 3).text).toBe('0.001');
  });

  it('carries a mantissa that rounds up to 10 into the exponent', () => {
    expect(positiveNumber(Math.log10(9.999e7), 3).text).toBe('1.00 × 10⁸');
  });

  it('prints losses with three significant digits in the usual range', () => {
    expect(lossNumber(1.040088).text).toBe('1.04');
    expect(lossNumber(0.0123456).text).toBe('0.0123');
    expect(lossNumber(900).text).toBe('900.0');
    expect(lossNumber(2e-7).text).toBe('2.00 × 10⁻⁷');
    expect(lossNumber(0).text).toBe('0.00');
  });

  it('does not throw on values that are not numbers', () => {
    expect(fixedNumber(Number.NaN, 2).text).toBe('NaN');
    expect(positiveNumber(Number.NaN, 3).text).toBe('NaN');
  });
});
