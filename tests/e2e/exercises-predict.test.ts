/**
 * The predict exercises of the softmax page in Chromium: a guess first, then Run it trains the
 * seeded run in the training worker (TF.js arrives only then) and shows the measured value in
 * the option the library's own training pins (softmaxExercises' expected, checked by
 * predictOutcome on the value the page shows), beside the guess; a diverging run lands on its
 * option; Stop ends a run without a result; a second run holds no more tensors than the first;
 * and a finished run is shown again after a reload.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { softmaxExercises as sx } from '../../src/lib/exercises/pages/softmax';
import { predictOutcome } from '../../src/lib/exercises/predictOutcome';
import type { PageVisit } from './support/browser';
import { browserForFile } from './support/browserForFile';
import { exercise, exercisesReady, feedback, openFresh, predictOptions, runPredict } from './support/exercises';
import { expectQuiet } from './support/expectQuiet';
import { workerMemory } from './support/trainer';

const PAGE = 'lesson/softmax/';
const RUN_TIMEOUT = 150_000;

const browser = browserForFile();
let visit: PageVisit;
const workers: string[] = [];

beforeAll(async () => {
  visit = await openFresh(browser, PAGE, { waitUntil: 'networkidle' });
  visit.page.on('worker', (w) => workers.push(w.url()));
});

afterAll(async () => {
  expectQuiet(visit);
  await visit?.close();
});

/** The note beside each option, '' where there is none. */
async function notes(page: Page, id: string): Promise<string[]> {
  return page.$$eval(`${exercise(id)} .ex__options label`, (labels) =>
    labels.map((l) => (l.nextElementSibling?.classList.contains('ex__note') ? (l.nextElementSibling.textContent ?? '') : '')),
  );
}

const memory = (page: Page, id: string) => workerMemory(page, exercise(id));

describe('predict', () => {
  it('asks for a guess before it runs, and loads nothing of TF.js for that', async () => {
    const { page } = visit;
    await page.locator(`${exercise('softmax-fast')} [data-run]`).click();
    // The run's code is imported on the first click, so its answer comes a moment later.
    await expect.poll(() => feedback(page, 'softmax-fast')).toMatchObject({ verdict: 'unreadable', text: expect.stringMatching(/Pick your guess first/) });
    expect(workers).toEqual([]);
  });

  it('learning rate 1: trains in a worker and shows the measured loss in the pinned option, beside the guess', async () => {
    const { page } = visit;
    const run = sx.fastRun;
    const guess = run.expected === 0 ? 1 : 0;
    const text = await runPredict(page, 'softmax-fast', guess);
    expect(workers.length, 'a training worker started').toBeGreaterThan(0);
    const value = Number(/test loss: (\d+(?:\.\d+)?)/.exec(text)?.[1]);
    expect(Number.isFinite(value), text).toBe(true);
    // The value the page shows falls in the option the library's own run in Node lands in.
    expect(predictOutcome({ status: 'completed', test: { loss: value } }, run.metric, run.options).index).toBe(run.expected);
    expect(text).toContain(`“${run.options[run.expected]!.label}”`);
    expect(text).toContain(`You guessed “${run.options[guess]!.label}”`);
    const beside = await notes(page, 'softmax-fast');
    expect(beside[run.expected]).toMatch(/where the run landed/);
    expect(beside[guess]).toMatch(/your guess/);
    expect(await page.getAttribute(exercise('softmax-fast'), 'data-done')).toBe('true');
  });

  it('a second run holds no more tensors than the first', async () => {
    const { page } = visit;
    const first = await memory(page, 'softmax-fast');
    expect(first.running).toBe(false);
    await runPredict(page, 'softmax-fast', sx.fastRun.expected);
    expect((await feedback(page, 'softmax-fast')).text).toContain('Your guess was right.');
    const second = await memory(page, 'softmax-fast');
    expect(second.running).toBe(false);
    expect(second.numTensors).toBe(first.numTensors);
  });

  it('learning rate 100: the run diverges and lands on the diverging option', async () => {
    const { page } = visit;
    const run = sx.hugeRun;
    expect(run.options[run.expected]!.diverged).toBe(true);
    const text = await runPredict(page, 'softmax-huge', run.expected);
    expect(text).toMatch(/^The run diverged/);
    expect(text).toContain('Your guess was right.');
    expect((await notes(page, 'softmax-huge'))[run.expected]).toMatch(/your guess and where the run landed/);
  });

  it('Stop ends a run without a result, and Run it works again after', async () => {
    const { page } = visit;
    const id = 'softmax-fast';
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await exercisesReady(page);
    await predictOptions(page, id).nth(0).locator('input').check();
    await page.locator(`${exercise(id)} [data-run]`).click();
    await page.locator(`${exercise(id)} [data-stop]:not([disabled])`).click();
    await page.waitForFunction((sel) => /Stopped after/.test(document.querySelector(`${sel} [role="status"]`)?.textContent ?? ''), exercise(id), { timeout: RUN_TIMEOUT });
    expect(await page.getAttribute(exercise(id), 'data-done')).toBeNull();
    expect(await page.locator(`${exercise(id)} [data-run]`).isEnabled()).toBe(true);
  });

  it('a finished run is shown again after a reload', async () => {
    const { page } = visit;
    const text = await runPredict(page, 'softmax-fast', sx.fastRun.expected);
    await page.reload();
    await exercisesReady(page);
    await expect.poll(async () => (await feedback(page, 'softmax-fast')).text).toMatch(/^Done\. /);
    const again = (await feedback(page, 'softmax-fast')).text;
    expect(again.replace(/^Done\. /, '')).toBe(text.replace(/\s+$/, ''));
    expect(await predictOptions(page, 'softmax-fast').nth(sx.fastRun.expected).locator('input').isChecked()).toBe(true);
  });
});
