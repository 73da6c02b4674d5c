/**
 * The four-blobs page's demos in the built site: the trainer with the lesson's settings reaches
 * the lesson's test accuracy and draws its figures, Stop, Reset, refused inputs, a diverging run,
 * settings from the URL, a second run without leaked tensors, training kept off the page's
 * thread (the long tasks it saw are logged), and every figure present with JavaScript off.
 */
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { withoutJavaScript } from './support/withoutJavaScript';
import type { PageVisit, SiteBrowser } from './support/browser';
import { browserForFile } from './support/browserForFile';
import { heldTensors, trainToEnd } from './support/trainer';
import { withDemoPage } from './support/withDemoPage';
import { imageClasses, regionsShown, workerGridClasses } from './support/regionImage';
import { countPoints, DOT_SHAPES } from '../support/drawnDots';

const baseUrl = inject('baseUrl');
const PAGE = 'lesson/four-blobs/';
const LESSON_ACCURACY = 0.9225;
const TRAINER = 'demo-trainer[experiment="blobs4"]';

const browser = browserForFile(baseUrl);

const withDemo = (
  query: string,
  check: (visit: PageVisit, page: Page) => Promise<void>,
  options?: Parameters<SiteBrowser['openPage']>[1],
) => withDemoPage(browser, PAGE + query, `${TRAINER}[data-ready="true"]`, check, options);

const field = (name: string) => `${TRAINER} input[data-knob="${name}"]`;
const button = (name: string) => `${TRAINER} button[data-action="${name}"]`;

/** axe's violations inside the demos only (the page's prose is checked by site.test.ts). */
async function demoAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).include('.demo').analyze();
  return results.violations.map((v) => `${v.id} [${v.impact ?? 'n/a'}]: ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * Records the renderer's main thread with the DevTools timeline; `stop` returns the CPU time
 * (thread time, in ms) of each of its tasks up to the `demo-trained` mark, largest first
 * (ending the trace costs the renderer a task of its own, which is not the page's).
 */
async function startMainThreadTrace(page: Page): Promise<{ stop(): Promise<number[]> }> {
  const cdp = await page.context().newCDPSession(page);
  const events: { name: string; pid: number; tid: number; ts: number; tdur?: number; args?: { name?: string } }[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
      const end = events.find((e) => e.name === 'demo-trained')?.ts ?? Infinity;
      return events
        .filter((e) => e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`) && e.tdur !== undefined && e.ts < end)
        .map((e) => Math.round(e.tdur! / 1000))
        .sort((a, b) => b - a);
    },
  };
}

