/**
 * The shaded regions of a live decision boundary figure as one image. Drawn as a few hundred
 * semi-transparent rects, every redraw of a run made Plot build them and the browser style, lay
 * out and paint them: at 4x CPU throttling, a redraw's median was 43 to 82 ms of the page
 * thread's CPU for the script and 9 to 28 ms for layout (DevTools traces of the moons and
 * four-blob runs); as one image, 10 to 29 and 4 to 6. (Its paint, 8 to 14 ms, hardly moved:
 * most of it is the page's, spent on any change.)
 *
 * The grid's classes are painted one pixel a cell into a small canvas (regionPixels), and the
 * canvas, encoded as a data: URL (no request; the site's img-src allows it), becomes the href of
 * an SVG <image> in the rects' place: under the points and the axes, over the frame
 * (regionImagePlacement), scaled with hard cell edges, at the rect group's opacity. Later redraws
 * only change its href.
 *
 * The image is decoration within the chart's role="img"; the figure's description still says
 * what the regions hold. Readers without JavaScript, and Reset, get the build-time rects.
 */
import { boundaryLayout, type DecisionBoundaryOptions } from '../../lib/figures/boundaryLayout';
import { regionImagePlacement } from '../../lib/figures/regionImagePlacement';
import { regionPixels } from '../../lib/figures/regionPixels';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The regions' image once it is in a figure. */
const REGION_IMAGE = 'image[data-mark="regions"]';
/** The regions as Plot draws them: a group of rects. */
const REGION_RECTS = 'g[data-mark="rect"]';

/** Shared by every figure of the page: each paints and encodes in one go. */
let canvas: HTMLCanvasElement | undefined;

/**
 * Shows the grid classes of `o` as the regions of `svg`, a drawing of decisionBoundary(o) with
 * other classes, and returns the figure's description of the new ones (boundaryLayout); null when
 * the svg has neither the regions' rects nor their image (or no canvas can be drawn).
 */
export function showRegionImage(svg: SVGSVGElement, o: DecisionBoundaryOptions): string | null {
  const target = svg.querySelector(`${REGION_IMAGE}, ${REGION_RECTS}`);
  if (!target) return null;
  const { gridClasses } = o;
  const n = Math.round(Math.sqrt(gridClasses.length));
  canvas ??= document.createElement('canvas');
  // Setting a canvas's size clears and reallocates it even when the size is the same.
  if (canvas.width !== n) canvas.width = n;
  if (canvas.height !== n) canvas.height = n;
  // Kept in memory, not on the GPU: it is read back (encoded) at every redraw.
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.putImageData(new ImageData(regionPixels(gridClasses), n, n), 0, 0);
  const href = canvas.toDataURL('image/png');
  const image = target.matches(REGION_IMAGE) ? target : regionImageFor(target);
  const figure = boundaryLayout(o);
  const at = regionImagePlacement(o.grid, figure);
  for (const [name, value] of [['x', at.x], ['y', at.y], ['width', at.width], ['height', at.height]] as const) {
    image.setAttribute(name, String(value));
  }
  image.setAttribute('href', href);
  if (image !== target) target.replaceWith(image);
  return figure.ariaDescription ?? '';
}

/** An empty image to take the place of the rect group `rects`, at its opacity. */
function regionImageFor(rects: Element): SVGImageElement {
  const image = document.createElementNS(SVG_NS, 'image');
  image.setAttribute('data-mark', 'regions');
  image.setAttribute('aria-hidden', 'true');
  image.setAttribute('preserveAspectRatio', 'none');
  // One pixel a cell, stretched: without this the browser would blur the cells' edges.
  image.setAttribute('style', 'image-rendering: crisp-edges; image-rendering: pixelated');
  const opacity = rects.getAttribute('opacity');
  if (opacity !== null) image.setAttribute('opacity', opacity);
  return image;
}
