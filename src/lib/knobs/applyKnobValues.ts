/**
 * A demo's settings with new values applied, all or nothing: every value (raw text from a
 * control, or a number) is checked with its knob's parseKnob; a name the demo has no knob for is
 * refused too, so a typo cannot pass silently. Says whether anything changed, and whether a
 * data setting did (the data must then be made anew).
 */
import { isDataKnob, type DemoSettings, type KnobName } from './demoKnobs';
import { parseKnob, type KnobSpec } from './parseKnob';

export interface AppliedValues {
  /** The settings with every value applied (the old ones when some value was refused). */
  next: DemoSettings;
  /** A message for each refused value, by knob. */
  errors: Partial<Record<KnobName, string>>;
  changed: boolean;
  dataChanged: boolean;
}

export function applyKnobValues(settings: DemoSettings, knobs: readonly KnobSpec<KnobName>[], values: Partial<Record<KnobName, string | number>>): AppliedValues {
  const errors: AppliedValues['errors'] = {};
  const next: DemoSettings = { ...settings };
  let dataChanged = false;
  let changed = false;
  for (const [name, raw] of Object.entries(values) as [KnobName, string | number][]) {
    const spec = knobs.find((k) => k.name === name);
    if (!spec) {
      errors[name] = `This demo has no setting called ${name}.`;
      continue;
    }
    const parsed = parseKnob(String(raw), spec);
    if (!parsed.ok) {
      errors[name] = parsed.message;
      continue;
    }
    if (next[name] !== parsed.value) {
      next[name] = parsed.value;
      changed = true;
      if (isDataKnob(name)) dataChanged = true;
    }
  }
  if (Object.keys(errors).length > 0) return { next: settings, errors, changed: false, dataChanged: false };
  return { next, errors, changed, dataChanged };
}
