/**
 * `npm run audit`: Lighthouse (mobile, its default) on every page of an existing build, a table
 * of the four scores per page and one of the page measures (total blocking time, DOM elements,
 * JavaScript transferred), and a non-zero exit when a page scores under the thresholds of
 * scripts/auditScores.ts (performance >= 95; accessibility, best practices and SEO = 100) or a
 * measure is over its limit in scripts/auditMeasures.ts (200 ms, 3,000 elements, 60 KiB).
 *
 * It builds nothing: run `npm run build` first (with BASE set for a sub-path build; the audit
 * serves the site under the same BASE). The site is served by the browser tests' static server
 * behind a small gzip layer, because the self-hosting guide's nginx compresses text and a
 * Lighthouse run on uncompressed files would measure a server nobody deploys.
 *
 *   tsx scripts/audit.ts [distDir] [--runs 3] [--json out-dir]
 *
 * --runs N    audits each page N times and keeps the median of each score (default 1)
 * --json DIR  writes each page's Lighthouse result (last run) to DIR as JSON
 * --min-performance N
 *              lowers the performance threshold for this run (CI passes a floor that catches a
 *              page that got much slower without failing on a busy runner's timing noise; the
 *              other three categories stay at 100)
 * --max-tbt MS raises the total blocking time limit for this run, for the same reason
 * CHROMIUM_PATH picks the browser, as for the tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../tools/chromiumArgs';
import { findChromium } from '../tools/findChromium';
import { startGzipFront } from '../tools/gzipFront';
import { sitePages } from '../tools/sitePages';
import { normalizeBase } from '../tools/normalizeBase';
import { startStaticServer } from '../tools/staticServer';
import { parseAuditArgs, type AuditArgs } from './auditArgs';
import { CATEGORIES, formatScoreTable, medianScore, shortfalls, toPoints, type Category, type PageScores } from './auditScores';
import { formatMeasureTable, measureShortfalls, medianMeasures, pageMeasures, type PageMeasures } from './auditMeasures';

// The flags the browser tests use, plus new headless mode, which Lighthouse expects.
const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

interface LighthouseCategory {
  score: number | null;
  auditRefs: { id: string; weight: number }[];
}
interface LighthouseResult {
  lhr: {
    categories: Record<string, LighthouseCategory | undefined>;
    audits: Record<
      string,
      {
        title: string;
        score: number | null;
        scoreDisplayMode: string;
        displayValue?: string;
        numericValue?: number;
        details?: { items?: { resourceType?: string; transferSize?: number }[] };
      }
    >;
    runtimeError?: { message: string };
  };
}
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<LighthouseResult | undefined>;

async function loadLighthouse(): Promise<Lighthouse> {
  try {
    // A specifier in a variable keeps the type check independent of the package being
    // installed; the shape used here is declared above.
    const name = 'lighthouse';
    const module = (await import(name)) as { default: Lighthouse };
    return module.default;
  } catch (error) {
    throw new Error(`The audit needs the lighthouse package (npm install). Loading it failed: ${String(error)}`);
  }
}

/** Starts Chromium with a DevTools port (read back from the profile) for Lighthouse to drive. */
async function startChromium(executable: string): Promise<{ port: number; process: ChildProcess; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'course-audit-'));
  const child = spawn(executable, [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: 'ignore',
  });
  const portFile = join(profile, 'DevToolsActivePort');
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`Chromium exited with ${child.exitCode} before it opened DevTools`);
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (port > 0) return { port, process: child, profile };
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill();
  throw new Error('Chromium did not open its DevTools port within 60 s');
}

/**
 * Ends Chromium and removes its profile. Chromium still writes to the profile while it shuts
 * down, so the removal waits for the process to exit (killing it after 10 s) and retries
 * briefly on a directory that is not empty yet.
 */
async function stopChromium({ process: child, profile }: { process: ChildProcess; profile: string }): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}

/** Titles of the audits that cost points in `category`, worst first. */
function findings(result: LighthouseResult, category: Category): string[] {
  const refs = result.lhr.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ ref, audit: result.lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && audit.scoreDisplayMode !== 'notApplicable' && audit.score !== null && audit.score < 1)
    .sort((a, b) => (a.audit.score ?? 0) - (b.audit.score ?? 0))
    .map(({ audit }) => `${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''} [${toPoints(audit.score)}]`);
}

interface PageAudit {
  scores: Record<Category, number | null>;
  measures: PageMeasures;
  /** The last run's result, whose findings and JSON are reported. */
  last: LighthouseResult | undefined;
}

