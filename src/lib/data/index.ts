export { makeBlobs } from './makeBlobs';
export type { Blobs, MakeBlobsOptions } from './makeBlobs';
export { trainTestSplit } from './trainTestSplit';
export { toCategorical } from './toCategorical';
export { linspace } from './linspace';
export { decisionGrid } from './decisionGrid';
export { regressionData, REGRESSION_SEED } from './regressionData';
