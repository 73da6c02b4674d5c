import { describe, expect, it } from 'vitest';
import { SIN_COS_TABLE } from '../../src/lib/math/libm/sinCosTable';

describe('SIN_COS_TABLE', () => {
  it('holds sin and cos of k / 128 for k = 0..109, each as a double and a much smaller rest', () => {
    expect(SIN_COS_TABLE).toHaveLength(110 * 4);
    for (let k = 0; k < 110; k++) {
      const [sn, ssn, cs, ccs] = SIN_COS_TABLE.slice(4 * k, 4 * k + 4);
      // Math.sin and Math.cos are within an ulp of the truth; the pairs are the truth to ~106 bits.
      expect(Math.abs(sn - Math.sin(k / 128))).toBeLessThanOrEqual(Number.EPSILON * Math.max(sn, 2 ** -60));
      expect(Math.abs(cs - Math.cos(k / 128))).toBeLessThanOrEqual(Number.EPSILON);
      // The rest is below half an ulp of its head, so head + rest rounds back to the head.
      expect(sn + ssn).toBe(sn);
      expect(cs + ccs).toBe(cs);
      // sin² + cos² = 1 holds far better with the rests than the heads alone can show.
      expect(Math.abs(sn * sn + cs * cs - 1)).toBeLessThan(4 * Number.EPSILON);
    }
  });
});
