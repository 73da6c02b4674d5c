/**
 * What a predict exercise trains: an experiment of the registry with some of its knobs changed,
 * checked by the same rules as the demos' controls (a value the demos would refuse fails the
 * build here, with the knob's own message). Live predictions and the decision grid are left
 * out: the exercise shows only the final figures.
 */
import type { ExperimentId } from '../experiments/ExperimentConfig';
import { demoKnobs, type DemoSettings, type KnobName } from '../knobs/demoKnobs';
import { parseKnob } from '../knobs/parseKnob';
import { trainSettingsFor } from '../knobs/trainSettingsFor';
import { defaultSettings } from '../knobs/urlSettings';
import type { TrainSettings } from '../training/protocol';

export function predictSettings(id: ExperimentId, overrides: Partial<Record<KnobName, number>>): TrainSettings {
  const knobs = demoKnobs(id);
  const settings = { ...(defaultSettings(knobs) as DemoSettings) };
  for (const [name, value] of Object.entries(overrides) as [KnobName, number][]) {
    const spec = knobs.find((k) => k.name === name);
    if (!spec) throw new RangeError(`The ${id} experiment has no setting called ${name}.`);
    const parsed = parseKnob(String(value), spec);
    if (!parsed.ok) throw new RangeError(parsed.message);
    settings[name] = parsed.value;
  }
  const { grid: _grid, livePredictions: _live, ...rest } = trainSettingsFor(id, settings);
  return { ...rest, livePredictions: false };
}
