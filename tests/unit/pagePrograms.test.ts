/**
 * Every lesson page's TypeScript samples, joined into the program its .ts download holds, run in
 * Node on the CPU backend (as a reader runs it: `npx tsx scripts/<page>.ts`). Each must exit
 * cleanly, print what its `// prints:` comments say, and agree with the numbers the page's prose
 * quotes, which the pages compute from the site's own build-time runs and src/lib. Samples marked
 * `standalone`, and every TypeScript sample of the guides, run on their own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { regressionSiteRun } from '../../src/lib/siteRuns/regressionSiteRun';
import { insideClassifierRun } from '../../src/lib/siteRuns/insideClassifierRun';
import { lessonRun } from '../../src/lib/siteRuns/lessonRun';
import { makeBlobs, trainTestSplit } from '../../src/lib/data';
import { blobs4 } from '../../src/lib/experiments/blobs4';
import { crossEntropy, linearScores, softmax, workedExample } from '../../src/lib/math';
import { extractSamples, type Sample } from '../../src/lib/samples/extractSamples';
import { isStandalone } from '../../src/lib/samples/isStandalone';
import { matchPrinted } from '../../src/lib/samples/matchPrinted';
import { pageProgram } from '../../src/lib/samples/pageProgram';
import { printedLines } from '../../src/lib/samples/printedLines';
import { programLanguage } from '../../src/lib/samples/programLanguage';
import { docPages } from './support/lessonPages';
import { inBatches, runTsProgram, type ProgramRun } from './support/runTsProgram';

const lessons = docPages('lesson').map((p) => ({ ...p, samples: extractSamples(p.source) }));
const isTs = (s: Sample) => programLanguage(s.lang) === 'ts';
const standalones = [
  ...lessons.flatMap((p) => p.samples.filter((s) => isTs(s) && isStandalone(s)).map((s) => ({ page: p, sample: s }))),
  ...docPages('guides').flatMap((p) =>
    extractSamples(p.source)
      // A sample titled with a file of the project shows that file (or lines of it), not a program.
      .filter((s) => isTs(s) && !/\btitle=/.test(s.meta))
      .map((s) => ({ page: { ...p, samples: [] }, sample: s }))),
].map(({ page, sample }) => ({
  name: `${page.page}-line-${sample.line}`,
  program: pageProgram([{ ...sample, meta: '' }], 'ts', { page: page.page, title: page.title }),
}));

const programs = new Map(lessons.map((p) => [p.page, pageProgram(p.samples, 'ts', p)]));
const runs = new Map<string, ProgramRun>();

/** The printed line that starts with `prefix`, split into its numbers. */
function numbersAfter(run: ProgramRun | undefined, prefix: string | RegExp): number[] {
  const line = run?.lines.find((l) => (typeof prefix === 'string' ? l.startsWith(prefix) : prefix.test(l)));
  expect(line, `a printed line starting with ${String(prefix)}`).toBeDefined();
  return (line?.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
}

beforeAll(async () => {
  const named = [...programs].map(([name, program]) => ({ name, program })).concat(standalones);
  const results = await inBatches(named.map(({ name, program }) => () => runTsProgram(name, program)));
  named.forEach(({ name }, i) => runs.set(name, results[i] as ProgramRun));
}, 60_000);

describe('each lesson page’s TypeScript program', () => {
  it.each(lessons.map((p) => p.page))('%s runs to the end and prints what its comments say', (page) => {
    const run = runs.get(page);
    expect(run?.stderr.match(/^\w*Error.*$/m)?.[0]).toBeUndefined();
    expect(run?.code).toBe(0);
    const expected = printedLines(programs.get(page) ?? '').map((p) => p.text);
    expect(expected.length).toBeGreaterThan(0);
    expect(matchPrinted(run?.lines ?? [], expected)).toEqual([]);
  });

  it('every lesson page has a TypeScript program', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(7);
    for (const p of lessons) expect(p.samples.filter((s) => isTs(s) && !isStandalone(s)).length, p.page).toBeGreaterThan(0);
  });
});