describe('four-blobs trainer', () => {
  it('loads TF.js only on Train, reaches the lesson accuracy, draws every figure and trains off the page thread', async () => {
    await withDemo('', async (visit, page) => {
      const training = () => visit.responses.filter((r) => /trainer\.worker|tfjs|TrainingSession/i.test(r.url));
      const scripts = () => training().length;
      expect(training().map((r) => r.url), 'training code fetched before Train').toEqual([]);

      // Long tasks that start between the press on Train and the moment the run reports its end.
      await page.evaluate((sel) => {
        const w = window as unknown as { longTasks: { start: number; duration: number }[]; trainedAt?: number };
        w.longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask' });
        const trainer = document.querySelector(sel)!;
        new MutationObserver(() => {
          if (trainer.getAttribute('data-state') === 'completed' && w.trainedAt === undefined) {
            w.trainedAt = performance.now();
            // The same moment in the DevTools trace.
            performance.mark('demo-trained');
          }
        }).observe(trainer, { attributes: true, attributeFilter: ['data-state'] });
      }, TRAINER);
      // The reader watches the trainer: its curves are on screen and redrawn every epoch.
      await page.locator(`${TRAINER} demo-loss-curves[metric="loss"]`).scrollIntoViewIfNeeded();
      const trace = await startMainThreadTrace(page);
      const load = loadavg()[0];
      const started = Date.now();
      expect(await trainToEnd(page, TRAINER)).toBe('completed');
      const seconds = (Date.now() - started) / 1000;
      const cpu = await trace.stop();
      const longTasks = await page.evaluate(() => {
        const w = window as unknown as { longTasks: { start: number; duration: number }[]; trainedAt: number };
        return w.longTasks.filter((t) => t.start < w.trainedAt).map((t) => Math.round(t.duration));
      });
      console.log(
        `4-blob training in the page: ${seconds.toFixed(1)} s; long tasks (wall ms): ${JSON.stringify(longTasks)}; ` +
          `busiest main-thread tasks (CPU ms): ${JSON.stringify(cpu.slice(0, 5))}; load average ${load.toFixed(1)}`,
      );
      expect(scripts(), 'training code fetched on Train').toBeGreaterThan(0);

      const accuracy = Number(await page.getAttribute(`${TRAINER} [data-result="accuracy"]`, 'data-value'));
      expect(accuracy).toBeGreaterThanOrEqual(LESSON_ACCURACY);
      expect(await page.textContent(`${TRAINER} [data-result="accuracy"]`)).toBe(accuracy.toFixed(4));
      expect(await page.textContent(`${TRAINER} [data-status]`)).toMatch(/^Done: 10 epochs/);
      expect(await page.textContent(`${TRAINER} [data-backend]`)).toMatch(/cpu backend, in a Web Worker/);
      expect(await page.textContent(`${TRAINER} [data-progress-text]`)).toBe('Finished: 10 of 10 epochs');
      expect(await page.$eval(`${TRAINER} progress`, (p) => (p as HTMLProgressElement).value)).toBe(1);

      // Every live figure shows this run once it is scrolled into view (off screen they wait).
      for (const sel of ['demo-loss-curves[metric="loss"]', 'demo-loss-curves[metric="accuracy"]', 'demo-decision-boundary', 'demo-predictions']) {
        await page.locator(sel).scrollIntoViewIfNeeded();
        await page.waitForSelector(`${sel} [data-figure][data-live="true"]`);
      }
      await page.waitForFunction(() => document.querySelectorAll('demo-predictions [data-figure-panel] svg[role="img"]').length === 2);
      expect(await page.textContent('demo-predictions [data-status]')).toMatch(/^Shown: your run, with \d+ of 800 test points wrong\.$/);
      expect(await page.textContent('demo-decision-boundary [data-status]')).toBe('Shown: your run, after training.');
      const curves = await page.locator('demo-loss-curves[metric="loss"] svg[role="img"] path').count();
      // The regions are one image of the run's grid classes (the build-time rects are gone), one class a cell.
      const regions = await regionsShown(page, 'demo-decision-boundary');
      expect(regions).toMatchObject({ images: 1, rectGroups: 0 });
      const shownClasses = await imageClasses(page, regions.href, 100);
      expect(shownClasses).toEqual(await workerGridClasses(page, TRAINER));
      expect(new Set(shownClasses)).toEqual(new Set([0, 1, 2, 3]));
      const boundaryDots = await page.locator(`demo-decision-boundary svg[role="img"] ${DOT_SHAPES}`).evaluateAll(countPoints);
      const predictionDots = await page.locator(`demo-predictions [data-figure-panel] svg[role="img"] ${DOT_SHAPES}`).evaluateAll(countPoints);
      expect(curves).toBeGreaterThan(0);
      expect(boundaryDots).toBe(800);
      // Both panels draw the 800 test points; the misclassified ones also get a ring.
      expect(predictionDots).toBeGreaterThanOrEqual(1600);

      // The weights download is a JSON file of this run.
      const href = await page.getAttribute(`${TRAINER} a[data-export="weights"]`, 'href');
      expect(href).toMatch(/^blob:/);
      const json = await page.evaluate(async (url) => (await fetch(url!)).json(), href);
      expect(json.layers[0].kernel.shape).toEqual([2, 4]);
      expect(json.test.accuracy).toBe(accuracy);

      // The page's thread stays free because TF.js never runs on it: the worker bundle was
      // fetched and the main-thread fallback (trainerHost, which carries TF.js) never was.
      // How long the page's tasks took is a figure for the log and for `npm run bench`, not a
      // pass/fail check: on a shared machine their length is noise.
      const fetched = visit.responses.map((r) => new URL(r.url).pathname);
      expect(fetched.filter((p) => /trainer\.worker-[\w-]+\.js$/.test(p)), 'the training worker').toHaveLength(1);
      expect(fetched.filter((p) => /trainerHost\.[\w-]+\.js$/.test(p)), 'TF.js loaded into the page itself').toEqual([]);
      expect(await page.evaluate(() => 'tf' in window)).toBe(false);
    });
  });

  it('stops mid-run, trains again, and holds no more tensors after two runs than before', async () => {
    await withDemo('', async (_visit, page) => {
      const before = await heldTensors(page, TRAINER);
      await page.fill(field('epochs'), '200');
      await page.click(button('train'));
      await page.waitForFunction((sel) => /Epoch \d+ of 200(, step| done)/.test(document.querySelector(`${sel} [data-progress-text]`)?.textContent ?? ''), TRAINER);
      await page.click(button('stop'));
      await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'stopped', TRAINER);
      expect(await page.textContent(`${TRAINER} [data-status]`)).toMatch(/^Stopped after \d+ of 200 epochs/);
      expect(await page.isDisabled(button('train'))).toBe(false);
      expect(await page.isDisabled(button('stop'))).toBe(true);

      await page.fill(field('epochs'), '2');
      expect(await trainToEnd(page, TRAINER)).toBe('completed');
      expect(await page.textContent(`${TRAINER} [data-progress-text]`)).toBe('Finished: 2 of 2 epochs');
      expect(await heldTensors(page, TRAINER)).toBe(before);
    });
  });

  it('refuses bad values next to the control, keeps the last good one and disables Train', async () => {
    await withDemo('', async (_visit, page) => {
      const message = `${TRAINER} [data-knob-message="batchSize"]`;
      for (const bad of ['0', 'abc', '1e9', '', '2.5', '-4']) {
        await page.fill(field('batchSize'), bad);
        expect(await page.textContent(message), `message for "${bad}"`).toMatch(/Batch size must be a whole number between 1 and 4096\. Still using 4\./);
        expect(await page.getAttribute(field('batchSize'), 'aria-invalid')).toBe('true');
        expect(await page.getAttribute(field('batchSize'), 'aria-describedby')).toContain(`blobs4-trainer-batchSize-message`);
        expect(await page.isDisabled(button('train'))).toBe(true);
        expect(new URL(page.url()).search).toBe('');
      }
      await page.fill(field('batchSize'), '8');
      expect(await page.textContent(message)).toBe('');
      expect(await page.isDisabled(button('train'))).toBe(false);
      expect(new URL(page.url()).searchParams.get('blobs4.batchSize')).toBe('8');

      // Reset: the lesson's values and a clean address.
      await page.fill(field('learningRate'), '0.5');
      await page.click(button('reset'));
      expect(new URL(page.url()).search).toBe('');
      expect(await page.inputValue(field('batchSize'))).toBe('4');
      expect(await page.inputValue(field('learningRate'))).toBe('0.01');
    });
  });

  it('reads valid settings from the link and ignores hostile ones with a notice', async () => {
    const query = `?blobs4.learningRate=0.1&blobs4.batchSize=abc&blobs4.evil=${encodeURIComponent('<img src=x onerror=alert(1)>')}&other=1`;
    await withDemo(query, async (_visit, page) => {
      expect(await page.inputValue(field('learningRate'))).toBe('0.1');
      expect(await page.inputValue(field('batchSize'))).toBe('4');
      const notice = (await page.textContent(`${TRAINER} [data-notices]`)) ?? '';
      expect(notice).toContain('blobs4.batchSize');
      expect(notice).toContain('blobs4.evil');
      expect(await page.$$eval('img[src="x"]', (imgs) => imgs.length)).toBe(0);
      await page.click(button('reset'));
      // Reset clears this demo's parameters and keeps the rest of the address.
      expect(new URL(page.url()).search).toBe('?other=1');
      expect(await page.textContent(`${TRAINER} [data-notices]`)).toBe('');
    });
  });

  it('says why a run with learning rate 100 stopped and what to try', async () => {
    await withDemo('?blobs4.learningRate=100', async (_visit, page) => {
      expect(await trainToEnd(page, TRAINER)).toBe('diverged');
      const status = (await page.textContent(`${TRAINER} [data-status]`)) ?? '';
      expect(status).toMatch(/diverged/);
      expect(status).toMatch(/smaller learning rate/);
      expect(await page.getAttribute(`${TRAINER} [data-status]`, 'data-kind')).toBe('problem');
      expect(await page.getAttribute(`${TRAINER} a[data-export="weights"]`, 'href')).toBeNull();
    });
  });
});

