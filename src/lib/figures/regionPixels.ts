import { classColor } from './palette';

/**
 * The decision regions as an image of one pixel per grid cell, RGBA, four bytes a pixel, rows from
 * the top: the live boundary figure paints it into a canvas and scales it over the plot's frame
 * instead of drawing hundreds of rects. Grid rows run up the x₁ axis (decisionGrid: row i*n + j
 * is [x[j], x[i]]) while image rows run down, so grid row i becomes image row n - 1 - i.
 *
 * Every pixel is opaque, in the class colour of the figures (`colorOf`, '#rrggbb'): the figure
 * lays the regions' opacity on the whole image, as it does on the group of rects, so both look
 * the same.
 */
export function regionPixels(gridClasses: readonly number[], colorOf: (k: number) => string = classColor): Uint8ClampedArray<ArrayBuffer> {
  const n = Math.round(Math.sqrt(gridClasses.length));
  if (n < 1 || n * n !== gridClasses.length) throw new RangeError(`regionPixels needs the classes of a square grid; got ${gridClasses.length}`);
  const rgb = new Map<number, readonly number[]>();
  const pixels = new Uint8ClampedArray(n * n * 4);
  for (let i = 0; i < n; i++) {
    const row = (n - 1 - i) * n;
    for (let j = 0; j < n; j++) {
      const k = gridClasses[i * n + j];
      let c = rgb.get(k);
      if (!c) rgb.set(k, (c = parseHex(colorOf(k))));
      const at = (row + j) * 4;
      pixels[at] = c[0];
      pixels[at + 1] = c[1];
      pixels[at + 2] = c[2];
      pixels[at + 3] = 255;
    }
  }
  return pixels;
}

function parseHex(color: string): readonly number[] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) throw new RangeError(`regionPixels needs colours written #rrggbb; got ${color}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}
