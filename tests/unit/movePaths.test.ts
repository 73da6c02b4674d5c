import { describe, expect, it } from 'vitest';
import { chartOnShow, clearPaths, movePaths } from '../../src/client/demo/movePaths';
import { lossCurves, type LossCurvesOptions } from '../../src/lib/figures/lossCurves';
import { lossCurvePaths } from '../../src/lib/figures/lossCurvePaths';
import { regressionFit } from '../../src/lib/figures/regressionFit';
import { regressionFitPaths } from '../../src/lib/figures/regressionFitPaths';
import { renderFigure } from '../../src/lib/plot/renderFigure';
import { serverDocument } from '../../src/lib/plot/serverDocument';
import type { PlotOptions } from '@observablehq/plot';

/** A live figure's panel holding a drawing of `options`, as the page draws it. */
function panelWith(options: PlotOptions): Element {
  const doc = serverDocument();
  const panel = doc.createElement('div');
  panel.setAttribute('data-figure-panel', '');
  panel.appendChild(renderFigure(options, { document: doc, describedBy: 'curves-description', idPrefix: 'live' }) as unknown as Node);
  return panel;
}

const history = Array.from({ length: 9 }, (_, i) => ({ epoch: i + 1, loss: 1.2 * 0.8 ** i, valLoss: 1.25 * 0.82 ** i }));
const curves = (n: number): LossCurvesOptions => ({ history: history.slice(0, n), metric: 'loss', epochs: 20, reference: { value: 0.18 } });

describe('movePaths', () => {
  it('turns a drawing of a few epochs into the markup Plot gives for more epochs of the same frame', () => {
    const panel = panelWith(lossCurves(curves(3)));
    const chart = chartOnShow(panel)!;
    const later = lossCurvePaths(curves(9))!;
    expect(later.frame).toBe(lossCurvePaths(curves(3))!.frame);
    expect(chart.outerHTML).not.toBe(chartOnShow(panelWith(lossCurves(curves(9))))!.outerHTML);
    expect(movePaths(chart, later.lines, later.dots)).toBe(true);
    expect(chartOnShow(panel)).toBe(chart);
    expect(chart.outerHTML).toBe(chartOnShow(panelWith(lossCurves(curves(9))))!.outerHTML);
  });

  it('moves the regression fit’s two lines onto another curve', () => {
    const x = [-2, -1, 0, 1, 2];
    const y = [0.9, 0.7, 0.5, 0.3, 0.1];
    const fit = (c: number) => ({ x, y, curve: { x, y: x.map((v) => 0.5 - c * v) } });
    const panel = panelWith(regressionFit(fit(0.1)));
    const chart = chartOnShow(panel)!;
    expect(movePaths(chart, regressionFitPaths(fit(0.2))!.lines)).toBe(true);
    expect(chart.outerHTML).toBe(chartOnShow(panelWith(regressionFit(fit(0.2))))!.outerHTML);
  });

  it('changes nothing when the chart holds other marks than the paths given', () => {
    const panel = panelWith(lossCurves({ ...curves(3), history: history.slice(0, 3).map(({ epoch, loss }) => ({ epoch, loss })) }));
    const chart = chartOnShow(panel)!;
    const before = chart.outerHTML;
    const two = lossCurvePaths(curves(4))!;
    expect(movePaths(chart, two.lines, two.dots)).toBe(false);
    expect(movePaths(chart, two.lines.slice(0, 1), two.dots)).toBe(false);
    expect(chart.outerHTML).toBe(before);
    expect(movePaths(chart, two.lines.slice(0, 1), two.dots.slice(0, 1))).toBe(true);
  });

  it('finds no chart in a panel without one', () => {
    const doc = serverDocument();
    const root = doc.createElement('div');
    root.innerHTML = '<div data-figure-panel><p>No figure</p></div>';
    expect(chartOnShow(root)).toBeNull();
  });
});

describe('clearPaths', () => {
  it('empties the lines and dots of a chart, keeping its axes, and a move fills it in again as Plot draws it', () => {
    const panel = panelWith(lossCurves(curves(9)));
    const chart = chartOnShow(panel)!;
    const axes = chart.querySelectorAll('g[aria-label$="axis"], g[aria-label$="tick"]').length;
    expect(clearPaths(chart)).toBe(true);
    const paths = Array.from(chart.querySelectorAll('g[data-mark="line"] > path, g[data-mark="dot"] > path'));
    expect(paths.length).toBeGreaterThanOrEqual(4);
    expect(paths.every((p) => p.getAttribute('d') === '')).toBe(true);
    expect(Array.from(chart.querySelectorAll('g[data-mark="dot"] > path'), (p) => p.getAttribute('data-points'))).toEqual(['0', '0']);
    expect(chart.querySelectorAll('g[aria-label$="axis"], g[aria-label$="tick"]').length).toBe(axes);
    const again = lossCurvePaths(curves(5))!;
    expect(movePaths(chart, again.lines, again.dots)).toBe(true);
    expect(chart.outerHTML).toBe(chartOnShow(panelWith(lossCurves(curves(5))))!.outerHTML);
  });

  it("empties only the lines when asked to keep the dots: the regression fit's data stay", () => {
    const x = [-2, -1, 0, 1, 2];
    const y = [0.9, 0.7, 0.5, 0.3, 0.1];
    const chart = chartOnShow(panelWith(regressionFit({ x, y, curve: { x, y: x.map((v) => 0.5 - 0.1 * v) } })))!;
    const dots = Array.from(chart.querySelectorAll('g[data-mark="dot"] path'), (p) => p.getAttribute('d'));
    expect(dots.length).toBeGreaterThan(0);
    expect(clearPaths(chart, { dots: false })).toBe(true);
    expect(Array.from(chart.querySelectorAll('g[data-mark="line"] > path'), (p) => p.getAttribute('d')).every((d) => d === '')).toBe(true);
    expect(Array.from(chart.querySelectorAll('g[data-mark="dot"] path'), (p) => p.getAttribute('d'))).toEqual(dots);
  });

  it('leaves a chart without a dot mark (no epoch drawn yet) as it is', () => {
    const panel = panelWith(lossCurves({ ...curves(3), history: [] }));
    const chart = chartOnShow(panel)!;
    const before = chart.outerHTML;
    expect(chart.querySelectorAll('g[data-mark="dot"]').length).toBe(0);
    expect(clearPaths(chart)).toBe(false);
    expect(chart.outerHTML).toBe(before);
  });
});

