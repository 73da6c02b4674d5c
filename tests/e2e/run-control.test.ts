/**
 * Run control on the four-blobs page under hostile use: Stop pressed while TF.js or its worker
 * is still loading, a run that diverges at a learning rate that is already small, data changed
 * after a run, the point picker's range, refused data and training fields alike, and link
 * parameters that are refused, misnamed or full of invisible characters.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { PageVisit } from './support/browser';
import { browserForFile } from './support/browserForFile';
import { trainToEnd, waitUntilNotRunning } from './support/trainer';
import { withDemoPage } from './support/withDemoPage';

const baseUrl = inject('baseUrl');
const PAGE = 'lesson/four-blobs/';
const TRAINER = 'demo-trainer[experiment="blobs4"]';

const browser = browserForFile(baseUrl);

const withDemo = (query: string, check: (visit: PageVisit, page: Page) => Promise<void>) =>
  withDemoPage(browser, PAGE + query, `${TRAINER}[data-ready="true"]`, check);

const field = (name: string) => `${TRAINER} input[data-knob="${name}"]`;
const dataField = (name: string) => `demo-blobs input[data-knob="${name}"]`;
const button = (name: string) => `${TRAINER} button[data-action="${name}"]`;
const text = async (page: Page, selector: string) => (await page.textContent(selector)) ?? '';

/** Holds every request whose URL matches `pattern` until `release()`; `seen` resolves on the first. */
async function holdRequests(page: Page, pattern: RegExp): Promise<{ seen: Promise<void>; release(): void }> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let markSeen!: () => void;
  const seen = new Promise<void>((resolve) => (markSeen = resolve));
  await page.route(pattern, async (route: Route) => {
    markSeen();
    await gate;
    await route.continue();
  });
  return { seen, release };
}

const requested = (visit: PageVisit, pattern: RegExp) => visit.responses.filter((r) => pattern.test(new URL(r.url).pathname));

describe('Stop before training starts', () => {
  it('cancels a run whose training code is still loading, says so, and the next run trains', async () => {
    await withDemo('?blobs4.epochs=1', async (visit, page) => {
      const held = await holdRequests(page, /TrainingSession\.[\w-]+\.js$/);
      await page.click(button('train'));
      await held.seen;
      await page.click(button('stop'));
      held.release();
      expect(await waitUntilNotRunning(page, TRAINER)).toBe('stopped');
      expect(await text(page, `${TRAINER} [data-status]`)).toBe('Stopped before training started.');
      expect(await page.isDisabled(button('train'))).toBe(false);
      expect(await page.isDisabled(button('stop'))).toBe(true);
      // The cancelled run never started the trainer.
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /TrainingSession/.test(e.name)));
      expect(requested(visit, /trainer\.worker/)).toEqual([]);
      await page.unroute(/TrainingSession\.[\w-]+\.js$/);
      expect(await trainToEnd(page, TRAINER)).toBe('completed');
      expect(await text(page, `${TRAINER} [data-status]`)).toMatch(/^Done: 1 epochs/);
    });
  });

  it('cancels a run whose worker is still loading TF.js at once, and the next run trains', async () => {
    await withDemo('?blobs4.epochs=1', async (_visit, page) => {
      const held = await holdRequests(page, /trainer\.worker-[\w-]+\.js$/);
      await page.click(button('train'));
      await held.seen;
      await page.click(button('stop'));
      // Still held: the run ends without waiting for the worker.
      expect(await waitUntilNotRunning(page, TRAINER)).toBe('stopped');
      expect(await text(page, `${TRAINER} [data-status]`)).toBe('Stopped before training started.');
      expect(await text(page, `${TRAINER} [data-progress-text]`)).toBe('Not started');
      expect(await page.isDisabled(button('train'))).toBe(false);
      held.release();
      expect(await trainToEnd(page, TRAINER)).toBe('completed');
      expect(await text(page, `${TRAINER} [data-status]`)).toMatch(/^Done: 1 epochs/);
    });
  });
});

