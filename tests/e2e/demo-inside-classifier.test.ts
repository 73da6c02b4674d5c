/**
 * The "inside a linear classifier" page in Chromium: train the 2-blob model with the lesson's
 * defaults and check what the figures then show, read back from the drawn SVG (texts, arrow and
 * dot positions) and from the Data tables, not from the site's own code. Without JavaScript
 * every figure is still there as the build's static SVG.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageVisit } from './support/browser';
import { browserForFile } from './support/browserForFile';
import { withDemoPage } from './support/withDemoPage';
import { withoutJavaScript } from './support/withoutJavaScript';
import { countPoints, dotCentres, DOT_SHAPES, readDots } from '../support/drawnDots';
import { experimentById } from '../../src/lib/experiments/registry';
import { pinnedSeeds } from '../../src/lib/seeds/pinnedSeeds';

const PAGE = 'lesson/inside-a-linear-classifier/';
const FIGURES = ['blobs2-blobs-scatter', 'blobs2-weights', 'blobs2-test-set', 'blobs2-bias-shift', 'blobs2-probabilities'];
const TRAINER = 'demo-trainer[experiment="blobs2"]';

/** The numbers a heatmap panel writes in its cells, in drawing order. */
async function heatmapValues(page: Page, panel: number): Promise<number[]> {
  return page
    .locator('inside-weights [data-figure-panel]')
    .nth(panel)
    .evaluate((el) =>
      Array.from(el.querySelectorAll('g[data-mark="text"] text')).map((t) => Number((t.textContent ?? '').replace('\u2212', '-'))),
    );
}

/**
 * Brings a live figure into view and waits until it shows the page's drawing (figures off
 * screen may wait to redraw until the reader gets to them).
 */
async function liveFigure(page: Page, element: string): Promise<void> {
  await page.locator(element).scrollIntoViewIfNeeded();
  await page.locator(`${element} [data-figure][data-live="true"]`).waitFor({ timeout: 10_000 });
}

/** Endpoints of an SVG path made of straight segments ("M x,y L x,y ..."). */
function pathPoints(d: string): [number, number][] {
  return Array.from(d.matchAll(/(-?\d+(?:\.\d+)?)[ ,](-?\d+(?:\.\d+)?)/g), (m) => [Number(m[1]), Number(m[2])]);
}

const browser = browserForFile();

/** Opens `path` once the trainer is ready, runs `check`, and asserts a clean console. */
const withTrainer = (path: string, check: (page: Page) => Promise<void>) =>
  withDemoPage(browser, path, `${TRAINER}[data-ready="true"]`, (_visit, page) => check(page), { waitUntil: 'networkidle' });

