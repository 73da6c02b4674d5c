/** Throws a RangeError naming the argument when `value` is not an integer >= `min`. */
export function checkSize(name: string, value: number, min = 1): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer >= ${min}; got ${value}`);
  }
}
