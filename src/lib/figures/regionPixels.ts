import { classColor } from './palette';

/**
 * The decision regions as an image of one pixel per grid cell, RGBA, four bytes a pixel, rows from
 * the top: the live boundary figure paints it into a canvas and scales it over the plot's frame
 * instead of drawing hundreds of rects. Grid rows run up the x₁ axis (decisionGrid: row i*n + j
 * is [x[j], x[i]]) while image rows run down, so grid row i becomes image row n - 1 - i.
 *
 * Every pixel is opaque, in the class colour of the figures (`colorOf`, '#rrggbb'): the figure
 * lays the regions' opacity on the whole image, as it does on the group of rects, so both look
 * the same. It runs on the page's thread at every redraw of a run, so each pixel is one write of
 * its class's four bytes, read as one 32-bit word in the machine's byte order.
 */
export function regionPixels(gridClasses: readonly number[], colorOf: (k: number) => string = classColor): Uint8ClampedArray<ArrayBuffer> {
  const n = Math.round(Math.sqrt(gridClasses.length));
  if (n < 1 || n * n !== gridClasses.length) throw new RangeError(`regionPixels needs the classes of a square grid; got ${gridClasses.length}`);
  const pixels = new Uint8ClampedArray(n * n * 4);
  const words = new Uint32Array(pixels.buffer);
  const wordOf = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const row = (n - 1 - i) * n;
    for (let j = 0; j < n; j++) {
      const k = gridClasses[i * n + j];
      let word = wordOf.get(k);
      if (word === undefined) wordOf.set(k, (word = packed(colorOf(k))));
      words[row + j] = word;
    }
  }
  return pixels;
}

/** The opaque colour '#rrggbb' as the 32-bit word whose bytes in memory are r, g, b, 255. */
function packed(color: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) throw new RangeError(`regionPixels needs colours written #rrggbb; got ${color}`);
  const bytes = new Uint8Array([parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16), 255]);
  return new Uint32Array(bytes.buffer)[0];
}