describe('a diverged run', () => {
  it('at spread 20 and batch 1 advises from its settings and marks the test set not evaluated', async () => {
    await withDemo('?blobs4.spread=20&blobs4.batchSize=1&blobs4.epochs=3', async (_visit, page) => {
      expect(await trainToEnd(page, TRAINER)).toBe('diverged');
      const status = await text(page, `${TRAINER} [data-status]`);
      expect(status).toMatch(/smaller learning rate than 0\.01, such as 0\.001\b/);
      expect(status).not.toMatch(/such as 0\.01\b/);
      expect(status).toMatch(/bigger batch/);
      expect(status).toMatch(/less spread/);
      const cells = await page.$$eval(`${TRAINER} [data-result="loss"], ${TRAINER} [data-result="accuracy"]`, (c) => c.map((e) => e.textContent));
      expect(cells).toEqual(['not evaluated', 'not evaluated']);
      expect(await text(page, `${TRAINER} [data-results-caption]`)).toMatch(/diverged, so the test set was not evaluated/);
    });
  });
});

describe('data changed after a run', () => {
  it("says the results on show are the lesson's instead of leaving the run's summary", async () => {
    await withDemo('?blobs4.epochs=1', async (_visit, page) => {
      const lessonAccuracy = await text(page, `${TRAINER} [data-result="accuracy"]`);
      expect(await trainToEnd(page, TRAINER)).toBe('completed');
      expect(await text(page, `${TRAINER} [data-status]`)).toMatch(/^Done:/);
      await page.fill(dataField('samples'), '600');
      expect(await text(page, `${TRAINER} [data-status]`)).toBe("Data changed: the results above are the lesson's; train again to see yours.");
      expect(await text(page, `${TRAINER} [data-result="accuracy"]`)).toBe(lessonAccuracy);
      expect(await text(page, `${TRAINER} [data-progress-text]`)).toBe('Not started');
    });
  });
});

describe('the point picker', () => {
  it('names the range of the current test set', async () => {
    await withDemo('?blobs4.samples=100', async (_visit, page) => {
      const label = 'demo-predictions label[for$="-pick"]';
      expect(await text(page, label)).toContain('(0 to 19)');
      await page.fill(dataField('samples'), '200');
      expect(await text(page, label)).toContain('(0 to 39)');
      await page.click(button('reset'));
      expect(await text(page, label)).toContain('(0 to 799)');
    });
  });
});

describe('refused fields', () => {
  it('disable Train with the same reason whether they hold data or training settings', async () => {
    await withDemo('', async (_visit, page) => {
      const why = `${TRAINER} [data-train-why]`;
      for (const [selector, good] of [
        [dataField('samples'), '600'],
        [field('batchSize'), '8'],
      ] as const) {
        await page.fill(selector, 'abc');
        expect(await page.getAttribute(selector, 'aria-invalid'), selector).toBe('true');
        expect(await page.isDisabled(button('train')), selector).toBe(true);
        expect(await text(page, why), selector).toBe('Fix the marked setting to train.');
        await page.fill(selector, good);
        expect(await page.isDisabled(button('train')), selector).toBe(false);
        expect(await text(page, why), selector).toBe('');
      }
      // The data figure's own reset clears a refused data field, and Train comes back.
      await page.fill(dataField('centers'), '99');
      expect(await page.isDisabled(button('train'))).toBe(true);
      await page.click('demo-blobs button[data-action="reset-data"]');
      expect(await page.isDisabled(button('train'))).toBe(false);
    });
  });
});

describe('link parameters', () => {
  it('takes a refused parameter out of the address and keeps the others', async () => {
    await withDemo('?blobs4.batchSize=abc&blobs4.learningRate=0.1&other=1', async (_visit, page) => {
      expect(await text(page, `${TRAINER} [data-notices]`)).toContain('blobs4.batchSize');
      const params = new URL(page.url()).searchParams;
      expect(params.get('blobs4.batchSize')).toBeNull();
      expect(params.get('blobs4.learningRate')).toBe('0.1');
      expect(params.get('other')).toBe('1');
    });
  });

  it('says so when a parameter lacks the demo name, and drops it from the address', async () => {
    await withDemo('?lr=abc', async (_visit, page) => {
      expect(await text(page, `${TRAINER} [data-notices]`)).toMatch(/Ignored the link parameter “lr”.*“blobs4\.learningRate”/);
      expect(new URL(page.url()).search).toBe('');
    });
  });

  it('shows invisible characters of a refused value as escapes', async () => {
    await withDemo('?blobs4.epochs=%00%0A1', async (_visit, page) => {
      expect(await text(page, `${TRAINER} [data-notices]`)).toContain('“\\u0000\\n1” is not a number.');
    });
  });
});
