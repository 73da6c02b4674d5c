import '@tensorflow/tfjs-backend-cpu';
import { describe, expect, it } from 'vitest';
import { experimentById } from '../../src/lib/experiments/registry';
import { pinnedSeeds } from '../../src/lib/seeds/pinnedSeeds';
import { seedResult } from '../../src/lib/seeds/seedResult';
import { seedSpread } from '../../src/lib/seeds/seedSpread';
import { withSeed } from '../../src/lib/seeds/withSeed';
import { trainSettingsFor } from '../../src/lib/knobs/trainSettingsFor';
import { demoKnobs, type DemoSettings } from '../../src/lib/knobs/demoKnobs';

const config = experimentById('blobs2');
const pinned = pinnedSeeds('blobs2');
const spread = seedSpread(pinned, config.lesson!.loss);

describe('the pinned seed runs of blobs2', () => {
  it('hold seeds 0, 1, 2, ... in order, at least 20 of them', () => {
    expect(pinned.length).toBeGreaterThanOrEqual(20);
    expect(pinned.map((r) => r.seed)).toEqual(pinned.map((_, i) => i));
  });

  it('include the seed the page trains with', () => {
    expect(config.training.seed).toBeLessThan(pinned.length);
    expect(config.model.seed).toBe(config.training.seed);
  });

  // The best, the worst and the page's own seed are trained again: if the training code changes
  // its numbers, npm run seeds must write the file anew.
  it.each([
    ['best', spread.bestSeed],
    ['worst', spread.worstSeed],
    ['page', config.training.seed],
  ])('match a fresh run of the %s seed', { timeout: 30_000 }, async (_, seed) => {
    const fresh = await seedResult(config, seed);
    expect(fresh.loss).toBeCloseTo(pinned[seed].loss, 5);
    expect(fresh.accuracy).toBe(pinned[seed].accuracy);
  });

  it("seed the model and the shuffle as the trainer's seed field does", () => {
    const seed = 7;
    const settings = { ...Object.fromEntries(demoKnobs('blobs2').map((k) => [k.name, k.default])), seed } as DemoSettings;
    const t = trainSettingsFor('blobs2', settings);
    const c = withSeed(config, seed);
    expect(t.seed).toBe(c.training.seed);
    expect(t.initSeed ?? t.seed).toBe(c.model.seed);
  });
});
