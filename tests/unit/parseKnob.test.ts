import { describe, expect, it } from 'vitest';
import { describeRange, parseKnob, type KnobSpec } from '../../src/lib/knobs/parseKnob';

const batchSize: KnobSpec = { name: 'batchSize', label: 'Batch size', kind: 'integer', min: 1, max: 3200, default: 4 };
const learningRate: KnobSpec = {
  name: 'lr',
  label: 'Learning rate',
  kind: 'number',
  min: 0,
  max: 100,
  default: 0.01,
  minExclusive: true,
};
const spread: KnobSpec = { name: 'clusterStd', label: 'Spread', kind: 'number', min: 0.1, max: 10, default: 2 };
const seed: KnobSpec = { name: 'seed', label: 'Seed', kind: 'integer', min: 0, max: 4294967295, default: 101 };
const shift: KnobSpec = { name: 'shift', label: 'Shift', kind: 'number', min: -5, max: 5, default: 0 };

function problemOf(raw: string, spec: KnobSpec): string {
  const r = parseKnob(raw, spec);
  return r.ok ? 'ok' : r.problem;
}

describe('parseKnob', () => {
  it('accepts valid values, with spaces, a plus sign or exponent notation', () => {
    expect(parseKnob('4', batchSize)).toEqual({ ok: true, value: 4 });
    expect(parseKnob('  128 ', batchSize)).toEqual({ ok: true, value: 128 });
    expect(parseKnob('3200', batchSize)).toEqual({ ok: true, value: 3200 });
    expect(parseKnob('1', batchSize)).toEqual({ ok: true, value: 1 });
    expect(parseKnob('0.01', learningRate)).toEqual({ ok: true, value: 0.01 });
    expect(parseKnob('.5', learningRate)).toEqual({ ok: true, value: 0.5 });
    expect(parseKnob('1e-3', learningRate)).toEqual({ ok: true, value: 0.001 });
    expect(parseKnob('+2', spread)).toEqual({ ok: true, value: 2 });
    expect(parseKnob('4.0', batchSize)).toEqual({ ok: true, value: 4 });
    expect(parseKnob('0', seed)).toEqual({ ok: true, value: 0 });
    expect(parseKnob('\u22123.5', shift)).toEqual({ ok: true, value: -3.5 });
  });

  it('names the knob and its range in the example wording', () => {
    const r = parseKnob('abc', batchSize);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('“abc” is not a number. Batch size must be a whole number between 1 and 3200.');
  });

  it('reports an empty field', () => {
    expect(problemOf('', batchSize)).toBe('empty');
    expect(problemOf('   ', batchSize)).toBe('empty');
    const r = parseKnob('', learningRate);
    if (r.ok) throw new Error('expected failure');
    expect(r.message).toBe('Nothing entered. Learning rate must be a number greater than 0 and at most 100.');
  });

  it('rejects text that Number() would accept but a reader did not mean', () => {
    for (const raw of ['NaN', 'abc', '0x10', '0b1', 'Infinity', '-Infinity', '1_000', '1,5', '1.2.3', '4 5', 'e5', '.', '-', '<script>alert(1)</script>']) {
      expect(problemOf(raw, batchSize), raw).toBe('not-a-number');
    }
  });

  it('reports negative values', () => {
    expect(problemOf('-4', batchSize)).toBe('negative');
    expect(problemOf('-0.1', learningRate)).toBe('negative');
    const r = parseKnob('-4', batchSize);
    if (r.ok) throw new Error('expected failure');
    expect(r.message).toBe('“-4” is negative. Batch size must be a whole number between 1 and 3200.');
  });

  it('reports zero where the knob needs a positive value, and allows it where the range includes it', () => {
    expect(problemOf('0', batchSize)).toBe('zero');
    expect(problemOf('0', learningRate)).toBe('zero');
    expect(problemOf('-0', learningRate)).toBe('zero');
    expect(problemOf('0.0', spread)).toBe('zero');
    expect(parseKnob('0', shift)).toEqual({ ok: true, value: 0 });
    expect(parseKnob('-0', shift)).toEqual({ ok: true, value: 0 });
    expect(Object.is((parseKnob('-0', seed) as { value: number }).value, 0)).toBe(true);
  });

  it('reports a fraction where a whole number is needed', () => {
    expect(problemOf('2.5', batchSize)).toBe('not-integer');
    expect(problemOf('1e-1', batchSize)).toBe('not-integer');
    const r = parseKnob('2.5', batchSize);
    if (r.ok) throw new Error('expected failure');
    expect(r.message).toBe('“2.5” is not a whole number. Batch size must be a whole number between 1 and 3200.');
  });

  it('reports absurdly large values, overflow included', () => {
    expect(problemOf('3201', batchSize)).toBe('too-large');
    expect(problemOf('1e9', batchSize)).toBe('too-large');
    expect(problemOf('1e400', learningRate)).toBe('too-large');
    expect(problemOf('100.0001', learningRate)).toBe('too-large');
    expect(problemOf('4294967296', seed)).toBe('too-large');
  });

  it('reports values below the minimum', () => {
    expect(problemOf('0.05', spread)).toBe('too-small');
    expect(problemOf('-6', shift)).toBe('too-small');
    const r = parseKnob('0.05', spread);
    if (r.ok) throw new Error('expected failure');
    expect(r.message).toBe('“0.05” is too small. Spread must be a number between 0.1 and 10.');
  });

  it('shortens long input and shows control characters as escapes in messages', () => {
    const r = parseKnob(`${'9'.repeat(400)}x`, batchSize);
    if (r.ok) throw new Error('expected failure');
    expect(r.message.length).toBeLessThan(120);
    const c = parseKnob('a\nb\u0000c', batchSize);
    if (c.ok) throw new Error('expected failure');
    expect(c.message).toContain('“a\\nb\\u0000c”');
  });

  it('describes ranges', () => {
    expect(describeRange(batchSize)).toBe('a whole number between 1 and 3200');
    expect(describeRange(learningRate)).toBe('a number greater than 0 and at most 100');
  });
});
