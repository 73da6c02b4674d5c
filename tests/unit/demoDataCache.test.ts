import { describe, expect, it } from 'vitest';
import { DemoDataCache } from '../../src/client/demo/demoDataCache';
import { experimentById } from '../../src/lib/experiments/registry';
import { demoKnobs } from '../../src/lib/knobs/demoKnobs';
import type { DemoSettings } from '../../src/lib/knobs/demoKnobs';

const lesson = (id: 'blobs4' | 'regression') => Object.fromEntries(demoKnobs(id).map((k) => [k.name, k.default])) as DemoSettings;

describe('DemoDataCache', () => {
  it('says whether the data of some settings is made, and makes it once', () => {
    const cache = new DemoDataCache(experimentById('blobs4'));
    const settings = lesson('blobs4');
    expect(cache.has(settings, undefined)).toBe(false);
    const data = cache.get(settings, undefined);
    expect(data.all.X).toHaveLength(4000);
    expect(cache.has(settings, undefined)).toBe(true);
    expect(cache.get({ ...settings }, undefined)).toBe(data);
    // Training knobs leave the data as it is; a data knob does not.
    expect(cache.has({ ...settings, learningRate: 0.5 }, undefined)).toBe(true);
    const more = { ...settings, samples: 5000 };
    expect(cache.has(more, undefined)).toBe(false);
    expect(cache.get(more, undefined).all.X).toHaveLength(5000);
    expect(cache.has(settings, undefined)).toBe(false);
  });

  it('holds the regression’s points the same way', () => {
    const cache = new DemoDataCache(experimentById('regression'));
    const settings = lesson('regression');
    expect(cache.has(settings, undefined)).toBe(false);
    cache.get(settings, undefined);
    expect(cache.has(settings, undefined)).toBe(true);
    expect(cache.has({ ...settings, points: 300 }, undefined)).toBe(false);
  });
});
