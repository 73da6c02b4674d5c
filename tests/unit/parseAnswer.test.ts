import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/lib/exercises/parseAnswer';

const value = (raw: string) => {
  const r = parseAnswer(raw);
  if (!r.ok) throw new Error(`expected ${raw} to parse: ${r.reason}`);
  return r.value;
};
const reason = (raw: string) => {
  const r = parseAnswer(raw);
  if (r.ok) throw new Error(`expected ${raw} to be refused, got ${r.value}`);
  return r.reason;
};

describe('parseAnswer', () => {
  it.each([
    ['0.353', 0.353],
    ['.353', 0.353],
    ['35.3%', 0.353],
    ['35.3 %', 0.353],
    ['3.53e-1', 0.353],
    ['3.53E-1', 0.353],
    ['  0.353  ', 0.353],
    ['-0.353', -0.353],
    ['\u22120.353', -0.353],
    ['+2', 2],
    ['12', 12],
    ['5.', 5],
    ['1/4', 0.25],
    [' 3 / 4 ', 0.75],
    ['-1/4', -0.25],
    ['\u22121/4', -0.25],
    ['1/-4', -0.25],
    ['1.5/3', 0.5],
    ['1e1/4', 2.5],
  ])('reads %j as %d', (raw, expected) => {
    expect(value(raw)).toBeCloseTo(expected, 12);
  });

  it('reads a third as a fraction, not a rounding', () => {
    expect(value('1/3')).toBe(1 / 3);
  });

  it('reads minus zero as zero', () => {
    expect(Object.is(value('-0'), 0)).toBe(true);
  });

  it('refuses an empty entry with its own message', () => {
    expect(reason('')).toBe('Type a number first.');
    expect(reason('   ')).toBe('Type a number first.');
  });

  it.each(['abc', '0x10', '1..2', 'Infinity', 'NaN', '1 2', '3e', '--1', '%', '1/2/3', 'e5'])('refuses %j and says how to write a number', (raw) => {
    expect(reason(raw)).toMatch(/0\.353, 35\.3%, 3\.53e-1 or 1\/3/);
  });

  it('names what it could not read', () => {
    expect(reason('abc')).toContain('“abc” is not a number');
    expect(reason('a%')).toContain('not a percentage');
    expect(reason('x/2')).toContain('not a fraction of two numbers');
  });

  it('refuses division by zero with a reason, not Infinity', () => {
    expect(reason('1/0')).toMatch(/cannot have 0 below the line/);
    expect(reason('0/0')).toMatch(/cannot have 0 below the line/);
  });

  it('refuses numbers too large to be finite', () => {
    expect(reason('1e999')).toMatch(/too large/);
  });

  it('explains a decimal comma', () => {
    expect(reason('0,353')).toMatch(/comma/);
  });

  it('shortens a long entry in its message', () => {
    expect(reason('x'.repeat(200)).length).toBeLessThan(120);
  });

  it('never throws, whatever it is given', () => {
    for (const raw of [undefined, null, {}, '\u0000', '/', '1/', '/1'] as unknown as string[]) {
      expect(() => parseAnswer(raw)).not.toThrow();
      expect(parseAnswer(raw).ok).toBe(false);
    }
  });
});
