import { describe, expect, it } from 'vitest';
import {
  parseSoftmaxInputs,
  softmaxInputKey,
  softmaxInputLabel,
  type SoftmaxInputText,
} from '../../src/lib/calculator/parseSoftmaxInputs';

const lesson: SoftmaxInputText = {
  W: [
    ['0.01', '-0.05', '0.1', '0.05'],
    ['0.7', '0.2', '0.05', '0.16'],
    ['0.0', '-0.45', '-0.2', '0.03'],
  ],
  x: ['-15', '22', '-44', '56'],
  b: ['0.0', '0.2', '-0.3'],
  label: '2',
};

function withCell(key: string, raw: string): SoftmaxInputText {
  const [kind, i, j] = key.split('-');
  const W = lesson.W.map((row) => [...row]);
  const x = [...lesson.x];
  const b = [...lesson.b];
  let label = lesson.label;
  if (kind === 'W') W[Number(i)][Number(j)] = raw;
  else if (kind === 'x') x[Number(i)] = raw;
  else if (kind === 'b') b[Number(i)] = raw;
  else label = raw;
  return { W, x, b, label };
}

describe('parseSoftmaxInputs', () => {
  it('reads the lesson’s example as numbers', () => {
    const r = parseSoftmaxInputs(lesson);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.W[1]).toEqual([0.7, 0.2, 0.05, 0.16]);
    expect(r.value.x).toEqual([-15, 22, -44, 56]);
    expect(r.value.b).toEqual([0, 0.2, -0.3]);
    expect(r.value.label).toBe(2);
  });

  it('accepts spaces, exponents and the typographic minus the page prints', () => {
    const r = parseSoftmaxInputs(withCell('x-0', ' \u221215 '));
    expect(r.ok && r.value.x[0]).toBe(-15);
    const e = parseSoftmaxInputs(withCell('W-2-3', '3e-2'));
    expect(e.ok && e.value.W[2][3]).toBe(0.03);
  });

  it.each([
    ['', /Nothing entered/],
    ['abc', /“abc” is not a number/],
    ['NaN', /is not a number/],
    ['Infinity', /is not a number/],
    ['1e400', /far too large/],
    ['2e6', /too large/],
    ['-2e6', /too small/],
    ['1,5', /is not a number/],
  ])('names the cell and the problem for %j', (raw, message) => {
    const r = parseSoftmaxInputs(withCell('W-1-2', raw));
    expect(r.ok).toBe(false);
    expect(Object.keys(r.errors)).toEqual(['W-1-2']);
    expect(r.errors['W-1-2']).toMatch(message);
    expect(r.errors['W-1-2']).toContain('W, row 1, column 2');
  });

  it('reports every bad cell at once', () => {
    const text = withCell('b-0', 'x');
    const r = parseSoftmaxInputs({ ...text, x: ['', ...text.x.slice(1)] });
    expect(Object.keys(r.errors).sort()).toEqual(['b-0', 'x-0']);
  });

  it('wants the true class to be a whole number of an existing class', () => {
    expect(parseSoftmaxInputs(withCell('label', '3')).errors.label).toMatch(/too large/);
    expect(parseSoftmaxInputs(withCell('label', '1.5')).errors.label).toMatch(/not a whole number/);
    const r = parseSoftmaxInputs(withCell('label', '0'));
    expect(r.ok && r.value.label).toBe(0);
  });

  it('refuses shapes that do not fit together', () => {
    expect(() => parseSoftmaxInputs({ ...lesson, b: ['0', '0'] })).toThrow(RangeError);
    expect(() => parseSoftmaxInputs({ ...lesson, x: ['1', '2', '3'] })).toThrow(RangeError);
  });

  it('names keys and labels consistently', () => {
    expect(softmaxInputKey('W', 2, 3)).toBe('W-2-3');
    expect(softmaxInputKey('x', 1)).toBe('x-1');
    expect(softmaxInputLabel('b-2')).toBe('b, entry 2');
    expect(softmaxInputLabel('label')).toBe('True class');
  });
});
