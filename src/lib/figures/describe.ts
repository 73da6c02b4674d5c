/** Short numbers for figure descriptions: at most `digits` significant digits, no trailing zeros. */
export function formatNumber(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const s = Number(v.toPrecision(digits));
  return s.toString().replace('-', '−');
}

/** "4 classes (1000, 1000, 1000, 1000 points)" style summary of class sizes. */
export function describeClassCounts(y: readonly number[]): string {
  const counts = new Map<number, number>();
  for (const k of y) counts.set(k, (counts.get(k) ?? 0) + 1);
  return describeCounts(counts);
}

/** describeClassCounts from the count of each class, already made. */
export function describeCounts(counts: ReadonlyMap<number, number>): string {
  const classes = [...counts.keys()].sort((a, b) => a - b);
  const n = classes.length;
  const parts = classes.map((k) => `class ${k}: ${counts.get(k)}`).join(', ');
  return `${n} ${n === 1 ? 'class' : 'classes'} (${parts} points)`;
}

/** "x from −15.2 to 14.8" style range of one coordinate. */
export function describeRange(values: readonly number[]): string {
  if (values.length === 0) return 'no values';
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return describeSpan(lo, hi);
}

/** describeRange from the least and greatest values, already found. */
export function describeSpan(lo: number, hi: number): string {
  return `from ${formatNumber(lo)} to ${formatNumber(hi)}`;
}
