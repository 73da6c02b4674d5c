/**
 * The page-wide queue of figure work, one job per animation frame, so several figures updating
 * at once (or one figure drawn in steps) never add up to one long task. A figure's draw is
 * keyed by the figure, so repeated requests merge; the other jobs (a panel, a step of one) run
 * first, in order. Hidden tabs get no animation frames: a timeout keeps figures current for when
 * they come back.
 *
 * A job runs in a task of its own just after a frame has been rendered, not in the frame's
 * animation callbacks: the browser's style, layout and paint of what the job changed then come
 * in the next frame's task, not in the job's. At 4x CPU a redraw's script (25-35 ms) and the
 * rendering of its frame (40-60 ms) made one task of 75-110 ms (long-animation-frame entries of
 * the four-blobs page); apart, they are two shorter tasks. What the job changes is painted a
 * frame later.
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

/** Posts a task, without setTimeout's clamping once timers nest. */
let channel: MessageChannel | undefined;
const afterFrame: (() => void)[] = [];

function postTask(run: () => void): void {
  if (typeof MessageChannel !== 'function') {
    setTimeout(run, 0);
    return;
  }
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => afterFrame.shift()?.();
  }
  afterFrame.push(run);
  channel.port2.postMessage(null);
}

/** Runs `run` in a task of its own once the next frame has been rendered. */
function nextFrame(run: () => void): void {
  if (document.visibilityState === 'hidden') setTimeout(run, 100);
  else requestAnimationFrame(() => postTask(run));
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
