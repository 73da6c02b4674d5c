import { RandomState } from '../random/RandomState';

export interface MakeBlobsOptions {
  nSamples: number;
  /** Default 2. */
  nFeatures?: number;
  /** The number of clusters; their centres are drawn at random inside `centerBox`. */
  centers: number;
  /** Default 1. */
  clusterStd?: number;
  /** Default [-10, 10]. */
  centerBox?: [number, number];
  /** Default true. */
  shuffle?: boolean;
  randomState: number;
}

export interface Blobs {
  X: number[][];
  y: number[];
  centers: number[][];
}

/**
 * Isotropic Gaussian clusters, drawn exactly as scikit-learn 1.2.1's `make_blobs` draws them
 * from NumPy's legacy generator: centres first, then each cluster's points row by row, then one
 * shuffle of the whole set with the same generator. Same options, same seed, same arrays.
 */
export function makeBlobs(o: MakeBlobsOptions): Blobs {
  const { nSamples, nFeatures = 2, centers: nCenters, clusterStd = 1, centerBox = [-10, 10] } = o;
  const shuffle = o.shuffle ?? true;
  checkInteger('nSamples', nSamples, 1);
  checkInteger('nFeatures', nFeatures, 1);
  checkInteger('centers', nCenters, 1);
  if (!Number.isFinite(clusterStd) || clusterStd < 0) {
    throw new RangeError(`makeBlobs clusterStd must be a finite number >= 0; got ${clusterStd}`);
  }
  if (!Array.isArray(centerBox) || centerBox.length !== 2 || !centerBox.every(Number.isFinite)) {
    throw new RangeError(`makeBlobs centerBox must be two finite numbers [low, high]; got ${String(centerBox)}`);
  }
  if (!(centerBox[0] <= centerBox[1])) {
    throw new RangeError(`makeBlobs centerBox must have low <= high; got [${centerBox.join(', ')}]`);
  }

  const rng = new RandomState(o.randomState);
  const flat = rng.uniform(centerBox[0], centerBox[1], nCenters * nFeatures);
  const centers = Array.from({ length: nCenters }, (_, k) => flat.slice(k * nFeatures, (k + 1) * nFeatures));

  // Like scikit-learn, the first nSamples % nCenters clusters get one point more.
  const base = Math.floor(nSamples / nCenters);
  const extra = nSamples % nCenters;
  const X: number[][] = [];
  const y: number[] = [];
  // Plain loops: a reader's typed size is made once, by code the engine has not optimised yet.
  for (let k = 0; k < nCenters; k++) {
    const center = centers[k];
    const count = base + (k < extra ? 1 : 0);
    for (let n = 0; n < count; n++) {
      const row: number[] = [];
      for (let f = 0; f < nFeatures; f++) row.push(rng.normal(center[f], clusterStd));
      X.push(row);
      y.push(k);
    }
  }

  if (!shuffle) return { X, y, centers };
  const idx = rng.permutation(nSamples);
  const shuffledX: number[][] = [];
  const shuffledY: number[] = [];
  for (let i = 0; i < nSamples; i++) {
    shuffledX.push(X[idx[i]]);
    shuffledY.push(y[idx[i]]);
  }
  return { X: shuffledX, y: shuffledY, centers };
}

function checkInteger(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`makeBlobs ${name} must be an integer >= ${min}; got ${value}`);
  }
}
