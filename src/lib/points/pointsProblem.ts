/**
 * What the page accepts as a reader's own points, wherever they come from (clicks, a CSV file,
 * or a message to the training worker): two features per point, a whole-number label 0..7,
 * points of at least two classes, at most 20,000 points. The figures' palette and the softmax
 * output both follow the labels, so a label is a class index, not a name.
 */
export const POINT_LIMITS = {
  /** Most points a dataset may hold: make_blobs' knob stops at 10,000, a file may bring twice that. */
  maxPoints: 20_000,
  /** Labels are 0..maxLabel, so at most maxLabel + 1 classes. */
  maxLabel: 7,
  minClasses: 2,
} as const;

export interface Points {
  /** One [x0, x1] row per point. */
  X: number[][];
  /** The class of each point, 0..POINT_LIMITS.maxLabel. */
  y: number[];
}

function isPointLabel(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= POINT_LIMITS.maxLabel;
}

/**
 * Why `p` cannot be trained on, or undefined. Checks shape and values first (so a crafted
 * message is refused whole), then the number of classes.
 */
export function pointsProblem(p: unknown): string | undefined {
  if (typeof p !== 'object' || p === null) return 'points must be an object with X and y.';
  const { X, y } = p as { X?: unknown; y?: unknown };
  if (!Array.isArray(X) || !Array.isArray(y)) return 'points.X and points.y must be arrays.';
  if (X.length !== y.length) return `points.X has ${X.length} rows but points.y has ${y.length} labels.`;
  if (X.length > POINT_LIMITS.maxPoints) return `At most ${POINT_LIMITS.maxPoints} points; got ${X.length}.`;
  const classes = new Set<number>();
  for (let i = 0; i < X.length; i++) {
    const row: unknown = X[i];
    if (!Array.isArray(row) || row.length !== 2 || !row.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      return `Point ${i} must be two finite numbers.`;
    }
    if (!isPointLabel(y[i])) return `Point ${i} has label ${String(y[i])}; labels are whole numbers 0 to ${POINT_LIMITS.maxLabel}.`;
    classes.add(y[i] as number);
  }
  if (classes.size < POINT_LIMITS.minClasses) {
    return classes.size === 0
      ? 'There are no points yet: add points of at least two classes.'
      : `All points are of class ${[...classes][0]}: add points of at least one other class.`;
  }
  return undefined;
}
