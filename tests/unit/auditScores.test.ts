import { describe, expect, it } from 'vitest';
import { formatScoreTable, medianScore, shortfalls, THRESHOLDS, toPoints, type PageScores } from '../../scripts/auditScores';

const perfect = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };

describe('auditScores', () => {
  it('states the thresholds: performance 95, the other three 100', () => {
    expect(THRESHOLDS).toEqual({ performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 });
  });

  it("turns Lighthouse's 0-1 scores into whole points", () => {
    expect(toPoints(0.9)).toBe(90);
    expect(toPoints(0.895)).toBe(90);
    expect(toPoints(0.57)).toBe(57);
    expect(toPoints(1)).toBe(100);
    expect(toPoints(null)).toBeNull();
    expect(toPoints(undefined)).toBeNull();
    expect(toPoints(Number.NaN)).toBeNull();
  });

  it('passes scores at the thresholds and reports each one below, and missing ones', () => {
    const pages: PageScores[] = [
      { page: '/', scores: { ...perfect, performance: 95 } },
      { page: '/a/', scores: { ...perfect, performance: 94, seo: 99 } },
      { page: '/b/', scores: { ...perfect, accessibility: null } },
    ];
    expect(shortfalls(pages)).toEqual([
      { page: '/a/', category: 'performance', score: 94, threshold: 95 },
      { page: '/a/', category: 'seo', score: 99, threshold: 100 },
      { page: '/b/', category: 'accessibility', score: null, threshold: 100 },
    ]);
  });

  it('takes the median of runs, and no median when a run failed to score', () => {
    expect(medianScore([91, 70, 95])).toBe(91);
    expect(medianScore([90, 93])).toBe(92);
    expect(medianScore([88])).toBe(88);
    expect(medianScore([90, null, 95])).toBeNull();
    expect(medianScore([])).toBeNull();
  });

  it('prints one row per page and marks the scores under their threshold', () => {
    const table = formatScoreTable([
      { page: '/', scores: perfect },
      { page: '/lesson/four-blobs/', scores: { ...perfect, performance: 72, seo: null } },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^page\s+perf\s+a11y\s+best\s+seo$/);
    expect(lines[1]).toMatch(/^minimum\s+95\s+100\s+100\s+100$/);
    expect(lines[2]).toMatch(/^\/\s+100\s+100\s+100\s+100$/);
    expect(lines[3]).toMatch(/^\/lesson\/four-blobs\/\s+72!\s+100\s+100\s+err!$/);
  });
});
