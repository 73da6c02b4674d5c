import { describe, expect, it } from 'vitest';
import { overshootAdvice, smallerLearningRate, spreadAdvice } from '../../src/lib/model/overshootAdvice';
import { overshootReason } from '../../src/lib/model/train';
import { runSummary } from '../../src/lib/demo/runSummary';
import { blobs4 } from '../../src/lib/experiments/blobs4';
import type { EpochEvent } from '../../src/lib/model';

const event = (epoch: number, loss: number): EpochEvent => ({ epoch, loss, weights: { kernel: [[0]], bias: [0] } });

describe('overshootAdvice', () => {
  it('suggests a rate below the current one, never the current one', () => {
    for (const lr of [100, 0.5, 0.01, 0.005, 0.0003]) {
      const text = overshootAdvice({ learningRate: lr, batchSize: 64 });
      const suggested = Number(/such as (\d+(?:\.\d+)?(?:e-?\d+)?)/.exec(text)?.[1]);
      expect(suggested, text).toBeLessThan(lr);
      expect(text).toContain(`smaller learning rate than ${lr}`);
    }
    expect(overshootAdvice({ learningRate: 0.01 })).toBe('try a smaller learning rate than 0.01, such as 0.001.');
  });

  it('rounds the suggested rate to a number a reader can type', () => {
    expect(smallerLearningRate(0.005)).toBe(0.0005);
    expect(smallerLearningRate(0.03)).toBe(0.003);
    expect(smallerLearningRate(100)).toBe(10);
  });

  it('mentions a bigger batch only when the batch is small', () => {
    expect(overshootAdvice({ learningRate: 0.01, batchSize: 1 })).toMatch(/bigger batch: a batch of one point/);
    expect(overshootAdvice({ learningRate: 0.01, batchSize: 4 })).toMatch(/a batch of 4 points/);
    expect(overshootAdvice({ learningRate: 0.01, batchSize: 128 })).not.toMatch(/batch/);
  });

  it('mentions less spread only when the spread is large', () => {
    expect(spreadAdvice(20)).toMatch(/spread of 20.*less spread/);
    expect(spreadAdvice(2)).toBe('');
    expect(spreadAdvice(undefined)).toBe('');
  });
});

describe('divergence messages use the run settings', () => {
  it('overshootReason at learning rate 0.01 and batch 1 does not suggest 0.01', () => {
    const reason = overshootReason([event(1, 1.2), event(2, 5.2)], 'categoricalCrossentropy', 4, 0.01, 1)!;
    expect(reason).toMatch(/learning rate 0\.01 and batch size 1/);
    expect(reason).not.toMatch(/such as 0\.01\b/);
    expect(reason).toMatch(/such as 0\.001/);
    expect(reason).toMatch(/bigger batch/);
  });

  it("the demo's summary adds the spread advice for a wide spread", () => {
    const end = { status: 'diverged' as const, epochsRun: 1, trainMs: 5, reason: 'Training diverged in epoch 2.' };
    expect(runSummary(end, blobs4, 10, { spread: 20 })).toMatch(/diverged in epoch 2\. With a spread of 20 .*less spread helps too\. Press Reset/);
    expect(runSummary(end, blobs4, 10, { spread: 2 })).not.toMatch(/spread/);
  });
});
