import { describe, expect, it } from 'vitest';
import { guideExample as ex } from '../../src/lib/exercises/pages/guideExample';
import { checkNumeric } from '../../src/lib/exercises/checkNumeric';

describe('the writing guide’s example exercise', () => {
  it('keeps 1 − test_size of the samples for training, as train_test_split does', () => {
    expect(ex.train).toBe(ex.samples - Math.ceil(ex.testSize * ex.samples));
  });

  it('counts one step per batch, the last batch possibly short, and takes only the exact count', () => {
    const steps = ex.stepsPerEpoch.answer;
    expect((steps - 1) * ex.batchSize).toBeLessThan(ex.train);
    expect(steps * ex.batchSize).toBeGreaterThanOrEqual(ex.train);
    expect(checkNumeric(String(steps), steps).status).toBe('right');
    expect(checkNumeric(String(steps + 1), steps).status).toBe('wrong');
  });
});
