/**
 * `npm run bench`: times each experiment's training in Node and in headless Chromium, for each
 * TF.js backend, with three methods side by side: the project's train() loop, TF.js' own
 * model.fit on the same model and data, and a plain-TypeScript SGD loop. Prints medians and
 * the ratios between methods measured in the same run. In Chromium it also times the 4-blob
 * decision grid (10,000 points) through the trained model three ways, and, when a build of the
 * site exists, the demos of the built pages (scripts/bench/siteBench.ts). Timing is
 * informative only: no test asserts a duration.
 *
 *   npm run bench                        Node (cpu) and Chromium (cpu, wasm), and dist/ if built
 *   npm run bench -- --webgl             also WebGL (software-rendered here: slow)
 *   npm run bench -- --site DIR          the built site in DIR instead of dist/
 *   npm run bench -- --no-site --site-runs 5 --cycles 20
 *   npm run bench -- --cpu-rates 1,4,6    site passes at these CPU slow-downs (default 1,4)
 *   npm run bench -- --site DIR --typing-only   only the site's typing pass (one run first, no cycles)
 *   npm run bench -- --repeats 5 --only blobs4 --no-node --no-browser --json   (--only also picks the site pages)
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { experiments } from '../src/lib/experiments';
import { CHROMIUM_ARGS } from '../tools/chromiumArgs';
import { findChromium } from '../tools/findChromium';
import { runBench, type BenchMethod, type BenchRow } from './bench/benchCore';
import type { GridRow } from './bench/gridBench';
import { runSiteBench, type SiteBenchResult } from './bench/siteBench';
import { formatSiteReport } from './bench/siteReport';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Args {
  repeats: number;
  ids: string[];
  node: boolean;
  browser: boolean;
  backends: string[];
  json: boolean;
  methods: BenchMethod[];
  /** The built site to measure; undefined with --no-site. */
  site: string | undefined;
  siteRuns: number;
  cycles: number;
  /** CPU throttling rates of the site passes. */
  rates: number[];
  /** Only the site's typing pass: no Node or Chromium training, no next runs, no cycles. */
  typingOnly: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    repeats: 3,
    ids: experiments.map((e) => e.id),
    node: true,
    browser: true,
    backends: ['cpu', 'wasm'],
    json: false,
    methods: ['train', 'fit', 'plainTS'],
    site: join(root, 'dist'),
    siteRuns: 5,
    cycles: 20,
    rates: [1, 4],
    typingOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--repeats') a.repeats = Number(argv[++i]);
    else if (arg === '--only') a.ids = argv[++i].split(',');
    else if (arg === '--no-node') a.node = false;
    else if (arg === '--no-browser') a.browser = false;
    else if (arg === '--webgl') a.backends.push('webgl');
    else if (arg === '--backends') a.backends = argv[++i].split(',');
    else if (arg === '--no-fit') a.methods = a.methods.filter((m) => m !== 'fit');
    else if (arg === '--json') a.json = true;
    else if (arg === '--site') a.site = resolve(argv[++i]);
    else if (arg === '--no-site') a.site = undefined;
    else if (arg === '--site-runs') a.siteRuns = Number(argv[++i]);
    else if (arg === '--cycles') a.cycles = Number(argv[++i]);
    else if (arg === '--cpu-rates') a.rates = argv[++i].split(',').map(Number);
    else if (arg === '--typing-only') {
      a.typingOnly = true;
      a.node = false;
      a.browser = false;
    }
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(a.repeats) || a.repeats < 1) throw new Error('--repeats must be a positive integer');
  if (!Number.isInteger(a.siteRuns) || a.siteRuns < 1) throw new Error('--site-runs must be a positive integer');
  if (!Number.isInteger(a.cycles) || a.cycles < 1) throw new Error('--cycles must be a positive integer');
  if (a.rates.length === 0 || a.rates.some((r) => !Number.isFinite(r) || r < 1)) throw new Error('--cpu-rates takes numbers of 1 or more, e.g. 1,4');
  const unknown = a.ids.filter((id) => !experiments.some((e) => e.id === id));
  if (unknown.length) throw new Error(`unknown experiment ${unknown.join(', ')}`);
  return a;
}

