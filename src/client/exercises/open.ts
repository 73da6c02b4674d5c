/** <ex-open>: done once the reader opens the worked answer. */
import type { ExerciseRecord } from '../../lib/exercises/progressStore';
import { ExerciseElement } from './ExerciseElement';

class OpenExercise extends ExerciseElement {
  protected setup(_saved: ExerciseRecord | undefined): void {
    const details = this.solution;
    details?.addEventListener('toggle', () => {
      if (details.open) this.save({ done: true });
    });
  }
}

if (!customElements.get('ex-open')) customElements.define('ex-open', OpenExercise);
