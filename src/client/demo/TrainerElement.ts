/**
 * <demo-trainer experiment="blobs4">: hydrates the controls Trainer.astro rendered. It only
 * talks to the experiment's store: the knobs write settings, Train / Stop / Reset drive the run,
 * and the store's events fill the progress bar, the status line, the test results and the
 * export links. The curves are their own <demo-loss-curves> elements inside it.
 *
 * The status line is a polite live region, so what it says is read out: runAnnouncer.ts says where
 * the run trains and, now and then, an epoch's loss; the trainer adds the run's summary. The
 * progress text beside the bar follows every epoch silently. The export links are exportLinks.ts.
 *
 * Focus never falls to the page's top: when the focused button becomes disabled (Train while a
 * run goes, Stop when it ends), focus moves to the button that now does something.
 */
import { isExperimentId } from '../../lib/experiments/registry';
import type { ExperimentId } from '../../lib/experiments/ExperimentConfig';
import type { DoneMessage, MemoryMessage } from '../../lib/training/protocol';
import { getExperimentStore, type ExperimentStore, type StoreEvents } from './experimentStore';
import { formatMetric, runSummary } from '../../lib/demo/runSummary';
import { progressText } from '../../lib/demo/progressText';
import { wireKnobs, type WiredKnobs } from './wireKnobs';
import { exportLinks, type ExportLinks } from './exportLinks';
import { wireCsvImport } from './csvImport';
import { runAnnouncer, type RunAnnouncer } from './runAnnouncer';
import { revealScripted } from './chrome/revealScripted';
import { saveAllMarkup, saveMarkup, type SavedMarkup } from './chrome/savedMarkup';
import { statusLine, type StatusLine } from './chrome/statusLine';
import { nextTask } from './nextTask';
import { whenSeenAndIdle } from './whenSeenAndIdle';
import './LossCurvesFigure';

const PROGRESS_REPAINT_MS = 250;

export class TrainerElement extends HTMLElement {
  store!: ExperimentStore;
  private knobs: WiredKnobs | undefined;
  private offs: (() => void)[] = [];
  private results: SavedMarkup[] = [];
  private caption!: SavedMarkup;
  private status!: StatusLine;
  private announcer!: RunAnnouncer;
  private exports!: ExportLinks;
  private started = false;
  private progressTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const id = this.getAttribute('experiment') as ExperimentId;
    if (!isExperimentId(id) || this.started) return;
    this.started = true;
    this.store = getExperimentStore(id);
    const s = this.store;

    this.results = saveAllMarkup(this, '[data-result]');
    this.caption = saveMarkup(this.el('[data-results-caption]'));
    this.status = statusLine(this);
    this.announcer = runAnnouncer(this.status, s);
    revealScripted(this);

    this.knobs = wireKnobs(this, s, () => this.syncButtons());
    this.button('train').addEventListener('click', () => void this.train());
    this.button('stop').addEventListener('click', () => {
      s.stop();
      this.announcer.stopping();
    });
    this.button('reset').addEventListener('click', () => {
      s.reset();
      this.status.say("Back to the lesson's settings.");
    });
    this.exports = exportLinks(this, s);
    wireCsvImport(this, s);
    this.showNotices();

