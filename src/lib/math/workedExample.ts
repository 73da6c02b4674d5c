/** The lesson's worked example: one sample with 4 features, 3 classes, true class 2. */
export interface WorkedExample {
  readonly W: readonly (readonly number[])[];
  readonly x: readonly number[];
  readonly b: readonly number[];
  readonly label: number;
}

/**
 * The numbers of the well-known CS231n softmax example the lesson walks through. Frozen all the
 * way down, so no page can change them for the others; the math functions accept readonly arrays.
 */
export const workedExample: WorkedExample = Object.freeze({
  W: Object.freeze([
    Object.freeze([0.01, -0.05, 0.1, 0.05]),
    Object.freeze([0.7, 0.2, 0.05, 0.16]),
    Object.freeze([0.0, -0.45, -0.2, 0.03]),
  ]),
  x: Object.freeze([-15, 22, -44, 56]),
  b: Object.freeze([0.0, 0.2, -0.3]),
  label: 2,
});