describe('inside the 2-blob classifier, trained in the page', () => {
  let visit: PageVisit;
  let staticWeights: number[];
  let staticBias: number[];

  beforeAll(async () => {
    visit = await browser.openPage(PAGE, { waitUntil: 'networkidle' });
    const { page } = visit;
    staticWeights = await heatmapValues(page, 0);
    staticBias = await heatmapValues(page, 1);
    const train = page.locator(`${TRAINER} [data-action="train"]:not([disabled])`);
    await train.waitFor({ timeout: 20_000 });
    await train.click();
    await page.locator(`${TRAINER}[data-state="completed"]`).waitFor({ timeout: 150_000 });
    // Figures redraw one per animation frame after the last event, and only once in view.
    for (const element of ['inside-weights', 'inside-bias-shift', 'inside-probabilities']) await liveFigure(page, element);
    // The last panel of the heatmaps is drawn a frame after the first.
    await page.locator('inside-probabilities').scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
  }, 200_000);

  afterAll(async () => {
    expect(visit.consoleErrors, 'console errors').toEqual([]);
    expect(visit.pageErrors, 'uncaught exceptions').toEqual([]);
    await visit.close();
  });

  it('reaches the lesson’s test accuracy of 0.99', async () => {
    const accuracy = await visit.page.locator(`${TRAINER} [data-result="accuracy"]`).getAttribute('data-value');
    expect(Number(accuracy)).toBeGreaterThanOrEqual(0.99);
  });

  // The page tells readers that typing a seed into the trainer repeats that row of the seed runs.
  it('repeats the pinned run of the page’s own seed', async () => {
    const seed = experimentById('blobs2').training.seed;
    const pinned = pinnedSeeds('blobs2')[seed];
    const read = (name: string) => visit.page.locator(`${TRAINER} [data-result="${name}"]`).getAttribute('data-value');
    expect(Number(await read('loss'))).toBeCloseTo(pinned.loss, 6);
    expect(Number(await read('accuracy'))).toBe(pinned.accuracy);
  });

  it('redraws the heatmaps from the run: 4 kernel values and 2 bias values, the same as the build’s seeded run', async () => {
    const { page } = visit;
    expect(await page.locator('inside-weights [data-figure]').getAttribute('data-live')).toBe('true');
    const weights = await heatmapValues(page, 0);
    const bias = await heatmapValues(page, 1);
    expect(weights).toHaveLength(4);
    expect(bias).toHaveLength(2);
    expect([...weights, ...bias].every(Number.isFinite)).toBe(true);
    // Same seeds, same numbers: the browser's run repeats the one the build made.
    weights.forEach((w, i) => expect(Math.abs(w - staticWeights[i])).toBeLessThanOrEqual(0.002));
    bias.forEach((b, i) => expect(Math.abs(b - staticBias[i])).toBeLessThanOrEqual(0.002));
    // Keras starts the biases at zero and p - y sums to zero, so b0 + b1 stays 0.
    expect(bias[0] + bias[1]).toBeCloseTo(0, 2);
    // The Data table under the figure holds the same values.
    const table = await page
      .locator('inside-weights table tbody tr td:nth-child(2)')
      .evaluateAll((tds) => tds.map((td) => Number(td.textContent)));
    expect(table).toHaveLength(6);
    // The heatmaps draw pale and deep cells as separate marks, so compare the values as sets.
    const drawn = [...weights, ...bias].sort((a, b) => a - b);
    table
      .slice()
      .sort((a, b) => a - b)
      .forEach((v, i) => expect(Math.abs(v - drawn[i])).toBeLessThanOrEqual(0.0011));
  });

  it('draws the bias as an arrow from the origin to b', async () => {
    const geometry = await visit.page.locator('inside-bias-shift [data-figure-panel] svg[role="img"]').evaluate((svg) => {
      const rules = Array.from(svg.querySelectorAll('g[data-mark="rule"] line'));
      const vertical = rules.find((l) => l.getAttribute('x1') === l.getAttribute('x2'));
      const horizontal = rules.find((l) => l.getAttribute('y1') === l.getAttribute('y2'));
      const arrows = Array.from(svg.querySelectorAll('g[data-mark="arrow"]'));
      const label = Array.from(svg.querySelectorAll('g[data-mark="text"] text')).map((t) => t.textContent ?? '');
      return {
        origin: [Number(vertical?.getAttribute('x1')), Number(horizontal?.getAttribute('y1'))],
        arrowPaths: arrows.map((g) => Array.from(g.querySelectorAll('path')).map((p) => p.getAttribute('d') ?? '')),
        label,
        live: svg.closest('[data-figure]')?.getAttribute('data-live'),
      };
    });
    expect(geometry.live).toBe('true');
    expect(geometry.origin.every(Number.isFinite)).toBe(true);
    // The last arrow mark is the bias itself, one path, starting at the origin.
    const bias = geometry.arrowPaths.at(-1)!;
    expect(bias).toHaveLength(1);
    const [start] = pathPoints(bias[0]);
    expect(Math.abs(start[0] - geometry.origin[0])).toBeLessThan(1);
    expect(Math.abs(start[1] - geometry.origin[1])).toBeLessThan(1);
    const bText = geometry.label.find((t) => t.startsWith('b = ('));
    expect(bText).toBeDefined();
    const [b0, b1] = bText!.replace(/[b=() ]/g, '').replaceAll('\u2212', '-').split(',').map(Number);
    const heat = await heatmapValues(visit.page, 1);
    expect(b0).toBeCloseTo(heat[0], 1);
    expect(b1).toBeCloseTo(heat[1], 1);
  });

  it('puts every test point’s probabilities on the line p0 + p1 = 1', async () => {
    const svg = visit.page.locator('inside-probabilities [data-figure-panel] svg[role="img"]');
    const drawn = {
      line: (await svg.locator('g[data-mark="line"] path').getAttribute('d')) ?? '',
      dots: dotCentres(await svg.locator(DOT_SHAPES).evaluateAll(readDots)),
    };
    expect(drawn.dots).toHaveLength(800);
    const [[x1, y1], [x2, y2]] = pathPoints(drawn.line);
    const length = Math.hypot(x2 - x1, y2 - y1);
    expect(length).toBeGreaterThan(100);
    for (const [cx, cy] of drawn.dots) {
      // Distance from the dashed line's segment, in px.
      const distance = Math.abs((x2 - x1) * (y1 - cy) - (x1 - cx) * (y2 - y1)) / length;
      expect(distance).toBeLessThan(0.5);
    }
    // The Data table agrees in numbers: p0 + p1 = 1 in every row shown.
    const sums = await visit.page
      .locator('inside-probabilities table tbody tr')
      .evaluateAll((rows) => rows.map((r) => [r.children[3], r.children[4], r.children[5]].map((c) => Number(c.textContent))));
    expect(sums.length).toBeGreaterThan(0);
    for (const [p0, p1, sum] of sums) {
      expect(p0 + p1).toBeCloseTo(1, 3);
      expect(sum).toBe(1);
    }
  });

  it('brings back the build’s figures on Reset', async () => {
    const { page } = visit;
    await page.locator(`${TRAINER} [data-action="reset"]`).click();
    await page.locator('inside-weights').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('inside-weights [data-figure]').getAttribute('data-live')).toBeNull();
    expect(await heatmapValues(page, 0)).toEqual(staticWeights);
  });
});

