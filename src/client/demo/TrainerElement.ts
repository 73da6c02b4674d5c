/**
 * <demo-trainer experiment="blobs4">: hydrates the controls Trainer.astro rendered. It only
 * talks to the experiment's store: the knobs write settings, Train / Stop / Reset drive the run,
 * and the store's events fill the progress bar, the status line, the test results and the
 * export links. The curves are their own <demo-loss-curves> elements inside it.
 *
 * The status line is a polite live region, so what it says is read out: where the run trains
 * once the first progress or epoch event shows the backend is up, then an epoch's loss at most
 * every EPOCH_ANNOUNCE_MS (a screen reader told of every epoch of a fast run hears nothing
 * else), then the run's summary. The progress text beside the bar follows every epoch silently.
 *
 * Focus never falls to the page's top: when the focused button becomes disabled (Train while a
 * run goes, Stop when it ends), focus moves to the button that now does something.
 */
import { isExperimentId } from '../../lib/experiments/registry';
import type { ExperimentId } from '../../lib/experiments/ExperimentConfig';
import { toCsv } from '../../lib/export/toCsv';
import { weightsToJson } from '../../lib/export/weightsToJson';
import type { DoneMessage, MemoryMessage } from '../../lib/training/protocol';
import { getExperimentStore, type ExperimentStore } from './experimentStore';
import { formatMetric, runSummary } from '../../lib/demo/runSummary';
import { wireKnobs, type WiredKnobs } from './wireKnobs';
import './LossCurvesFigure';

const PROGRESS_REPAINT_MS = 250;
const EPOCH_ANNOUNCE_MS = 10_000;

export class TrainerElement extends HTMLElement {
  store!: ExperimentStore;
  private knobs: WiredKnobs | undefined;
  private offs: (() => void)[] = [];
  private originalResults = new Map<HTMLElement, string>();
  private originalCaption = '';
  private weightsUrl: string | undefined;
  private dataUrl: string | undefined;
  private started = false;
  private progressTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the status line has said where the current run trains, and when it last spoke. */
  private toldBackend = false;
  private lastAnnounced = 0;

  connectedCallback(): void {
    const id = this.getAttribute('experiment') as ExperimentId;
    if (!isExperimentId(id) || this.started) return;
    this.started = true;
    this.store = getExperimentStore(id);
    const s = this.store;

    for (const el of this.querySelectorAll<HTMLElement>('[data-result]')) this.originalResults.set(el, el.textContent ?? '');
    this.originalCaption = this.el('[data-results-caption]')?.textContent ?? '';
    this.querySelectorAll<HTMLElement>('[data-js-only]').forEach((el) => (el.hidden = false));
    this.querySelectorAll<HTMLElement>('[data-no-js]').forEach((el) => (el.hidden = true));

    this.knobs = wireKnobs(this, s, () => this.syncButtons());
    this.button('train').addEventListener('click', () => void s.train());
    this.button('stop').addEventListener('click', () => {
      s.stop();
      // Said until the run ends: no epoch announcement talks over it.
      this.toldBackend = true;
      this.lastAnnounced = Infinity;
      this.say('Stopping after the current step…');
    });
    this.button('reset').addEventListener('click', () => {
      s.reset();
      this.say("Back to the lesson's settings.");
    });
    this.el<HTMLAnchorElement>('[data-export="data"]')?.addEventListener('click', (e) => this.prepareDataLink(e));
    this.showNotices();

    this.offs.push(
      s.on('start', (settings) => {
        this.dataset.state = 'running';
        this.setProgress(0, `Epoch 1 of ${settings.epochs}: starting…`);
        this.clearResults('Test set: your run is training…');
        this.setWeightsLink(undefined);
        // A later run finds TF.js loaded and its backend known; the first waits for them.
        this.toldBackend = s.backend !== undefined;
        this.announce(s.backend ? `Training on the ${this.backendText()}…` : 'Loading TF.js and starting the training…');
        this.syncButtons();
      }),
      s.on('progress', () => {
        this.tellBackend();
        // Up to 20 progress events a second arrive; every repaint of the page costs its thread
        // several milliseconds (measured), so the bar moves four times a second.
        if (this.progressTimer) return;
        this.progressTimer = setTimeout(() => {
          this.progressTimer = undefined;
          const m = s.last.progress;
          if (!m || !s.running) return;
          const epochs = s.last.settings?.epochs ?? m.epoch;
          const fraction = (m.epoch - 1 + m.step / m.stepsPerEpoch) / epochs;
          this.setProgress(fraction, `Epoch ${m.epoch} of ${epochs}, step ${m.step} of ${m.stepsPerEpoch}`);
          this.showBackend();
        }, PROGRESS_REPAINT_MS);
      }),
      s.on('epoch', (m) => {
        const epochs = s.last.settings?.epochs ?? m.event.epoch;
        const e = m.event;
        const acc = e.valAccuracy !== undefined ? `, validation accuracy ${formatMetric(e.valAccuracy)}` : '';
        const text = `Epoch ${e.epoch} of ${epochs} done: loss ${formatMetric(e.loss)}${acc}`;
        this.setProgress(m.progress, text);
        this.showBackend();
        if (!this.tellBackend() && performance.now() - this.lastAnnounced >= EPOCH_ANNOUNCE_MS) {
          this.announce(`Training on the ${this.backendText()}. ${text}.`);
        }
      }),
      s.on('done', (done) => this.onDone(done)),
      s.on('error', (message) => {
        this.dataset.state = 'error';
        this.say(`Training failed: ${message}`, 'problem');
      }),
      s.on('cancelled', () => {
        this.setProgress(0, 'Not started');
        this.restoreResults();
        this.dataset.state = 'stopped';
        this.say('Stopped before training started.');
      }),
      s.on('validity', () => this.syncButtons()),
      s.on('idle', () => this.syncButtons()),
      s.on('reset', () => {
        this.setProgress(0, 'Not started');
        this.restoreResults();
        this.setWeightsLink(undefined);
        this.showNotices();
        this.syncButtons();
      }),
      s.on('data', () => {
        // A result on show belongs to other data now: say so rather than leave it standing.
        if (this.dataset.state !== undefined) {
          this.setProgress(0, 'Not started');
          this.say(
            s.running
              ? "Data changed: the run on the old data was stopped, and the results above are the lesson's."
              : "Data changed: the results above are the lesson's; train again to see yours.",
          );
        }
        this.restoreResults();
        this.setWeightsLink(undefined);
        this.dataUrl = revoke(this.dataUrl);
      }),
    );
    this.syncButtons();
    this.dataset.ready = 'true';
  }

