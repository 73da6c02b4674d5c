import { describe, expect, it } from 'vitest';
import { predictOutcome, type PredictOption } from '../../src/lib/exercises/predictOutcome';
import { predictSettings } from '../../src/lib/exercises/predictSettings';

describe('predictSettings', () => {
  it('is the lesson run with the overrides, and no live predictions', () => {
    const s = predictSettings('blobs4', { learningRate: 1 });
    expect(s).toMatchObject({ experiment: 'blobs4', learningRate: 1, epochs: 10, batchSize: 4, seed: 1, livePredictions: false });
    expect(s.grid).toBeUndefined();
    expect(s.data).toMatchObject({ nSamples: 4000, centers: 4, clusterStd: 2, randomState: 101 });
  });

  it('maps data knobs too', () => {
    expect(predictSettings('blobs4', { spread: 5 }).data).toMatchObject({ clusterStd: 5 });
    expect(predictSettings('regression', { noise: 0.3 }).data).toMatchObject({ noise: 0.3 });
  });

  it('maps the hidden layer’s knobs into the model, keeping the lesson’s activation', () => {
    expect(predictSettings('circles', { hiddenUnits: 1 }).model).toEqual({ hidden: 1, activation: 0 });
    expect(predictSettings('moons', { hiddenUnits: 0, activation: 1 }).model).toEqual({ hidden: 0, activation: 1 });
    expect(() => predictSettings('circles', { hiddenUnits: 65 })).toThrow(/Hidden units/);
    expect(() => predictSettings('blobs4', { hiddenUnits: 2 })).toThrow(/no setting called hiddenUnits/);
  });

  it('refuses what the demos refuse, with their message', () => {
    expect(() => predictSettings('blobs4', { batchSize: 0 })).toThrow(/Batch size must be/);
    expect(() => predictSettings('regression', { spread: 2 })).toThrow(/no setting called spread/);
  });
});

describe('predictOutcome', () => {
  const options: PredictOption[] = [
    { label: 'below 0.5', max: 0.5 },
    { label: '0.5 to 0.9', min: 0.5, max: 0.9 },
    { label: '0.9 or more', min: 0.9 },
    { label: 'diverges', diverged: true },
  ];

  it('finds the range the metric falls in, min inclusive, max exclusive', () => {
    expect(predictOutcome({ status: 'completed', test: { loss: 1, accuracy: 0.93 } }, 'accuracy', options)).toEqual({ index: 2, value: 0.93 });
    expect(predictOutcome({ status: 'completed', test: { loss: 1, accuracy: 0.9 } }, 'accuracy', options).index).toBe(2);
    expect(predictOutcome({ status: 'completed', test: { loss: 1, accuracy: 0.5 } }, 'accuracy', options).index).toBe(1);
    expect(predictOutcome({ status: 'completed', test: { loss: 0.2 } }, 'loss', options).index).toBe(0);
  });

  it('a diverged run lands on the diverging option', () => {
    expect(predictOutcome({ status: 'diverged' }, 'accuracy', options)).toEqual({ index: 3 });
    expect(predictOutcome({ status: 'completed', test: { loss: NaN, accuracy: 0.25 } }, 'accuracy', options)).toEqual({ index: 3 });
  });

  it('-1 when no option covers the result', () => {
    expect(predictOutcome({ status: 'diverged' }, 'loss', options.slice(0, 3)).index).toBe(-1);
  });
});