describe('inside the 2-blob classifier with other data', () => {
  it('redraws the test set from a shared link’s data settings and keeps the build’s run figures until Train', async () => {
    await withTrainer(`${PAGE}?blobs2.samples=400`, async (page) => {
      await liveFigure(page, 'inside-test-scatter');
      // train_test_split keeps ceil(0.2 * 400) = 80 points for testing.
      expect(await page.locator(`inside-test-scatter ${DOT_SHAPES}`).evaluateAll(countPoints)).toBe(80);
      expect(await page.locator('inside-test-scatter table caption').textContent()).toContain('of 80 rows');
      expect(await page.locator('inside-weights [data-figure]').getAttribute('data-live')).toBeNull();
    });
  });
});

describe('inside the classifier with three classes', () => {
  it('says what the two-class figures leave out', async () => {
    await withTrainer(`${PAGE}?blobs2.centers=3&blobs2.epochs=5`, async (page) => {
      await page.locator(`${TRAINER} [data-action="train"]:not([disabled])`).click();
      await page.locator(`${TRAINER}[data-state="completed"]`).waitFor({ timeout: 60_000 });
      await liveFigure(page, 'inside-weights');
      // A 2 x 3 kernel and 3 biases.
      expect(await heatmapValues(page, 0)).toHaveLength(6);
      await liveFigure(page, 'inside-probabilities');
      await expect
        .poll(() => page.locator('inside-probabilities [data-figure-description]').textContent())
        .toContain('This run has 3 classes');
    });
  });
});

describe('inside the 2-blob classifier without JavaScript', () => {
  it('shows every figure as the build’s static SVG, with its description and data', async () => {
    await withoutJavaScript({ chromiumPath: inject('chromiumPath'), baseUrl: inject('baseUrl') }, PAGE, async (page) => {
      expect(await page.locator('inside-weights').getAttribute('data-live')).toBeNull();
      for (const id of FIGURES) {
        const figure = page.locator(`figure[data-figure="${id}"]`);
        expect(await figure.count(), id).toBe(1);
        expect(await figure.locator('svg[role="img"]').count(), id).toBeGreaterThan(0);
        expect(await figure.locator('[data-figure-description]').textContent(), id).not.toBe('');
        expect(await figure.locator('table').count(), id).toBe(1);
      }
      expect(await page.locator('[data-figure="blobs2-weights"] [data-figure-panel]').nth(0).locator('g[data-mark="text"] text').count()).toBe(4);
      expect(await page.locator('[data-figure="blobs2-weights"] [data-figure-panel]').nth(1).locator('g[data-mark="text"] text').count()).toBe(2);
      expect(await page.locator(`[data-figure="blobs2-probabilities"] ${DOT_SHAPES}`).evaluateAll(countPoints)).toBe(800);
      expect(await page.locator('[data-figure="blobs2-bias-shift"] g[data-mark="arrow"]').count()).toBe(3);
    });
  });
});
