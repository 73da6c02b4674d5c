import type { Page } from 'playwright-core';
import type { PageVisit, SiteBrowser } from './browser';

/** The exercise with this id (every exercise root has data-exercise and its id). */
export const exercise = (id: string) => `[data-exercise][id="${id}"]`;

/** Waits until every exercise of the page and its progress line have started. */
export async function exercisesReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('[data-exercise], ex-progress, ex-overview')];
    return all.length > 0 && all.every((el) => el.getAttribute('data-ready') === 'true');
  });
}

/** Opens `path` with no saved progress: storage cleared, then the page loaded again. */
export async function openFresh(browser: SiteBrowser, path: string, options?: Parameters<SiteBrowser['openPage']>[1]): Promise<PageVisit> {
  const visit = await browser.openPage(path, options);
  await visit.page.evaluate(() => localStorage.clear());
  await visit.page.reload();
  await exercisesReady(visit.page);
  return visit;
}

/** What an exercise's live region says, and how it grades it. */
export async function feedback(page: Page, id: string): Promise<{ text: string; verdict: string | null }> {
  const status = page.locator(`${exercise(id)} [role="status"]`);
  return { text: ((await status.textContent()) ?? '').trim(), verdict: await status.getAttribute('data-verdict') };
}

/** Types into a numeric exercise's field and presses Enter, as a keyboard user does. */
export async function answerNumeric(page: Page, id: string, text: string): Promise<void> {
  const input = page.locator(`${exercise(id)} input`);
  await input.fill(text);
  await input.press('Enter');
}

/** The page's "n of N done" line. */
export async function pageProgress(page: Page): Promise<string> {
  return ((await page.locator('ex-progress [data-count]').textContent()) ?? '').trim();
}

/** Ticks the options of a choice exercise whose label matches, unticks the others, and presses Check. */
export async function choose(page: Page, id: string, labels: RegExp[]): Promise<void> {
  const options = page.locator(`${exercise(id)} label`);
  for (let i = 0; i < (await options.count()); i += 1) {
    const option = options.nth(i);
    const text = (await option.textContent()) ?? '';
    const input = option.locator('input');
    const want = labels.some((l) => l.test(text));
    const checked = await input.isChecked();
    // A radio button cannot be unticked by a click: ticking another one does it.
    if (want ? !checked : checked && (await input.getAttribute('type')) === 'checkbox') await input.click();
  }
  await page.locator(`${exercise(id)} [data-check]`).click();
}

/** The options of a predict exercise: each a label holding its radio button. */
export const predictOptions = (page: Page, id: string) => page.locator(`${exercise(id)} .ex__options label`);

/** Picks option `guess` of a predict exercise, presses Run it and waits for the run's report, which it gives. */
export async function runPredict(page: Page, id: string, guess: number, timeout = 150_000): Promise<string> {
  await predictOptions(page, id).nth(guess).locator('input').check();
  await page.locator(`${exercise(id)} [data-run]`).click();
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      const said = el?.querySelector('[role="status"]')?.textContent ?? '';
      return el?.querySelector<HTMLButtonElement>('[data-run]')?.disabled === false && said !== '' && !/^(Training|Stopping)/.test(said);
    },
    exercise(id),
    { timeout },
  );
  return (await feedback(page, id)).text;
}
