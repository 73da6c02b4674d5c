import type { PredictMetric, PredictOutcome } from './predictOutcome';

/**
 * What a predict exercise says once its run is over: the measured value, the option it falls
 * in and how the reader's guess compares. Accuracy reads as a percentage, a loss with four
 * decimals (the demos' precision). `metricName` is how the page calls the value, e.g. "test loss".
 */
export function predictReport(outcome: PredictOutcome, guess: number, labels: readonly string[], metric: PredictMetric, metricName: string): string {
  const quote = (i: number) => `“${labels[i]}”`;
  const { index, value } = outcome;
  let what: string;
  if (value === undefined) what = 'The run diverged: training stopped it early, so it has no test result.';
  else {
    const shown = metric === 'accuracy' ? `${(value * 100).toFixed(1)}%` : value.toFixed(4);
    what = `This run’s ${metricName}: ${shown}.`;
  }
  const where = index < 0 ? 'None of the options covers it.' : `That is option ${quote(index)}.`;
  const named = guess >= 0 && guess < labels.length;
  const verdict = !named ? '' : guess === index ? 'Your guess was right.' : `You guessed ${quote(guess)}.`;
  return [what, where, verdict].filter(Boolean).join(' ');
}
