import { describe, expect, it } from 'vitest';
import { applyKnobValues } from '../../src/lib/knobs/applyKnobValues';
import { demoKnobs, type DemoSettings } from '../../src/lib/knobs/demoKnobs';
import { readUrlSettings } from '../../src/lib/knobs/urlSettings';

const knobs = demoKnobs('blobs4');
const lesson = readUrlSettings(new URLSearchParams(), 'blobs4', knobs).settings as DemoSettings;

describe('applyKnobValues', () => {
  it('applies valid values and says whether a data setting changed', () => {
    const data = applyKnobValues(lesson, knobs, { samples: '600' });
    expect(data).toMatchObject({ changed: true, dataChanged: true, errors: {} });
    expect(data.next.samples).toBe(600);
    const training = applyKnobValues(lesson, knobs, { epochs: 3 });
    expect(training).toMatchObject({ changed: true, dataChanged: false });
    expect(applyKnobValues(lesson, knobs, { samples: String(lesson.samples) })).toMatchObject({ changed: false, dataChanged: false });
  });

  it('applies nothing when one value is refused or names no knob', () => {
    const out = applyKnobValues(lesson, knobs, { samples: '600', centers: '99' });
    expect(out.changed).toBe(false);
    expect(out.next).toEqual(lesson);
    expect(Object.keys(out.errors)).toEqual(['centers']);
    const unknown = applyKnobValues(lesson, knobs, { nonsense: 1 } as never);
    expect(Object.values(unknown.errors)[0]).toMatch(/no setting called nonsense/);
  });
});
