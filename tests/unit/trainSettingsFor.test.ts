import { describe, expect, it } from 'vitest';
import { demoKnobs, isDataKnob } from '../../src/lib/knobs/demoKnobs';
import { dataParamsFor, trainSettingsFor } from '../../src/lib/knobs/trainSettingsFor';
import { lessonSettings } from '../../src/lib/training/experimentConfig';
import { defaultSettings } from '../../src/lib/knobs/urlSettings';
import type { DemoSettings } from '../../src/lib/knobs/demoKnobs';

describe('demo knobs and the settings they give', () => {
  for (const id of ['blobs4', 'blobs2', 'regression'] as const) {
    it(`${id}: the knobs' defaults train exactly the lesson's run`, () => {
      const s = defaultSettings(demoKnobs(id)) as DemoSettings;
      const t = trainSettingsFor(id, s);
      const lesson = lessonSettings(id);
      expect(t).toMatchObject({ epochs: lesson.epochs, batchSize: lesson.batchSize, learningRate: lesson.learningRate, seed: lesson.seed });
      expect(t.initSeed).toBe(lesson.initSeed);
      expect(t.livePredictions).toBe(true);
    });
  }

  it('maps the data knobs to make_blobs parameters', () => {
    const s = { ...(defaultSettings(demoKnobs('blobs4')) as DemoSettings), samples: 500, centers: 3, spread: 1.5, dataSeed: 7 };
    expect(dataParamsFor('blobs4', s)).toEqual({ nSamples: 500, centers: 3, clusterStd: 1.5, randomState: 7 });
    expect(trainSettingsFor('blobs4', s).grid).toEqual({ n: 100, extent: 20 });
  });

  it('maps the regression knobs to its data and draws no grid', () => {
    const s = { ...(defaultSettings(demoKnobs('regression')) as DemoSettings), points: 200, noise: 0.3 };
    expect(dataParamsFor('regression', s)).toMatchObject({ n: 200, noise: 0.3 });
    expect(trainSettingsFor('regression', s).grid).toBeUndefined();
  });

  it('allows a learning rate of 100 (to watch a run diverge) but not zero', () => {
    const lr = demoKnobs('blobs4').find((k) => k.name === 'learningRate')!;
    expect(lr.max).toBeGreaterThanOrEqual(100);
    expect(lr.minExclusive).toBe(true);
    expect(isDataKnob('centers')).toBe(true);
    expect(isDataKnob('learningRate')).toBe(false);
  });
});
