/**
 * Turns Plot options into DOM, the same way at build time (with linkedom's document) and in the
 * page (with the real one), so a static figure and its live replacement have identical markup
 * and size.
 *
 * Plot labels its inner `<g>` elements with `aria-label`, which is prohibited on elements without
 * a role. The whole chart is one image to assistive technology: the root svg becomes
 * `role="img"` carrying the figure's label and description, the inner labels move to `data-mark`
 * (still handy for tests and styling), and legend swatches are hidden as decoration beside
 * their text.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';

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
}

const GEOMETRY_ATTRIBUTES = ['d', 'transform', 'cx', 'cy', 'r', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'points'];
const DECIMAL = /-?\d+\.\d+(?:e[-+]?\d+)?/g;

/** Renders `options` and returns an `<svg>`, or a `<div>` holding legends and the `<svg>`. */
export function renderFigure(options: PlotOptions, o: RenderFigureOptions): HTMLElement | SVGSVGElement {
  const doc = o.document;
  const fontSize = o.fontSize ?? 13;
  const rendered = Plot.plot({ ...options, document: doc }) as HTMLElement | SVGSVGElement;

  let root: HTMLElement | SVGSVGElement = rendered;
  // Plot wraps a chart with legends in a <figure>; the page supplies its own <figure>, and
  // figures nested in figures read twice to a screen reader.
  if (rendered.tagName.toLowerCase() === 'figure') {
    const div = doc.createElement('div');
    div.setAttribute('class', `${rendered.getAttribute('class') ?? ''} plot-figure`.trim());
    while (rendered.firstChild) div.appendChild(rendered.firstChild);
    root = div;
  }

  const chart =
    root.tagName.toLowerCase() === 'svg' ? root : Array.from(root.children).find((c) => c.tagName.toLowerCase() === 'svg');
  if (chart) {
    chart.setAttribute('role', 'img');
    chart.setAttribute('font-size', String(fontSize));
    // Text halos and tips use --plot-background: follow Starlight's page colour in both themes.
    chart.setAttribute('style', '--plot-background: var(--sl-color-bg, #fff)');
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

  if (o.precision !== undefined) roundGeometry(root, o.precision);
  return root;
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
