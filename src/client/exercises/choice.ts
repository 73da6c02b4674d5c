/**
 * <ex-choice>: grades the picked options with checkChoice. After a wrong check the picked
 * options are explained; after a right one, or a second wrong one, every option is.
 */
import { checkChoice } from '../../lib/exercises/checkChoice';
import type { ExerciseRecord } from '../../lib/exercises/progressStore';
import { ExerciseElement } from './ExerciseElement';

class ChoiceExercise extends ExerciseElement {
  private tries = 0;
  private correct: number[] = [];

  protected setup(saved: ExerciseRecord | undefined): void {
    this.correct = (this.dataset.correct ?? '').split(' ').map(Number);
    const picked = saved?.answer?.split(' ').map(Number) ?? [];
    this.inputs.forEach((input, i) => (input.checked = picked.includes(i)));
    if (saved?.done) {
      this.explain(this.inputs.map((_, i) => i));
      this.say('Done: your answer was right.', 'right');
    }
    this.control('[data-check]').addEventListener('click', () => this.check());
  }

  private check(): void {
    const picked = this.inputs.flatMap((input, i) => (input.checked ? [i] : []));
    const result = checkChoice(picked, this.correct, this.dataset.hint);
    if (result.status === 'unreadable') {
      this.say(result.message, 'unreadable');
      return;
    }
    const right = result.status === 'right';
    if (!right) this.tries += 1;
    this.explain(right || this.tries >= 2 ? this.inputs.map((_, i) => i) : picked);
    const more = !right && this.tries >= 2 ? ' Every option is explained now.' : '';
    this.say(`${result.message}${more}`, right ? 'right' : 'wrong');
    this.save({ done: right, answer: picked.join(' ') });
  }

  private explain(options: number[]): void {
    for (const i of options) {
      const ok = this.correct.includes(i);
      this.note(i, 'why', `${ok ? 'Right' : 'Not right'}: ${this.inputs[i]!.dataset.why ?? ''}`, ok ? 'right' : 'wrong');
    }
  }
}

if (!customElements.get('ex-choice')) customElements.define('ex-choice', ChoiceExercise);
