/**
 * The Python samples against real Python: every block parses, every page's notebook validates
 * with nbformat, and the NumPy / scikit-learn steps of each page's program run with the
 * installed scikit-learn and give the same labels, counts and coordinates as the page says and
 * as the site's own src/lib/data. Keras and TensorFlow cannot be installed here, so the
 * statements that use them (or a name they define) are not run; nothing stands in for them.
 * A missing Python, scikit-learn or nbformat fails these tests with the README's install line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decisionGrid, makeBlobs, regressionData, trainTestSplit } from '../../src/lib/data';
import { extractSamples, type Sample } from '../../src/lib/samples/extractSamples';
import { isStandalone } from '../../src/lib/samples/isStandalone';
import { matchPrinted } from '../../src/lib/samples/matchPrinted';
import { pageNotebook } from '../../src/lib/samples/pageNotebook';
import { pageProgram } from '../../src/lib/samples/pageProgram';
import { printedLines } from '../../src/lib/samples/printedLines';
import { programLanguage } from '../../src/lib/samples/programLanguage';
import { findPython } from '../../tools/findPython';
import { experimentData } from '../../src/lib/experiments/experimentData';
import { experimentById } from '../../src/lib/experiments/registry';
import { docPages } from './support/lessonPages';
import { pythonJson, runDataSteps, type DataStepsRun } from './support/runPython';

const isPython = (s: Sample) => programLanguage(s.lang) === 'python';
const lessons = docPages('lesson').map((p) => ({ ...p, samples: extractSamples(p.source) }));
const guides = docPages('guides').map((p) => ({ ...p, samples: extractSamples(p.source) }));
/** Every program to run: each lesson page's, and each standalone sample on its own. */
const programs = lessons.flatMap((p) => [
  { name: p.page, program: pageProgram(p.samples, 'python', p) },
  ...p.samples.filter((s) => isPython(s) && isStandalone(s)).map((s) => ({
    name: `${p.page}-line-${s.line}`,
    program: pageProgram([{ ...s, meta: '' }], 'python', p),
  })),
]);

let python = '';
beforeAll(() => {
  python = findPython();
});

/** Names the data steps define, sent back as lists (absent names give null). */
const VALUES: Record<string, string> = Object.fromEntries(
  ['X', 'y', 'x', 'X_train', 'X_test', 'y_train', 'y_test', 'grid'].map((n) => [
    n,
    `globals()['${n}'].tolist() if '${n}' in globals() and hasattr(globals()['${n}'], 'tolist') else None`,
  ]),
);

/** Every `to_categorical(labels, K)  # shape (N, K)` comment: its labels, K and the shape it claims. */
function oneHotClaims(program: string) {
  return [...program.matchAll(/to_categorical\((\w+), (\d+)\)\s*#\s*shape \((\d+), (\d+)\)/g)].map((m) => ({
    labels: m[1] ?? '',
    classes: Number(m[2]),
    shape: [Number(m[3]), Number(m[4])],
  }));
}

/** The `# prints:` lines whose statement ran (a comment belongs to the statement it is in or follows). */
function expectedOfRan(program: string, run: DataStepsRun): string[] {
  const spans = [...run.ran.map((s) => ({ s, ran: true })), ...run.leftOut.map((s) => ({ s, ran: false }))]
    .sort((a, b) => a.s[0] - b.s[0]);
  return printedLines(program)
    .filter(({ line }) => spans.filter(({ s }) => s[0] <= line).pop()?.ran === true)
    .map((p) => p.text);
}

describe('every Python sample', () => {
  it('parses, on the lesson pages and the guides', () => {
    const blocks = [...lessons, ...guides].flatMap((p) =>
      p.samples.filter(isPython).map((s) => ({ where: `${p.page}.mdx:${s.line}`, code: s.code })));
    expect(blocks.length).toBeGreaterThan(20);
    const errors = pythonJson<string[]>(
      python,
      'import ast, json, sys\nerrors = []\nfor b in json.load(sys.stdin):\n'
        + '    try:\n        ast.parse(b["code"])\n'
        + '    except SyntaxError as e:\n        errors.append(f"{b[\'where\']}: {e}")\nprint(json.dumps(errors))',
      blocks,
    );
    expect(errors).toEqual([]);
  });
});

describe('every lesson page’s notebook', () => {
  it('validates with nbformat as version 4, one code cell per sample of the program', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notebooks-'));
    const files = lessons.map((p) => {
      const notebook = pageNotebook(p.samples, p);
      const cells = p.samples.filter((s) => isPython(s) && !isStandalone(s)).length;
      expect(notebook.cells.filter((c) => c.cell_type === 'code')).toHaveLength(cells);
      const file = join(dir, `${p.page}.ipynb`);
      writeFileSync(file, JSON.stringify(notebook));
      return file;
    });
    const results = pythonJson<{ file: string; error: string | null }[]>(
      python,
      'import json, sys, nbformat\nout = []\nfor f in json.load(sys.stdin):\n'
        + '    try:\n        nb = nbformat.read(f, as_version=4)\n        nbformat.validate(nb)\n'
        + '        out.append({"file": f, "error": None if nb.nbformat == 4 else "not version 4"})\n'
        + '    except Exception as e:\n        out.append({"file": f, "error": str(e)})\nprint(json.dumps(out))',
      files,
    );
    expect(results.filter((r) => r.error !== null)).toEqual([]);
    expect(results).toHaveLength(lessons.length);
  });
});

