/**
 * The regression demo on its lesson page, in Chromium: the data knobs (good and refused
 * values), a run with the lesson's settings that reaches the lesson's test MSE and draws the
 * fitted curve, a long run stopped midway with the curve redrawn every epoch, Reset back to a
 * clean URL and the build's figure, an absurd learning rate (which this bounded model survives),
 * no tensor left behind after two runs, and the static figures with JavaScript off.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile } from './support/browserForFile';
import { linePoints } from './support/linePoints';
import { trainUntil, workerMemory } from './support/trainer';
import { visitForBlock } from './support/visitForBlock';
import { withoutJavaScript } from './support/withoutJavaScript';
import { countPoints, DOT_SHAPES } from '../support/drawnDots';

const PAGE = 'lesson/regression/';
const TRAINER = '#regression-trainer';
const DATA = 'regression-data';
const FIT = 'regression-fit[experiment="regression"]';
const LESSON_MSE = 0.0117;

const browser = browserForFile();

/** The regression's query parameters in the page's URL. */
function regressionParams(page: Page): string[] {
  return [...new URL(page.url()).searchParams.keys()].filter((k) => k.startsWith('regression.'));
}

/** Number of points drawn in a panel of a figure (the shapes of its dot marks). */
async function dots(page: Page, figure: string, panel: number): Promise<number> {
  return page
    .locator(`[data-figure="${figure}"] [data-figure-panel]`)
    .nth(panel)
    .locator(DOT_SHAPES)
    .evaluateAll(countPoints);
}

/** The fit report: each row's raw value (data-value) and shown text. */
async function report(page: Page) {
  return page.evaluate((fit) => {
    const row = (key: string) => {
      const tr = document.querySelector<HTMLElement>(`${fit} [data-report-row="${key}"]`)!;
      return { value: tr.dataset.value === undefined ? undefined : Number(tr.dataset.value), text: tr.querySelector('td')!.textContent!.trim() };
    };
    return {
      train: row('train'),
      test: row('test'),
      lesson: row('lesson'),
      floor: row('floor'),
      weights: row('weights').text,
      status: document.querySelector(`${fit} [data-report-status]`)!.textContent!.trim(),
      verdict: document.querySelector(`${fit} [data-report-verdict]`)!.textContent!.trim(),
    };
  }, FIT);
}

/** The model's curve in the fit figure: the first line mark's path, as a list of points. */
const fittedCurve = (page: Page) => linePoints(page, FIT);

/**
 * Brings the fit figure into view: figures off screen skip their redraws until scrolled to, and
 * the first redraw waits for the figure code (Plot), which loads then.
 */
async function showFit(page: Page): Promise<void> {
  await page.locator(FIT).scrollIntoViewIfNeeded();
}

/** Waits for a redraw that may be the page's first, so the figure code is still arriving. */
const REDRAW = { timeout: 15_000 };

async function setField(page: Page, id: string, text: string): Promise<void> {
  await page.locator(`#${id}`).fill(text);
}

const train = (page: Page, state?: string) => trainUntil(page, TRAINER, state);

async function reset(page: Page): Promise<void> {
  await page.locator(`${TRAINER} [data-action="reset"]`).click();
  await expect.poll(() => regressionParams(page)).toEqual([]);
}

