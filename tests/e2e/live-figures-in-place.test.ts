/**
 * While a run trains, the loss curves and the regression fit move the lines (and dots) of the
 * chart on show instead of having Plot draw a new one each epoch: the svg stays the same node
 * while its line's path changes. The figure a run leaves has the markup of a whole drawing of
 * the run: the moved lines are the ones Plot draws, compared here with a drawing of the same run
 * made in Node, and the next run with the same settings reuses the loss chart without Plot.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { lossCurves, type EpochMetrics } from '../../src/lib/figures/lossCurves';
import { lossCurvePaths } from '../../src/lib/figures/lossCurvePaths';
import { regressionFit } from '../../src/lib/figures/regressionFit';
import type { Split } from '../../src/lib/figures/split';
import { renderFigure } from '../../src/lib/plot/renderFigure';
import { serverDocument } from '../../src/lib/plot/serverDocument';
import { axeViolations } from './support/axe';
import { launchBrowser, type SiteBrowser } from './support/browser';
import { withDemoPage } from './support/withDemoPage';

let browser: SiteBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ executablePath: inject('chromiumPath'), baseUrl: inject('baseUrl') });
});

afterAll(async () => {
  await browser?.close();
});

/** What a frame showed: which svg node (numbered as first seen) and the first line's path. */
interface Seen {
  node: number;
  d: string | null;
  running: boolean;
}

/**
 * Plot shifts its marks by half a pixel on a screen of one device pixel per CSS pixel and not on
 * denser ones nor in Node (where the build draws): a phone's two device pixels per CSS pixel make
 * the page's drawings comparable with Node's. Plot reads this when it loads, on the first redraw.
 */
async function denseScreen(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { width, height } = page.viewportSize()!;
  await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 2, mobile: false });
  expect(await page.evaluate(() => window.devicePixelRatio)).toBe(2);
}

/** Presses Train inside the page, so the figure watched is not scrolled out of view. */
async function train(page: Page, trainer: string): Promise<void> {
  expect(await page.isDisabled(`${trainer} button[data-action="train"]`)).toBe(false);
  await page.$eval(`${trainer} button[data-action="train"]`, (b) => (b as HTMLButtonElement).click());
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'completed', trainer, { timeout: 150_000 });
}

