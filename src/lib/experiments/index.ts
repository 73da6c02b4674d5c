import { blobs2 } from './blobs2';
import { blobs4 } from './blobs4';
import type { ExperimentConfig } from './ExperimentConfig';
import { regression } from './regression';

export { blobs4, blobs2, regression };
export const experiments: readonly ExperimentConfig[] = [blobs4, blobs2, regression];
export type { ExperimentConfig, ExperimentId, BlobsDataConfig, RegressionDataConfig, ModelConfig } from './ExperimentConfig';
export { experimentData } from './experimentData';
export type { ExperimentData } from './experimentData';
export { buildExperimentModel } from './buildExperimentModel';
export { runExperiment } from './runExperiment';
export type { ExperimentRun, RunExperimentOptions } from './runExperiment';
