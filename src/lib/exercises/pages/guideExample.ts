/**
 * The writing guide's example exercise: how many SGD steps one epoch of the first experiment
 * takes. The answer comes from the experiment's configuration and the split its data gets, so
 * it follows the registry if the experiment changes.
 */
import { experimentById } from '../../experiments/registry';
import { splitCounts } from '../splitCounts';

const { data, training } = experimentById('blobs4');
if (data.kind !== 'blobs') throw new Error('The four-blob experiment must have blob data.');
const split = splitCounts(data.nSamples, data.testSize, data.splitSeed);

export const guideExample = {
  samples: data.nSamples,
  testSize: data.testSize,
  batchSize: training.batchSize,
  train: split.train,
  /** A count: no tolerance, only the exact number is right. */
  stepsPerEpoch: { answer: Math.ceil(split.train / training.batchSize) },
};