describe('four-blobs data and predictions', () => {
  it('redraws the data when a knob changes, with the one-hot table following', async () => {
    await withDemo('', async (_visit, page) => {
      await page.fill('demo-blobs input[data-knob="centers"]', '3');
      await page.waitForSelector('demo-blobs [data-figure][data-live="true"]');
      const legend = await page.$$eval('demo-blobs [data-figure-panel] [class*="-swatches"] span', (s) => s.map((e) => e.textContent));
      expect(legend.filter((t) => t?.startsWith('class '))).toEqual(['class 0', 'class 1', 'class 2']);
      const vectors = await page.$$eval('demo-blobs [data-one-hot] tbody tr td:nth-child(2)', (c) => c.map((e) => e.textContent));
      expect(vectors.length).toBe(5);
      for (const v of vectors) expect(v?.split(' ').length).toBe(3);
      expect(new URL(page.url()).searchParams.get('blobs4.centers')).toBe('3');
      await page.fill('demo-blobs input[data-knob="centers"]', '99');
      expect(await page.textContent('demo-blobs [data-knob-message="centers"]')).toMatch(/Still using 3/);
    });
  });

  it('trains on the data the knobs made', async () => {
    await withDemo('?blobs4.epochs=3', async (_visit, page) => {
      await page.fill('demo-blobs input[data-knob="centers"]', '3');
      await page.fill('demo-blobs input[data-knob="samples"]', '600');
      expect(await trainToEnd(page, TRAINER)).toBe('completed');
      const json = await page.evaluate(async (sel) => {
        const href = document.querySelector(`${sel} a[data-export="weights"]`)!.getAttribute('href')!;
        return (await fetch(href)).json();
      }, TRAINER);
      // Three outputs now, and the settings of the run travel with the weights.
      expect(json.layers[0].kernel.shape).toEqual([2, 3]);
      expect(json.settings).toMatchObject({ centers: 3, samples: 600, epochs: 3 });
      await page.locator('demo-predictions').scrollIntoViewIfNeeded();
      await page.waitForSelector('demo-predictions [data-figure][data-live="true"]');
      expect(await page.textContent('demo-predictions [data-status]')).toMatch(/of 120 test points wrong/);
      const csv = await page.evaluate(async (sel) => {
        const link = document.querySelector(`${sel} a[data-export="data"]`) as HTMLAnchorElement;
        link.addEventListener('click', (e) => e.preventDefault(), { once: true });
        link.click();
        return (await fetch(link.href)).text();
      }, TRAINER);
      const lines = csv.trim().split('\n');
      expect(lines[0]).toBe('x0,x1,label,split');
      expect(lines).toHaveLength(601);
    });
  });

  it('shows the probabilities of a test point chosen by number', async () => {
    await withDemo('', async (_visit, page) => {
      await page.fill('demo-predictions input[data-pick]', '5');
      const first = await page.$$eval('demo-predictions [data-probabilities] tbody tr:first-child td', (c) => c.map((e) => e.textContent ?? ''));
      expect(first[0]).toBe('5');
      expect(first[1]).toBe('your choice');
      const p = first.slice(6).map(Number);
      expect(p.length).toBe(4);
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
      // The chosen point is ringed in both panels, where the point itself is drawn.
      const rings = await page.$$eval('demo-predictions [data-picked-mark]', (r) => r.length);
      expect(rings).toBe(2);
      // Clicking a point picks it: click the ring's centre in the left panel. Blob points can lie
      // within a pixel of each other and a click lands on whole pixels, so the picked point is
      // the one under the click: its ring is drawn where the click was.
      const panel = page.locator('demo-predictions [data-figure-panel]').first();
      const ring = (await panel.locator('[data-picked-mark]').boundingBox())!;
      const before = (await panel.boundingBox())!;
      await page.fill('demo-predictions input[data-pick]', '');
      await panel.scrollIntoViewIfNeeded();
      const after = (await panel.boundingBox())!;
      const click = { x: after.x + ring.x - before.x + ring.width / 2, y: after.y + ring.y - before.y + ring.height / 2 };
      await page.mouse.click(click.x, click.y);
      expect(await page.inputValue('demo-predictions input[data-pick]')).toMatch(/^\d+$/);
      const picked = (await panel.locator('[data-picked-mark]').boundingBox())!;
      const centre = { x: picked.x + picked.width / 2, y: picked.y + picked.height / 2 };
      expect(Math.hypot(centre.x - click.x, centre.y - click.y), 'picked point is under the click').toBeLessThan(3);
      await page.fill('demo-predictions input[data-pick]', '800');
      expect(await page.textContent('demo-predictions [data-pick-message]')).toMatch(/too large/);
    });
  });
});

