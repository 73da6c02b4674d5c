/**
 * The beyond-linear page's exercises in Chromium: the section counts its six exercises, the
 * parameter count is graded against a count worked out here, and each hidden-unit predict run
 * (the circles with one unit, the moons with two) trains in the page's worker and shows its
 * measured accuracy in the option the library's own run in Node lands in, leaving the worker
 * with no more tensors than before it ran.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beyondLinearExercises as bx } from '../../src/lib/exercises/pages/beyondLinear';
import { predictOutcome } from '../../src/lib/exercises/predictOutcome';
import type { PageVisit } from './support/browser';
import { browserForFile } from './support/browserForFile';
import { answerNumeric, exercise, feedback, openFresh, pageProgress, runPredict } from './support/exercises';
import { expectQuiet } from './support/expectQuiet';
import { heldTensors } from './support/trainer';

const PAGE = 'lesson/beyond-linear/';

const browser = browserForFile();
let visit: PageVisit;

beforeAll(async () => {
  visit = await openFresh(browser, PAGE, { waitUntil: 'networkidle' });
});

afterAll(async () => {
  expectQuiet(visit);
  await visit?.close();
});

describe('beyond-linear exercises', () => {
  it('the section has its six exercises, every kind among them, and grades the parameter count', async () => {
    const { page } = visit;
    const kinds = await page.$$eval('[data-exercise]', (els) => els.map((el) => el.getAttribute('data-exercise')));
    expect(kinds).toHaveLength(6);
    expect(new Set(kinds)).toEqual(new Set(['numeric', 'choice', 'predict', 'open']));
    expect(await pageProgress(page)).toMatch(/^0 of 6 done/);
    // Dense(8) on 2 inputs and Dense(2) on 8, each with a bias per unit, worked out here.
    const params = 2 * 8 + 8 + (8 * 2 + 2);
    await answerNumeric(page, 'beyond-linear-params', String(params - 10));
    expect((await feedback(page, 'beyond-linear-params')).verdict).toBe('wrong');
    await answerNumeric(page, 'beyond-linear-params', String(params));
    expect((await feedback(page, 'beyond-linear-params')).verdict).toBe('right');
  });

  for (const [id, run] of [
    ['beyond-linear-one-unit', bx.oneUnitRun],
    ['beyond-linear-two-units', bx.twoUnitRun],
  ] as const) {
    it(`${id}: trains in the worker, shows the accuracy in the pinned option, and leaves no tensor behind`, async () => {
      const { page } = visit;
      const before = await heldTensors(page, exercise(id));
      const guess = run.expected === 0 ? 1 : 0;
      const text = await runPredict(page, id, guess);
      const percent = Number(/test accuracy: (\d+(?:\.\d+)?)%/.exec(text)?.[1]);
      expect(Number.isFinite(percent), text).toBe(true);
      // The value the page shows falls in the option the library's own run in Node lands in.
      expect(predictOutcome({ status: 'completed', test: { loss: 0, accuracy: percent / 100 } }, run.metric, run.options).index).toBe(run.expected);
      expect(text).toContain(`“${run.options[run.expected]!.label}”`);
      expect(text).toContain(`You guessed “${run.options[guess]!.label}”`);
      expect(await page.getAttribute(exercise(id), 'data-done')).toBe('true');
      expect(await heldTensors(page, exercise(id))).toBe(before);
    });
  }
});
