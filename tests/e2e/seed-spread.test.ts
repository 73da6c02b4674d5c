/**
 * The inside-a-linear-classifier page tells what other training seeds give: a table of the
 * lowest, median and highest test loss and accuracy over the pinned runs, and how the page's
 * own seed and the lesson's loss compare. The table must show what seedSpread computes.
 */
import { expect, it } from 'vitest';
import { browserForFile } from './support/browserForFile';
import { experimentById } from '../../src/lib/experiments/registry';
import { pinnedSeeds } from '../../src/lib/seeds/pinnedSeeds';
import { seedSpread } from '../../src/lib/seeds/seedSpread';

const config = experimentById('blobs2');
const spread = seedSpread(pinnedSeeds('blobs2'), config.lesson!.loss);
const browser = browserForFile();

it('shows the spread of test loss and accuracy over the seeds, as computed from the pinned runs', async () => {
  const visit = await browser.openPage(config.page!);
  try {
    const section = visit.page.locator('h3#what-another-seed-gives');
    await expect.poll(() => section.count()).toBe(1);
    const table = visit.page.locator('xpath=//h3[@id="what-another-seed-gives"]/following::table[1]');
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );
    expect(rows).toEqual([
      ['test loss', ...[spread.loss.min, spread.loss.median, spread.loss.max].map((v) => v.toFixed(4))],
      ['test accuracy', ...[spread.accuracy.min, spread.accuracy.median, spread.accuracy.max].map((v) => v.toFixed(3))],
    ]);
    expect(spread.runs).toBeGreaterThanOrEqual(20);
    const header = await table.locator('thead th').first().textContent();
    expect(header).toContain(`${spread.runs} runs`);
    const prose = await visit.page.locator('xpath=//h3[@id="what-another-seed-gives"]/following::table[1]/following::p[1]').textContent();
    expect(prose).toContain(`Only ${spread.atOrBelow} of the ${spread.runs} runs`);
    expect(prose).toContain(config.lesson!.loss.toFixed(4));
  } finally {
    await visit.close();
  }
});
