import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { experimentData } from '../../src/lib/experiments/experimentData';
import {
  CURVE_POINTS,
  EXPERIMENTS,
  EXPERIMENT_IDS,
  LESSON_GRID,
  defaultExperimentFor,
  experimentById,
  experimentGrid,
  isExperimentId,
  trainerDatasetId,
} from '../../src/lib/experiments/registry';

describe('the experiment registry', () => {
  it('lists the lesson experiments once each, in the lesson order, then those beyond a straight line', () => {
    expect(EXPERIMENT_IDS).toEqual(['blobs4', 'blobs2', 'regression', 'moons-linear', 'moons', 'circles-linear', 'circles', 'sine']);
    expect(new Set(EXPERIMENT_IDS).size).toBe(EXPERIMENTS.length);
  });

  it('recognises only its ids', () => {
    expect(isExperimentId('blobs2')).toBe(true);
    expect(isExperimentId('blobs9')).toBe(false);
    expect(isExperimentId(4)).toBe(false);
    expect(isExperimentId('toString')).toBe(false);
  });

  it('finds a config by id and refuses an unknown one', () => {
    expect(experimentById('regression').kind).toBe('regression');
    expect(() => experimentById('nope')).toThrow(RangeError);
  });

  it("names each config's kind after its data", () => {
    for (const c of EXPERIMENTS) expect(c.kind).toBe(c.data.kind === 'regression' ? 'regression' : 'classification');
  });

  it('gives each figure component the first experiment that lists it', () => {
    expect(defaultExperimentFor('blobs')).toBe('blobs4');
    expect(defaultExperimentFor('weights')).toBe('blobs2');
    expect(defaultExperimentFor('regressionFit')).toBe('regression');
  });

  it("links a classifier's split and the regression's points", () => {
    expect(trainerDatasetId(experimentById('blobs2'))).toBe('blobs2-split');
    expect(trainerDatasetId(experimentById('regression'))).toBe('regression');
  });

  it('gives each classifier the lesson’s grid unless its config has its own', () => {
    expect(experimentGrid(experimentById('blobs4'))).toEqual(LESSON_GRID);
    expect(experimentGrid(experimentById('moons'))).toEqual({ n: 100, extent: 2.5 });
    // The grid covers every point of the data it is drawn under.
    for (const c of EXPERIMENTS.filter((e) => e.kind === 'classification')) {
      const extent = experimentGrid(c).extent;
      expect(experimentData(c).all.X.every((p) => Math.abs(p[0]) < extent && Math.abs(p[1]) < extent)).toBe(true);
    }
  });

  it('holds the shared grid and curve constants', () => {
    expect(LESSON_GRID).toEqual({ n: 100, extent: 20 });
    expect(CURVE_POINTS).toBe(200);
  });

  it('imports only the configs, so a page reads it without TensorFlow.js', () => {
    const source = readFileSync(new URL('../../src/lib/experiments/registry.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const path of imports) expect(path).toMatch(/^\.\/(blobs2|blobs4|regression|moons|moonsLinear|circles|circlesLinear|sine|ExperimentConfig)$/);
  });

  it('names a lesson page for every experiment a trainer shows', () => {
    for (const c of EXPERIMENTS) if (c.figures.includes('trainer')) expect(c.page).toMatch(/^lesson\/[a-z-]+\/$/);
  });
});
