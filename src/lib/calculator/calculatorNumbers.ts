/**
 * How the softmax calculator prints its numbers, once as text (for tables and screen readers)
 * and once as TeX (for the typeset formulas), so both always show the same digits. Numbers of
 * ordinary size keep a fixed count of decimals, like the worked example on the page; very large
 * or very small ones switch to m x 10^k instead of a long row of digits or a misleading 0.000.
 */

export interface PrintedNumber {
  /** With a typographic minus and superscript exponent: "−2.85", "1.23 × 10⁴⁰⁰". */
  text: string;
  tex: string;
}

/** Magnitudes at or above this are written in scientific notation. */
const LARGE = 1e6;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function scientific(log10: number, negative: boolean, digits: number): PrintedNumber {
  let k = Math.floor(log10);
  let m = Number((10 ** (log10 - k)).toFixed(digits));
  if (m >= 10) {
    m = 1;
    k += 1;
  }
  const mantissa = m.toFixed(digits);
  const sign = negative ? '-' : '';
  const exponent = String(k).replace('-', '⁻').replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);
  return {
    text: `${negative ? '\u2212' : ''}${mantissa} × 10${exponent}`,
    tex: `${sign}${mantissa} \\times 10^{${k}}`,
  };
}

function fromText(fixed: string): PrintedNumber {
  return { text: fixed.replace(/^-/, '\u2212'), tex: fixed };
}

/** `decimals` decimals (never "-0.00"); scientific from a million up. */
export function fixedNumber(value: number, decimals: number): PrintedNumber {
  if (!Number.isFinite(value)) return { text: String(value), tex: `\\text{${String(value)}}` };
  if (Math.abs(value) >= LARGE) return scientific(Math.log10(Math.abs(value)), value < 0, 2);
  const text = value.toFixed(decimals);
  return fromText(Number(text) === 0 ? (0).toFixed(decimals) : text);
}

/**
 * A positive quantity known by its base-10 logarithm (an exponential, a probability):
 * `decimals` decimals when that shows at least one significant digit and it is below a million,
 * scientific otherwise. Taking the logarithm means e^800 or a probability of 10^-400 still print.
 */
export function positiveNumber(log10: number, decimals: number): PrintedNumber {
  if (Number.isNaN(log10)) return { text: 'NaN', tex: '\\text{NaN}' };
  const smallest = 10 ** -decimals;
  if (log10 >= Math.log10(LARGE) || log10 < Math.log10(smallest / 2)) return scientific(log10, false, 2);
  return fromText((10 ** log10).toFixed(decimals));
}

/** A loss: three significant digits in the usual range, like the page's 1.04. */
export function lossNumber(loss: number): PrintedNumber {
  if (!Number.isFinite(loss) || loss <= 0) return fixedNumber(loss, 2);
  if (loss < 1e-3 || loss >= LARGE) return scientific(Math.log10(loss), false, 2);
  return fromText(loss >= 100 ? loss.toFixed(1) : loss.toPrecision(3));
}
