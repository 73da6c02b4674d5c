import { describe, expect, it } from 'vitest';
import { parsePointsCsv, type ParsedPoints } from '../../src/lib/import/parsePointsCsv';
import { CSV_MAX_BYTES, csvSizeProblem } from '../../src/lib/import/csvSizeProblem';
import { dataToCsv } from '../../src/lib/export/dataToCsv';
import { lessonDataset, LESSON_DATASET_IDS } from '../../src/lib/export/lessonDatasets';
import { toCsv } from '../../src/lib/export/toCsv';
import { experimentData } from '../../src/lib/experiments/experimentData';
import { EXPERIMENTS } from '../../src/lib/experiments/registry';
import { POINT_LIMITS } from '../../src/lib/points/pointsProblem';

const bytes = (s: string) => new TextEncoder().encode(s);

function refused(result: ParsedPoints): { line: number; message: string } {
  if (result.ok) throw new Error('expected a refusal, got points');
  return { line: result.line, message: result.message };
}

describe('parsePointsCsv accepts', () => {
  it('rows with a header, as numbers and labels', () => {
    const r = parsePointsCsv(bytes('x0,x1,label\n1.5,-2,1\n0,3e1,0\n'));
    expect(r).toEqual({ ok: true, X: [[1.5, -2], [0, 30]], y: [1, 0] });
  });

  it('no header, CRLF line ends, no final newline, a BOM, blank lines and spaces', () => {
    const text = '\uFEFF 1 , 2 ,0\r\n\r\n   \r\n-.5,"4",1';
    expect(parsePointsCsv(bytes(text))).toEqual({ ok: true, X: [[1, 2], [-0.5, 4]], y: [0, 1] });
    // The same as text already decoded.
    expect(parsePointsCsv(text)).toEqual({ ok: true, X: [[1, 2], [-0.5, 4]], y: [0, 1] });
  });

  it('the split column of the download, set aside', () => {
    const r = parsePointsCsv('x0,x1,label,split\n1,2,7,train\n3,4,0,TEST\n');
    expect(r).toEqual({ ok: true, X: [[1, 2], [3, 4]], y: [7, 0] });
  });

  it('labels written as whole decimals, and exactly the row limit', () => {
    expect(parsePointsCsv('1,2,1.0\n3,4,0e0\n')).toEqual({ ok: true, X: [[1, 2], [3, 4]], y: [1, 0] });
    const rows = Array.from({ length: POINT_LIMITS.maxPoints }, (_, i) => `${i},${-i},${i % 2}`);
    const r = parsePointsCsv(bytes(rows.join('\n')));
    expect(r.ok && r.X.length).toBe(POINT_LIMITS.maxPoints);
  });
});

describe('parsePointsCsv round-trips the CSV export', () => {
  it.each(EXPERIMENTS.filter((c) => c.kind === 'classification').map((c) => [c.id, c] as const))(
    'the %s data with its split column gives back every point and label exactly',
    (_id, config) => {
      const d = experimentData(config);
      const r = parsePointsCsv(bytes(dataToCsv(d)));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.X).toEqual(d.all.X);
      expect(r.y).toEqual(d.all.y);
    },
  );

  it('and the lesson data files without a split column', () => {
    const ids = LESSON_DATASET_IDS.filter((id) => !id.endsWith('-split') && lessonDataset(id).columns[0] === 'x0');
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const t = lessonDataset(id);
      const r = parsePointsCsv(toCsv(t.columns, t.rows));
      expect(r.ok && r.X.map((p, i) => [p[0], p[1], r.y[i]])).toEqual(t.rows);
    }
  });

  it('keeps -0, tiny and huge values exactly', () => {
    const all = { X: [[-0, 5e-324], [1.7976931348623157e308, -123.456789012345678]], y: [0, 1], split: ['train', 'test'] as const };
    const r = parsePointsCsv(dataToCsv({ kind: 'classification', all: { ...all, split: [...all.split] } }));
    expect(r.ok && r.X).toEqual(all.X);
    expect(r.ok && Object.is(r.X[0][0], -0)).toBe(true);
  });
});