describe('regression demo', () => {
  const demo = visitForBlock(browser, PAGE, [TRAINER, DATA, FIT]);

  afterAll(() => {
    expect(demo.visit.badResponses, 'failed responses').toEqual([]);
  });

  it('shows the lesson data: 1000 points, split 800 / 200', async () => {
    const { page } = demo;
    expect(await dots(page, 'regression-data', 0)).toBe(1000);
    const panel = page.locator('[data-figure="regression-data"] [data-figure-panel]').nth(1);
    const [trainDots, testDots] = await Promise.all(
      [0, 1].map((i) => panel.locator('g[data-mark="dot"]').nth(i).locator(':not(g)').evaluateAll(countPoints)),
    );
    expect([trainDots, testDots]).toEqual([800, 200]);
    expect(await page.locator('#regression-data-points').inputValue()).toBe('1000');
    expect(await page.locator('#regression-data-noise').inputValue()).toBe('0.1');
    expect(await page.locator('#regression-data-dataSeed').inputValue()).toBe('42');
  });

  it('refuses bad data settings beside the field and keeps the last good data', async () => {
    const { page } = demo;
    const cases: [string, string, RegExp][] = [
      ['regression-data-noise', '-1', /negative/],
      ['regression-data-points', 'abc', /not a number/],
      ['regression-data-points', '1e9', /too large/],
    ];
    for (const [id, text, problem] of cases) {
      await setField(page, id, text);
      const message = page.locator(`#${id}-message`);
      await expect.poll(() => message.textContent()).toMatch(problem);
      expect(await message.textContent()).toMatch(/Still using (0\.1|1000)\./);
      expect(await page.locator(`#${id}`).getAttribute('aria-invalid')).toBe('true');
      expect(await message.isVisible()).toBe(true);
    }
    expect(regressionParams(page)).toEqual([]);
    expect(await dots(page, 'regression-data', 0)).toBe(1000);
    expect((await report(page)).floor.text).toBe('0.01');

    // Good values apply at once: fewer points, more noise, and the floor follows the noise.
    await setField(page, 'regression-data-points', '200');
    await setField(page, 'regression-data-noise', '0.3');
    await expect.poll(() => dots(page, 'regression-data', 0)).toBe(200);
    expect(await page.locator('#regression-data-points-message').textContent()).toBe('');
    expect(await page.locator('#regression-data-points').getAttribute('aria-invalid')).toBeNull();
    expect(new URL(page.url()).searchParams.get('regression.points')).toBe('200');
    await expect.poll(async () => (await report(page)).floor.value).toBeCloseTo(0.09, 10);
    // The fit figure now shows these data, untrained.
    await showFit(page);
    await expect.poll(() => page.locator(`${FIT} .static-figure__caption`).textContent(), REDRAW).toMatch(/before your model is trained/);
    await expect.poll(() => dots(page, 'regression-fit', 0)).toBe(200);
    await reset(page);
    await page.locator(DATA).scrollIntoViewIfNeeded();
    await expect.poll(() => dots(page, 'regression-data', 0)).toBe(1000);
    expect(await page.locator('#regression-data-points').inputValue()).toBe('1000');
    expect(await page.locator('#regression-data-noise-message').textContent()).toBe('');
  });

  it('trains with the lesson settings to the lesson’s test MSE and draws the fitted curve', async () => {
    const { page } = demo;
    await train(page);
    const r = await report(page);
    expect(r.test.value).toBeLessThanOrEqual(LESSON_MSE);
    expect(r.test.text).toBe(formatLike(r.test.value!));
    expect(r.train.value).toBeGreaterThan(0.005);
    expect(r.train.value).toBeLessThan(0.015);
    expect(r.lesson.text).toBe('0.0117');
    expect(r.floor.text).toBe('0.01');
    expect(r.status).toBe('After 100 epochs.');
    expect(r.verdict).toMatch(/at or below the lesson’s 0\.0117/);
    expect(r.weights).toMatch(/^w = −0\.9\d\d, b = −?0\.0\d\d$/);
    // The trainer's own result agrees with the figure's table.
    const trainerLoss = Number(await page.locator(`${TRAINER} [data-result="loss"]`).getAttribute('data-value'));
    expect(trainerLoss).toBe(r.test.value);

    const figure = page.locator('[data-figure="regression-fit"]');
    await showFit(page);
    await expect.poll(() => figure.getAttribute('data-live'), REDRAW).toBe('true');
    expect(await figure.locator('.static-figure__caption').textContent()).toMatch(/your run/);
    const curve = await fittedCurve(page);
    expect(curve.length).toBeGreaterThanOrEqual(100);
    // A falling S: high on the left, low on the right (svg y grows downwards), steepest mid-way.
    expect(curve[0].y).toBeLessThan(curve[curve.length - 1].y - 100);
    for (let i = 1; i < curve.length; i++) expect(curve[i].y).toBeGreaterThanOrEqual(curve[i - 1].y - 0.5);
    expect(await page.locator('#regression-fit-description').textContent()).toMatch(/^After 100 epochs\. .*model's prediction at 200 x values/);
  });

  it('redraws the curve every epoch, stops midway, and Reset gives back the lesson and a clean URL', async () => {
    const { page } = demo;
    // 10,000 points at batch 1 make 8,000 steps an epoch: long enough to stop midway (the loop
    // runs 800-step epochs of the lesson's data in a few milliseconds), and the worker's loop
    // yields within each epoch, so the Stop message reaches it.
    await setField(page, 'regression-data-points', '10000');
    await setField(page, 'regression-trainer-batchSize', '1');
    await setField(page, 'regression-trainer-epochs', '500');
    await setField(page, 'regression-trainer-seed', '1');
    await expect
      .poll(() => regressionParams(page).sort())
      .toEqual(['regression.batchSize', 'regression.epochs', 'regression.points', 'regression.seed']);
    await page.locator(`${TRAINER} [data-action="train"]`).click();

    // Successive epochs draw successive curves.
    await showFit(page);
    const status = page.locator(`${FIT} [data-report-status]`);
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/^Epoch \d+ of 500, training\.$/);
    await expect.poll(async () => (await fittedCurve(page)).length, REDRAW).toBeGreaterThan(0);
    const first = await fittedCurve(page);
    const firstD = await page.locator(`${FIT} [data-figure-panel] g[data-mark="line"] path`).first().getAttribute('d');
    const firstEpoch = Number(/Epoch (\d+)/.exec((await status.textContent())!)![1]);
    // Two epochs later, once the figure has drawn a newer curve (it may skip epochs while a draw
    // is pending), Stop is pressed in that same frame, inside the page, because the whole run
    // takes only seconds and a round trip from the test may come too late.
    const later = await page.waitForFunction(
      ({ fit, trainer, after, before }) => {
        const epoch = Number(/Epoch (\d+)/.exec(document.querySelector(`${fit} [data-report-status]`)?.textContent ?? '')?.[1] ?? 0);
        if (epoch <= after) return false;
        const d = document.querySelector(`${fit} [data-figure-panel] g[data-mark="line"] path`)?.getAttribute('d') ?? '';
        if (d === '' || d === before) return false;
        document.querySelector<HTMLButtonElement>(`${trainer} [data-action="stop"]`)?.click();
        return d;
      },
      { fit: FIT, trainer: TRAINER, after: firstEpoch + 1, before: firstD },
      { polling: 'raf', timeout: 60_000 },
    );
    const laterPoints = [...((await later.jsonValue()) as string).matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)];
    expect(laterPoints.length).toBeGreaterThan(0);
    expect(laterPoints.map((m) => ({ x: Number(m[1]), y: Number(m[2]) }))).not.toEqual(first);

    await page.locator(`${TRAINER}[data-state="stopped"]`).waitFor({ timeout: 30_000 });
    const r = await report(page);
    const stoppedAt = /^Stopped after epoch (\d+) of 500\.$/.exec(r.status);
    expect(stoppedAt, r.status).not.toBeNull();
    expect(Number(stoppedAt![1])).toBeLessThan(500);
    expect(Number.isFinite(r.test.value)).toBe(true);

    await reset(page);
    const figure = page.locator('[data-figure="regression-fit"]');
    await expect.poll(() => figure.getAttribute('data-live')).toBeNull();
    expect(await figure.locator('.static-figure__caption').textContent()).toMatch(/this site’s seeded run after 100 epochs/);
    const back = await report(page);
    expect(back.status).toBe('After 100 epochs (this site’s seeded run).');
    expect(back.test.value).toBeLessThanOrEqual(LESSON_MSE);
    expect(await page.locator('#regression-trainer-epochs').inputValue()).toBe('100');
    expect(await page.locator('#regression-trainer-seed').inputValue()).toBe('5');
  });

  it('does not diverge at learning rate 1000: the run completes with a step-shaped curve and says how far it is', async () => {
    const { page } = demo;
    // A sigmoid's output stays in (0, 1), so the error stays finite however large the steps:
    // the weight grows until the curve is a step, and the MSE ends above the lesson's.
    await setField(page, 'regression-trainer-learningRate', '1000');
    await train(page, 'completed');
    const r = await report(page);
    expect(Number.isFinite(r.test.value)).toBe(true);
    expect(r.test.value).toBeGreaterThan(LESSON_MSE);
    expect(r.test.value).toBeLessThan(0.05);
    const w = Number(/w = (\S+),/.exec(r.weights)![1].replace('−', '-'));
    expect(Math.abs(w)).toBeGreaterThan(50);
    expect(r.verdict).toMatch(/above the lesson’s 0\.0117 and [\d.]+ times the noise floor/);
    expect(await page.locator(`${TRAINER} [data-status]`).getAttribute('data-kind')).not.toBe('problem');
    await reset(page);
  });

  it('leaves no tensor behind after two runs', async () => {
    const { page } = demo;
    const memory = () => workerMemory(page, TRAINER);
    await train(page);
    const afterOne = await memory();
    await train(page);
    const afterTwo = await memory();
    expect(afterOne.running).toBe(false);
    expect(afterTwo.running).toBe(false);
    expect(afterTwo.numTensors).toBe(afterOne.numTensors);
    await reset(page);
  });
});

