/**
 * One experiment's state on a page, shared by every demo element of that experiment: the
 * reader's settings (kept in the URL), the dataset they describe, and the current training run.
 * Elements never talk to each other; they update the store and redraw on its events.
 *
 * API (what the demo elements use):
 *   getExperimentStore(id)           the page's store for one experiment of the registry
 *   store.id, store.config           experiment id; the lesson's ExperimentConfig (lesson figures)
 *   store.knobs                      KnobSpec[] of the experiment (data knobs, then training knobs)
 *   store.settings                   DemoSettings: a valid value for every knob
 *   store.notices                    sentences about link parameters that were ignored
 *   store.update({ name: raw })      validates every value with parseKnob; all-or-nothing;
 *                                    returns { ok, errors: { name: message } }; writes the URL;
 *                                    a data change stops a running run and clears its results
 *   store.reset()                    lesson's settings, clean URL, run state cleared
 *   store.isLessonData()             true while the data knobs hold the lesson's values (and no own points)
 *   store.data()                     DemoData for the current settings or points (cached, main thread)
 *   store.hasData()                  true when data() has nothing to make
 *   store.points() / setPoints(p)    a classifier's own points (PointsState, with undo) or undefined for
 *                                    the generated data; never in the URL; a change acts as a data change
 *   store.trainProblem()             why Train cannot run on the current data (too few classes), or undefined
 *   store.train() / store.stop()     one run at a time; train() resolves when the run ends;
 *                                    a stop before training began ends the run as 'cancelled'
 *   store.setFieldInvalid(field, bad) a control of any element holds refused text (Train waits)
 *   store.hasInvalidField()          true while some control of the experiment holds refused text
 *   store.running, store.backend, store.mode
 *   store.last                       { data?, settings?, history, epoch?, progress?, done?, error? }
 *   store.livePredictions()          the latest grid classes or curve of the run (or its final ones)
 *   store.memory()                   tensors held by the trainer (tests)
 *   store.on(event, listener)        returns an unsubscribe function; events and payloads in
 *                                    StoreEvents below ('idle' fires whenever a run has ended)
 * The TrainingSession (and with it TF.js) is created on the first train() of any store.
 */
import type { ExperimentConfig, ExperimentId } from '../../lib/experiments';
import type { KnobSpec } from '../../lib/knobs/parseKnob';
import { applyKnobValues } from '../../lib/knobs/applyKnobValues';
import { readUrlSettings } from '../../lib/knobs/urlSettings';
import type { BackendName, LivePredictions, MemoryMessage } from '../../lib/training/protocol';
import type { TrainingMode, TrainingOutcome } from '../training/TrainingSession';
import { Emitter } from './Emitter';
import type { DemoData, RunState, StoreEvents, UpdateResult } from './storeEvents';
import { loadedTrainingSession, trainingSession } from './pageSession';
import { demoKnobs, isDataKnob, type DemoSettings, type KnobName } from '../../lib/knobs/demoKnobs';
import { experimentById } from '../../lib/experiments/registry';
import { trainSettingsFor } from '../../lib/knobs/trainSettingsFor';
import { DemoDataCache } from './demoDataCache';
import { FieldValidity } from './fieldValidity';
import { writeStoreAddress } from './storeAddress';
import { pointsProblem } from '../../lib/points/pointsProblem';
import type { PointsState } from '../../lib/points/PointsState';

export type { DemoSettings, KnobName };
export type { DemoData, RunState, StoreEvent, StoreEvents, UpdateResult } from './storeEvents';

export class ExperimentStore extends Emitter<StoreEvents> {
  readonly id: ExperimentId;
  readonly config: ExperimentConfig;
  readonly knobs: readonly KnobSpec<KnobName>[];
  settings: DemoSettings;
  notices: string[];
  last: RunState = { history: [] };
  backend: BackendName | undefined;
  mode: TrainingMode | undefined;

