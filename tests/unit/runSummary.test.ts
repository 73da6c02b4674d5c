import { describe, expect, it } from 'vitest';
import { formatMetric, runSummary } from '../../src/lib/demo/runSummary';
import { blobs4 } from '../../src/lib/experiments/blobs4';
import { regression } from '../../src/lib/experiments/regression';

describe('runSummary', () => {
  it("puts a finished run's test figures beside the lesson's", () => {
    const text = runSummary({ status: 'completed', epochsRun: 10, trainMs: 1234, test: { loss: 0.1762, accuracy: 0.93 } }, blobs4, 10);
    expect(text).toBe('Done: 10 epochs in 1.2 s. Test accuracy 0.9300 (lesson 0.9225), test loss 0.1762 (lesson 0.1815).');
  });

  it('gives the regression its MSE beside the lesson and the noise floor', () => {
    const text = runSummary({ status: 'completed', epochsRun: 100, trainMs: 500, test: { loss: 0.0095 } }, regression, 100);
    expect(text).toContain('Test MSE 0.0095 (lesson 0.0117, noise floor 0.0100)');
  });

  it('says why a run diverged and what to do', () => {
    const text = runSummary({ status: 'diverged', epochsRun: 0, trainMs: 10, reason: 'The loss became NaN; try a smaller learning rate.' }, blobs4, 10);
    expect(text).toMatch(/^Training stopped because it diverged\. The loss became NaN; try a smaller learning rate\. Press Reset/);
  });

  it('reports a stopped run with the epochs it finished', () => {
    expect(runSummary({ status: 'stopped', epochsRun: 3, trainMs: 10 }, blobs4, 200)).toBe('Stopped after 3 of 200 epochs.');
  });

  it('formats metrics to four decimals and keeps tiny or odd values readable', () => {
    expect(formatMetric(0.9225)).toBe('0.9225');
    expect(formatMetric(0.00012345)).toBe('0.000123');
    expect(formatMetric(NaN)).toBe('NaN');
  });
});