/** From now on, each animation frame records the chart under `figure` and its first line's path. */
async function watchChart(page: Page, figure: string, trainer: string): Promise<void> {
  await page.evaluate(
    ([sel, trainerSel]) => {
      const w = window as unknown as { seen: Seen[]; watching: boolean };
      const nodes = new WeakMap<Element, number>();
      let count = 0;
      w.seen = [];
      w.watching = true;
      const frame = () => {
        const svg = document.querySelector(`${sel} [data-figure-panel] svg[role="img"]`);
        if (svg) {
          if (!nodes.has(svg)) nodes.set(svg, ++count);
          const d = svg.querySelector('g[data-mark="line"] path')?.getAttribute('d') ?? null;
          const running = document.querySelector(trainerSel)?.getAttribute('data-state') === 'running';
          const last = w.seen[w.seen.length - 1];
          if (!last || last.node !== nodes.get(svg) || last.d !== d || last.running !== running) w.seen.push({ node: nodes.get(svg)!, d, running });
        }
        if (w.watching) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    [figure, trainer] as const,
  );
}

async function stopWatching(page: Page): Promise<Seen[]> {
  return page.evaluate(() => {
    const w = window as unknown as { seen: Seen[]; watching: boolean };
    w.watching = false;
    return w.seen;
  });
}

/** Nodes that showed two or more paths while the run trained: charts moved in place. */
function movedInPlace(seen: Seen[]): number[] {
  const paths = new Map<number, Set<string | null>>();
  for (const s of seen.filter((s) => s.running)) paths.set(s.node, (paths.get(s.node) ?? new Set()).add(s.d));
  return [...paths].filter(([, ds]) => ds.size >= 2).map(([node]) => node);
}

/** An element as tag, sorted attributes and children (text as it is), to compare across DOMs. */
interface MarkupTree {
  tag: string;
  attributes: [string, string][];
  children: (MarkupTree | string)[];
}

/** Runs in the page too: self-contained. */
function markupTree(root: Element): MarkupTree {
  const walk = (el: Element): MarkupTree => ({
    tag: el.tagName.toLowerCase(),
    attributes: Array.from(el.attributes, (a): [string, string] => [a.name, a.value]).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    children: Array.from(el.childNodes).flatMap((n): (MarkupTree | string)[] => (n.nodeType === 1 ? [walk(n as Element)] : n.nodeType === 3 ? [n.textContent ?? ''] : [])),
  });
  return walk(root);
}

/** The drawing in a figure's panel, the size and description id Plot drew it with, and the prefix of its ids (clip paths). */
async function drawing(panel: Locator): Promise<{ tree: MarkupTree; width: number; height: number; describedBy: string; idPrefix?: string }> {
  const tree = await panel.locator(':scope > *').evaluate(markupTree);
  const svg = panel.locator('svg[role="img"]');
  const id = await svg.evaluate((el) => el.querySelector('[id]')?.id ?? '');
  return {
    tree,
    width: Number(await svg.getAttribute('width')),
    height: Number(await svg.getAttribute('height')),
    describedBy: (await svg.getAttribute('aria-describedby')) ?? '',
    ...(id ? { idPrefix: id.replace(/-plot-.*$/, '') } : {}),
  };
}

/** The same drawing made in Node, the way the build makes the static figures (with the page's id prefix). */
function drawnInNode(options: Parameters<typeof renderFigure>[0], describedBy: string, idPrefix?: string): MarkupTree {
  return markupTree(renderFigure(options, { document: serverDocument(), describedBy, ...(idPrefix ? { idPrefix } : {}) }) as unknown as Element);
}

describe('live figures moved in place while a run trains', () => {
  const TRAINER = 'demo-trainer[experiment="blobs4"]';
  const LOSS = `${TRAINER} demo-loss-curves[metric="loss"]`;

  it('four blobs: the loss chart keeps its node while its lines move, ends as a whole drawing of the run, and serves the next run', async () => {
    await withDemoPage(browser, 'lesson/four-blobs/', `${TRAINER}[data-ready="true"]`, async (_visit, page) => {
      // Enough epochs for many redraws (at most one every 100 ms) between the run's first and last.
      await page.fill(`${TRAINER} input[data-knob="epochs"]`, '80');
      await denseScreen(page);
      await page.locator(LOSS).scrollIntoViewIfNeeded();
      await watchChart(page, LOSS, TRAINER);
      await train(page, TRAINER);
      const description = page.locator(`${LOSS} [data-figure-description]`);
      await expect.poll(() => description.textContent(), { timeout: 15_000 }).toMatch(/^After 80 epochs the loss \(cross-entropy\) is training [\d.]+, validation [\d.]+\. A dashed rule marks the lesson: [\d.]+\.$/);
      const seen = await stopWatching(page);

      const moved = movedInPlace(seen);
      expect(moved.length, JSON.stringify(seen.map((s) => [s.node, s.running]))).toBeGreaterThan(0);
      // Plot drew far fewer charts than the paths shown.
      const nodes = new Set(seen.map((s) => s.node));
      const paths = new Set(seen.map((s) => s.d));
      expect(nodes.size).toBeLessThan(paths.size);
      const final = seen[seen.length - 1]!;
      expect(final.running).toBe(false);

      // What the run leaves is a whole drawing of it, moved in place or drawn by Plot.
      const expectWholeDrawing = async () => {
        const run = await page.evaluate((sel) => {
          const trainer = document.querySelector(sel) as HTMLElement & {
            store: { last: { history: EpochMetrics[]; settings: { epochs: number } }; config: { lesson?: { loss?: number } } };
          };
          return { history: trainer.store.last.history, epochs: trainer.store.last.settings.epochs, lesson: trainer.store.config.lesson?.loss };
        }, TRAINER);
        expect(run.history).toHaveLength(80);
        const shown = await drawing(page.locator(`${LOSS} [data-figure-panel]`));
        const options = lossCurves({
          history: run.history,
          metric: 'loss',
          epochs: run.epochs,
          width: shown.width,
          height: shown.height,
          ...(run.lesson !== undefined ? { reference: { value: run.lesson, label: 'lesson' } } : {}),
        });
        expect(shown.tree).toEqual(drawnInNode(options, shown.describedBy));
        expect(await description.textContent()).toBe(options.ariaDescription);
      };
      await expectWholeDrawing();

      // A second run with the same settings fits the chart on show: Plot draws no chart at all.
      await watchChart(page, LOSS, TRAINER);
      await train(page, TRAINER);
      // The run's last drawing comes a frame after its results: the dots of all 80 epochs.
      const dots = page.locator(`${LOSS} [data-figure-panel] g[data-mark="dot"] > path`).first();
      await expect.poll(() => dots.getAttribute('data-points'), { timeout: 15_000 }).toBe('80');
      const again = await stopWatching(page);
      expect(new Set(again.map((s) => s.node)).size, JSON.stringify(again.map((s) => [s.node, s.running]))).toBe(1);
      expect(new Set(again.map((s) => s.d)).size).toBeGreaterThan(2);
      await expectWholeDrawing();
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it("four blobs: a first run with the lesson's settings moves the build-time chart, and Plot draws none", async () => {
    await withDemoPage(browser, 'lesson/four-blobs/', `${TRAINER}[data-ready="true"]`, async (_visit, page) => {
      const panel = page.locator(`${LOSS} [data-figure-panel]`);
      await page.locator(LOSS).scrollIntoViewIfNeeded();
      const built = await drawing(panel);
      expect(built.width).toBe(640);
      await panel.locator('svg[role="img"]').evaluate((svg) => ((window as unknown as { built: Element }).built = svg));
      await watchChart(page, LOSS, TRAINER);
      await train(page, TRAINER);
      const seen = await stopWatching(page);
      expect(new Set(seen.map((s) => s.node)).size, JSON.stringify(seen.map((s) => [s.node, s.running]))).toBe(1);
      expect(await panel.locator('svg[role="img"]').evaluate((svg) => svg === (window as unknown as { built: Element }).built)).toBe(true);

      // The build's chart, its line and dot paths those of this run as lossCurvePaths computes them.
      const run = await page.evaluate((sel) => {
        const trainer = document.querySelector(sel) as HTMLElement & {
          store: { last: { history: EpochMetrics[]; settings: { epochs: number } }; config: { lesson?: { loss?: number } } };
        };
        return { history: trainer.store.last.history, epochs: trainer.store.last.settings.epochs, lesson: trainer.store.config.lesson?.loss };
      }, TRAINER);
      const options = {
        history: run.history,
        metric: 'loss' as const,
        epochs: run.epochs,
        ...(run.lesson !== undefined ? { reference: { value: run.lesson, label: 'lesson' } } : {}),
      };
      // The run's last drawing comes a frame after its results: the dots of all its epochs.
      const dots = panel.locator('g[data-mark="dot"] > path').first();
      await expect.poll(() => dots.getAttribute('data-points'), { timeout: 15_000 }).toBe(String(run.history.length));
      const paths = lossCurvePaths(options)!;
      const expected = [...paths.lines.map((d) => ({ d })), ...paths.dots.map(({ d, count }) => ({ d, 'data-points': String(count) }))];
      let next = 0;
      const withPaths = (t: MarkupTree, mark?: string): MarkupTree => {
        const own = t.attributes.find(([name]) => name === 'data-mark')?.[1] ?? mark;
        const moved = t.tag === 'path' && (own === 'line' || own === 'dot') ? expected[next++] : undefined;
        return {
          ...t,
          attributes: t.attributes.map(([name, value]): [string, string] => [name, moved && name in moved ? moved[name as keyof typeof moved]! : value]),
          children: t.children.map((c) => (typeof c === 'string' ? c : withPaths(c, own))),
        };
      };
      const want = withPaths(built.tree);
      expect(next).toBe(expected.length);
      expect((await drawing(panel)).tree).toEqual(want);
      expect(await page.locator(`${LOSS} [data-figure-description]`).textContent()).toBe(lossCurves(options).ariaDescription);
    });
  });

  it("sine: a loss that climbs before it falls fills the build-time chart's axis, in the first run and the next", async () => {
    const SINE = 'demo-trainer[experiment="sine"]';
    const SINE_LOSS = `${SINE} demo-loss-curves`;
    await withDemoPage(browser, 'lesson/regression/', `${SINE}[data-ready="true"]`, async (_visit, page) => {
      const panel = page.locator(`${SINE_LOSS} [data-figure-panel]`);
      await page.locator(SINE_LOSS).scrollIntoViewIfNeeded();
      const axis = () => panel.locator('svg[role="img"] g[data-mark="y-axis tick label"] text').allTextContents();
      const built = await axis();
      expect(built.at(-1)).toBe('4.0');
      for (const round of [1, 2]) {
        await watchChart(page, SINE_LOSS, SINE);
        await train(page, SINE);
        const dots = panel.locator('g[data-mark="dot"] > path').first();
        await expect.poll(() => dots.getAttribute('data-points'), { timeout: 15_000 }).toBe('300');
        const seen = await stopWatching(page);
        // One chart all along, its lines moved, and the axis of the build's run of these settings.
        expect(new Set(seen.map((s) => s.node)).size, `run ${round}: ${JSON.stringify(seen.map((s) => [s.node, s.running]))}`).toBe(1);
        expect(movedInPlace(seen)).toHaveLength(1);
        expect(await axis()).toEqual(built);
      }
      // The run's loss did climb past the axis its first epochs alone would have had.
      const losses = await page.evaluate((sel) => {
        const trainer = document.querySelector(sel) as HTMLElement & { store: { last: { history: { loss: number }[] } } };
        return trainer.store.last.history.map((e) => e.loss);
      }, SINE);
      expect(Math.max(...losses)).toBeGreaterThan(4 * losses[0]!);
    });
  });

  it("regression: a run on the lesson's data moves the build-time fit's lines over its dots, and Reset brings the build's back", async () => {
    const TRAINER = '#regression-trainer';
    const FIT = 'regression-fit[experiment="regression"]';
    await withDemoPage(browser, 'lesson/regression/', `${FIT}[data-ready="true"]`, async (_visit, page) => {
      const panel = page.locator(`${FIT} [data-figure-panel]`);
      await page.locator(FIT).scrollIntoViewIfNeeded();
      const built = await drawing(panel);
      expect(built.width).toBe(640);
      const line = () => panel.locator('g[data-mark="line"] path').first().getAttribute('d');
      const builtLine = await line();
      const dots = () => panel.locator('svg[role="img"]').evaluate((svg) => Array.from(svg.querySelectorAll('g[data-mark="dot"] path'), (p) => p.getAttribute('d')).join(' '));
      const builtDots = await dots();
      expect(builtDots).toBeTruthy();
      await panel.locator('svg[role="img"]').evaluate((svg) => ((window as unknown as { built: Element }).built = svg));
      await watchChart(page, FIT, TRAINER);
      await train(page, TRAINER);
      const description = page.locator(`${FIT} [data-figure-description]`);
      await expect.poll(() => description.textContent(), { timeout: 15_000 }).toMatch(/^After 100 epochs\. /);
      const seen = await stopWatching(page);
      // One chart throughout, the build's: its lines moved, its dots (the data) as they were.
      expect(new Set(seen.map((s) => s.node)).size, JSON.stringify(seen.map((s) => [s.node, s.running]))).toBe(1);
      expect(await panel.locator('svg[role="img"]').evaluate((svg) => svg === (window as unknown as { built: Element }).built)).toBe(true);
      expect(await line()).not.toBe(builtLine);
      expect(await dots()).toBe(builtDots);
      expect(await page.locator(`${FIT} [data-figure]`).getAttribute('data-live')).toBe('true');

      await page.locator(`${TRAINER} button[data-action="reset"]`).click();
      await expect.poll(() => page.locator(`${FIT} [data-figure]`).getAttribute('data-live')).toBeNull();
      expect((await drawing(panel)).tree).toEqual(built.tree);
    });
  });

  it('regression: the fit keeps its chart while its curve moves, and its last curve is the one Plot draws', async () => {
    const TRAINER = '#regression-trainer';
    const FIT = 'regression-fit[experiment="regression"]';
    await withDemoPage(browser, 'lesson/regression/', `${FIT}[data-ready="true"]`, async (_visit, page) => {
      // The most epochs allowed, on 10,000 points instead of 1,000: a run of about a second here
      // (the lesson's takes a tenth of that), long enough for the fit to be redrawn many times.
      await denseScreen(page);
      await page.locator('#regression-data-points').fill('10000');
      await page.locator('#regression-data-points').press('Enter');
      await page.locator('#regression-trainer-epochs').fill('500');
      await page.locator(FIT).scrollIntoViewIfNeeded();
      await watchChart(page, FIT, TRAINER);
      await train(page, TRAINER);
      const description = page.locator(`${FIT} [data-figure-description]`);
      await expect.poll(() => description.textContent(), { timeout: 15_000 }).toMatch(/^After 500 epochs\. /);
      const seen = await stopWatching(page);
      expect(movedInPlace(seen).length, JSON.stringify(seen.map((s) => [s.node, s.running]))).toBeGreaterThan(0);

      const run = await page.evaluate((sel) => {
        const trainer = document.querySelector(sel) as HTMLElement & {
          store: { last: { data: { all: { X: number[][]; y: number[]; split: Split[] } } }; livePredictions(): { curve: { x: number[]; y: number[] } } };
        };
        const { X, y, split } = trainer.store.last.data.all;
        return { x: X.map((r) => r[0]!), y, split, curve: trainer.store.livePredictions().curve };
      }, TRAINER);
      const shown = await drawing(page.locator(`${FIT} [data-figure-panel]`));
      const options = regressionFit({ ...run, width: shown.width, height: shown.height });
      // The clipped prediction's clip path is the one id of the chart.
      expect(shown.idPrefix).toMatch(/^live-\d+$/);
      expect(shown.tree).toEqual(drawnInNode(options, shown.describedBy, shown.idPrefix));
      expect(await description.textContent()).toBe(`After 500 epochs. ${options.ariaDescription}`);
    });
  });
});