describe('regression demo at 360 px', () => {
  it('redraws the fit at the column’s width so its text stays readable, and nothing overflows', async () => {
    const visit = await browser.openPage(PAGE, { viewport: { width: 360, height: 800 }, colorScheme: 'dark' });
    try {
      const page = visit.page;
      await page.locator(`${FIT}[data-ready="true"]`).waitFor();
      await showFit(page);
      const svg = page.locator('[data-figure="regression-fit"] [data-figure-panel] svg[role="img"]');
      await expect.poll(async () => Number(await svg.getAttribute('width')), REDRAW).toBeLessThan(360);
      // Still the build's run: its caption, its numbers and its curve.
      expect(await page.locator(`${FIT} .static-figure__caption`).textContent()).toMatch(/this site’s seeded run/);
      expect((await report(page)).test.value).toBeLessThanOrEqual(LESSON_MSE);
      expect((await fittedCurve(page)).length).toBeGreaterThanOrEqual(100);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(visit.consoleErrors).toEqual([]);
      expect(visit.pageErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});

/** How the report prints an MSE (three significant digits), to compare with its raw value. */
function formatLike(v: number): string {
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(v))));
  return Number(v.toFixed(digits)).toString();
}

describe('regression demo without JavaScript', () => {
  it('shows the data, the split and the fitted curve as static figures, with the run’s numbers', async () => {
    await withoutJavaScript({ chromiumPath: inject('chromiumPath'), baseUrl: inject('baseUrl') }, PAGE, async (page) => {
      expect(await page.locator(`${FIT}[data-ready]`).count()).toBe(0);
      const data = page.locator('[data-figure="regression-data"] [data-figure-panel] svg[role="img"]');
      expect(await data.count()).toBe(2);
      expect(await dots(page, 'regression-data', 0)).toBe(1000);
      expect(await page.locator('[data-figure="regression-data"] [data-figure-panel]').nth(1).locator('g[data-mark="dot"]').count()).toBe(2);
      const fit = page.locator('[data-figure="regression-fit"] svg[role="img"]');
      expect(await fit.count()).toBe(1);
      expect(await fit.locator('g[data-mark="line"]').count()).toBe(2);
      expect((await fittedCurve(page)).length).toBeGreaterThanOrEqual(100);
      const r = await report(page);
      expect(r.test.value).toBeLessThanOrEqual(LESSON_MSE);
      expect(r.floor.text).toBe('0.01');
      // The trainer's build-time MSE curves are there too.
      expect(await page.locator('[data-figure="regression-trainer-mse"] svg[role="img"]').count()).toBe(1);
      // The prose quotes the same run the figure shows.
      const prose = (await page.locator('main').textContent())!.replace(/\s+/g, ' ');
      expect(prose).toContain(`test MSE of ${r.test.value!.toFixed(4)}`);
    });
  });
});
