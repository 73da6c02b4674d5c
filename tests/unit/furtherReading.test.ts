import { describe, expect, it } from 'vitest';
import { FURTHER_READING, furtherReading } from '../../src/lib/reading/furtherReading';

describe('FURTHER_READING', () => {
  it('holds the four references, each an https link with a title and a line about it', () => {
    expect(FURTHER_READING.map((r) => r.id)).toEqual(['cs231n', 'd2l', 'keras', 'tfjs']);
    for (const r of FURTHER_READING) {
      expect(new URL(r.url).protocol, r.id).toBe('https:');
      expect(r.title.length, r.id).toBeGreaterThan(0);
      expect(r.about.length, r.id).toBeGreaterThan(20);
    }
    expect(new Set(FURTHER_READING.map((r) => new URL(r.url).host)).size).toBe(4);
  });
});

describe('furtherReading', () => {
  it('returns all four in the usual order when no lead is given', () => {
    expect(furtherReading().map((r) => r.id)).toEqual(['cs231n', 'd2l', 'keras', 'tfjs']);
  });

  it('puts the named ones first, in the order named, and keeps the others', () => {
    expect(furtherReading(['tfjs', 'keras']).map((r) => r.id)).toEqual(['tfjs', 'keras', 'cs231n', 'd2l']);
    expect(furtherReading(['d2l']).map((r) => r.id)).toEqual(['d2l', 'cs231n', 'keras', 'tfjs']);
  });

  it('names an unknown or repeated id in its error', () => {
    expect(() => furtherReading(['cs231'])).toThrow(/Unknown further-reading id "cs231"/);
    expect(() => furtherReading(['keras', 'keras'])).toThrow(/"keras" is listed twice/);
  });
});
