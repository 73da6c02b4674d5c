/**
 * A few test points worth showing with their softmax probabilities: one the model is surest
 * of and right about, one it hesitates over most (its largest probability is the smallest),
 * and, if any, one it got wrong with the most confidence. Ties go to the lower index, so the
 * choice is the same on every machine.
 */
export interface ExamplePoint {
  index: number;
  why: 'confident' | 'uncertain' | 'wrong';
}

export function chooseExamplePoints(probabilities: readonly (readonly number[])[], yTrue: readonly number[]): ExamplePoint[] {
  if (probabilities.length !== yTrue.length) {
    throw new RangeError(`chooseExamplePoints: ${probabilities.length} rows of probabilities but ${yTrue.length} labels`);
  }
  let confident = -1;
  let uncertain = -1;
  let wrong = -1;
  const top = (i: number) => Math.max(...probabilities[i]);
  const predicted = (i: number) => probabilities[i].indexOf(top(i));
  for (let i = 0; i < probabilities.length; i++) {
    const p = top(i);
    if (!Number.isFinite(p)) continue;
    const right = predicted(i) === yTrue[i];
    if (right && (confident < 0 || p > top(confident))) confident = i;
    if (uncertain < 0 || p < top(uncertain)) uncertain = i;
    if (!right && (wrong < 0 || p > top(wrong))) wrong = i;
  }
  const out: ExamplePoint[] = [];
  const add = (index: number, why: ExamplePoint['why']) => {
    if (index >= 0 && !out.some((e) => e.index === index)) out.push({ index, why });
  };
  add(confident, 'confident');
  add(uncertain, 'uncertain');
  add(wrong, 'wrong');
  return out;
}
