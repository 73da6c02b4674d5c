import type { Page } from 'playwright-core';

/** The first line mark in the panels of `figure`: its path's points, in SVG coordinates (y grows downwards). */
export async function linePoints(page: Page, figure: string): Promise<{ x: number; y: number }[]> {
  const d = await page.locator(`${figure} [data-figure-panel] g[data-mark="line"] path`).first().getAttribute('d');
  return [...(d ?? '').matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
}
