/**
 * Turns Plot options into DOM, the same way at build time (with linkedom's document) and in the
 * page (with the real one), so a static figure and its live replacement have identical markup
 * and size.
 *
 * Plot labels its inner `<g>` elements with `aria-label`, which is prohibited on elements without
 * a role. The whole chart is one image to assistive technology: the root svg becomes
 * `role="img"` carrying the figure's label and description, the inner labels move to `data-mark`
 * (still handy for tests and styling), and legend swatches are hidden as decoration beside
 * their text. Dots that look alike are drawn as one path (see mergeDots).
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { mergeDots } from './mergeDots';

export interface RenderFigureOptions {
  /** The document to build in: `window.document` in the page, linkedom's at build time. */
  document: Document;
  /** Font size of axes and labels in px, before the svg scales to its container. Default 13. */
  fontSize?: number;
  /** Round coordinates in geometry attributes to this many decimals (smaller static HTML). */
  precision?: number;
  /**
   * Id of a visible element that already says what `ariaDescription` says: the svg points to it
   * with aria-describedby instead of repeating the text to screen readers.
   */
  describedBy?: string;
  /**
   * Prefix for the ids Plot generates (clip paths). Plot numbers them per process, so a figure
   * drawn in the page would reuse the ids of figures drawn at build time and clip against the
   * wrong rectangle. Default `live-<n>`, counted per module; build-time callers pass their own.
   */
  idPrefix?: string;
}

let rendered = 0;

/** Charts at least this many px wide are marked `data-wide`. */
export const WIDE_CHART = 480;

const GEOMETRY_ATTRIBUTES = ['d', 'transform', 'cx', 'cy', 'r', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'points'];
const DECIMAL = /-?\d+\.\d+(?:e[-+]?\d+)?/g;

/** Renders `options` and returns an `<svg>`, or a `<div>` holding legends and the `<svg>`. */
export function renderFigure(options: PlotOptions, o: RenderFigureOptions): HTMLElement | SVGSVGElement {
  const doc = o.document;
  const fontSize = o.fontSize ?? 13;
  const plotted = Plot.plot({ ...options, document: doc }) as HTMLElement | SVGSVGElement;

  let root: HTMLElement | SVGSVGElement = plotted;
  // Plot wraps a chart with legends in a <figure>; the page supplies its own <figure>, and
  // figures nested in figures read twice to a screen reader.
  if (plotted.tagName.toLowerCase() === 'figure') {
    const div = doc.createElement('div');
    div.setAttribute('class', `${plotted.getAttribute('class') ?? ''} plot-figure`.trim());
    while (plotted.firstChild) div.appendChild(plotted.firstChild);
    root = div;
  }

  const chart =
    root.tagName.toLowerCase() === 'svg' ? root : Array.from(root.children).find((c) => c.tagName.toLowerCase() === 'svg');
  if (chart) {
    chart.setAttribute('role', 'img');
    chart.setAttribute('font-size', String(fontSize));
    // Text halos and tips use --plot-background: follow Starlight's page colour in both themes.
    chart.setAttribute('style', '--plot-background: var(--sl-color-bg, #fff)');
    // Wide charts shrink most on a phone; the stylesheet enlarges their text there (StaticFigure).
    if (Number(chart.getAttribute('width')) >= WIDE_CHART) chart.setAttribute('data-wide', '');
    if (options.ariaLabel) chart.setAttribute('aria-label', options.ariaLabel);
    if (o.describedBy) {
      chart.setAttribute('aria-describedby', o.describedBy);
      chart.removeAttribute('aria-description');
    }
  }
  for (const el of Array.from(root.querySelectorAll('[aria-label]'))) {
    if (el === chart) continue;
    el.setAttribute('data-mark', el.getAttribute('aria-label') ?? '');
    el.removeAttribute('aria-label');
  }
  for (const el of Array.from(root.querySelectorAll('[aria-description]'))) {
    if (el !== chart) el.removeAttribute('aria-description');
  }
  for (const swatches of Array.from(root.querySelectorAll('div[class*="-swatches"]'))) {
    swatches.setAttribute('style', `font-size: ${fontSize}px`);
    for (const svg of Array.from(swatches.querySelectorAll('svg'))) svg.setAttribute('aria-hidden', 'true');
  }
  for (const svg of Array.from(root.querySelectorAll('svg'))) {
    if (svg !== chart && !svg.hasAttribute('aria-hidden')) svg.setAttribute('aria-hidden', 'true');
  }

  mergeDots(root, doc);
  chunkLongRuns(root, doc);
  prefixIds(root, o.idPrefix ?? `live-${++rendered}`);
  if (o.precision !== undefined) roundGeometry(root, o.precision);
  return root;
}

/** Siblings a group may hold before its marks are split into smaller groups. */
export const MAX_SIBLINGS = 100;

/**
 * Plot puts every shape of a mark in one <g>. Dots are merged first (mergeDots), but other marks
 * can still hold thousands of siblings (text labels, dots with titles). Selectors with a sibling
 * combinator, such as the `[id] ~ *` Starlight's table of contents runs on every page load, cost
 * time in proportion to the square of a run of siblings: over a second for the four-blob page's
 * 4000 dots before they were merged. Nesting the marks in groups of MAX_SIBLINGS keeps that
 * cheap; the groups carry no attributes, so fills and strokes still inherit from the mark's <g>.
 */
function chunkLongRuns(root: Element, doc: Document): void {
  for (const group of Array.from(root.querySelectorAll('g'))) {
    const children = Array.from(group.children);
    if (children.length <= MAX_SIBLINGS) continue;
    for (let start = 0; start < children.length; start += MAX_SIBLINGS) {
      const chunk = doc.createElementNS('http://www.w3.org/2000/svg', 'g');
      group.insertBefore(chunk, children[start]);
      for (const child of children.slice(start, start + MAX_SIBLINGS)) chunk.appendChild(child);
    }
  }
}

function roundGeometry(root: Element, digits: number): void {
  const scale = 10 ** digits;
  const round = (s: string) => String(Math.round(Number(s) * scale) / scale);
  const elements = [root, ...Array.from(root.querySelectorAll('*'))];
  for (const el of elements) {
    for (const name of GEOMETRY_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value !== null && value.includes('.')) el.setAttribute(name, value.replace(DECIMAL, round));
    }
  }
}

function prefixIds(root: Element, prefix: string): void {
  const elements = [root, ...Array.from(root.querySelectorAll('*'))];
  const renamed = new Map<string, string>();
  for (const el of elements) {
    const id = el.getAttribute('id');
    if (id === null) continue;
    // Plot numbers its ids per process (plot-clip-7); renumbered within the figure, two drawings
    // of the same options with the same prefix have the same markup.
    const own = `${prefix}-${id.replace(/-\d+$/, '')}-${renamed.size + 1}`;
    renamed.set(id, own);
    el.setAttribute('id', own);
  }
  if (renamed.size === 0) return;
  for (const el of elements) {
    for (const { name, value } of Array.from(el.attributes)) {
      if (!value.includes('#')) continue;
      const next = value.replace(/#([^\s)'"]+)/g, (whole, id: string) => (renamed.has(id) ? `#${renamed.get(id)}` : whole));
      if (next !== value) el.setAttribute(name, next);
    }
  }
}
