/**
 * The JavaScript budget, measured the way a reader's browser meets it: every page of the build
 * is loaded in Chromium, scrolled from top to bottom (code that loads on view counts too) and
 * left until the network and the main thread are idle (Starlight's search UI loads in an idle
 * callback). The script responses it received are gzipped here (level 6, as the nginx
 * configuration of the self-hosting guide serves them) and summed: at most 60 KiB a page.
 *
 * TF.js must not be among them: no worker starts and no script whose text names TF.js arrives
 * before a demo is used. Pressing Train is what brings the training worker and TF.js.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type SiteBrowser } from './support/browser';
import { pageLabel, sitePages } from '../../tools/sitePages';

const BUDGET_BYTES = 60 * 1024;
// Minified code keeps string literals, and TF.js names itself in many of them.
const TFJS_MARKER = /tfjs|TensorFlow/;
const TRAINER = 'demo-trainer';

const pages = sitePages(inject('distDir'));
let browser: SiteBrowser;

interface ScriptRecord {
  url: string;
  bytes: number;
  gzipBytes: number;
  tfjs: boolean;
}

interface PageFigures {
  path: string;
  scripts: ScriptRecord[];
  gzipTotal: number;
  rawTotal: number;
  inlineGzip: number;
}

const figures: PageFigures[] = [];

function isScript(response: Response): boolean {
  const type = response.request().resourceType();
  const contentType = response.headers()['content-type'] ?? '';
  return type === 'script' || /javascript/.test(contentType);
}

/** Records every script response of `page` (body gzipped here) from now on. */
function recordScripts(page: Page): { scripts: ScriptRecord[]; settled: () => Promise<void> } {
  const scripts: ScriptRecord[] = [];
  const pending = new Set<Promise<void>>();
  page.on('response', (response) => {
    if (!isScript(response) || response.status() >= 300) return;
    const read = response
      .body()
      .then((body) => {
        scripts.push({
          url: response.url(),
          bytes: body.length,
          gzipBytes: gzipSync(body, { level: 6 }).length,
          tfjs: TFJS_MARKER.test(body.toString('utf8')),
        });
      })
      // A page closed mid-read loses the body; what was read still counts.
      .catch(() => undefined)
      .finally(() => pending.delete(read));
    pending.add(read);
  });
  return {
    scripts,
    settled: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

/** Scrolls the whole page in viewport steps so that anything loaded on view is loaded. */
async function scrollThrough(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = page.viewportSize()?.height ?? 800;
  for (let y = 0; y <= height; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Two rounds of: an idle callback on the page, then no network for 500 ms. */
async function settle(page: Page): Promise<void> {
  for (let round = 0; round < 2; round += 1) {
    await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done())));
    await page.waitForLoadState('networkidle');
  }
}

function kib(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

beforeAll(async () => {
  browser = await launchBrowser({ executablePath: inject('chromiumPath'), baseUrl: inject('baseUrl') });
});

afterAll(async () => {
  await browser?.close();
  if (figures.length === 0) return;
  const rows = figures.map(
    (f) =>
      `${pageLabel(f.path).padEnd(40)} ${String(f.scripts.length).padStart(7)} ${kib(f.rawTotal).padStart(9)} ${kib(f.gzipTotal).padStart(9)} ${kib(f.inlineGzip).padStart(11)}`,
  );
  console.log(
    [
      `JavaScript before any demo is used (budget ${kib(BUDGET_BYTES)} KiB gzip a page):`,
      `${'page'.padEnd(40)} ${'scripts'.padStart(7)} ${'raw KiB'.padStart(9)} ${'gzip KiB'.padStart(9)} ${'inline gzip'.padStart(11)}`,
      ...rows,
    ].join('\n'),
  );
});

it('finds the pages of the build', () => {
  expect(pages.length).toBeGreaterThan(1);
});

describe.each(pages.map((path) => ({ path, label: pageLabel(path) })))('page $label', ({ path }) => {
  it(`loads at most ${BUDGET_BYTES / 1024} KiB of gzip JavaScript and no TF.js before a demo is used`, async () => {
    const page = await browser.context.newPage();
    try {
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      const recorder = recordScripts(page);
      const response = await page.goto(new URL(path, inject('baseUrl')).href, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      await scrollThrough(page);
      await settle(page);
      await recorder.settled();
      const inlineGzip = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')]
          .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
          .map((s) => s.textContent ?? ''),
      ).then((texts) => texts.reduce((sum, text) => sum + gzipSync(Buffer.from(text), { level: 6 }).length, 0));

      const scripts = [...recorder.scripts].sort((a, b) => b.gzipBytes - a.gzipBytes);
      const gzipTotal = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
      const rawTotal = scripts.reduce((sum, s) => sum + s.bytes, 0);
      figures.push({ path, scripts, gzipTotal, rawTotal, inlineGzip });

      // Every page runs at least Starlight's own scripts, so an empty list means nothing was measured.
      expect(scripts.length).toBeGreaterThan(0);
      expect(workers, 'workers started before a demo was used').toEqual([]);
      expect(scripts.filter((s) => s.tfjs).map((s) => s.url), 'scripts with TF.js before a demo was used').toEqual([]);
      const breakdown = scripts.map((s) => `${kib(s.gzipBytes)} KiB ${new URL(s.url).pathname}`).join('\n');
      expect(gzipTotal, `gzip JavaScript of ${pageLabel(path)}:\n${breakdown}`).toBeLessThanOrEqual(BUDGET_BYTES);
    } finally {
      await page.close();
    }
  });
});

describe('TF.js arrives on first use', () => {
  // Read from the build, like the page list, so a new demo page is covered without listing it.
  const withTrainer = pages.filter(hasTrainer);

  it('some pages of the build have a trainer', () => {
    expect(withTrainer.length).toBeGreaterThan(0);
  });

  it.each(withTrainer.map((path) => ({ path, label: pageLabel(path) })))(
    'on $label, pressing Train starts the training worker and loads TF.js',
    async ({ path }) => {
      const page = await browser.context.newPage();
      try {
        const workers: string[] = [];
        page.on('worker', (worker) => workers.push(worker.url()));
        const recorder = recordScripts(page);
        await page.goto(new URL(path, inject('baseUrl')).href, { waitUntil: 'networkidle' });
        await settle(page);
        await recorder.settled();
        expect(recorder.scripts.filter((s) => s.tfjs).map((s) => s.url)).toEqual([]);
        expect(workers).toEqual([]);

        await page.locator(`${TRAINER}[data-ready="true"]`).first().waitFor();
        await page.locator(`${TRAINER} [data-action="train"]:not([disabled])`).first().click();
        await expect.poll(() => workers.length, { timeout: 120_000 }).toBeGreaterThan(0);
        await expect
          .poll(async () => {
            await recorder.settled();
            return recorder.scripts.filter((s) => s.tfjs).length;
          }, { timeout: 120_000 })
          .toBeGreaterThan(0);
        const tfjs = recorder.scripts.filter((s) => s.tfjs);
        console.log(
          `${pageLabel(path)}: after Train, ${workers.length} worker(s); TF.js in ${tfjs
            .map((s) => `${new URL(s.url).pathname} (${kib(s.gzipBytes)} KiB gzip)`)
            .join(', ')}`,
        );
      } finally {
        await page.close();
      }
    },
  );
});

function hasTrainer(path: string): boolean {
  const file = path === '' || path.endsWith('/') ? join(inject('distDir'), path, 'index.html') : join(inject('distDir'), path);
  return readFileSync(file, 'utf8').includes(`<${TRAINER} `);
}
