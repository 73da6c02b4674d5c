/**
 * Least time between two epochs whose live predictions (the decision grid, the fitted curve)
 * the trainer computes and posts. A run of a hundred short epochs used to predict, send and draw
 * a 10,000-point grid after every one of them; a page shows a few figures a second at most, and
 * the run's final predictions always arrive with its end, so the epochs in between carry their
 * metrics alone. Measured on the moons: predicting the grid cost 5 to 13 times the training.
 */
export const LIVE_INTERVAL_MS = 200;

/**
 * Whether an epoch's predictions are wanted: the first epoch's always (the reader sees the model
 * start at once), then one epoch at most every `intervalMs` of the clock `now`.
 */
export function livePace(intervalMs = LIVE_INTERVAL_MS, now: () => number = () => performance.now()): (epoch: number) => boolean {
  let last: number | undefined;
  return (epoch) => {
    const t = now();
    if (epoch > 1 && last !== undefined && t - last < intervalMs) return false;
    last = t;
    return true;
  };
}