  private readonly defaults: DemoSettings;
  private readonly dataCache: DemoDataCache;
  private active = false;
  /** Bumped by every train, reset and data change: events of an older run are dropped. */
  private runToken = 0;
  private activeRun = 0;
  /** Stop was pressed for the active run (it may still be waiting for TF.js). */
  private stopRequested = false;
  private readonly validity = new FieldValidity();
  /** The reader's own points; they live only in the page, never in the address. */
  private ownPoints: PointsState | undefined;

  constructor(id: ExperimentId, search = typeof location === 'undefined' ? '' : location.search) {
    super(`the ${id} demo`);
    this.id = id;
    this.config = experimentById(id);
    this.knobs = demoKnobs(id);
    this.dataCache = new DemoDataCache(this.config);
    const fromUrl = readUrlSettings(new URLSearchParams(search), id, this.knobs);
    this.defaults = readUrlSettings(new URLSearchParams(), id, this.knobs).settings as DemoSettings;
    this.settings = fromUrl.settings as DemoSettings;
    this.notices = fromUrl.notices;
    // What the link asked for and was refused leaves the address, so a shared copy is clean.
    if (fromUrl.notices.length > 0) this.writeUrl(fromUrl.ignoredKeys);
  }

  get running(): boolean {
    return this.active;
  }

  /** Records whether `field` (a control of any element of this experiment) holds refused text. */
  setFieldInvalid(field: object, invalid: boolean): void {
    if (this.validity.set(field, invalid)) this.emit('validity', this.validity.any());
  }

  hasInvalidField(): boolean {
    return this.validity.any();
  }

  /** True while the data knobs hold the lesson's values (the build-time figures show this data). */
  isLessonData(): boolean {
    if (this.ownPoints) return false;
    return this.knobs.every((k) => !isDataKnob(k.name) || this.settings[k.name] === this.defaults[k.name]);
  }

  /** The lesson's value of every knob. */
  get lessonSettings(): DemoSettings {
    return { ...this.defaults };
  }

  /**
   * Validates `values` (raw text from a control or numbers) and applies them only if all are
   * valid. Unknown names are errors too, so a typo cannot pass silently.
   */
  update(values: Partial<Record<KnobName, string | number>>): UpdateResult {
    const { next, errors, changed, dataChanged } = applyKnobValues(this.settings, this.knobs, values);
    if (Object.keys(errors).length > 0) return { ok: false, errors };
    if (!changed) return { ok: true, errors };
    this.settings = next;
    this.writeUrl();
    this.emit('settings', this.settings);
    // While own points are in use the data knobs wait for the generated data to come back.
    if (dataChanged && !this.ownPoints) this.dataChanged();
    return { ok: true, errors };
  }

  /** The reader's own points, or undefined while the data is generated from the knobs. */
  points(): PointsState | undefined {
    return this.ownPoints;
  }

  /** Trains on `points` from now on (undefined: back to the knobs' generated data). Classifiers only. */
  setPoints(points: PointsState | undefined): void {
    if (this.config.kind !== 'classification' || points === this.ownPoints) return;
    this.ownPoints = points;
    this.dataChanged();
  }

  /** Why the current data cannot be trained on, in words for the reader; undefined when it can. */
  trainProblem(): string | undefined {
    return this.ownPoints ? pointsProblem(this.ownPoints) : undefined;
  }

  private dataChanged(): void {
    // A model trained on other data says nothing about this data: drop it.
    if (this.active) this.stop();
    this.runToken += 1;
    this.clearRun();
    this.emit('data', this.data());
  }

  reset(): void {
    if (this.active) this.stop();
    this.runToken += 1;
    this.ownPoints = undefined;
    this.settings = { ...this.defaults };
    this.notices = [];
    this.clearRun();
    this.writeUrl();
    this.emit('reset', this.settings);
    this.emit('settings', this.settings);
    this.emit('data', this.data());
  }

  data(): DemoData {
    return this.dataCache.get(this.settings, this.ownPoints);
  }

