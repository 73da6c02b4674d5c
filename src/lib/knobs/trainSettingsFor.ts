/**
 * Turns a demo's knob values into what the training protocol and the data code take. Pure, so
 * the page's own copy of the data (drawn on the main thread) and the worker's are built from the
 * same parameters and cannot drift apart.
 */
import type { ExperimentId } from '../experiments';
import type { BlobsDataParams, DataParams, RegressionDataParams, TrainSettings } from '../training/protocol';
import { experimentById, LESSON_GRID } from '../experiments/registry';
import type { DemoSettings } from './demoKnobs';

export function dataParamsFor(id: ExperimentId, s: DemoSettings): DataParams {
  const d = experimentById(id).data;
  if (d.kind === 'blobs') {
    const p: BlobsDataParams = {
      nSamples: s.samples ?? d.nSamples,
      centers: s.centers ?? d.centers,
      clusterStd: s.spread ?? d.clusterStd,
      randomState: s.dataSeed,
    };
    return p;
  }
  const p: RegressionDataParams = { n: s.points ?? d.n, noise: s.noise ?? d.noise, seed: s.dataSeed };
  return p;
}

export function trainSettingsFor(id: ExperimentId, s: DemoSettings): TrainSettings {
  const c = experimentById(id);
  // The lesson seeds the initial weights apart from the shuffle only when its config says so;
  // a reader's seed then moves both, so one knob gives a genuinely different run.
  const initSeed = s.seed === c.training.seed && c.model.seed !== c.training.seed ? c.model.seed : undefined;
  return {
    experiment: id,
    data: dataParamsFor(id, s),
    epochs: s.epochs,
    batchSize: s.batchSize,
    learningRate: s.learningRate,
    seed: s.seed,
    ...(initSeed !== undefined ? { initSeed } : {}),
    livePredictions: true,
    ...(c.data.kind === 'blobs' ? { grid: LESSON_GRID } : {}),
  };
}
