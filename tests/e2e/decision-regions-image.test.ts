/**
 * The four-blob decision boundary in the built site: while a run trains, its regions are one
 * image over the plot's frame (under the points, hidden from assistive technology, hard cell
 * edges, at the build-time rects' opacity) whose cells show the grid classes the worker sent,
 * checked at sampled cells on every image of the run and at every cell of the last; the
 * description follows those classes; Reset brings back the build-time figure; and without
 * JavaScript the figure is the build-time rects.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatNumber } from '../../src/lib/figures/describe';
import { launchBrowser, type SiteBrowser } from './support/browser';
import { withDemoPage } from './support/withDemoPage';
import { withoutJavaScript } from './support/withoutJavaScript';
import { imageClasses, regionsShown, workerGridClasses } from './support/regionImage';

const baseUrl = inject('baseUrl');
const PAGE = 'lesson/four-blobs/';
const TRAINER = 'demo-trainer[experiment="blobs4"]';
const BOUNDARY = 'demo-decision-boundary[experiment="blobs4"]';
const CHART = `${BOUNDARY} [data-figure-panel] svg[role="img"]`;
const N = 100;
/** Cells spread over every row and column of the 100 x 100 grid, none on a symmetry of it. */
const SAMPLED = Array.from({ length: 271 }, (_, k) => k * 37);

let browser: SiteBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ executablePath: inject('chromiumPath'), baseUrl });
});

afterAll(async () => {
  await browser?.close();
});

interface RegionFrame {
  href: string;
  images: number;
  rectGroups: number;
  /** The worker's latest grid classes at SAMPLED when the figure changed. */
  sampled: number[];
}

/** Records, each time the boundary's chart changes, what it draws and what the store then held. */
async function recordRegionFrames(page: Page): Promise<void> {
  await page.evaluate(
    ([boundary, trainer, sampled]) => {
      const w = window as unknown as { regionFrames: RegionFrame[] };
      w.regionFrames = [];
      const panel = document.querySelector(`${boundary} [data-figure-panel]`)!;
      const store = (document.querySelector(trainer) as HTMLElement & { store: { livePredictions(): { gridClasses?: number[] } | undefined } }).store;
      let last = '';
      new MutationObserver(() => {
        const svg = panel.querySelector('svg[role="img"]');
        const frame = {
          href: svg?.querySelector('image')?.getAttribute('href') ?? '',
          images: svg?.querySelectorAll('image').length ?? 0,
          rectGroups: svg?.querySelectorAll('g[data-mark="rect"]').length ?? 0,
        };
        const key = JSON.stringify(frame);
        if (key === last) return;
        last = key;
        const classes = store.livePredictions()?.gridClasses ?? [];
        w.regionFrames.push({ ...frame, sampled: sampled.map((k) => classes[k]) });
      }).observe(panel, { subtree: true, childList: true, attributes: true });
    },
    [BOUNDARY, TRAINER, SAMPLED] as const,
  );
}

