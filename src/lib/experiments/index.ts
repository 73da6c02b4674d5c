export { blobs4 } from './blobs4';
export { blobs2 } from './blobs2';
export { regression } from './regression';
export { moons } from './moons';
export { moonsLinear } from './moonsLinear';
export { circles } from './circles';
export { circlesLinear } from './circlesLinear';
export { sine } from './sine';
/** Every experiment, in the registry's order: what `npm run reproduce` runs. */
export { EXPERIMENTS as experiments } from './registry';
export type { ExperimentConfig, ExperimentId, BlobsDataConfig, RegressionDataConfig, TwoClassDataConfig, ModelConfig } from './ExperimentConfig';
export { experimentData } from './experimentData';
export type { ExperimentData } from './experimentData';
export { buildExperimentModel } from './buildExperimentModel';
export { runExperiment } from './runExperiment';
export type { ExperimentRun, RunExperimentOptions } from './runExperiment';