  disconnectedCallback(): void {
    for (const off of this.offs) off();
    this.offs = [];
    this.knobs?.dispose();
    this.started = false;
  }

  /** Tensors held by the trainer, for tests and the curious. */
  memory(): Promise<MemoryMessage> {
    return this.store.memory();
  }

  private onDone(done: DoneMessage): void {
    const s = this.store;
    const epochs = s.last.settings?.epochs ?? done.epochsRun;
    this.setProgress(done.status === 'completed' ? 1 : done.epochsRun / epochs, progressText(done, epochs));
    this.showBackend();
    if (done.test) this.showResults(done);
    else this.clearResults('Test set: your run (it diverged, so the test set was not evaluated), and the lesson', 'not evaluated');
    this.dataset.state = done.status;
    if (done.weights && done.status !== 'diverged') this.setWeightsLink(done);
    // The noise floor is the noise of the data this run learned, which the reader may have changed.
    const config =
      s.config.data.kind === 'regression' && s.last.settings?.noise !== undefined
        ? { ...s.config, data: { ...s.config.data, noise: s.last.settings.noise } }
        : s.config;
    if (config.data.kind === 'regression') {
      const floor = this.el('[data-result="floor"]');
      if (floor) floor.textContent = formatMetric(config.data.noise ** 2);
    }
    const summary = runSummary(done, config, epochs, s.last.settings);
    this.say(summary, done.status === 'diverged' ? 'problem' : 'ok');
  }

  private showResults(done: DoneMessage): void {
    const test = done.test!;
    const set = (name: string, v: number | undefined) => {
      const el = this.el(`[data-result="${name}"]`);
      if (!el || v === undefined) return;
      el.textContent = formatMetric(v);
      el.dataset.value = String(v);
    };
    set('loss', test.loss);
    set('accuracy', test.accuracy);
    const caption = this.el('[data-results-caption]');
    if (caption) caption.textContent = done.status === 'stopped' ? 'Test set: your stopped run, and the lesson' : 'Test set: your run, and the lesson';
  }

  private clearResults(caption: string, cell = '…'): void {
    for (const el of this.originalResults.keys()) {
      el.textContent = cell;
      delete el.dataset.value;
    }
    const c = this.el('[data-results-caption]');
    if (c) c.textContent = caption;
  }

  private restoreResults(): void {
    for (const [el, text] of this.originalResults) {
      el.textContent = text;
      delete el.dataset.value;
    }
    const c = this.el('[data-results-caption]');
    if (c) c.textContent = this.originalCaption;
    delete this.dataset.state;
  }

