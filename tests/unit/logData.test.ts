import { describe, expect, it } from 'vitest';
import { LN2_HI, LN2_LO, POLY1_B, POLY_A, TAB2_CHI_CLO, TAB_INVC_LOGC } from '../../src/lib/random/logData';

// Bit patterns written in C hex-float notation in the upstream data file, rebuilt here exactly.
const hex = (sign: 1 | -1, mantissa: string, exp: number): number =>
  sign * (1 + parseInt(mantissa, 16) / 2 ** 52) * 2 ** exp;

describe('logData', () => {
  it('has the table sizes of glibc log with N = 128', () => {
    expect(POLY1_B).toHaveLength(11);
    expect(POLY_A).toHaveLength(5);
    expect(TAB_INVC_LOGC).toHaveLength(128);
    expect(TAB2_CHI_CLO).toHaveLength(128);
  });

  it('keeps the literal bits of the upstream constants', () => {
    expect(POLY_A[0]).toBe(hex(-1, '0000000000001', -1));
    expect(POLY_A[4]).toBe(hex(-1, '55575e506c89f', -3));
    expect(POLY1_B[1]).toBe(hex(1, '5555555555577', -2));
    expect(POLY1_B[10]).toBe(hex(-1, '5521375d145cd', -4));
    expect(LN2_HI + LN2_LO).toBe(Math.LN2);
    // ln2hi has its low bits clear so that k * ln2hi is exact for every exponent k.
    expect(Number.isInteger(LN2_HI * 2 ** 42)).toBe(true);
  });

  it('pairs every c with 1/c and ln(c)', () => {
    TAB_INVC_LOGC.forEach(([invc, logc], i) => {
      const [chi, clo] = TAB2_CHI_CLO[i];
      expect(Math.abs((chi + clo) * invc - 1)).toBeLessThan(1e-15);
      expect(Math.abs(logc + Math.log(invc))).toBeLessThan(1e-15);
      if (i > 0) expect(invc).toBeLessThan(TAB_INVC_LOGC[i - 1][0]);
    });
  });
});
