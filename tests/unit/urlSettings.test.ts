import { describe, expect, it } from 'vitest';
import type { KnobSpec } from '../../src/lib/knobs/parseKnob';
import { defaultSettings, readUrlSettings, writeUrlSettings } from '../../src/lib/knobs/urlSettings';

type Name = 'lr' | 'batchSize' | 'epochs';
const specs: KnobSpec<Name>[] = [
  { name: 'lr', label: 'Learning rate', kind: 'number', min: 0, max: 100, default: 0.01, minExclusive: true },
  { name: 'batchSize', label: 'Batch size', kind: 'integer', min: 1, max: 3200, default: 4 },
  { name: 'epochs', label: 'Epochs', kind: 'integer', min: 1, max: 500, default: 10 },
];
const defaults = { lr: 0.01, batchSize: 4, epochs: 10 };

describe('readUrlSettings', () => {
  it('gives the defaults for an empty query', () => {
    const r = readUrlSettings(new URLSearchParams(''), 'four-blobs', specs);
    expect(r).toEqual({ settings: defaults, fromUrl: [], notices: [], ignoredKeys: [] });
    expect(defaultSettings(specs)).toEqual(defaults);
  });

  it('reads valid values from its own namespace only', () => {
    const q = new URLSearchParams('four-blobs.lr=0.1&four-blobs.batchSize=128&two-blobs.lr=5&utm=x&other=1');
    const r = readUrlSettings(q, 'four-blobs', specs);
    expect(r.settings).toEqual({ lr: 0.1, batchSize: 128, epochs: 10 });
    expect(r.fromUrl).toEqual(['lr', 'batchSize']);
    expect(r.notices).toEqual([]);
    expect(r.ignoredKeys).toEqual([]);
  });

  it('says so when a parameter names a knob without the namespace, and keeps the default', () => {
    const q = new URLSearchParams('lr=abc&EPOCHS=3&batch=8&bs=2&utm_source=x&other=1');
    const r = readUrlSettings(q, 'four-blobs', specs);
    expect(r.settings).toEqual(defaults);
    expect(r.ignoredKeys).toEqual(['lr', 'EPOCHS', 'batch', 'bs']);
    expect(r.notices[0]).toBe(
      'Ignored the link parameter “lr”: settings in a link start with the demo\'s name, as in “four-blobs.lr”.',
    );
    expect(r.notices[1]).toContain('“four-blobs.epochs”');
    expect(r.notices[2]).toContain('“four-blobs.batchSize”');
    expect(r.notices[3]).toContain('“four-blobs.batchSize”');
    expect(r.notices).toHaveLength(4);
  });

  it('shows invisible characters of a refused value as escapes', () => {
    const q = new URLSearchParams('four-blobs.epochs=%00%0A1&four-blobs.lr=%E2%80%8B2');
    const r = readUrlSettings(q, 'four-blobs', specs);
    expect(r.notices[0]).toContain('“\\u0000\\n1” is not a number.');
    expect(r.notices[1]).toContain('“\\u200b2” is not a number.');
  });

  it('ignores malformed values with a notice and keeps the default', () => {
    const q = new URLSearchParams('four-blobs.lr=abc&four-blobs.batchSize=0&four-blobs.epochs=2.5');
    const r = readUrlSettings(q, 'four-blobs', specs);
    expect(r.settings).toEqual(defaults);
    expect(r.fromUrl).toEqual([]);
    expect(r.notices).toHaveLength(3);
    expect(r.notices[0]).toBe(
      'Ignored “four-blobs.lr” from the link and kept 0.01: “abc” is not a number. Learning rate must be a number greater than 0 and at most 100.',
    );
    expect(r.notices[1]).toContain('Zero is not allowed');
    expect(r.notices[2]).toContain('not a whole number');
  });

  it('ignores unknown keys, prototype keys and repeats, never throwing', () => {
    const q = new URLSearchParams(
      'four-blobs.__proto__=1&four-blobs.constructor=2&four-blobs.toString=3&four-blobs.lr=0.5&four-blobs.lr=9&four-blobs.=1',
    );
    const r = readUrlSettings(q, 'four-blobs', specs);
    expect(r.settings).toEqual({ lr: 0.5, batchSize: 4, epochs: 10 });
    expect(Object.keys(r.settings).sort()).toEqual(['batchSize', 'epochs', 'lr']);
    expect(Object.getPrototypeOf(r.settings)).toBe(Object.prototype);
    expect(r.notices).toHaveLength(5);
    expect(r.notices[0]).toBe('Ignored the link parameter “four-blobs.__proto__”: this demo has no such setting.');
    expect(r.notices[3]).toBe('Ignored a repeated “four-blobs.lr” in the link: the first value is used.');
  });

  it('treats hostile values as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const q = new URLSearchParams();
    q.set('four-blobs.lr', hostile);
    q.set('four-blobs.epochs', '1e400');
    q.set('four-blobs.batchSize', 'x'.repeat(100_000));
    const r = readUrlSettings(q, 'four-blobs', specs);
    expect(r.settings).toEqual(defaults);
    expect(r.notices).toHaveLength(3);
    for (const n of r.notices) expect(n.length).toBeLessThan(220);
    expect(r.notices[1]).toContain('far too large');
  });

  it('caps the number of notices from a crafted link', () => {
    const q = new URLSearchParams();
    for (let i = 0; i < 50; i++) q.append(`four-blobs.k${i}`, '1');
    const r = readUrlSettings(q, 'four-blobs', specs);
    expect(r.notices).toHaveLength(11);
    expect(r.notices[10]).toBe('Ignored 40 more link parameters for this demo.');
  });
});

describe('writeUrlSettings', () => {
  it('writes only values that differ from the defaults', () => {
    const out = writeUrlSettings(new URLSearchParams(), 'four-blobs', specs, { lr: 0.1, batchSize: 4, epochs: 20 });
    expect(out.toString()).toBe('four-blobs.lr=0.1&four-blobs.epochs=20');
  });

  it('gives a clean query for the defaults (Reset) and keeps other parameters', () => {
    const q = new URLSearchParams('four-blobs.lr=0.1&two-blobs.epochs=3&four-blobs.junk=1&page=2');
    const out = writeUrlSettings(q, 'four-blobs', specs, defaults);
    expect(out.toString()).toBe('two-blobs.epochs=3&page=2');
    expect(q.toString()).toBe('four-blobs.lr=0.1&two-blobs.epochs=3&four-blobs.junk=1&page=2');
  });

  it('round-trips through readUrlSettings, small and exponent values included', () => {
    const settings = { lr: 1e-7, batchSize: 3200, epochs: 1 };
    const q = writeUrlSettings(new URLSearchParams(), 'four-blobs', specs, settings);
    const back = readUrlSettings(new URLSearchParams(q.toString()), 'four-blobs', specs);
    expect(back.settings).toEqual(settings);
    expect(back.notices).toEqual([]);
  });

  it('skips non-finite values', () => {
    const out = writeUrlSettings(new URLSearchParams(), 'four-blobs', specs, { lr: Number.NaN, epochs: Infinity });
    expect(out.toString()).toBe('');
  });
});