/** Audits `url` `runs` times and keeps the median of each score and of each measure. */
async function auditPage(lighthouse: Lighthouse, url: string, port: number, runs: number): Promise<PageAudit> {
  const perRun: Record<Category, (number | null)[]> = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
  let last: LighthouseResult | undefined;
  const runMeasures: PageMeasures[] = [];
  for (let run = 0; run < runs; run += 1) {
    last = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (last?.lhr.runtimeError) console.error(`${url}: ${last.lhr.runtimeError.message}`);
    for (const category of CATEGORIES) perRun[category].push(toPoints(last?.lhr.categories[category]?.score));
    runMeasures.push(pageMeasures(last?.lhr.audits ?? {}));
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, medianScore(perRun[c])])) as Record<Category, number | null>;
  return { scores, measures: medianMeasures(runMeasures), last };
}

interface SiteAudit {
  results: PageScores[];
  measured: { page: string; measures: PageMeasures }[];
}

/** Serves the build behind the gzip front and audits every page in one Chromium, stopping all three after. */
async function auditSite(lighthouse: Lighthouse, options: AuditArgs, base: string, pages: string[]): Promise<SiteAudit> {
  const site = await startStaticServer({ root: options.distDir, base });
  const front = await startGzipFront(site.origin);
  const chromium = await startChromium(findChromium());
  const audit: SiteAudit = { results: [], measured: [] };
  try {
    for (const path of pages) {
      const { scores, measures, last } = await auditPage(lighthouse, `${front.origin}${base}${path}`, chromium.port, options.runs);
      const page = `/${path}`;
      const below = CATEGORIES.filter((c) => scores[c] === null || (scores[c] as number) < options.thresholds[c]);
      const pageFindings = last ? below.flatMap((c) => findings(last, c)) : [];
      audit.results.push({ page, scores, findings: pageFindings });
      audit.measured.push({ page, measures });
      const median = options.runs > 1 ? ` (median of ${options.runs})` : '';
      console.log(`${page}: ${CATEGORIES.map((c) => `${c} ${scores[c] ?? 'error'}`).join(', ')}${median}`);
      if (options.jsonDir && last) {
        writeFileSync(join(options.jsonDir, `${path.replace(/\/$/, '').replace(/\//g, '_') || 'index'}.json`), JSON.stringify(last.lhr, null, 2));
      }
    }
  } finally {
    await stopChromium(chromium);
    await front.close();
    await site.close();
  }
  return audit;
}

/** Prints the two tables and what falls short; the exit code is 0 when nothing does, else 1. */
function report({ results, measured }: SiteAudit, { runs, thresholds, limits }: AuditArgs): number {
  console.log(formatScoreTable(results, thresholds));
  console.log(`\nTotal blocking time, DOM elements and JavaScript transferred (gzip)${runs > 1 ? `, median of ${runs}` : ''}:\n`);
  console.log(formatMeasureTable(measured, limits));
  const failed = shortfalls(results, thresholds);
  const over = measureShortfalls(measured, limits);
  for (const o of over) console.log(`${o.page}: ${o.measure} ${o.value === null ? 'not measured' : o.value.toFixed(1)}, limit ${o.limit}`);
  if (failed.length === 0 && over.length === 0) {
    console.log('\nEvery page meets every threshold.');
    return 0;
  }
  if (failed.length === 0) return 1;
  console.log(`\n${failed.length} score(s) under the thresholds:`);
  for (const result of results) {
    if (!failed.some((f) => f.page === result.page)) continue;
    console.log(`${result.page}`);
    for (const finding of result.findings ?? []) console.log(`  ${finding}`);
  }
  return 1;
}

async function main(): Promise<number> {
  const options = parseAuditArgs(process.argv.slice(2));
  if ('error' in options) {
    console.error(options.error);
    return 2;
  }
  if (!existsSync(join(options.distDir, 'index.html'))) {
    console.error(`No build at ${options.distDir}: run \`npm run build\` first (the audit builds nothing).`);
    return 2;
  }
  const lighthouse = await loadLighthouse();
  const base = normalizeBase(process.env.BASE);
  const pages = sitePages(options.distDir);
  if (options.jsonDir) mkdirSync(options.jsonDir, { recursive: true });
  const audit = await auditSite(lighthouse, options, base, pages);
  console.log(`\nLighthouse (mobile), ${pages.length} pages of ${options.distDir}, served under ${base}:\n`);
  return report(audit, options);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