describe('what the programs print agrees with the prose', () => {
  const blobs = makeBlobs({ nSamples: 4000, nFeatures: 2, centers: 4, clusterStd: 2, randomState: 101 });
  const split = trainTestSplit(blobs.X, blobs.y, { testSize: 0.2, randomState: 42 });

  it('machine-learning: one fifth of the 4000 samples is held out', () => {
    expect(numbersAfter(runs.get('machine-learning'), /^\d+ \d+$/)).toEqual([split.XTrain.length, split.XTest.length]);
    expect(split.XTest.length).toBe(800);
  });

  it('five-steps: 12 parameters, 10 epochs, the site’s Experiment 1 run, rows of 4 probabilities', async () => {
    const run = runs.get('five-steps');
    expect(numbersAfter(run, 'Total params:')).toEqual([2 * 4 + 4]);
    const epochs = run?.lines.filter((l) => /^\d+ [\d.e-]+ [\d.]+ [\d.e-]+ [\d.]+$/.test(l)) ?? [];
    expect(epochs.map((l) => Number(l.split(' ')[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const site = await lessonRun('blobs4');
    // The page prints 4 decimals: within half a unit of the last.
    expect(numbersAfter(run, 'test loss')[0]).toBeCloseTo(site.test.loss, 4);
    expect(numbersAfter(run, 'test accuracy')[0]).toBeCloseTo(site.test.accuracy ?? NaN, 4);
    const probs = numbersAfter(run, /->/);
    expect(probs).toHaveLength(5);
    expect(probs.slice(0, 4).reduce((a, v) => a + v, 0)).toBeCloseTo(1, 2);
    expect(probs[4]).toBe(probs.slice(0, 4).indexOf(Math.max(...probs.slice(0, 4))));
  });

  it('five-steps: the standalone whole program gives the same test loss as the steps', () => {
    const whole = [...runs].find(([name]) => name.startsWith('five-steps-line-'))?.[1];
    expect(whole?.code).toBe(0);
    const steps = numbersAfter(runs.get('five-steps'), 'test loss')[0] ?? NaN;
    expect(numbersAfter(whole, /loss/)[0]).toBeCloseTo(steps, 4);
  });

  it('linear-classifiers: 9 parameters and the scores of the worked example, by hand and by the layer', () => {
    const run = runs.get('linear-classifiers');
    expect(numbersAfter(run, 'Total params:')).toEqual([2 * 3 + 3]);
    const byHand = linearScores([[2, 0], [-1, 1.5], [-1, -1.5]], [1, 2], [0, 0.5, -0.5]);
    expect(numbersAfter(run, /^\[ 2/)).toEqual(byHand);
    expect(numbersAfter(run, /^\s+\[\[/)).toEqual(byHand);
  });

  it('softmax: the worked example’s scores, probabilities and loss', () => {
    const { W, x, b, label } = workedExample;
    const f = linearScores(W, x, b);
    const p = softmax(f);
    const printed = numbersAfter(runs.get('softmax'), /^\[ -/);
    printed.slice(0, 3).forEach((v, i) => expect(v).toBeCloseTo(f[i] ?? NaN, 2));
    printed.slice(3).forEach((v, i) => expect(v).toBeCloseTo(p[i] ?? NaN, 3));
    expect(numbersAfter(runs.get('softmax'), /^\d\.\d\d 3 4$/)[0]).toBeCloseTo(crossEntropy(p, label), 2);
  });

  it('four-blobs: the lesson’s labels and counts; a test loss and accuracy the size of the lesson’s', async () => {
    const run = runs.get('four-blobs');
    expect(numbersAfter(run, /^\[ \d, \d, \d \] \[/)).toEqual([...split.yTrain.slice(0, 3), ...split.yTrain.slice(-3)]);
    expect(split.yTrain.slice(0, 3)).toEqual([1, 3, 3]);
    const [loss = NaN, accuracy = NaN] = numbersAfter(run, /^0\.\d{4} 0\.\d{4}$/);
    // "A run of your own will differ in the digits": within 0.01 of the lesson's loss and accuracy.
    expect(Math.abs(loss - blobs4.lesson!.loss)).toBeLessThan(0.01);
    expect(Math.abs(accuracy - (blobs4.lesson!.accuracy ?? NaN))).toBeLessThan(0.01);
    // And exactly the site's own build-time run, which the page's figures show.
    const site = await lessonRun('blobs4');
    expect(loss).toBeCloseTo(site.test.loss, 4);
    expect(numbersAfter(run, /^800 \d+$/)[1]).toBe(Math.round((1 - (site.test.accuracy ?? NaN)) * 800));
  });

  it('inside-a-linear-classifier: the kernel and bias the page shows for the site’s run', async () => {
    const site = await insideClassifierRun();
    const printed = numbersAfter(runs.get('inside-a-linear-classifier'), /^\[ \[/);
    // Printed to 3 decimals, as the page shows them.
    [...site.kernel.flat(), ...site.bias].forEach((v, i) => expect(printed[i]).toBeCloseTo(v, 3));
  });

  it('regression: the site’s run, its test MSE and its w and b as the prose quotes them', async () => {
    const site = await regressionSiteRun();
    const run = runs.get('regression');
    expect(numbersAfter(run, /^800 200$/)).toEqual([800, 200]);
    expect(numbersAfter(run, /^0\.\d{4}$/)[0]).toBeCloseTo(site.testMse, 4);
    const [w = NaN, b = NaN] = numbersAfter(run, 'w =');
    expect(w).toBeCloseTo(site.w, 3);
    expect(b).toBeCloseTo(site.b, 3);
  });
});

describe('what beyond-linear prints agrees with its prose', () => {
  it('the linear and the hidden-layer moons are the site’s build-time runs', async () => {
    const run = runs.get('beyond-linear');
    const figures = (run?.lines ?? []).filter((l) => /^0\.\d{4}$/.test(l)).map(Number);
    expect(figures).toHaveLength(2);
    const [line, bent] = figures;
    expect(line).toBeCloseTo((await lessonRun('moons-linear')).test.accuracy ?? NaN, 4);
    expect(bent).toBeCloseTo((await lessonRun('moons')).test.accuracy ?? NaN, 4);
    expect(bent).toBeGreaterThanOrEqual(0.97);
    expect(line).toBeLessThan(0.97);
  });
});

describe('samples that stand on their own', () => {
  it('include the five-steps whole program and the guides’ samples', () => {
    expect(standalones.some((s) => s.name.startsWith('five-steps-'))).toBe(true);
    expect(standalones.some((s) => s.name.startsWith('writing-a-session-'))).toBe(true);
  });

  it.each(standalones.map((s) => s.name))('%s runs on its own', (name) => {
    const run = runs.get(name);
    expect(run?.stderr.match(/^\w*Error.*$/m)?.[0]).toBeUndefined();
    expect(run?.code).toBe(0);
  });
});
