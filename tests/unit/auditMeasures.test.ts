import { describe, expect, it } from 'vitest';
import { formatMeasureTable, MEASURE_LIMITS, measureShortfalls, medianMeasures, pageMeasures } from '../../scripts/auditMeasures';

const audits = {
  'total-blocking-time': { numericValue: 120.5 },
  'dom-size': { numericValue: 2719 },
  'network-requests': {
    details: {
      items: [
        { resourceType: 'Script', transferSize: 10240 },
        { resourceType: 'Stylesheet', transferSize: 50000 },
        { resourceType: 'Script', transferSize: 5120 },
        { resourceType: 'Document', transferSize: 20000 },
      ],
    },
  },
};

describe('auditMeasures', () => {
  it('states the limits: 200 ms of blocking time, 3,000 elements, 60 KiB of JavaScript', () => {
    expect(MEASURE_LIMITS).toEqual({ tbtMs: 200, domElements: 3000, scriptKiB: 60 });
  });

  it('reads blocking time and elements, and adds up only the Script requests', () => {
    expect(pageMeasures(audits)).toEqual({ tbtMs: 120.5, domElements: 2719, scriptKiB: 15 });
  });

  it("reads the element count from Lighthouse 13's DOM size insight too", () => {
    expect(pageMeasures({ 'dom-size-insight': { numericValue: 2692 } }).domElements).toBe(2692);
  });

  it('gives null for an audit Lighthouse did not return', () => {
    expect(pageMeasures({})).toEqual({ tbtMs: null, domElements: null, scriptKiB: null });
    expect(pageMeasures({ 'total-blocking-time': { numericValue: Number.NaN } }).tbtMs).toBeNull();
  });

  it('takes the median of runs per measure, and none when a run missed it', () => {
    const m = medianMeasures([
      { tbtMs: 300, domElements: 10, scriptKiB: 1 },
      { tbtMs: 100, domElements: 10, scriptKiB: 3 },
      { tbtMs: 150, domElements: 10, scriptKiB: null },
    ]);
    expect(m).toEqual({ tbtMs: 150, domElements: 10, scriptKiB: null });
    expect(medianMeasures([{ tbtMs: 100, domElements: 1, scriptKiB: 2 }, { tbtMs: 200, domElements: 3, scriptKiB: 4 }])).toEqual({ tbtMs: 150, domElements: 2, scriptKiB: 3 });
  });

  it('reports each measure over its limit or missing, and passes values at the limit', () => {
    const pages = [
      { page: '/', measures: { tbtMs: 200, domElements: 3000, scriptKiB: 60 } },
      { page: '/a/', measures: { tbtMs: 201, domElements: 3001, scriptKiB: null } },
    ];
    expect(measureShortfalls(pages)).toEqual([
      { page: '/a/', measure: 'tbtMs', value: 201, limit: 200 },
      { page: '/a/', measure: 'domElements', value: 3001, limit: 3000 },
      { page: '/a/', measure: 'scriptKiB', value: null, limit: 60 },
    ]);
    expect(measureShortfalls(pages, { ...MEASURE_LIMITS, tbtMs: 1000 }).map((s) => s.measure)).toEqual(['domElements', 'scriptKiB']);
  });

  it('prints one row per page and marks values over their limit', () => {
    const lines = formatMeasureTable([
      { page: '/', measures: { tbtMs: 12, domElements: 246, scriptKiB: 3.84 } },
      { page: '/lesson/softmax/', measures: { tbtMs: 250, domElements: 2719, scriptKiB: null } },
    ]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^page\s+TBT ms\s+elements\s+JS KiB$/);
    expect(lines[1]).toMatch(/^maximum\s+200\s+3000\s+60\.0$/);
    expect(lines[2]).toMatch(/^\/\s+12\s+246\s+3\.8$/);
    expect(lines[3]).toMatch(/^\/lesson\/softmax\/\s+250!\s+2719\s+err!$/);
  });
});