    this.offs = this.subscribe(s);
    // The data a first run needs is made while the reader reads, not in the click's task (about
    // 30 ms for the regression's 1,000 points at a phone's speed).
    this.offs.push(whenSeenAndIdle(this, () => void s.data()));
    this.syncButtons();
    this.dataset.ready = 'true';
  }

  /**
   * Starts a run. Data not made yet (a click before the idle moment that makes it) is made in a
   * task of its own, after the click's and before the run's start: no task does both.
   */
  private async train(): Promise<void> {
    if (!this.store.running && !this.store.hasData()) {
      await nextTask();
      this.store.data();
      await nextTask();
    }
    await this.store.train();
  }

  /** What the trainer shows for each event of its experiment's store. */
  private subscribe(s: ExperimentStore): (() => void)[] {
    return [
      s.on('start', (settings) => this.onStart(settings.epochs)),
      s.on('progress', () => this.onProgress()),
      s.on('epoch', (m) => this.onEpoch(m)),
      s.on('done', (done) => this.onDone(done)),
      s.on('error', (message) => {
        this.dataset.state = 'error';
        this.status.say(`Training failed: ${message}`, 'problem');
      }),
      s.on('cancelled', () => {
        this.setProgress(0, 'Not started');
        this.restoreResults();
        this.dataset.state = 'stopped';
        this.status.say('Stopped before training started.');
      }),
      s.on('validity', () => this.syncButtons()),
      s.on('idle', () => this.syncButtons()),
      s.on('reset', () => {
        this.setProgress(0, 'Not started');
        this.restoreResults();
        this.exports.setWeightsLink(undefined);
        this.showNotices();
        this.syncButtons();
      }),
      s.on('data', () => {
        // A result on show belongs to other data now: say so rather than leave it standing.
        if (this.dataset.state !== undefined) {
          this.setProgress(0, 'Not started');
          this.status.say(
            s.running
              ? "Data changed: the run on the old data was stopped, and the results above are the lesson's."
              : "Data changed: the results above are the lesson's; train again to see yours.",
          );
        }
        this.restoreResults();
        this.exports.setWeightsLink(undefined);
        this.exports.dataChanged();
        this.syncButtons();
      }),
    ];
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

  private onStart(epochs: number): void {
    this.dataset.state = 'running';
    this.setProgress(0, `Epoch 1 of ${epochs}: starting…`);
    this.clearResults('Test set: your run is training…');
    this.exports.setWeightsLink(undefined);
    this.announcer.started();
    this.syncButtons();
  }

  private onProgress(): void {
    const s = this.store;
    this.announcer.progress();
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
  }

  private onEpoch(m: StoreEvents['epoch']): void {
    const s = this.store;
    const epochs = s.last.settings?.epochs ?? m.event.epoch;
    const e = m.event;
    const acc = e.valAccuracy !== undefined ? `, validation accuracy ${formatMetric(e.valAccuracy)}` : '';
    const text = `Epoch ${e.epoch} of ${epochs} done: loss ${formatMetric(e.loss)}${acc}`;
    this.setProgress(m.progress, text);
    this.showBackend();
    this.announcer.epoch(text);
  }

  private onDone(done: DoneMessage): void {
    const s = this.store;
    const epochs = s.last.settings?.epochs ?? done.epochsRun;
    this.setProgress(done.status === 'completed' ? 1 : done.epochsRun / epochs, progressText(done, epochs));
    this.showBackend();
    if (done.test) this.showResults(done);
    else this.clearResults('Test set: your run (it diverged, so the test set was not evaluated), and the lesson', 'not evaluated');
    this.dataset.state = done.status;
    if (done.weights && done.status !== 'diverged') this.exports.setWeightsLink(done);
    // The noise floor is the noise of the data this run learned, which the reader may have changed.
    const config =
      s.config.data.kind === 'regression' && s.last.settings?.noise !== undefined
        ? { ...s.config, data: { ...s.config.data, noise: s.last.settings.noise } }
        : s.config;
    if (config.data.kind === 'regression') {
      const floor = this.el('[data-result="floor"]');
      if (floor) floor.textContent = formatMetric(config.data.noise ** 2);
    }
    const data = s.last.data;
    const own = data?.own ? ` Trained on your ${data.XTrain.length} points and tested on your ${data.XTest.length}.` : '';
    const summary = runSummary(done, config, epochs, s.last.settings) + own;
    this.status.say(summary, done.status === 'diverged' ? 'problem' : 'ok');
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
    if (caption) {
      const run = done.status === 'stopped' ? 'Test set: your stopped run' : 'Test set: your run';
      // An experiment without lesson figures names its data instead (see Trainer.astro).
      const suffix = caption.dataset.resultsFor;
      caption.textContent = suffix ? `${run}${suffix}` : `${run}, and the lesson`;
    }
  }

  private clearResults(caption: string, cell = '…'): void {
    for (const { el } of this.results) {
      if (!el) continue;
      el.textContent = cell;
      delete el.dataset.value;
    }
    if (this.caption.el) this.caption.el.textContent = caption;
  }

  private restoreResults(): void {
    for (const r of this.results) {
      r.restore();
      if (r.el) delete r.el.dataset.value;
    }
    this.caption.restore();
    delete this.dataset.state;
  }

  private syncButtons(): void {
    const running = this.store.running;
    // Any refused field of this experiment counts, the data figure's as much as the trainer's own.
    const invalid = this.store.hasInvalidField();
    // Own points of a single class (or none) cannot train; the store says why.
    const problem = this.store.trainProblem();
    const train = this.button('train');
    const stop = this.button('stop');
    const hadFocus = document.activeElement;
    train.disabled = running || invalid || problem !== undefined;
    stop.disabled = !running;
    this.button('reset').disabled = false;
    const why = this.el('[data-train-why]');
    if (why) why.textContent = running ? '' : invalid ? 'Fix the marked setting to train.' : (problem ?? '');
    if (hadFocus === train && train.disabled && !stop.disabled) stop.focus();
    else if (hadFocus === stop && stop.disabled && !train.disabled) train.focus();
  }

  private setProgress(fraction: number, text: string): void {
    const bar = this.el<HTMLProgressElement>('progress');
    if (bar) bar.value = Math.max(0, Math.min(1, fraction));
    const label = this.el('[data-progress-text]');
    if (label) label.textContent = text;
  }

  private showBackend(): void {
    const el = this.el('[data-backend]');
    if (el && this.store.backend) el.textContent = `Runs on: ${this.announcer.where()}.`;
  }

  private showNotices(): void {
    const box = this.el('[data-notices]');
    if (!box) return;
    const notices = this.store.notices;
    box.textContent = notices.length ? `Some settings in the link were not used. ${notices.join(' ')}` : '';
  }

  private el<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  private button(name: string): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`button[data-action="${name}"]`)!;
  }
}

if (!customElements.get('demo-trainer')) customElements.define('demo-trainer', TrainerElement);
