/**
 * Updates a chart on show in place: the `d` of its line marks' paths and of its merged dot
 * paths (renderFigure, mergeDots), computed from the chart's own scales in src/lib/figures
 * (lossCurvePaths, regressionFitPaths). Setting a few attributes of the SVG on show costs the
 * page a repaint of those paths, where a new drawing by Plot costs inferring axes and scales,
 * building every mark and styling, laying out and painting a new SVG.
 */

/** The chart (Plot's svg) in the first panel of a live figure, or null. */
export function chartOnShow(root: ParentNode): SVGSVGElement | null {
  return root.querySelector<SVGSVGElement>('[data-figure-panel] svg[role="img"]');
}

/**
 * Sets the paths of `chart`'s line marks (one path each, in order) and, when `dots` is given, the
 * merged paths of its one dot mark. Returns false, changing nothing, when the chart does not hold
 * that many of them: it was drawn with other marks and must be drawn again.
 */
export function movePaths(chart: Element, lines: readonly string[], dots?: readonly { d: string; count: number }[]): boolean {
  // A line mark holds one path, inside a group of its own when the mark is clipped.
  const linePaths = Array.from(chart.querySelectorAll('g[data-mark="line"]'), (g) => g.querySelectorAll('path'));
  if (linePaths.length !== lines.length || linePaths.some((paths) => paths.length !== 1)) return false;
  const dotPaths = dots ? Array.from(chart.querySelectorAll('g[data-mark="dot"] > path')) : [];
  if (dots && (chart.querySelectorAll('g[data-mark="dot"]').length !== 1 || dotPaths.length !== dots.length)) return false;
  linePaths.forEach((paths, i) => setIfChanged(paths[0]!, 'd', lines[i]!));
  dotPaths.forEach((path, i) => {
    setIfChanged(path, 'd', dots![i]!.d);
    setIfChanged(path, 'data-points', String(dots![i]!.count));
  });
  return true;
}

function setIfChanged(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * Empties the paths of `chart`'s line marks and, unless `dots` is false, of its merged dots,
 * keeping its axes: the chart of the last run, ready for a new run of the same frame. Returns
 * false, changing nothing, when the chart is not of the shape movePaths moves.
 */
export function clearPaths(chart: Element, { dots = true }: { dots?: boolean } = {}): boolean {
  const lines = chart.querySelectorAll('g[data-mark="line"]').length;
  const blank = Array.from({ length: lines }, () => '');
  if (!dots) return lines > 0 && movePaths(chart, blank);
  const dotPaths = chart.querySelectorAll('g[data-mark="dot"] > path').length;
  return movePaths(
    chart,
    blank,
    Array.from({ length: dotPaths }, () => ({ d: '', count: 0 })),
  );
}
