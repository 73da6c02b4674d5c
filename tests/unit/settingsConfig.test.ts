import { describe, expect, it } from 'vitest';
import { experimentById } from '../../src/lib/experiments/registry';
import { demoKnobs, type DemoSettings } from '../../src/lib/knobs/demoKnobs';
import { settingsConfig } from '../../src/lib/knobs/settingsConfig';
import { defaultSettings } from '../../src/lib/knobs/urlSettings';

const defaults = (id: string) => defaultSettings(demoKnobs(id)) as DemoSettings;

describe('settingsConfig', () => {
  it('gives back the experiment itself for its default knobs', () => {
    for (const id of ['regression', 'sine', 'blobs4', 'moons']) expect(settingsConfig(id, defaults(id))).toEqual(experimentById(id));
  });

  it('applies the data, model and training knobs, and moves both seeds with the training seed', () => {
    const c = settingsConfig('sine', { ...defaults('sine'), target: 2, points: 300, hiddenUnits: 0, epochs: 12, seed: 9 });
    expect(c.data).toMatchObject({ target: 'step', n: 300 });
    expect(c.model).toMatchObject({ hidden: [], seed: 9 });
    expect(c.training).toMatchObject({ epochs: 12, seed: 9 });
  });
});
