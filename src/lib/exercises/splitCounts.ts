import { trainTestSplit } from '../data/trainTestSplit';

/**
 * How many of `n` samples `train_test_split` keeps for training and for testing, found by
 * splitting n indices with the same function as the experiments' data.
 */
export function splitCounts(n: number, testSize: number, randomState = 42): { train: number; test: number } {
  const ids = Array.from({ length: n }, (_, i) => i);
  const { XTrain, XTest } = trainTestSplit(ids, ids, { testSize, randomState });
  return { train: XTrain.length, test: XTest.length };
}
