/**
 * A regression model in words: what a reader's choice of hidden units and activation builds,
 * for the demo's prose, its code panel and its report. Pure, so the build and the page word it
 * the same way.
 */
import { denseParameterCount } from '../math/denseParameterCount';

export interface RegressionModelChoice {
  /** Units of the hidden layer; 0 for the lesson's single sigmoid unit. */
  hidden: number;
  /** The hidden layer's activation (unused without one). */
  activation: string;
}

export interface RegressionModelText {
  /** A short name: "one sigmoid unit" or "16 tanh units, then a linear output". */
  name: string;
  /** Parameters, as Keras' count_params() gives them. */
  parameters: number;
  /** One sentence on what this model can draw. */
  shape: string;
}

export function regressionModel({ hidden, activation }: RegressionModelChoice): RegressionModelText {
  if (hidden === 0) {
    return {
      name: 'one sigmoid unit, σ(wx + b)',
      parameters: denseParameterCount(1, 1),
      shape: 'It draws a single S that rises or falls once between 0 and 1, so it can take the shape of the lesson’s sigmoid and of no other curve here.',
    };
  }
  const units = hidden === 1 ? `1 ${activation} unit` : `${hidden} ${activation} units`;
  return {
    name: `${units}, then a linear output`,
    parameters: denseParameterCount(1, hidden) + denseParameterCount(hidden, 1),
    shape:
      activation === 'relu'
        ? `The output adds up ${hidden} bent ramps, so the curve it draws is made of straight pieces with up to ${hidden} kinks.`
        : `The output adds up ${hidden} smooth steps, each placed and scaled by its own weights, so the curve can rise and fall up to ${hidden} times.`,
  };
}

/** A weight for reading: three decimals, a true minus sign, exponents beyond ±1000. */
export function formatWeight(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return (Math.abs(v) >= 1000 ? v.toExponential(2) : v.toFixed(3)).replace('-', '−');
}

/**
 * The fit report's model row: the single unit's weight and bias (beside the true curve's −1 and
 * 0 when the target is the lesson's sigmoid), or the hidden layer's size.
 */
export function regressionModelRow(
  choice: RegressionModelChoice,
  target: string,
  weights?: { w: number; b: number },
): { label: string; text: string } {
  if (choice.hidden > 0) {
    const m = regressionModel(choice);
    return { label: 'Model', text: `${m.name} (${m.parameters} parameters)` };
  }
  return {
    label: target === 'sigmoid' ? 'Weight and bias (true curve: −1 and 0)' : 'Weight and bias',
    text: weights ? `w = ${formatWeight(weights.w)}, b = ${formatWeight(weights.b)}` : '—',
  };
}
