import type { PlotOptions } from '@observablehq/plot';
import { renderFigure } from '../../src/lib/plot/renderFigure';
import { serverDocument } from '../../src/lib/plot/serverDocument';

/** Renders a figure the way the build does and returns its root and chart svg. */
export function renderInNode(options: PlotOptions, precision?: number, idPrefix?: string): { root: Element; svg: Element } {
  const root = renderFigure(options, { document: serverDocument(), precision, idPrefix }) as unknown as Element;
  const svg = root.tagName.toLowerCase() === 'svg' ? root : Array.from(root.children).find((c) => c.tagName.toLowerCase() === 'svg');
  if (!svg) throw new Error('no chart svg rendered');
  return { root, svg };
}

/** The shapes Plot drew for one mark type (its former aria-label, now data-mark), through clip groups. */
export function markChildren(svg: Element, mark: string): Element[] {
  return Array.from(svg.querySelectorAll(`g[data-mark="${mark}"]`)).flatMap((g) => shapes(g));
}

/**
 * Non-group descendants of `g`: the drawn shapes of one mark, one per datum. Dots merged into
 * one path by renderFigure (mergeDots) count once for each point the path draws.
 */
export function shapes(g: Element): Element[] {
  return Array.from(g.querySelectorAll('*'))
    .filter((e) => e.tagName.toLowerCase() !== 'g')
    .flatMap((e) => Array<Element>(Number(e.getAttribute('data-points') ?? 1)).fill(e));
}
