/**
 * Turns a demo's knob values into what the training protocol and the data code take. Pure, so
 * the page's own copy of the data (drawn on the main thread) and the worker's are built from the
 * same parameters and cannot drift apart.
 */
import type { ExperimentId } from '../experiments';
import type { BlobsDataParams, DataParams, ModelParams, RegressionDataParams, TrainSettings, TwoClassDataParams } from '../training/protocol';
import { experimentById, experimentGrid } from '../experiments/registry';
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
  if (d.kind !== 'regression') {
    const p: TwoClassDataParams = { nSamples: s.samples ?? d.nSamples, noise: s.noise ?? d.noise, randomState: s.dataSeed };
    return p;
  }
  const p: RegressionDataParams = {
    n: s.points ?? d.n,
    noise: s.noise ?? d.noise,
    seed: s.dataSeed,
    ...(s.target !== undefined ? { target: s.target } : {}),
  };
  return p;
}

/** The hidden layer's settings, when the experiment has those knobs. */
export function modelParamsFor(s: DemoSettings): ModelParams | undefined {
  if (s.hiddenUnits === undefined && s.activation === undefined) return undefined;
  return { ...(s.hiddenUnits !== undefined ? { hidden: s.hiddenUnits } : {}), ...(s.activation !== undefined ? { activation: s.activation } : {}) };
}

export function trainSettingsFor(id: ExperimentId, s: DemoSettings): TrainSettings {
  const c = experimentById(id);
  // The lesson seeds the initial weights apart from the shuffle only when its config says so;
  // a reader's seed then moves both, so one knob gives a genuinely different run.
  const initSeed = s.seed === c.training.seed && c.model.seed !== c.training.seed ? c.model.seed : undefined;
  const model = modelParamsFor(s);
  return {
    experiment: id,
    data: dataParamsFor(id, s),
    ...(model ? { model } : {}),
    epochs: s.epochs,
    batchSize: s.batchSize,
    learningRate: s.learningRate,
    seed: s.seed,
    ...(initSeed !== undefined ? { initSeed } : {}),
    livePredictions: true,
    ...(c.kind === 'classification' ? { grid: experimentGrid(c) } : {}),
  };
}