describe('the decision regions while a model trains', () => {
  it('are one image showing the worker’s grid classes, and Reset brings back the build-time rects', async () => {
    // Forty epochs, so that several of the worker's grids (one every 200 ms, livePace) are drawn.
    await withDemoPage(browser, `${PAGE}?blobs4.epochs=40`, `${TRAINER}[data-ready="true"]`, async (_visit, page) => {
      // In view during the run, so it redraws with each grid the worker sends.
      await page.locator(BOUNDARY).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const built = await page.$eval(`${BOUNDARY} [data-figure-panel]`, (p) => p.innerHTML);
      const builtShown = await regionsShown(page, BOUNDARY);
      expect(builtShown).toMatchObject({ images: 0, rectGroups: 1 });
      const builtOpacity = await page.getAttribute(`${CHART} g[data-mark="rect"]`, 'opacity');
      expect(builtOpacity).toBe('0.3');
      await recordRegionFrames(page);

      // Pressed from the page, so the button is not scrolled into view in the boundary's place.
      await page.$eval(`${TRAINER} button[data-action="train"]`, (b) => (b as HTMLButtonElement).click());
      await page.waitForFunction((t) => document.querySelector(t)?.getAttribute('data-state') === 'completed', TRAINER, { timeout: 150_000 });
      await page.waitForFunction((b) => document.querySelector(`${b} [data-status]`)?.textContent === 'Shown: your run, after training.', BOUNDARY);

      const frames = await page.evaluate(() => (window as unknown as { regionFrames: RegionFrame[] }).regionFrames);
      expect(frames.length).toBeGreaterThan(0);
      for (const f of frames) expect({ images: f.images, rectGroups: f.rectGroups }).toEqual({ images: 1, rectGroups: 0 });
      // The regions changed as the model learned.
      const hrefs = [...new Set(frames.map((f) => f.href))];
      expect(hrefs.length).toBeGreaterThanOrEqual(2);
      for (const f of frames) {
        expect(f.href).toMatch(/^data:image\/png;base64,/);
        const shown = await imageClasses(page, f.href, N);
        expect(SAMPLED.map((k) => shown[k])).toEqual(f.sampled);
      }

      // The last image shows the final classes at every cell; all four classes have a region.
      const last = await regionsShown(page, BOUNDARY);
      const gridClasses = await workerGridClasses(page, TRAINER);
      expect(gridClasses).toHaveLength(N * N);
      const shown = await imageClasses(page, last.href, N);
      expect(shown).toEqual(gridClasses);
      expect(new Set(shown)).toEqual(new Set([0, 1, 2, 3]));

      // Over the frame, under the points, decorative, with hard cell edges, at the rects' opacity.
      const placed = await page.$eval(CHART, (svg) => {
        const image = svg.querySelector('image')!;
        const frame = svg.querySelector('[data-mark="frame"]')!;
        const box = (e: Element) => {
          const r = e.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height];
        };
        const attrs = (e: Element) => ['x', 'y', 'width', 'height'].map((a) => Number(e.getAttribute(a)));
        const marks = Array.from(svg.children).map((c) => c.getAttribute('data-mark'));
        return {
          image: attrs(image),
          frame: attrs(frame),
          imageBox: box(image),
          frameBox: box(frame),
          beforeDots: marks.indexOf('regions') < marks.indexOf('dot'),
          ariaHidden: image.getAttribute('aria-hidden'),
          opacity: image.getAttribute('opacity'),
          rendering: getComputedStyle(image).imageRendering,
        };
      });
      expect(placed.image).toEqual(placed.frame);
      placed.imageBox.forEach((v, i) => expect(v).toBeCloseTo(placed.frameBox[i], 0));
      expect(placed).toMatchObject({ beforeDots: true, ariaHidden: 'true', opacity: builtOpacity, rendering: 'pixelated' });

      // The chart stays one described image; the description gives the shares of these classes.
      expect(await page.getAttribute(CHART, 'aria-describedby')).toBe('blobs4-boundary-figure-description');
      const description = (await page.textContent(`${BOUNDARY} [data-figure-description]`)) ?? '';
      for (const k of [0, 1, 2, 3]) {
        const share = formatNumber((100 * gridClasses.filter((c) => c === k).length) / gridClasses.length, 3);
        expect(description).toContain(`class ${k} ${share}%`);
      }

      await page.$eval(`${TRAINER} button[data-action="reset"]`, (b) => (b as HTMLButtonElement).click());
      await page.waitForFunction((b) => document.querySelector(`${b} [data-figure]`)?.getAttribute('data-live') === null, BOUNDARY);
      expect(await page.$eval(`${BOUNDARY} [data-figure-panel]`, (p) => p.innerHTML)).toBe(built);
      expect(await regionsShown(page, BOUNDARY)).toEqual(builtShown);
    });
  }, 200_000);
});

describe('the decision regions without JavaScript', () => {
  it('are the build-time rects, with the figure’s description', async () => {
    await withoutJavaScript({ chromiumPath: inject('chromiumPath'), baseUrl }, PAGE, async (page) => {
      const shown = await regionsShown(page, BOUNDARY);
      expect(shown).toMatchObject({ images: 0, rectGroups: 1, href: '' });
      expect(shown.rects).toBeGreaterThan(100);
      expect(await page.getAttribute(`${CHART} g[data-mark="rect"]`, 'opacity')).toBe('0.3');
      expect(await page.textContent(`${BOUNDARY} [data-figure-description]`)).toMatch(/sampled at 10000 grid points, each shaded by the class the model predicts there: class 0 [\d.]+%/);
    });
  });
});
