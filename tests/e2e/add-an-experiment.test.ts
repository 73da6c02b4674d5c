/**
 * The writing guide's "Add an experiment", done as an instructor would: in a copy of the
 * project, the guide's own code blocks are written to the files they name, the site is built,
 * and the new experiment's page is opened in Chromium. Its blobs, trainer, predictions and
 * decision boundary must all show the new experiment, a run must end with its results, and
 * `npm run reproduce` must list it.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../tools/staticServer';
import { launchBrowser, type SiteBrowser } from './support/browser';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));
const guide = readFileSync(join(repo, 'src/content/docs/guides/writing-a-session.mdx'), 'utf8');

/** The guide's fenced blocks that carry a `title="<path>"`, dedented, by path. */
function titledBlocks(mdx: string): Map<string, string> {
  const blocks = new Map<string, string>();
  const fence = /^( *)```\w+ title="([^"]+)"[^\n]*\n([\s\S]*?)\n\1```/gm;
  for (const m of mdx.matchAll(fence)) {
    const indent = m[1]!.length;
    blocks.set(m[2]!, m[3]!.split('\n').map((line) => line.slice(indent)).join('\n'));
  }
  return blocks;
}

const section = guide.slice(guide.indexOf('## Add an experiment'), guide.indexOf('## Check your page'));
const blocks = titledBlocks(section);
const CONFIG = 'src/lib/experiments/blobs3.ts';
const REGISTRY = 'src/lib/experiments/registry.ts';
const PAGE_FILE = 'src/content/docs/lesson/three-blobs.mdx';

let copy: string;
let server: StaticServer | undefined;
let browser: SiteBrowser | undefined;

/** Applies the guide's registry excerpt: its imports are added, its list replaces the list. */
function applyRegistryExcerpt(source: string, excerpt: string): string {
  let out = source;
  for (const line of excerpt.split('\n')) {
    if (line.startsWith('import ') && !out.includes(line)) out = out.replace(/^(import .*\n)(?!import )/m, `$1${line}\n`);
    if (line.startsWith('export const EXPERIMENTS')) out = out.replace(/^export const EXPERIMENTS.*$/m, line);
  }
  return out;
}

beforeAll(async () => {
  expect([...blocks.keys()].sort(), 'the guide names the files it changes').toEqual([CONFIG, PAGE_FILE, REGISTRY].sort());
  // Inside the repository, so the copy finds the project's node_modules the way Node looks
  // for packages, in a parent folder (a symlinked node_modules confuses Astro's compiler).
  copy = mkdtempSync(join(repo, '.course-copy-'));
  const { stdout } = await run('git', ['ls-files', '-co', '--exclude-standard'], { cwd: repo, maxBuffer: 1 << 24 });
  for (const file of stdout.split('\n').filter(Boolean)) {
    if (file.startsWith('node_modules')) continue;
    try {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(repo, file), join(copy, file));
    } catch {
      // A file git lists but the work tree has deleted.
    }
  }

  writeFileSync(join(copy, CONFIG), `${blocks.get(CONFIG)!}\n`);
  const registry = readFileSync(join(copy, REGISTRY), 'utf8');
  const edited = applyRegistryExcerpt(registry, blocks.get(REGISTRY)!);
  expect(edited, 'the registry excerpt applies').not.toBe(registry);
  writeFileSync(join(copy, REGISTRY), edited);
  writeFileSync(join(copy, PAGE_FILE), `${blocks.get(PAGE_FILE)!}\n`);
  // The sidebar, as "Put it in the sidebar" says.
  const config = readFileSync(join(copy, 'astro.config.mjs'), 'utf8');
  writeFileSync(join(copy, 'astro.config.mjs'), config.replace("{ slug: 'lesson/regression' },", "{ slug: 'lesson/regression' },\n{ slug: 'lesson/three-blobs' },"));

  const env = { ...process.env, BASE: '' };
  await run('npx', ['astro', 'build'], { cwd: copy, env, maxBuffer: 1 << 26, timeout: 900_000 });
  server = await startStaticServer({ root: join(copy, 'dist') });
  browser = await launchBrowser({ executablePath: inject('chromiumPath'), baseUrl: server.url });
}, 1_200_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('an experiment added as the writing guide says', () => {
  it('works in Blobs, Trainer, PredictionsVsTruth and DecisionBoundary, and trains to its results', async () => {
    const visit = await browser!.openPage('lesson/three-blobs/', { waitUntil: 'load' });
    try {
      const { page } = visit;
      expect(visit.response?.status()).toBe(200);
      for (const element of ['demo-blobs', 'demo-trainer', 'demo-predictions', 'demo-decision-boundary']) {
        expect(await page.locator(`${element}[experiment="blobs3"]`).count(), element).toBe(1);
        expect(await page.locator(`${element}[experiment="blobs3"] svg`).count(), `${element}'s static figure`).toBeGreaterThan(0);
      }
      // Three classes in the build-time figures: the scatter's legend names classes 0, 1 and 2.
      expect(await page.locator('demo-blobs[experiment="blobs3"]').textContent()).toMatch(/Three blobs/);

      const trainer = 'demo-trainer[experiment="blobs3"]';
      await page.waitForSelector(`${trainer}[data-ready="true"]`);
      await page.click(`${trainer} button[data-action="train"]`);
      await page.waitForFunction(
        (sel) => !['running', 'idle', null].includes(document.querySelector(sel)?.getAttribute('data-state') ?? null),
        trainer,
        { timeout: 300_000 },
      );
      expect(await page.getAttribute(trainer, 'data-state')).toBe('completed');
      expect(await page.textContent(`${trainer} [data-status]`)).toMatch(/^Done: 5 epochs/);
      const accuracy = Number(await page.getAttribute(`${trainer} [data-result="accuracy"]`, 'data-value'));
      expect(accuracy).toBeGreaterThan(0.9);
      expect(visit.consoleErrors, 'console errors').toEqual([]);
      expect(visit.pageErrors, 'uncaught exceptions').toEqual([]);
      expect(visit.foreignRequests).toEqual([]);
    } finally {
      await visit.close();
    }
  }, 400_000);

  it('is listed by npm run reproduce', async () => {
    const { stdout } = await run('npx', ['tsx', 'scripts/reproduce.ts', '--json'], { cwd: copy, maxBuffer: 1 << 26, timeout: 600_000 });
    const { experiments } = JSON.parse(stdout) as { experiments: { id: string; result: { accuracy?: number } }[] };
    expect(experiments.map((e) => e.id)).toEqual(['blobs4', 'blobs2', 'regression', 'blobs3']);
    expect(experiments.at(-1)!.result.accuracy).toBeGreaterThan(0.9);
  }, 600_000);
});
