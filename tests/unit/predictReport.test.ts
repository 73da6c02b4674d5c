import { describe, expect, it } from 'vitest';
import { predictReport } from '../../src/lib/exercises/predictReport';

const labels = ['Low', 'Middle', 'High', 'It diverges'];

describe('predictReport', () => {
  it('gives a loss with four decimals, the option it lands in and a right guess', () => {
    expect(predictReport({ index: 1, value: 0.41234 }, 1, labels, 'loss', 'test loss')).toBe(
      'This run’s test loss: 0.4123. That is option “Middle”. Your guess was right.',
    );
  });

  it('gives accuracy as a percentage and names a wrong guess', () => {
    const text = predictReport({ index: 2, value: 0.9375 }, 0, labels, 'accuracy', 'test accuracy');
    expect(text).toBe('This run’s test accuracy: 93.8%. That is option “High”. You guessed “Low”.');
  });

  it('says when the run diverged', () => {
    expect(predictReport({ index: 3 }, 3, labels, 'loss', 'test loss')).toMatch(/^The run diverged.*option “It diverges”\. Your guess was right\.$/);
  });

  it('says when no option covers the value, and leaves out a guess that names no option', () => {
    const text = predictReport({ index: -1, value: 2 }, -1, labels, 'loss', 'test MSE');
    expect(text).toBe('This run’s test MSE: 2.0000. None of the options covers it.');
  });
});