describe('the NumPy and scikit-learn steps, run with scikit-learn', () => {
  const runs = new Map<string, DataStepsRun>();
  const run = (name: string) => {
    let r = runs.get(name);
    if (!r) {
      const program = programs.find((p) => p.name === name)?.program ?? '';
      r = runDataSteps(python, program, VALUES);
      runs.set(name, r);
    }
    return r;
  };

  it.each(programs.map((p) => p.name))('%s prints what its comments say', (name) => {
    const program = programs.find((p) => p.name === name)?.program ?? '';
    const r = run(name);
    expect(matchPrinted(r.printed.map((p) => p.text), expectedOfRan(program, r))).toEqual([]);
  });

  it('check the comments of the steps that ran, among them the lesson’s labels and counts', () => {
    const checked = (name: string) => expectedOfRan(programs.find((p) => p.name === name)?.program ?? '', run(name));
    expect(checked('four-blobs')).toContain('[1 3 3] [0 1 2]');
    expect(checked('machine-learning')).toContain('3200 800');
    expect(checked('regression')).toContain('800 200');
  });

  it('leave out only Keras: every page that draws or splits data runs those steps', () => {
    for (const { name, program } of programs) {
      const r = run(name);
      if (/make_blobs\(|train_test_split\(/.test(program)) expect(r.values.y_train, name).not.toBeNull();
    }
  });

  const blobs = (centers: number, clusterStd: number) => {
    const b = makeBlobs({ nSamples: 4000, nFeatures: 2, centers, clusterStd, randomState: 101 });
    return { ...b, ...trainTestSplit(b.X, b.y, { testSize: 0.2, randomState: 42 }) };
  };
  const cases = [
    { name: 'machine-learning', data: blobs(4, 2), X: 'X_big' },
    { name: 'five-steps', data: blobs(4, 2), X: 'X' },
    { name: 'four-blobs', data: blobs(4, 2), X: 'X' },
    { name: 'inside-a-linear-classifier', data: blobs(2, 2.5), X: 'X' },
  ];

  it.each(cases)('$name: the same points, labels and split as src/lib/data', ({ name, data }) => {
    const v = run(name).values as Record<string, number[][] | number[] | null>;
    expect(v.y_train).toEqual(data.yTrain);
    expect(v.y_test).toEqual(data.yTest);
    const XTrain = v.X_train as number[][];
    expect(XTrain).toHaveLength(data.XTrain.length);
    XTrain.slice(0, 5).forEach((row, i) => row.forEach((c, d) => expect(c).toBeCloseTo(data.XTrain[i]?.[d] ?? NaN, 12)));
    XTrain.slice(-5).forEach((row, i) =>
      row.forEach((c, d) => expect(c).toBeCloseTo(data.XTrain[data.XTrain.length - 5 + i]?.[d] ?? NaN, 12)));
  });

  it('four-blobs: y_train starts 1 3 3 and ends 0 1 2, as the page says', () => {
    const yTrain = run('four-blobs').values.y_train as number[];
    expect(yTrain.slice(0, 3)).toEqual([1, 3, 3]);
    expect(yTrain.slice(-3)).toEqual([0, 1, 2]);
  });

  it('four-blobs: the grid of the decision boundary is src/lib’s decisionGrid', () => {
    const grid = run('four-blobs').values.grid as number[][];
    const lib = decisionGrid({ n: 100, extent: 20 });
    expect(grid).toHaveLength(lib.length);
    for (const i of [0, 1, 99, 100, 5050, 9999]) expect(grid[i]).toEqual(lib[i]);
  });

  it('to_categorical’s shapes in the comments hold for the real labels', () => {
    const claims = programs.flatMap(({ name, program }) => oneHotClaims(program).map((c) => ({ name, ...c })));
    expect(claims.length).toBeGreaterThanOrEqual(2);
    for (const c of claims) {
      const labels = run(c.name).values[c.labels] as number[];
      expect(labels, c.name).not.toBeNull();
      // to_categorical(labels, K) is one row of K entries per label.
      expect([labels.length, c.classes], `${c.name}: ${c.labels}`).toEqual(c.shape);
      expect(Math.max(...labels)).toBeLessThan(c.classes);
    }
  });

  it('beyond-linear: make_moons and its split give src/lib’s points bit for bit', () => {
    const v = run('beyond-linear').values as Record<string, number[][] | number[]>;
    const moons = experimentData(experimentById('moons'));
    const XTrain = v.X_train as number[][];
    expect(XTrain).toHaveLength(moons.XTrain.length);
    expect(XTrain.every((r, i) => r.every((c, d) => Object.is(c, moons.XTrain[i]?.[d])))).toBe(true);
    expect(v.y_test).toEqual(moons.yTest);
  });

  it('regression: the same x, noisy y and split as src/lib/data', () => {
    const v = run('regression').values as Record<string, number[]>;
    const data = regressionData({ n: 1000, noise: 0.1 });
    const split = trainTestSplit(data.x, data.y, { testSize: 0.2, randomState: 42 });
    expect(v.x).toHaveLength(1000);
    v.x?.forEach((xi, i) => expect(xi).toBeCloseTo(data.x[i] ?? NaN, 12));
    v.y?.forEach((yi, i) => expect(yi).toBeCloseTo(data.y[i] ?? NaN, 12));
    expect(v.X_train).toHaveLength(800);
    const XTrain = [split.XTrain].flat(2) as number[];
    v.X_train?.forEach((xi, i) => expect(xi).toBeCloseTo(XTrain[i] ?? NaN, 12));
    v.y_test?.forEach((yi, i) => expect(yi).toBeCloseTo(split.yTest[i] ?? NaN, 12));
  });
});
