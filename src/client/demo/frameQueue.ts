/**
 * The page-wide queue of figure work, one job per animation frame, so several figures updating
 * at once (or one figure drawn part by part) never add up to one long task. A figure's draw is
 * keyed by the figure, so repeated requests merge; the other jobs (a panel, a part of one) run
 * first, in order. Hidden tabs get no animation frames: a timeout keeps figures current for when
 * they come back.
 */
export interface Drawable {
  renderNow(): void;
}

const draws = new Set<Drawable>();
const jobs: (() => void)[] = [];
let frameRequested = false;

function pump(): void {
  frameRequested = false;
  const job = jobs.shift();
  if (job) job();
  else {
    const next = draws.values().next();
    if (next.done) return;
    draws.delete(next.value);
    next.value.renderNow();
  }
  if (jobs.length > 0 || draws.size > 0) schedule();
}

function nextFrame(run: () => void): void {
  if (document.visibilityState === 'hidden') setTimeout(run, 100);
  else requestAnimationFrame(run);
}

function schedule(): void {
  if (frameRequested) return;
  frameRequested = true;
  nextFrame(pump);
}

/** Asks for `figure.renderNow()` in a coming frame (once, however often it is asked). */
export function requestFigureDraw(figure: Drawable): void {
  draws.add(figure);
  schedule();
}

/**
 * Like requestFigureDraw, a frame later: the coming frame paints what the page changed in this
 * task (a run's results) before the figure's drawing begins.
 */
export function deferFigureDraw(figure: Drawable): void {
  nextFrame(() => requestFigureDraw(figure));
}

export function cancelFigureDraw(figure: Drawable): void {
  draws.delete(figure);
}

/** Runs `job` in a coming frame of its own, after the jobs queued before it. */
export function queueFrameJob(job: () => void): void {
  jobs.push(job);
  schedule();
}
