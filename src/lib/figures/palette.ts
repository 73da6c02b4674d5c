import type { ScaleOptions } from '@observablehq/plot';

/**
 * Okabe–Ito colours in the order classes use them. Black is left out because it vanishes on a
 * dark page, and yellow comes late because it is faint on a light one; a mid grey (3.4:1 on
 * white, more on the dark theme) takes black's place for an eighth class of a reader's own data.
 */
export const OKABE_ITO: readonly string[] = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#F0E442', // yellow
  '#8C8C8C', // grey
];

/** What each colour of OKABE_ITO is called, for controls that name a class by its colour. */
export const CLASS_COLOR_NAMES: readonly string[] = ['blue', 'orange', 'bluish green', 'reddish purple', 'sky blue', 'vermillion', 'yellow', 'grey'];

/** The colour of class `k`; past eight classes the palette repeats. */
export function classColor(k: number): string {
  return OKABE_ITO[((k % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length];
}

/** Sorted distinct class labels of `y`. */
export function classesOf(y: readonly number[]): number[] {
  return [...new Set(y)].sort((a, b) => a - b);
}

/**
 * An ordinal colour scale that gives class k the same colour in every figure, whatever
 * classes a given figure happens to contain.
 */
export function classColorScale(classes: readonly number[], legend = true): ScaleOptions {
  return {
    type: 'ordinal',
    domain: [...classes],
    range: classes.map(classColor),
    legend,
    tickFormat: (k: number) => `class ${k}`,
  };
}
