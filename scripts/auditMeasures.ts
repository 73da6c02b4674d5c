/**
 * The three page measures `npm run audit` reads from each Lighthouse result beside the scores,
 * with the limits the site holds itself to:
 *
 * - total blocking time (ms, Lighthouse's simulated mobile run): at most 200;
 * - DOM elements when the page has loaded: at most 3,000;
 * - JavaScript transferred: the `transferSize` of every Script request Lighthouse saw, in KiB
 *   of gzip, at most 60 (the count the project's budget test uses too).
 *
 * Blocking time moves with the measuring machine's load like the performance score, so its
 * limit can be raised for one run (CI passes a floor); the other two are counts.
 */
export const MEASURES = ['tbtMs', 'domElements', 'scriptKiB'] as const;
export type Measure = (typeof MEASURES)[number];
export type PageMeasures = Record<Measure, number | null>;

/** Largest value per measure. */
export const MEASURE_LIMITS: Record<Measure, number> = { tbtMs: 200, domElements: 3000, scriptKiB: 60 };

const HEADINGS: Record<Measure, string> = { tbtMs: 'TBT ms', domElements: 'elements', scriptKiB: 'JS KiB' };

interface Audit {
  numericValue?: number;
  details?: { items?: { resourceType?: string; transferSize?: number }[] };
}

const finite = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The measures of one Lighthouse result (`lhr.audits`); null where an audit is missing. */
export function pageMeasures(audits: Record<string, Audit | undefined>): PageMeasures {
  const requests = audits['network-requests']?.details?.items;
  const scriptBytes = requests ? requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (finite(r.transferSize) ?? 0), 0) : null;
  return {
    tbtMs: finite(audits['total-blocking-time']?.numericValue),
    // Lighthouse 13 reports the count as the DOM size insight; earlier versions as dom-size.
    domElements: finite(audits['dom-size-insight']?.numericValue ?? audits['dom-size']?.numericValue),
    scriptKiB: scriptBytes === null ? null : scriptBytes / 1024,
  };
}

/** Each run's measures folded into one: the median, so one disturbed run does not decide. */
export function medianMeasures(runs: readonly PageMeasures[]): PageMeasures {
  const out = {} as PageMeasures;
  for (const m of MEASURES) {
    const values = runs.map((r) => r[m]);
    const numbers = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
    const mid = numbers.length >> 1;
    out[m] = numbers.length === 0 || numbers.length < values.length ? null : numbers.length % 2 ? numbers[mid] : (numbers[mid - 1] + numbers[mid]) / 2;
  }
  return out;
}

export interface MeasureShortfall {
  page: string;
  measure: Measure;
  value: number | null;
  limit: number;
}

/** Every measure over its limit, or missing, on every page. */
export function measureShortfalls(pages: readonly { page: string; measures: PageMeasures }[], limits = MEASURE_LIMITS): MeasureShortfall[] {
  return pages.flatMap(({ page, measures }) =>
    MEASURES.filter((m) => measures[m] === null || (measures[m] as number) > limits[m]).map((m) => ({ page, measure: m, value: measures[m], limit: limits[m] })),
  );
}

const shown = (m: Measure, v: number) => (m === 'scriptKiB' ? v.toFixed(1) : v.toFixed(0));

/** A plain-text table, one row per page; a value over its limit is marked with `!`. */
export function formatMeasureTable(pages: readonly { page: string; measures: PageMeasures }[], limits = MEASURE_LIMITS): string {
  const width = Math.max(7, ...pages.map((p) => p.page.length));
  const cell = (text: string) => text.padStart(10);
  const header = 'page'.padEnd(width) + MEASURES.map((m) => cell(HEADINGS[m])).join('');
  const limitRow = 'maximum'.padEnd(width) + MEASURES.map((m) => cell(shown(m, limits[m]))).join('');
  const rows = pages.map(
    ({ page, measures }) =>
      page.padEnd(width) +
      MEASURES.map((m) => {
        const v = measures[m];
        return cell(v === null ? 'err!' : `${shown(m, v)}${v > limits[m] ? '!' : ''}`);
      }).join(''),
  );
  return [header, limitRow, ...rows].join('\n');
}
