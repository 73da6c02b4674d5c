/**
 * What to try after a run whose steps overshot, from the settings that run actually used: a
 * learning rate below the one it had (never one it already had), a bigger batch when the batch
 * was small, and less spread when the data's clusters were spread wide. Pure, so it is tested
 * in Node and shared by the training loop and the demo's summary.
 */

/** Batches below this follow a handful of points, so each step is noisy and large. */
export const SMALL_BATCH = 16;
/** Spreads above this make the inputs large, and with them every step. */
export const LARGE_SPREAD = 5;

/** A tenth of the rate, rounded to two significant digits (0.005 gives 0.0005, not 0.00049999…). */
export function smallerLearningRate(learningRate: number): number {
  return Number((learningRate / 10).toPrecision(2));
}

/** The advice clause of a divergence message: "try a smaller learning rate than 0.01, such as 0.001, …". */
export function overshootAdvice(settings: { learningRate: number; batchSize?: number }): string {
  const { learningRate, batchSize } = settings;
  const rate = `try a smaller learning rate than ${learningRate}, such as ${smallerLearningRate(learningRate)}`;
  if (batchSize === undefined || batchSize >= SMALL_BATCH) return `${rate}.`;
  const noun = batchSize === 1 ? 'one point' : `${batchSize} points`;
  return `${rate}, or a bigger batch: a batch of ${noun} makes every step follow too few points.`;
}

/** A sentence about the data's spread when it is large enough to make the steps large; '' otherwise. */
export function spreadAdvice(spread: number | undefined): string {
  if (spread === undefined || !(spread > LARGE_SPREAD)) return '';
  return `With a spread of ${spread} the inputs are large and so is every step: less spread helps too.`;
}
