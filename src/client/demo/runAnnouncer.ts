/**
 * What the trainer's status line reads out while a run goes: where the run trains, once the
 * first progress or epoch event shows the backend is up (until then "Loading"); then an epoch's
 * loss at most every EPOCH_ANNOUNCE_MS, since a screen reader told of every epoch of a fast run
 * hears nothing else. The run's summary and errors are said by the trainer itself.
 */
import { backendText } from '../../lib/demo/backendText';
import type { ExperimentStore } from './experimentStore';
import type { StatusLine } from './chrome/statusLine';

const EPOCH_ANNOUNCE_MS = 10_000;

export interface RunAnnouncer {
  /** Where the run trains, as the status line and the backend line say it. */
  where(): string;
  started(): void;
  progress(): void;
  /** An epoch ended; `text` says how it went. */
  epoch(text: string): void;
  /** Said until the run ends: no epoch announcement talks over it. */
  stopping(): void;
}

export function runAnnouncer(status: StatusLine, store: ExperimentStore): RunAnnouncer {
  /** Whether the status line has said where the current run trains, and when it last spoke. */
  let toldBackend = false;
  let lastAnnounced = 0;
  const where = () => backendText(store.backend, store.mode);
  const announce = (text: string) => {
    lastAnnounced = performance.now();
    status.say(text);
  };
  /**
   * On a run's first progress or epoch event the backend is running: the status line says
   * where the run trains instead of "Loading". True when it spoke now.
   */
  const tellBackend = () => {
    if (toldBackend || !store.running) return false;
    toldBackend = true;
    announce(`Training on the ${where()}…`);
    return true;
  };
  return {
    where,
    started() {
      // A later run finds TF.js loaded and its backend known; the first waits for them.
      toldBackend = store.backend !== undefined;
      announce(store.backend ? `Training on the ${where()}…` : 'Loading TF.js and starting the training…');
    },
    progress: tellBackend,
    epoch(text) {
      if (!tellBackend() && performance.now() - lastAnnounced >= EPOCH_ANNOUNCE_MS) announce(`Training on the ${where()}. ${text}.`);
    },
    stopping() {
      toldBackend = true;
      lastAnnounced = Infinity;
      status.say('Stopping after the current step…');
    },
  };
}