describe('parsePointsCsv refuses, naming the line', () => {
  const cases: [string, string | Uint8Array, number, RegExp][] = [
    ['a missing column', 'x0,x1,label\n1,2,0\n3,4\n', 3, /Line 3: this row has 2 columns: label missing/],
    ['a missing column in the header', 'x0,x1\n1,2,0\n', 1, /Line 1: the header has 2 columns/],
    ['an empty value', '1,2,0\n\n1,,1\n', 3, /Line 3: x1 is empty/],
    ['too many columns', '1,2,0\n1,2,1,train,5\n', 2, /Line 2: this row has 5 columns/],
    ['a fourth column that is not the split', '1,2,0,0.5\n', 1, /Line 1: the fourth column is the split.*"0\.5"/],
    ['a non-numeric value', 'x0,x1,label\n1,2,0\nabc,2,1\n', 3, /Line 3: x0 is not a number: "abc"/],
    ['a NaN', '1,2,0\r\n1,NaN,1\r\n', 2, /Line 2: x1 is "NaN"; values must be finite/],
    ['an infinity', '1,2,0\n-Infinity,2,1\n', 2, /Line 2: x0 is "-Infinity"/],
    ['a value too large for a double', '1,2,0\n1e999,2,1\n', 2, /Line 2: x0 "1e999" is too large/],
    ['a non-numeric label', '1,2,0\n1,2,cat\n', 2, /Line 2: label is not a number: "cat"/],
    ['a fractional label', '1,2,0\n1,2,1.5\n', 2, /Line 2: label "1.5" is not a class/],
    ['a negative label', '1,2,0\n1,2,-1\n', 2, /Line 2: label "-1" is not a class/],
    ['a ninth class', `${Array.from({ length: 8 }, (_, k) => `${k},0,${k}`).join('\n')}\n9,0,8\n`, 9, /Line 9: label "8".*at most 8 classes/],
    ['a single class', 'x0,x1,label\n1,2,3\n4,5,3\n', 0, /every point in the file is of class 3.*at least 2 classes/i],
    ['no data rows', 'x0,x1,label\n\n', 0, /no data rows/],
    ['an empty file', new Uint8Array(0), 0, /no data rows/],
    ['a file of only a BOM and blank lines', bytes('\uFEFF\r\n\r\n'), 0, /no data rows/],
    ['a NUL byte', bytes('1,2,0\n1,2\u00001\n'), 2, /Line 2: it holds a NUL byte/],
    ['invalid UTF-8', new Uint8Array([...bytes('1,2,0\n3,4,1\n'), 0x31, 0xff, 0x2c]), 3, /Line 3: byte 14 of the file is not UTF-8/],
    ['a UTF-16 file', new Uint8Array([0xff, 0xfe, 0x31, 0x00]), 1, /Line 1: byte 1 .*not UTF-8/],
    ['an overlong UTF-8 sequence', new Uint8Array([0x31, 0x0a, 0xc0, 0xaf]), 2, /Line 2: byte 3/],
    ['a truncated UTF-8 sequence', new Uint8Array([0x31, 0x2c, 0xe2, 0x82]), 1, /Line 1: byte 3/],
    ['an encoded surrogate', new Uint8Array([0xed, 0xa0, 0x80]), 1, /Line 1: byte 1/],
  ];
  it.each(cases)('%s', (_name, input, line, message) => {
    const r = refused(parsePointsCsv(input));
    expect(r.line).toBe(line);
    expect(r.message).toMatch(message);
  });

  it('more than 20,000 rows, at the first row too many', () => {
    const rows = Array.from({ length: POINT_LIMITS.maxPoints + 5 }, (_, i) => `${i},${i},${i % 3}`);
    const r = refused(parsePointsCsv(bytes(`x0,x1,label\n${rows.join('\n')}\n`)));
    expect(r.line).toBe(POINT_LIMITS.maxPoints + 2);
    expect(r.message).toMatch(/more than 20000 rows/);
  });

  it('a file over 5 MB, from its size alone', () => {
    expect(csvSizeProblem(CSV_MAX_BYTES)).toBeUndefined();
    const big = csvSizeProblem(CSV_MAX_BYTES + 1);
    expect(big).toEqual({ ok: false, line: 0, message: 'The file is 5.00 MB; the import reads files of at most 5 MB.' });
    expect(csvSizeProblem(12 * 1024 * 1024)?.message).toMatch(/^The file is 12\.00 MB/);
    const r = refused(parsePointsCsv(new Uint8Array(CSV_MAX_BYTES + 1).fill(0x30)));
    expect(r.line).toBe(0);
    expect(r.message).toMatch(/at most 5 MB/);
  });

  it('cuts long field text short in a message', () => {
    const r = refused(parsePointsCsv(`1,2,0\n${'z'.repeat(500)},2,1\n`));
    expect(r.message.length).toBeLessThan(80);
    expect(r.message).toContain('…');
  });

  it('valid multibyte UTF-8 in a header is text, not an error', () => {
    expect(parsePointsCsv(bytes('größe,höhe,€\n1,2,0\n2,1,1\n')).ok).toBe(true);
    expect(parsePointsCsv(bytes('名,🙂,label\n1,2,0\n2,1,1\n')).ok).toBe(true);
  });
});