describe('four-blobs accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations with a refused value and after a run (${colorScheme}, 360 px)`, async () => {
      await withDemo(
        '?blobs4.epochs=2',
        async (_visit, page) => {
          await page.fill(field('batchSize'), 'abc');
          expect(await demoAxeViolations(page)).toEqual([]);
          await page.fill(field('batchSize'), '4');
          expect(await trainToEnd(page, TRAINER)).toBe('completed');
          for (const sel of ['demo-decision-boundary', 'demo-predictions']) {
            await page.locator(sel).scrollIntoViewIfNeeded();
            await page.waitForSelector(`${sel} [data-figure][data-live="true"]`);
          }
          expect(await demoAxeViolations(page)).toEqual([]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, 'sideways scrolling at 360 px').toBeLessThanOrEqual(0);
        },
        { colorScheme, viewport: { width: 360, height: 740 }, waitUntil: 'load' },
      );
    });
  }

  it('is usable from the keyboard: Tab reaches the knobs and Train, Enter starts a run', async () => {
    await withDemo('?blobs4.epochs=1', async (_visit, page) => {
      await page.focus(field('seed'));
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('train');
      await page.keyboard.press('Enter');
      await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'completed', TRAINER);
      // Focus went to Stop while the run went, and back to Train when it ended.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('train');
    });
  });
});

