import { RandomState } from '../random/RandomState';

/**
 * scikit-learn's `train_test_split` (shuffled, not stratified): a fresh generator seeded with
 * `randomState` permutes the indices, the first ceil(testSize * n) of them form the test set
 * and the rest the training set, both kept in permutation order.
 */
export function trainTestSplit<A, B>(
  X: A[],
  y: B[],
  o: { testSize?: number; randomState: number },
): { XTrain: A[]; XTest: A[]; yTrain: B[]; yTest: B[] } {
  const n = X.length;
  if (y.length !== n) {
    throw new RangeError(`trainTestSplit needs X and y of the same length; got ${n} and ${y.length}`);
  }
  const testSize = o.testSize ?? 0.25;
  if (!(testSize > 0 && testSize < 1)) {
    throw new RangeError(`trainTestSplit testSize must be a fraction strictly between 0 and 1; got ${testSize}`);
  }
  const nTest = Math.ceil(testSize * n);
  if (nTest >= n) {
    throw new RangeError(`trainTestSplit with testSize ${testSize} leaves no training samples out of ${n}`);
  }
  const perm = new RandomState(o.randomState).permutation(n);
  const test = perm.slice(0, nTest);
  const train = perm.slice(nTest);
  return {
    XTrain: train.map((i) => X[i]),
    XTest: test.map((i) => X[i]),
    yTrain: train.map((i) => y[i]),
    yTest: test.map((i) => y[i]),
  };
}
