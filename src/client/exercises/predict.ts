/**
 * <ex-predict>: the reader picks a guess and presses Run it. Everything a run needs (the
 * training session, TF.js behind it, the report) is in predictRun.ts, imported on that first
 * press, or on load when a saved run is to be shown again, so the page's first script stays small.
 */
import type { ExerciseRecord } from '../../lib/exercises/progressStore';
import type { MemoryMessage } from '../../lib/training/protocol';
import { ExerciseElement } from './ExerciseElement';

type Runner = typeof import('./predictRun');
let runner: Promise<Runner> | undefined;
const loadRunner = (): Promise<Runner> => (runner ??= import('./predictRun'));

export class PredictExercise extends ExerciseElement {
  running = false;
  stopRequested = false;

  protected setup(saved: ExerciseRecord | undefined): void {
    const guess = Number(saved?.answer ?? -1);
    if (this.inputs[guess]) this.inputs[guess].checked = true;
    if (saved?.done && saved.result) void this.use((r) => r.restore(this, guess, saved.result!));
    this.control('[data-run]').addEventListener('click', () => void this.use((r) => r.run(this)));
    this.control('[data-stop]').addEventListener('click', () => void this.use((r) => r.stop(this)));
  }

  /** Tensors held by the trainer, for tests and the curious. */
  async memory(): Promise<MemoryMessage> {
    return (await loadRunner()).predictMemory();
  }

  private async use(action: (r: Runner) => unknown): Promise<void> {
    try {
      await action(await loadRunner());
    } catch (err) {
      this.running = false;
      this.say(`The run could not start: ${err instanceof Error ? err.message : String(err)}`, 'wrong');
    }
  }
}

if (!customElements.get('ex-predict')) customElements.define('ex-predict', PredictExercise);
