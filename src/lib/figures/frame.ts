/** Outer size and margins of a figure, in px. */
export interface Frame {
  width: number;
  height: number;
  marginTop: number;
  marginRight: number;
  marginBottom: number;
  marginLeft: number;
}

/** Margins that fit 13 px tick labels and an axis label centred under the x axis. */
export const MARGINS = { marginTop: 28, marginRight: 20, marginBottom: 44, marginLeft: 52 } as const;

/**
 * A frame whose plotting area is square, for plots whose two axes share units (feature space,
 * scores, probabilities): `height` follows from `width` unless given.
 */
export function squareFrame(width: number, height?: number): Frame {
  const inner = width - MARGINS.marginLeft - MARGINS.marginRight;
  return { ...MARGINS, width, height: height ?? inner + MARGINS.marginTop + MARGINS.marginBottom };
}

/** Axis options shared by every figure: a label centred below the x axis. */
export const X_LABEL = { labelAnchor: 'center', labelOffset: 38 } as const;
