import type { Page } from 'playwright-core';
import { OKABE_ITO } from '../../../src/lib/figures/palette';

/** What a decision boundary figure draws as its regions. */
export interface RegionsShown {
  /** Regions drawn as an image, and as groups of rects (Plot's build-time drawing). */
  images: number;
  rectGroups: number;
  /** Rects in those groups. */
  rects: number;
  /** The image's address, or '' without one. */
  href: string;
}

/** The regions of the chart of the boundary figure `boundary` (a selector) on show. */
export async function regionsShown(page: Page, boundary: string): Promise<RegionsShown> {
  return page.$eval(`${boundary} [data-figure-panel] svg[role="img"]`, (svg) => ({
    images: svg.querySelectorAll('image').length,
    rectGroups: svg.querySelectorAll('g[data-mark="rect"]').length,
    rects: svg.querySelectorAll('g[data-mark="rect"] rect').length,
    href: svg.querySelector('image')?.getAttribute('href') ?? '',
  }));
}

/**
 * The class each cell of an n x n grid shows in the regions' image at `href`, in decisionGrid
 * order (cell i*n + j is [x[j], x[i]], x₁ growing upwards, so image row n - 1 - i), read back
 * from the figures' palette: -1 for a colour that is none of its classes'.
 */
export async function imageClasses(page: Page, href: string, n: number): Promise<number[]> {
  const colours = await page.evaluate(
    async ([url, size]) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      if (img.naturalWidth !== size || img.naturalHeight !== size) throw new Error(`image is ${img.naturalWidth} x ${img.naturalHeight}, not ${size} x ${size}`);
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0);
      const data = context.getImageData(0, 0, size, size).data;
      const hex = (v: number) => v.toString(16).padStart(2, '0');
      const cells: string[] = [];
      for (let i = 0; i < size; i++) {
        for (let j = 0; j < size; j++) {
          const at = ((size - 1 - i) * size + j) * 4;
          cells.push(data[at + 3] === 255 ? `#${hex(data[at])}${hex(data[at + 1])}${hex(data[at + 2])}` : 'transparent');
        }
      }
      return cells;
    },
    [href, n] as const,
  );
  const palette = OKABE_ITO.map((c) => c.toLowerCase());
  return colours.map((c) => palette.indexOf(c));
}

/** The grid classes the worker sent last for the experiment of `trainer` (its store's livePredictions). */
export async function workerGridClasses(page: Page, trainer: string): Promise<number[]> {
  return page.$eval(trainer, (el) => {
    const store = (el as HTMLElement & { store: { livePredictions(): { gridClasses?: number[] } | undefined } }).store;
    return [...(store.livePredictions()?.gridClasses ?? [])];
  });
}