  private syncButtons(): void {
    const running = this.store.running;
    // Any refused field of this experiment counts, the data figure's as much as the trainer's own.
    const invalid = this.store.hasInvalidField();
    const train = this.button('train');
    const stop = this.button('stop');
    const hadFocus = document.activeElement;
    train.disabled = running || invalid;
    stop.disabled = !running;
    this.button('reset').disabled = false;
    const why = this.el('[data-train-why]');
    if (why) why.textContent = invalid && !running ? 'Fix the marked setting to train.' : '';
    if (hadFocus === train && train.disabled && !stop.disabled) stop.focus();
    else if (hadFocus === stop && stop.disabled && !train.disabled) train.focus();
  }

  private setProgress(fraction: number, text: string): void {
    const bar = this.el<HTMLProgressElement>('progress');
    if (bar) bar.value = Math.max(0, Math.min(1, fraction));
    const label = this.el('[data-progress-text]');
    if (label) label.textContent = text;
  }

  private backendText(): string {
    const where = this.store.mode === 'main-thread' ? "on the page's own thread (no worker could start)" : 'in a Web Worker';
    return `TF.js ${this.store.backend ?? 'cpu'} backend, ${where}`;
  }

  private showBackend(): void {
    const el = this.el('[data-backend]');
    if (el && this.store.backend) el.textContent = `Runs on: ${this.backendText()}.`;
  }

  /**
   * On a run's first progress or epoch event the backend is running: the status line says
   * where the run trains instead of "Loading". True when it spoke now.
   */
  private tellBackend(): boolean {
    if (this.toldBackend || !this.store.running) return false;
    this.toldBackend = true;
    this.announce(`Training on the ${this.backendText()}…`);
    return true;
  }

  private announce(text: string): void {
    this.lastAnnounced = performance.now();
    this.say(text);
  }

  private say(text: string, kind: 'ok' | 'problem' = 'ok'): void {
    const status = this.el('[data-status]');
    if (!status) return;
    status.textContent = text;
    status.dataset.kind = kind;
  }

  private showNotices(): void {
    const box = this.el('[data-notices]');
    if (!box) return;
    const notices = this.store.notices;
    box.textContent = notices.length ? `Some settings in the link were not used. ${notices.join(' ')}` : '';
  }

  private setWeightsLink(done: DoneMessage | undefined): void {
    const link = this.el<HTMLAnchorElement>('[data-export="weights"]');
    if (!link) return;
    this.weightsUrl = revoke(this.weightsUrl);
    if (!done?.weights) {
      link.removeAttribute('href');
      link.setAttribute('aria-disabled', 'true');
      return;
    }
    const s = this.store;
    const json = weightsToJson({
      experiment: s.id,
      layerName: s.config.model.builder === 'linearSoftmax' ? 'wx_b' : 'dense',
      weights: done.weights,
      settings: { ...(s.last.settings ?? s.settings) },
      history: done.history,
      ...(done.test ? { test: done.test } : {}),
      backend: done.backend,
    });
    this.weightsUrl = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    link.href = this.weightsUrl;
    link.removeAttribute('aria-disabled');
  }

  /** The CSV is built when asked for: the current data, samples in the order made, each with its split. */
  private prepareDataLink(e: MouseEvent): void {
    const link = e.currentTarget as HTMLAnchorElement;
    const s = this.store;
    // The lesson's data is already a file on the site; only other data needs building.
    if (s.isLessonData()) return;
    if (!this.dataUrl) {
      const d = s.data();
      const csv =
        d.kind === 'classification'
          ? toCsv(['x0', 'x1', 'label', 'split'], d.all.X.map((p, i) => [p[0], p[1], d.all.y[i], d.all.split[i]]))
          : toCsv(['x', 'y', 'split'], d.all.X.map((p, i) => [p[0], d.all.y[i], d.all.split[i]]));
      this.dataUrl = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    }
    // The click's default action reads href after this handler, so the new file downloads.
    link.href = this.dataUrl;
  }

  private el<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  private button(name: string): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`button[data-action="${name}"]`)!;
  }
}

function progressText(done: DoneMessage, epochs: number): string {
  if (done.status === 'completed') return `Finished: ${done.epochsRun} of ${epochs} epochs`;
  if (done.status === 'stopped') return `Stopped: ${done.epochsRun} of ${epochs} epochs complete`;
  return `Diverged during epoch ${done.epochsRun + 1} of ${epochs}`;
}

function revoke(url: string | undefined): undefined {
  if (url) URL.revokeObjectURL(url);
  return undefined;
}

if (!customElements.get('demo-trainer')) customElements.define('demo-trainer', TrainerElement);
