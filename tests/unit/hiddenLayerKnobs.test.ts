import { describe, expect, it } from 'vitest';
import { activationChoices } from '../../src/lib/experiments/activationChoices';
import { experimentById } from '../../src/lib/experiments/registry';
import { withOverrides } from '../../src/lib/experiments/withOverrides';
import { demoKnobs, isDataKnob, type DemoSettings } from '../../src/lib/knobs/demoKnobs';
import { parseKnob } from '../../src/lib/knobs/parseKnob';
import { dataParamsFor, trainSettingsFor } from '../../src/lib/knobs/trainSettingsFor';
import { defaultSettings, readUrlSettings, writeUrlSettings } from '../../src/lib/knobs/urlSettings';
import { settingsProblem } from '../../src/lib/training/settingsProblem';

const settingsOf = (id: string, changes: Partial<DemoSettings> = {}) => ({ ...(defaultSettings(demoKnobs(id)) as DemoSettings), ...changes });
const names = (id: string) => demoKnobs(id).map((k) => k.name);

describe('the knobs of the hidden-layer experiments', () => {
  it('are offered only by experiments whose config has a hidden layer to size or a target to pick', () => {
    expect(names('moons')).toEqual(['samples', 'noise', 'dataSeed', 'hiddenUnits', 'activation', 'learningRate', 'batchSize', 'epochs', 'seed']);
    expect(names('sine')).toEqual(['target', 'points', 'noise', 'dataSeed', 'hiddenUnits', 'activation', 'learningRate', 'batchSize', 'epochs', 'seed']);
    expect(names('regression')).toEqual(['points', 'noise', 'dataSeed', 'learningRate', 'batchSize', 'epochs', 'seed']);
    expect(names('blobs4')).not.toContain('hiddenUnits');
    expect(isDataKnob('target')).toBe(true);
    expect(isDataKnob('hiddenUnits')).toBe(false);
  });

  it('default to the config: 16 ReLU units for the moons, none for the linear moons, tanh for the sine', () => {
    expect(settingsOf('moons')).toMatchObject({ hiddenUnits: 16, activation: 0, samples: 1000, noise: 0.15, dataSeed: 42 });
    expect(settingsOf('moons-linear').hiddenUnits).toBe(0);
    expect(settingsOf('sine')).toMatchObject({ target: 1, hiddenUnits: 16, activation: 0 });
    expect(activationChoices(experimentById('moons').model)).toEqual(['relu', 'tanh']);
    expect(activationChoices(experimentById('sine').model)).toEqual(['tanh', 'relu', 'sigmoid']);
  });

  it('the defaults train exactly the config’s run, and the knobs change the model and the data', () => {
    for (const id of ['moons', 'moons-linear', 'circles', 'circles-linear', 'sine']) {
      const config = experimentById(id);
      const t = trainSettingsFor(id, settingsOf(id));
      expect(withOverrides(config, { data: t.data, model: t.model, initSeed: t.initSeed ?? t.seed, seed: t.seed })).toEqual(config);
      expect(settingsProblem(t)).toBeUndefined();
    }
    const t = trainSettingsFor('moons', settingsOf('moons', { hiddenUnits: 3, activation: 1, noise: 0.3, samples: 200 }));
    expect(t.grid).toEqual({ n: 100, extent: 2.5 });
    const changed = withOverrides(experimentById('moons'), { data: t.data, model: t.model });
    expect(changed.model).toMatchObject({ hidden: 3, activation: 'tanh' });
    expect(changed.data).toMatchObject({ kind: 'moons', nSamples: 200, noise: 0.3 });
    const sine = withOverrides(experimentById('sine'), { data: dataParamsFor('sine', settingsOf('sine', { target: 2 })), model: { hidden: 0, activation: 2 } });
    expect(sine.data).toMatchObject({ target: 'step' });
    expect(sine.model).toMatchObject({ hidden: [], hiddenActivation: 'sigmoid' });
  });

  it('leave the lesson’s own experiments alone, whatever a message says', () => {
    const regression = experimentById('regression');
    expect(withOverrides(regression, { data: { target: 1 }, model: { hidden: 5 } })).toEqual(regression);
    expect(settingsProblem({ ...trainSettingsFor('regression', settingsOf('regression')), model: { hidden: 5 } })).toMatch(/no hidden-layer settings/);
  });

  it('refuse out-of-range choices and sizes with a message', () => {
    const t = trainSettingsFor('sine', settingsOf('sine'));
    expect(settingsProblem({ ...t, model: { hidden: 65 } })).toMatch(/model.hidden must be a whole number between 0 and 64/);
    expect(settingsProblem({ ...t, model: { hidden: 1.5 } })).toMatch(/model.hidden/);
    expect(settingsProblem({ ...t, model: { activation: 3 } })).toMatch(/one of tanh, relu, sigmoid/);
    expect(settingsProblem({ ...t, data: { ...t.data, target: 4 } })).toMatch(/data.target must be the index of one of sigmoid, sine, step, abs/);
  });

  it('read a choice by name or index, and write it to a link by name', () => {
    const spec = demoKnobs('moons').find((k) => k.name === 'activation')!;
    expect(parseKnob('tanh', spec)).toEqual({ ok: true, value: 1 });
    expect(parseKnob(' ReLU ', spec)).toEqual({ ok: true, value: 0 });
    expect(parseKnob('1', spec)).toEqual({ ok: true, value: 1 });
    const bad = parseKnob('softplus', spec);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toBe('“softplus” is not one of the options. Activation must be one of relu, tanh.');
    const specs = demoKnobs('moons');
    const url = writeUrlSettings(new URLSearchParams(), 'moons', specs, { ...settingsOf('moons'), activation: 1, hiddenUnits: 4 });
    expect(url.toString()).toBe('moons.hiddenUnits=4&moons.activation=tanh');
    expect(readUrlSettings(url, 'moons', specs).settings).toMatchObject({ activation: 1, hiddenUnits: 4 });
  });
});
