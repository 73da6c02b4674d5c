/**
 * The number of parameters of a Dense layer with a bias: one weight per input and unit, plus
 * one bias per unit. Keras' `count_params()` and TF.js' `countParams()` give the same.
 */
export function denseParameterCount(inputs: number, units: number): number {
  for (const [name, v] of [['inputs', inputs], ['units', units]] as const) {
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`denseParameterCount needs a whole number of ${name} of at least 1; got ${v}.`);
  }
  return inputs * units + units;
}
