import { describe, expect, it } from 'vitest';
import { checkNumeric } from '../../src/lib/exercises/checkNumeric';
import { decimalsTolerance } from '../../src/lib/exercises/decimalsTolerance';

describe('checkNumeric', () => {
  const p = 0.35286;

  it('accepts every format of a right answer', () => {
    for (const raw of ['0.353', '.353', '35.3%', '3.53e-1', ' 0.3529 ']) {
      expect(checkNumeric(raw, p, decimalsTolerance(3)).status, raw).toBe('right');
    }
  });

  it('grades a wrong answer wrong and gives the hint', () => {
    const r = checkNumeric('0.631', p, decimalsTolerance(3), 'Look at the true class.');
    expect(r.status).toBe('wrong');
    expect(r.message).toBe('Not quite. Look at the true class.');
    expect(r.value).toBe(0.631);
  });

  it('says "try again" when there is no hint', () => {
    expect(checkNumeric('2', 1).message).toMatch(/try again/);
  });

  it('calls an unreadable entry unreadable, with the parser reason', () => {
    const r = checkNumeric('abc', p, decimalsTolerance(3), 'hint');
    expect(r.status).toBe('unreadable');
    expect(r.message).toContain('not a number');
    expect(r.message).not.toContain('hint');
    expect(checkNumeric('', p).status).toBe('unreadable');
    expect(checkNumeric('1/0', p).status).toBe('unreadable');
  });

  it('absolute tolerance: the edge is in, just beyond is out', () => {
    expect(checkNumeric('1.1', 1, { abs: 0.1 + 1e-9 }).status).toBe('right');
    expect(checkNumeric('0.9', 1, { abs: 0.1 + 1e-9 }).status).toBe('right');
    expect(checkNumeric('1.1001', 1, { abs: 0.1 }).status).toBe('wrong');
  });

  it('relative tolerance scales with the answer', () => {
    expect(checkNumeric('101', 100, { rel: 0.01 }).status).toBe('right');
    expect(checkNumeric('101.5', 100, { rel: 0.01 }).status).toBe('wrong');
    expect(checkNumeric('-101', -100, { rel: 0.01 }).status).toBe('right');
  });

  it('takes the larger of the two tolerances', () => {
    expect(checkNumeric('0.05', 0, { abs: 0.05, rel: 0.5 }).status).toBe('right');
    expect(checkNumeric('150', 100, { abs: 0.05, rel: 0.5 }).status).toBe('right');
  });

  it('asks for the exact value without a tolerance, up to float rounding', () => {
    expect(checkNumeric('12', 12).status).toBe('right');
    expect(checkNumeric('12.001', 12).status).toBe('wrong');
    expect(checkNumeric('0.3', 0.1 + 0.2).status).toBe('right');
    expect(checkNumeric('1/3', 1 / 3).status).toBe('right');
  });

  it('accepts a fraction whose value is within tolerance', () => {
    expect(checkNumeric('1/3', 0.333, decimalsTolerance(3)).status).toBe('right');
  });
});

describe('decimalsTolerance', () => {
  it('accepts roundings to that many places either way', () => {
    expect(checkNumeric('0.35', 0.345, decimalsTolerance(2)).status).toBe('right');
    expect(checkNumeric('0.34', 0.345, decimalsTolerance(2)).status).toBe('right');
    expect(checkNumeric('0.33', 0.345, decimalsTolerance(2)).status).toBe('wrong');
  });

  it('refuses a nonsensical number of places', () => {
    expect(() => decimalsTolerance(-1)).toThrow(RangeError);
    expect(() => decimalsTolerance(1.5)).toThrow(RangeError);
  });
});
