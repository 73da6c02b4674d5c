import { describe, expect, it } from 'vitest';
import { ExperimentStore } from '../../src/client/demo/experimentStore';

describe('ExperimentStore settings', () => {
  it("starts from the lesson's settings", () => {
    const s = new ExperimentStore('blobs4', '');
    expect(s.settings).toMatchObject({ learningRate: 0.01, batchSize: 4, epochs: 10, seed: 1, samples: 4000, centers: 4, spread: 2, dataSeed: 101 });
    expect(s.notices).toEqual([]);
    expect(s.isLessonData()).toBe(true);
  });

  it('takes valid link values and ignores the rest with a notice', () => {
    const s = new ExperimentStore('blobs4', '?blobs4.learningRate=0.1&blobs4.batchSize=0&blobs4.nope=1&blobs2.epochs=3');
    expect(s.settings.learningRate).toBe(0.1);
    expect(s.settings.batchSize).toBe(4);
    expect(s.notices).toHaveLength(2);
    expect(s.notices.join(' ')).toMatch(/blobs4\.batchSize/);
    expect(s.notices.join(' ')).toMatch(/blobs4\.nope/);
  });

  it('applies a valid update and refuses an invalid one without changing anything', () => {
    const s = new ExperimentStore('blobs4', '');
    const seen: number[] = [];
    s.on('settings', (x) => seen.push(x.batchSize));
    expect(s.update({ batchSize: '8' })).toEqual({ ok: true, errors: {} });
    const bad = s.update({ batchSize: '1e9', learningRate: '0.5' });
    expect(bad.ok).toBe(false);
    expect(bad.errors.batchSize).toMatch(/too large/);
    expect(s.settings.batchSize).toBe(8);
    expect(s.settings.learningRate).toBe(0.01);
    expect(seen).toEqual([8]);
  });

  it('rebuilds the data when a data knob changes, and reset brings the lesson back', () => {
    const s = new ExperimentStore('blobs4', '');
    const lesson = s.data();
    expect(lesson.all.X).toHaveLength(4000);
    expect(lesson.XTest).toHaveLength(800);
    expect(s.data()).toBe(lesson);
    let events = 0;
    s.on('data', () => (events += 1));
    s.update({ centers: 3, samples: '300' });
    const d = s.data();
    expect(s.isLessonData()).toBe(false);
    expect(d.outputs).toBe(3);
    expect(d.all.X).toHaveLength(300);
    expect(new Set(d.all.y)).toEqual(new Set([0, 1, 2]));
    expect(d.all.split.filter((x) => x === 'test')).toHaveLength(60);
    s.reset();
    expect(s.isLessonData()).toBe(true);
    expect(s.data().all.X).toEqual(lesson.all.X);
    expect(events).toBe(2);
  });
});

describe('ExperimentStore training (main-thread fallback in Node)', () => {
  it('trains one run at a time, reports epochs and ends idle', async () => {
    const s = new ExperimentStore('blobs4', '');
    s.update({ epochs: 2, samples: 400 });
    const log: string[] = [];
    s.on('start', () => log.push('start'));
    s.on('epoch', (m) => log.push(`epoch ${m.event.epoch}`));
    s.on('done', (d) => log.push(`done ${d.status}`));
    s.on('idle', () => log.push('idle'));
    const first = s.train();
    const second = s.train();
    expect(s.running).toBe(true);
    await Promise.all([first, second]);
    expect(log).toEqual(['start', 'epoch 1', 'epoch 2', 'done completed', 'idle']);
    expect(s.running).toBe(false);
    expect(s.last.history).toHaveLength(2);
    expect(s.last.done?.test?.accuracy).toBeGreaterThan(0.5);
    expect(s.livePredictions()?.gridClasses).toHaveLength(10_000);
    expect(s.mode).toBe('main-thread');
  }, 60_000);
});

describe('ExperimentStore own points', () => {
  const state = (X: number[][], y: number[]) => ({ X, y, past: [] });

  it('trains on them instead of the generated data, split like the lesson, until reset', () => {
    const s = new ExperimentStore('blobs4', '');
    const events: number[] = [];
    s.on('data', (d) => events.push(d.all.X.length));
    expect(s.points()).toBeUndefined();
    const X = Array.from({ length: 10 }, (_, i) => [i, i]);
    const points = state(X, X.map((_, i) => i % 2));
    s.setPoints(points);
    expect(s.points()).toBe(points);
    expect(s.isLessonData()).toBe(false);
    const d = s.data();
    expect(d.own).toBe(true);
    expect(d.all.X).toEqual(X);
    expect(d.XTest).toHaveLength(2);
    expect(d.outputs).toBe(2);
    expect(s.data()).toBe(d);
    expect(s.trainProblem()).toBeUndefined();
    s.reset();
    expect(s.points()).toBeUndefined();
    expect(s.data().all.X).toHaveLength(4000);
    expect(events).toEqual([10, 4000]);
  });

  it('says why too few classes cannot train, and refuses to', async () => {
    const s = new ExperimentStore('blobs2', '');
    s.setPoints(state([[1, 1]], [0]));
    expect(s.trainProblem()).toMatch(/All points are of class 0/);
    const errors: string[] = [];
    s.on('error', (m) => errors.push(m));
    await s.train();
    expect(errors[0]).toMatch(/All points are of class 0/);
    expect(s.running).toBe(false);
  });

  it('keeps data knob changes for later, and never writes points into the address', () => {
    const s = new ExperimentStore('blobs4', '');
    s.setPoints(state([[1, 1], [2, 2]], [0, 1]));
    let events = 0;
    s.on('data', () => (events += 1));
    expect(s.update({ samples: '500' }).ok).toBe(true);
    expect(events).toBe(0);
    expect(s.data().all.X).toHaveLength(2);
    s.setPoints(undefined);
    expect(s.data().all.X).toHaveLength(500);
    expect(events).toBe(1);
  });

  it('are for classifiers only', () => {
    const s = new ExperimentStore('regression', '');
    s.setPoints(state([[1, 1], [2, 2]], [0, 1]));
    expect(s.points()).toBeUndefined();
    expect(s.isLessonData()).toBe(true);
  });
});