  /** True when data() has its data made already. */
  hasData(): boolean {
    return this.dataCache.has(this.settings, this.ownPoints);
  }

  /**
   * Predictions to draw now: the latest an epoch carried while training (the worker sends them
   * with some epochs only, see livePace), the final ones after.
   */
  livePredictions(): LivePredictions | undefined {
    return this.last.done?.predictions ?? this.last.predictions;
  }

  /**
   * Trains with the current settings. A second call while a run is going is ignored (it
   * resolves at once), so a double click cannot start two runs.
   */
  async train(): Promise<void> {
    if (this.active) return;
    const problem = this.trainProblem();
    if (problem) return this.fail(problem);
    this.active = true;
    this.stopRequested = false;
    const token = ++this.runToken;
    this.activeRun = token;
    const settings = { ...this.settings };
    const own = this.ownPoints;
    const trainSettings = { ...trainSettingsFor(this.id, settings), ...(own ? { points: { X: own.X, y: own.y } } : {}) };
    this.last = { data: this.data(), settings, history: [] };
    this.emit('start', trainSettings);
    try {
      const s = await trainingSession();
      if (token !== this.runToken) return;
      if (this.stopRequested) {
        this.cancel();
        return;
      }
      const outcome = await s.start(trainSettings, {
        onBackend: (b) => {
          this.backend = b;
          this.mode = s.mode;
        },
        onEpoch: (m) => {
          if (token !== this.runToken) return;
          const { weights: _weights, ...metrics } = m.event;
          this.last.history = [...this.last.history, metrics];
          this.last.epoch = m;
          if (m.predictions) this.last.predictions = m.predictions;
          this.emit('epoch', m);
        },
        onProgress: (m) => {
          if (token !== this.runToken) return;
          this.last.progress = m;
          this.emit('progress', m);
        },
      });
      this.backend = s.backend ?? this.backend;
      this.mode = s.mode ?? this.mode;
      if (token !== this.runToken) return;
      this.finishOutcome(outcome);
    } catch (err) {
      if (token === this.runToken) this.fail(err instanceof Error ? err.message : String(err));
    } finally {
      // A listener of 'done' may already have started the next run: leave that one alone.
      if (this.activeRun === token) {
        this.active = false;
        this.emit('idle', undefined);
      }
    }
  }

  stop(): void {
    if (!this.active) return;
    this.stopRequested = true;
    loadedTrainingSession()?.stop();
  }

  async memory(): Promise<MemoryMessage> {
    return (await trainingSession()).memory();
  }

  private finishOutcome(outcome: TrainingOutcome): void {
    if (outcome.type === 'cancelled') {
      this.cancel();
    } else if (outcome.type === 'done') {
      this.last.done = outcome;
      // The run's history is authoritative (it includes epochs whose events were throttled).
      this.last.history = outcome.history;
      this.active = false;
      this.emit('done', outcome);
    } else if (outcome.type === 'busy') {
      this.fail('Another demo on this page is training; wait for it to finish or stop it, then train again.');
    } else {
      this.fail(outcome.message);
    }
  }

  private cancel(): void {
    this.active = false;
    this.emit('cancelled', undefined);
  }

  private fail(message: string): void {
    this.last.error = message;
    this.active = false;
    this.emit('error', message);
  }

  private clearRun(): void {
    this.last = { history: [] };
  }

  /** Writes the settings (never own points) into the address; `drop` names other parameters to take out of it. */
  private writeUrl(drop: readonly string[] = []): void {
    writeStoreAddress(this.id, this.knobs, this.settings, drop);
  }
}

const stores = new Map<ExperimentId, ExperimentStore>();

/** The page's store for an experiment; every element of that experiment gets the same one. */
export function getExperimentStore(id: ExperimentId): ExperimentStore {
  let store = stores.get(id);
  if (!store) {
    store = new ExperimentStore(id);
    stores.set(id, store);
  }
  return store;
}
