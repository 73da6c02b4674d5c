/** What an experiment's store holds and tells its elements (see experimentStore.ts). */
import type { ExperimentData } from '../../lib/experiments/experimentData';
import type { DemoSettings, KnobName } from '../../lib/knobs/demoKnobs';
import type { DataParams, DoneMessage, EpochMessage, EpochMetrics, LivePredictions, ProgressMessage, TrainSettings } from '../../lib/training/protocol';

/** An experiment's dataset as the page draws it; the worker builds the same from the same params. */
export interface DemoData extends ExperimentData {
  params: DataParams;
  /** True when the data is the reader's own points (clicked or imported), not generated. */
  own?: boolean;
}

export interface RunState {
  /** The data and settings the current (or last) run trains on. */
  data?: DemoData;
  settings?: DemoSettings;
  /** Metrics of every finished epoch of the run. */
  history: EpochMetrics[];
  epoch?: EpochMessage;
  /** The latest live predictions of the run: not every epoch carries them. */
  predictions?: LivePredictions;
  progress?: ProgressMessage;
  done?: DoneMessage;
  error?: string;
}

export interface StoreEvents {
  settings: DemoSettings;
  data: DemoData;
  start: TrainSettings;
  epoch: EpochMessage;
  progress: ProgressMessage;
  done: DoneMessage;
  reset: DemoSettings;
  error: string;
  /** A run was stopped before it started training (TF.js or its worker was still loading). */
  cancelled: undefined;
  /** A field of this experiment started or stopped holding a refused value: whether any does now. */
  validity: boolean;
  /** A run has ended (finished, stopped, failed or superseded): Train may be pressed again. */
  idle: undefined;
}
export type StoreEvent = keyof StoreEvents;

export interface UpdateResult {
  ok: boolean;
  errors: Partial<Record<KnobName, string>>;
}
