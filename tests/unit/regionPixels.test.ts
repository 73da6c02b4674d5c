import { describe, expect, it } from 'vitest';
import { regionPixels } from '../../src/lib/figures/regionPixels';
import { decisionGrid } from '../../src/lib/data/decisionGrid';

/** The RGBA bytes of image pixel (column, row) of an n-wide image. */
const pixel = (p: Uint8ClampedArray, n: number, column: number, row: number) => Array.from(p.slice((row * n + column) * 4, (row * n + column) * 4 + 4));

describe('regionPixels', () => {
  it('gives each cell its class colour, opaque, the grid’s bottom row as the image’s last', () => {
    // A 2 x 2 grid: bottom row (x1 low) classes 0 1, top row 2 3.
    const p = regionPixels([0, 1, 2, 3]);
    expect(p).toHaveLength(16);
    expect(pixel(p, 2, 0, 0)).toEqual([0x00, 0x9e, 0x73, 255]); // class 2, bluish green, top left
    expect(pixel(p, 2, 1, 0)).toEqual([0xcc, 0x79, 0xa7, 255]); // class 3, reddish purple
    expect(pixel(p, 2, 0, 1)).toEqual([0x00, 0x72, 0xb2, 255]); // class 0, blue, bottom left
    expect(pixel(p, 2, 1, 1)).toEqual([0xe6, 0x9f, 0x00, 255]); // class 1, orange
  });

  it('matches the cell under each grid point of a lesson-sized grid', () => {
    const grid = decisionGrid();
    // Class 1 above the line x1 = 0.5 x0 + 3, class 0 below: not symmetric, so a flip would show.
    const classes = grid.map(([a, b]) => (b > 0.5 * a + 3 ? 1 : 0));
    const p = regionPixels(classes, (k) => (k === 1 ? '#ffffff' : '#000000'));
    for (const [i, j] of [[0, 0], [0, 99], [99, 0], [99, 99], [40, 10], [60, 90], [52, 50]]) {
      const [a, b] = grid[i * 100 + j];
      const expected = b > 0.5 * a + 3 ? 255 : 0;
      expect(pixel(p, 100, j, 99 - i), `cell (${i}, ${j})`).toEqual([expected, expected, expected, 255]);
    }
  });

  it('rejects classes that are not of a square grid, and colours it cannot read', () => {
    expect(() => regionPixels([0, 1, 0])).toThrow(RangeError);
    expect(() => regionPixels([])).toThrow(RangeError);
    expect(() => regionPixels([0], () => 'blue')).toThrow(/#rrggbb/);
  });
});
