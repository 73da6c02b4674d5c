/**
 * <ex-numeric>: grades what the reader types with checkNumeric. An entry it cannot read gets
 * the parser's reason and costs no try; a wrong one gets the hint, and after two wrong tries a
 * button that opens the worked solution (which the reader may open at any time anyway).
 */
import { checkNumeric } from '../../lib/exercises/checkNumeric';
import type { ExerciseRecord } from '../../lib/exercises/progressStore';
import { ExerciseElement } from './ExerciseElement';

const TRIES_BEFORE_SOLUTION = 2;
const optional = (text: string | undefined) => (text ? Number(text) : undefined);

class NumericExercise extends ExerciseElement {
  private tries = 0;

  protected setup(saved: ExerciseRecord | undefined): void {
    const input = this.control<HTMLInputElement>('input');
    if (saved?.answer !== undefined) input.value = saved.answer;
    if (saved?.done) this.say(`Done: ${saved.answer ?? ''} is right.`, 'right');
    const check = () => this.check(input);
    this.control('[data-check]').addEventListener('click', check);
    input.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      check();
    });
  }

  private check(input: HTMLInputElement): void {
    const d = this.dataset;
    const answer = Number(d.answer);
    const result = checkNumeric(input.value, answer, { abs: optional(d.abs), rel: optional(d.rel) }, d.hint);
    input.setAttribute('aria-invalid', String(result.status === 'unreadable'));
    const entry = input.value.trim();
    if (result.status === 'right') {
      this.say(`Right: the computed value is ${Number(answer.toPrecision(4))}.`, 'right');
      this.save({ done: true, answer: entry });
    } else if (result.status === 'wrong') {
      this.tries += 1;
      const more = this.tries >= TRIES_BEFORE_SOLUTION ? ' The worked solution is below when you want it.' : '';
      this.say(`${result.message}${more}`, 'wrong');
      this.save({ done: false, answer: entry });
      if (this.tries >= TRIES_BEFORE_SOLUTION) this.offerSolution();
    } else this.say(result.message, 'unreadable');
  }

  private offerSolution(): void {
    const details = this.solution;
    if (!details || details.open || this.querySelector('[data-reveal]')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'ex__button';
    button.dataset.reveal = '';
    button.textContent = 'Show the worked solution';
    button.addEventListener('click', () => {
      details.open = true;
      details.querySelector('summary')?.focus();
      button.remove();
    });
    this.control('[data-check]').after(' ', button);
  }
}

if (!customElements.get('ex-numeric')) customElements.define('ex-numeric', NumericExercise);
