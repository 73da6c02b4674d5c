import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import type { DoneMessage, TrainSettings } from '../../src/lib/training/protocol';
import { lessonSettings } from '../../src/lib/training/experimentConfig';
import { hostHarness } from './support/hostHarness';

const small: TrainSettings = {
  experiment: 'blobs4',
  data: { nSamples: 400 },
  epochs: 3,
  batchSize: 8,
  learningRate: 0.05,
  seed: 3,
  sendData: true,
  livePredictions: true,
  grid: { n: 10, extent: 20 },
};

describe('trainer host', () => {
  it('announces its backend, trains, reports every epoch and frees every tensor', async () => {
    const { host, events, until, send } = hostHarness();
    expect(await host.ready).toBe('cpu');
    expect(events[0]).toEqual({ type: 'ready', backend: 'cpu' });
    const before = tf.memory().numTensors;

    send({ type: 'train', runId: 1, settings: small });
    const done = (await until((m) => m.type === 'done' || m.type === 'error')) as DoneMessage;
    expect(done.type).toBe('done');
    expect(done.status).toBe('completed');
    expect(done.epochsRun).toBe(3);
    expect(done.history.map((h) => h.epoch)).toEqual([1, 2, 3]);
    expect(done.history[0]).not.toHaveProperty('weights');
    expect(done.test?.accuracy).toBeGreaterThan(0.5);
    expect(done.weights?.kernel).toHaveLength(2);
    expect(done.weights?.kernel[0]).toHaveLength(4);
    expect(done.predictions?.test).toHaveLength(80);
    expect(done.predictions?.testClasses).toHaveLength(80);
    expect(done.predictions?.gridClasses).toHaveLength(100);

    const data = events.find((m) => m.type === 'data');
    expect(data).toMatchObject({ type: 'data', runId: 1, kind: 'classification' });
    if (data?.type === 'data') expect(data.xTrain).toHaveLength(320);
    const epochs = events.filter((m) => m.type === 'epoch');
    expect(epochs).toHaveLength(3);
    if (epochs[0].type === 'epoch') expect(epochs[0].predictions?.gridClasses).toHaveLength(100);
    if (epochs[2].type === 'epoch') {
      expect(epochs[2].progress).toBe(1);
      expect(epochs[2].event.weights.bias).toHaveLength(4);
    }
    // Three quick epochs: the first carries the grid, the next come within livePace's interval
    // and carry their metrics alone; the run's end brings the final grid (above).
    expect(epochs.filter((m) => m.type === 'epoch' && m.predictions).length).toBe(1);
    expect(events.some((m) => m.type === 'progress')).toBe(true);

    expect(tf.memory().numTensors).toBe(before);
    send({ type: 'memory' });
    expect(await until((m) => m.type === 'memory')).toEqual({
      type: 'memory',
      numTensors: before,
      numBytes: tf.memory().numBytes,
      running: false,
    });
  });

  it("reproduces the lesson's 4-blob run with its settings", async () => {
    const { until, send } = hostHarness();
    send({ type: 'train', runId: 1, settings: lessonSettings('blobs4') });
    const done = (await until((m) => m.type === 'done' || m.type === 'error')) as DoneMessage;
    expect(done.status).toBe('completed');
    expect(done.test!.accuracy).toBeGreaterThanOrEqual(0.9225);
    expect(done.test!.loss).toBeLessThanOrEqual(0.18148446649312974);
  });

  it('gives the same numbers for the same settings', async () => {
    const a = hostHarness();
    a.send({ type: 'train', runId: 1, settings: { ...small, sendData: false, livePredictions: false } });
    const b = hostHarness();
    b.send({ type: 'train', runId: 1, settings: { ...small, sendData: false, livePredictions: false } });
    const [da, db] = (await Promise.all([a.until((m) => m.type === 'done'), b.until((m) => m.type === 'done')])) as DoneMessage[];
    expect(da.history).toEqual(db.history);
    expect(da.weights).toEqual(db.weights);
  });

  it('stops on request, refuses a second run meanwhile, and still cleans up', async () => {
    const { until, send, events } = hostHarness();
    const before = tf.memory().numTensors;
    send({ type: 'train', runId: 7, settings: { ...small, data: {}, epochs: 50, batchSize: 4 } });
    send({ type: 'train', runId: 8, settings: small });
    expect(await until((m) => m.type === 'error')).toEqual({
      type: 'error',
      runId: 8,
      message: 'A training run is already in progress.',
    });
    await until((m) => m.type === 'progress');
    send({ type: 'stop', runId: 99 }); // another run's stop is ignored
    send({ type: 'stop', runId: 7 });
    const done = (await until((m) => m.type === 'done')) as DoneMessage;
    expect(done.status).toBe('stopped');
    expect(done.reason).toMatch(/stopped/);
    expect(done.epochsRun).toBeLessThan(50);
    expect(done.weights?.kernel).toHaveLength(2);
    expect(done.test?.loss).toBeGreaterThan(0);
    expect(events.filter((m) => m.type === 'done')).toHaveLength(1);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reports bad settings as an error of that run', async () => {
    const { until, send } = hostHarness();
    send({ type: 'train', runId: 3, settings: { ...small, batchSize: 0 } });
    const err = await until((m) => m.type === 'error');
    expect(err).toMatchObject({ type: 'error', runId: 3 });
    if (err.type === 'error') expect(err.message).toMatch(/batchSize/);
    send({ type: 'train', runId: 4, settings: { ...small, learningRate: Number.NaN } });
    const err2 = await until((m) => m.type === 'error' && m.runId === 4);
    if (err2.type === 'error') expect(err2.message).toMatch(/learningRate/);
  });

  it('trains the regression and draws its curve', async () => {
    const { until, send } = hostHarness();
    send({
      type: 'train',
      runId: 1,
      settings: { ...lessonSettings('regression'), livePredictions: true },
    });
    const done = (await until((m) => m.type === 'done' || m.type === 'error')) as DoneMessage;
    expect(done.status).toBe('completed');
    expect(done.test?.accuracy).toBeUndefined();
    // The lesson reports 0.0117; the noise floor is 0.01.
    expect(done.test!.loss).toBeLessThan(0.0117);
    expect(done.predictions?.curve?.x).toHaveLength(200);
    expect(done.predictions?.curve?.y[0]).toBeGreaterThan(0.9);
    expect(done.predictions?.curve?.y[199]).toBeLessThan(0.1);
    expect(done.predictions?.test).toHaveLength(200);
  });

  it('after dispose, ignores new runs and releases its variables', async () => {
    const { host, send, events } = hostHarness();
    await host.ready;
    send({ type: 'dispose' });
    await host.closed;
    send({ type: 'train', runId: 1, settings: small });
    await new Promise((r) => setTimeout(r, 20));
    expect(events.filter((m) => m.type !== 'ready')).toEqual([]);
  });
});
