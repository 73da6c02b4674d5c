import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/export/toCsv';

describe('toCsv', () => {
  it('writes a header and one line per row', () => {
    expect(toCsv(['x0', 'x1', 'label'], [[1, 2, 0], [3, 4, 1]])).toBe('x0,x1,label\n1,2,0\n3,4,1\n');
  });

  it('keeps numbers at full precision, sign of zero included', () => {
    const values = [0.1 + 0.2, -1e-300, 1 / 3, 123456789.12345679, -0];
    const csv = toCsv(['v'], values.map((v) => [v]));
    const parsed = csv.trim().split('\n').slice(1).map(Number);
    expect(parsed).toEqual(values);
    expect(Object.is(parsed[4], -0)).toBe(true);
    expect(csv).toContain('0.30000000000000004');
  });

  it('quotes commas, quotes, line breaks and edge spaces, doubling inner quotes', () => {
    expect(toCsv(['a, b', 'say "hi"'], [['line\nbreak', ' padded'], ['plain', 'x']])).toBe(
      '"a, b","say ""hi"""\n"line\nbreak"," padded"\nplain,x\n',
    );
  });

  it('writes empty cells for null and undefined', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, true]])).toBe('a,b,c\n,,true\n');
  });

  it('refuses ragged rows', () => {
    expect(() => toCsv(['a', 'b'], [[1]])).toThrow(RangeError);
  });
});