async function bundlePage(dir: string): Promise<void> {
  await build({
    entryPoints: [join(root, 'scripts/bench/benchPage.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(dir, 'bench.js'),
    logLevel: 'error',
  });
}

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const wasmDir = join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    try {
      if (path === '/' || path === '/index.html') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script>');
      } else if (path === '/bench.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(readFileSync(join(dir, 'bench.js')));
      } else if (/^\/wasm\/[\w.-]+\.wasm$/.test(path)) {
        res.writeHead(200, { 'content-type': 'application/wasm' });
        res.end(readFileSync(join(wasmDir, path.slice('/wasm/'.length))));
      } else {
        res.writeHead(404).end();
      }
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    ok({ server, url: `http://127.0.0.1:${port}/` });
  }));
}

async function browserRows(a: Args, log: (s: string) => void): Promise<{ env: string; rows: BenchRow[]; grid: GridRow[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const profile = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  await bundlePage(dir);
  const { server, url } = await serve(dir);
  const context = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  const rows: BenchRow[] = [];
  const grid: GridRow[] = [];
  let env = 'chromium';
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    await page.goto(url);
    await page.waitForFunction(() => window.benchReady === true);
    const agent = await page.evaluate(() => navigator.userAgent);
    env = `chromium ${/Chrome\/(\d+)/.exec(agent)?.[1] ?? ''}`.trim();
    for (const backend of a.backends) {
      log(`chromium ${backend}...`);
      const out = await page.evaluate((o) => window.runBenchIn(o), { backend, ids: a.ids, repeats: a.repeats, methods: a.methods });
      if ('error' in out) log(`chromium ${backend}: ${out.error}`);
      else rows.push(...out);
    }
    for (const backend of a.backends) {
      log(`chromium ${backend}: decision grid...`);
      const out = await page.evaluate((o) => window.runGridBenchIn(o), { backend, repeats: Math.max(5, a.repeats) });
      if ('error' in out) log(`chromium ${backend} grid: ${out.error}`);
      else grid.push(...out);
    }
  } finally {
    await context.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
  return { env, rows, grid };
}

function gridReport(env: string, grid: GridRow[]): string {
  const header = ['env', 'backend', 'model.predict (batch 32) ms', 'one batch ms', 'plain TS ms', 'batch 32 / one batch', 'one batch / plain TS', 'max |p - plain TS|'];
  const table: string[][] = [header];
  for (const backend of [...new Set(grid.map((g) => g.backend))]) {
    const by = (m: GridRow['method']) => grid.find((g) => g.backend === backend && g.method === m);
    const d = by('predictDefault');
    const o = by('oneBatch');
    const p = by('plainTS');
    const ms = (r?: GridRow) => (r ? r.medianMs.toFixed(r.medianMs < 10 ? 2 : 1) : '-');
    const ratio = (x?: GridRow, y?: GridRow) => (x && y ? `${(x.medianMs / y.medianMs).toFixed(1)}x` : '-');
    const diff = Math.max(d?.maxAbsDiff ?? 0, o?.maxAbsDiff ?? 0);
    table.push([env, backend, ms(d), ms(o), ms(p), ratio(d, o), ratio(o, p), diff.toExponential(1)]);
  }
  const widths = header.map((_, c) => Math.max(...table.map((r) => r[c].length)));
  const lines = table.map((r) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const points = grid[0]?.points ?? 0;
  return [`Decision grid: ${points} points through the trained 4-blob model, probabilities read back (median of ${grid[0]?.runsMs.length ?? 0})`, '', ...lines].join('\n');
}

function report(rows: (BenchRow & { env: string })[]): string {
  const lines: string[] = [];
  const header = ['env', 'backend', 'experiment', 'train() ms', 'fit ms', 'plain TS ms', 'fit / train', 'train / plain', 'train method', 'test loss train/fit/plain'];
  const table: string[][] = [header];
  const groups = new Map<string, (BenchRow & { env: string })[]>();
  const failures: string[] = [];
  for (const r of rows) {
    const key = `${r.env}|${r.backend}|${r.experiment}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const [key, g] of groups) {
    const [env, backend, experiment] = key.split('|');
    const by = (m: BenchMethod) => g.find((r) => r.method === m);
    const t = by('train');
    const f = by('fit');
    // The plain loop does not depend on the TF.js backend: it is measured once per environment.
    const p = by('plainTS') ?? rows.find((r) => r.env === env && r.experiment === experiment && r.method === 'plainTS');
    const ms = (r?: BenchRow) => (!r ? '-' : r.error ? 'failed' : r.medianMs.toFixed(r.medianMs < 10 ? 2 : 0));
    const ok = (r?: BenchRow): r is BenchRow => r !== undefined && r.error === undefined;
    const ratio = (a?: BenchRow, b?: BenchRow) => (ok(a) && ok(b) ? `${(a.medianMs / b.medianMs).toFixed(1)}x` : '-');
    const loss = [t, f, p].map((r) => (ok(r) ? r.testLoss.toFixed(4) : '-')).join(' / ');
    for (const r of g) if (r.error) failures.push(`${env} ${backend} ${experiment} ${r.method}: ${r.error}`);
    table.push([env, backend, experiment, ms(t), ms(f), ms(p), ratio(f, t), ratio(t, p), t?.detail ?? '-', loss]);
  }
  const widths = header.map((_, c) => Math.max(...table.map((r) => r[c].length)));
  for (const [i, r] of table.entries()) {
    lines.push(r.map((cell, c) => (c < 3 || c === 8 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
    if (i === 0) lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  if (failures.length) lines.push('', 'Failed:', ...failures.map((f) => `  ${f}`));
  return lines.join('\n');
}

/**
 * Each experiment's bare train() in Chromium on the cpu backend, the backend the site's worker
 * uses here: the yardstick of the site's click-to-results time.
 */
function bareTrainMs(rows: (BenchRow & { env: string })[]): Map<string, number> {
  const bare = rows.filter((r) => r.env.startsWith('chromium') && r.backend === 'cpu' && r.method === 'train' && !r.error);
  return new Map(bare.map((r) => [r.experiment, r.medianMs]));
}

async function main(): Promise<void> {
  const a = parseArgs(process.argv.slice(2));
  const log = (s: string) => process.stderr.write(s + '\n');
  tf.enableProdMode();
  const rows: (BenchRow & { env: string })[] = [];
  let grid: GridRow[] = [];
  let gridEnv = 'chromium';
  let site: SiteBenchResult | undefined;
  let siteSkipped: string | undefined;
  if (a.node) {
    await tf.setBackend('cpu');
    log('node cpu...');
    const nodeRows = await runBench({ experiments: experiments.filter((e) => a.ids.includes(e.id)), repeats: a.repeats, methods: a.methods });
    rows.push(...nodeRows.map((r) => ({ ...r, env: `node ${process.versions.node.split('.')[0]}` })));
  }
  if (a.browser) {
    const browser = await browserRows(a, log);
    rows.push(...browser.rows.map((r) => ({ ...r, env: browser.env })));
    grid = browser.grid;
    gridEnv = browser.env;
  }
  if (!a.site) siteSkipped = 'Built site: not measured (--no-site).';
  else if (!existsSync(join(a.site, 'index.html'))) siteSkipped = `Built site: no build at ${a.site} (run npm run build, or pass --site DIR); skipped.`;
  else site = await runSiteBench({ dir: a.site, runs: a.siteRuns, cycles: a.cycles, rates: a.rates, experiments: a.ids, typingOnly: a.typingOnly, log });
  if (a.json) {
    process.stdout.write(JSON.stringify({ repeats: a.repeats, rows, grid, site: site ?? null }) + '\n');
    return;
  }
  console.log(report(rows));
  console.log(`\nMedians of ${a.repeats} runs after one warm-up; training only (data and model built beforehand).`);
  console.log('fit: tfjs-layers model.fit, SGD, shuffle, validation each epoch. train(): src/lib/model/train.');
  console.log('plain TS: src/lib/model/sgdReference (one Dense layer) or hiddenLayerReference (one hidden layer), double precision, no TF.js.');
  if (grid.length) {
    console.log('\n' + gridReport(gridEnv, grid));
    console.log('one batch: predictOnBatch on the whole grid, as the training worker does; plain TS: src/lib/demo/denseSoftmax on the weights.');
  }
  console.log('');
  console.log(site ? formatSiteReport(site, bareTrainMs(rows)) : siteSkipped);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