describe('four-blobs with JavaScript off', () => {
  it('shows every figure as a static SVG with its description', async () => {
    await withoutJavaScript({ chromiumPath: inject('chromiumPath'), baseUrl }, PAGE, async (page) => {
      const figures = await page.$$eval('[data-figure]', (els) =>
        els.map((f) => ({
          id: f.getAttribute('data-figure'),
          svgs: f.querySelectorAll('[data-figure-panel] svg[role="img"]').length,
          marks: f.querySelectorAll('[data-figure-panel] svg[role="img"] circle, [data-figure-panel] svg[role="img"] path, [data-figure-panel] svg[role="img"] rect').length,
          description: f.querySelector('[data-figure-description]')?.textContent?.trim() ?? '',
        })),
      );
      const ids = figures.map((f) => f.id);
      for (const id of ['blobs4-blobs-scatter', 'blobs4-trainer-loss', 'blobs4-trainer-accuracy', 'blobs4-predictions-figure', 'blobs4-boundary-figure']) {
        expect(ids).toContain(id);
      }
      for (const f of figures) {
        expect(f.svgs, f.id ?? '').toBeGreaterThan(0);
        expect(f.marks, f.id ?? '').toBeGreaterThan(0);
        expect(f.description.length, f.id ?? '').toBeGreaterThan(20);
      }
      expect(figures.find((f) => f.id === 'blobs4-predictions-figure')?.svgs).toBe(2);
      // The build-time run's results are on the page too.
      const accuracy = Number(await page.textContent(`${TRAINER} [data-result="accuracy"]`));
      expect(accuracy).toBeGreaterThanOrEqual(LESSON_ACCURACY);
      expect(await page.isVisible(`${TRAINER} [data-no-js]`)).toBe(true);
    });
  });
});
