/**
 * The JavaScript budget, counted the way Lighthouse counts it: the transfer size (bytes on the
 * wire, headers included, as Chromium's network layer reports them) of every request of type
 * Script before the reader interacts, at most 60 KiB a page. The site is served behind a gzip
 * front that compresses like deploy/nginx.conf, with the browser cache off. Every page of the
 * build is loaded, scrolled from top to bottom (code that loads on view counts too; Lighthouse's
 * full-page screenshot brings it in the same way) and left until the network and the main
 * thread are idle (Starlight's search UI loads in an idle callback). Inline scripts travel in
 * the HTML, so Lighthouse does not count them as scripts; the table shows them for reference.
 *
 * TF.js must not be among them: no worker starts and no script whose text names TF.js arrives
 * before a demo is used. Pressing Train is what brings the training worker and TF.js.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page, Response } from 'playwright-core';
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
  tfjs: boolean;
}

interface Transfer {
  url: string;
  /** Bytes received, headers included: what Lighthouse reports as transferSize. */
  transferBytes: number;
}

interface PageFigures {
  path: string;
  transfers: Transfer[];
  transferTotal: number;
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
        scripts.push({ url: response.url(), bytes: body.length, tfjs: TFJS_MARKER.test(body.toString('utf8')) });
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

/**
 * Records, through the DevTools protocol, the transfer size of every finished request of type
 * Script, with the cache off so that every page pays for its scripts as a first visit does.
 */
async function recordTransfers(page: Page): Promise<{ transfers: Transfer[]; cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  const scriptUrls = new Map<string, string>();
  const transfers: Transfer[] = [];
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script' && event.response.status < 300) scriptUrls.set(event.requestId, event.response.url);
  });
  cdp.on('Network.loadingFinished', (event) => {
    const url = scriptUrls.get(event.requestId);
    if (url !== undefined) transfers.push({ url, transferBytes: event.encodedDataLength });
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { transfers, cdp };
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
  browser = await launchBrowser({ executablePath: inject('chromiumPath'), baseUrl: inject('gzipBaseUrl') });
});

afterAll(async () => {
  await browser?.close();
  if (figures.length === 0) return;
  const rows = figures.map(
    (f) =>
      `${pageLabel(f.path).padEnd(40)} ${String(f.transfers.length).padStart(7)} ${kib(f.rawTotal).padStart(9)} ${kib(f.transferTotal).padStart(12)} ${kib(f.inlineGzip).padStart(11)}`,
  );
  console.log(
    [
      `JavaScript before any demo is used (budget ${kib(BUDGET_BYTES)} KiB transferred a page, gzip):`,
      `${'page'.padEnd(40)} ${'scripts'.padStart(7)} ${'raw KiB'.padStart(9)} ${'transfer KiB'.padStart(12)} ${'inline gzip'.padStart(11)}`,
      ...rows,
    ].join('\n'),
  );
});

it('finds the pages of the build', () => {
  expect(pages.length).toBeGreaterThan(1);
});

describe.each(pages.map((path) => ({ path, label: pageLabel(path) })))('page $label', ({ path }) => {
  it(`transfers at most ${BUDGET_BYTES / 1024} KiB of gzip JavaScript and no TF.js before a demo is used`, async () => {
    const page = await browser.context.newPage();
    try {
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      const recorder = recordScripts(page);
      const network = await recordTransfers(page);
      const response = await page.goto(new URL(path, inject('gzipBaseUrl')).href, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      await scrollThrough(page);
      await settle(page);
      await recorder.settled();
      const inlineGzip = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')]
          .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
          .map((s) => s.textContent ?? ''),
      ).then((texts) => texts.reduce((sum, text) => sum + gzipSync(Buffer.from(text), { level: 6 }).length, 0));

      await network.cdp.detach();
      const scripts = recorder.scripts;
      const transfers = [...network.transfers].sort((a, b) => b.transferBytes - a.transferBytes);
      const transferTotal = transfers.reduce((sum, t) => sum + t.transferBytes, 0);
      const rawTotal = scripts.reduce((sum, s) => sum + s.bytes, 0);
      figures.push({ path, transfers, transferTotal, rawTotal, inlineGzip });

      // Every page runs at least Starlight's own scripts, so an empty list means nothing was measured.
      expect(transfers.length).toBeGreaterThan(0);
      expect(transfers.length, 'every script response was counted').toBe(scripts.length);
      // Served compressed, as deployed: the wire carries less than the scripts' own text.
      expect(transferTotal).toBeLessThan(rawTotal);
      expect(workers, 'workers started before a demo was used').toEqual([]);
      expect(scripts.filter((s) => s.tfjs).map((s) => s.url), 'scripts with TF.js before a demo was used').toEqual([]);
      const breakdown = transfers.map((t) => `${kib(t.transferBytes)} KiB ${new URL(t.url).pathname}`).join('\n');
      expect(transferTotal, `JavaScript transferred for ${pageLabel(path)}:\n${breakdown}`).toBeLessThanOrEqual(BUDGET_BYTES);
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
        await page.goto(new URL(path, inject('gzipBaseUrl')).href, { waitUntil: 'networkidle' });
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
            .map((s) => `${new URL(s.url).pathname} (${kib(s.bytes)} KiB uncompressed)`)
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
