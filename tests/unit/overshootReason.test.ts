import '@tensorflow/tfjs-backend-cpu';
import { describe, expect, test } from 'vitest';
import { overshootReason } from '../../src/lib/model/train';
import { blobs4, runExperiment } from '../../src/lib/experiments';
import type { EpochEvent } from '../../src/lib/model';

const event = (epoch: number, loss: number): EpochEvent => ({ epoch, loss, weights: { kernel: [[0]], bias: [0] } });

describe('overshootReason', () => {
  test('says nothing about a loss that falls', () => {
    expect(overshootReason([event(1, 0.35), event(2, 0.27)], 'categoricalCrossentropy', 4, 0.01)).toBeUndefined();
  });

  test('says nothing when the loss is high but still below its first value (a slow start)', () => {
    expect(overshootReason([event(1, 3.2), event(2, 2.9)], 'categoricalCrossentropy', 4, 1e-6)).toBeUndefined();
  });

  test('stops a classifier whose loss climbs above ln K and above its first epoch', () => {
    const reason = overshootReason([event(1, 1.11), event(2, 1.48)], 'categoricalCrossentropy', 4, 100);
    expect(reason).toMatch(/epoch 2/);
    expect(reason).toMatch(/1\.480/);
    expect(reason).toMatch(/ln 4/);
    expect(reason).toMatch(/learning rate 100/);
  });

  test('never judges a regression by ln K', () => {
    expect(overshootReason([event(1, 0.1), event(2, 5)], 'meanSquaredError', 1, 100)).toBeUndefined();
  });
});

describe('a far too large learning rate on the four blobs', () => {
  test('learning rate 100 stops as diverged and keeps the epochs it ran', async () => {
    const config = { ...blobs4, training: { ...blobs4.training, learningRate: 100 } };
    const run = await runExperiment(config);
    expect(run.training.status).toBe('diverged');
    expect(run.training.reason).toMatch(/smaller learning rate/);
    expect(run.training.history.length).toBeGreaterThanOrEqual(2);
    expect(run.training.history.length).toBeLessThan(config.training.epochs);
  });

  test('the lesson learning rate runs all its epochs', async () => {
    const run = await runExperiment(blobs4);
    expect(run.training.status).toBe('completed');
    expect(run.training.history).toHaveLength(blobs4.training.epochs);
  });
});
