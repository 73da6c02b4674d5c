import { describe, expect, it } from 'vitest';
import { progressText } from '../../src/lib/demo/progressText';

describe('progressText', () => {
  it('counts the epochs of a finished run', () => {
    expect(progressText({ status: 'completed', epochsRun: 10 }, 10)).toBe('Finished: 10 of 10 epochs');
  });

  it('counts the complete epochs of a stopped run', () => {
    expect(progressText({ status: 'stopped', epochsRun: 3 }, 10)).toBe('Stopped: 3 of 10 epochs complete');
  });

  it('names the epoch during which a run diverged', () => {
    expect(progressText({ status: 'diverged', epochsRun: 0 }, 5)).toBe('Diverged during epoch 1 of 5');
  });
});
