/**
 * The demos against a hostile or clumsy world, in Chromium.
 *
 * Through the URL: every trainer page of the build is opened with crafted query parameters in
 * its demo's namespace (markup and script, 1e999, negatives, NaN, prototype keys, unknown knobs,
 * a very long value, repeats). Nothing may run (no dialog, no injected element, no global set),
 * nothing may throw or log an error, the reader gets a visible notice, and every control of the
 * demo shows the lesson's value. The controls' own bad-input messages are the demo tests' job.
 *
 * A slow machine: with the CPU throttled 4x, the lesson's four-blob run still finishes and a
 * click on a <details> toggles it while the run goes on. No WebGL: in a Chromium started
 * without 3D APIs, the same run finishes on another backend and the page says which.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoKnobs } from '../../src/lib/knobs/demoKnobs';
import type { ExperimentId } from '../../src/lib/experiments/ExperimentConfig';
import type { PageVisit } from './support/browser';
import { browserForFile } from './support/browserForFile';
import { launchFreshChromium, type FreshChromium } from './support/freshChromium';
import { recordErrors } from './support/recordErrors';
import { pageLabel, sitePages } from '../../tools/sitePages';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const FOUR_BLOBS = 'lesson/four-blobs/';
const RUN_TIMEOUT = 300_000;

/** The trainers of each page of the build, read from its HTML (`<demo-trainer experiment="...">`). */
function trainerPages(): { path: string; experiment: ExperimentId }[] {
  const out: { path: string; experiment: ExperimentId }[] = [];
  for (const path of sitePages(distDir)) {
    const html = readFileSync(join(distDir, path, path === '' || path.endsWith('/') ? 'index.html' : ''), 'utf8');
    for (const match of html.matchAll(/<demo-trainer\b[^>]*\bexperiment="([a-z0-9]+)"/g)) {
      out.push({ path, experiment: match[1] as ExperimentId });
    }
  }
  return out;
}

const trainers = trainerPages();

/** A query string whose pairs are kept exactly as given (URLSearchParams would re-encode them). */
function query(pairs: [string, string][]): string {
  return `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
}

/** Crafted links for a demo namespace; each must be ignored with a notice. */
function hostileLinks(ns: string): { name: string; pairs: [string, string][] }[] {
  const script = '<script>window.__pwned=1;alert(1)</script>';
  const image = '"><img src=x onerror="window.__pwned=1;alert(2)">';
  return [
    { name: 'a script tag as a value', pairs: [[`${ns}.learningRate`, script]] },
    { name: 'markup in the key and the value', pairs: [[`${ns}.${image}`, image], [`${ns}.epochs`, image]] },
    {
      name: 'numbers out of range or not numbers',
      pairs: [
        [`${ns}.learningRate`, '1e999'],
        [`${ns}.batchSize`, '-1'],
        [`${ns}.epochs`, 'NaN'],
        [`${ns}.seed`, 'Infinity'],
      ],
    },
    {
      name: 'prototype keys',
      pairs: [
        ['__proto__[x]', '1'],
        [`${ns}.__proto__`, '1'],
        [`${ns}.constructor`, '1'],
        [`${ns}.__proto__[polluted]`, '1'],
        ['constructor[prototype][polluted]', '1'],
      ],
    },
    // Long, yet within what servers accept in a request line (nginx: 8 KiB, Node: 16 KiB of headers).
    { name: 'a very long value', pairs: [[`${ns}.epochs`, '9'.repeat(4_000)]] },
    { name: 'many unknown parameters', pairs: Array.from({ length: 200 }, (_, i): [string, string] => [`${ns}.knob${i}`, String(i)]) },
  ];
}

/** Knob values shown in the page's inputs for one experiment (their ids start with the experiment). */
async function shownKnobs(page: Page, experiment: string): Promise<{ id: string; name: string; value: string }[]> {
  return page.locator(`input[data-knob][id^="${experiment}-"]`).evaluateAll((inputs) =>
    inputs.map((el) => {
      const input = el as HTMLInputElement;
      return { id: input.id, name: input.dataset.knob ?? '', value: input.value };
    }),
  );
}

const browser = browserForFile(baseUrl);

it('finds trainers in the build, the four-blob one among them', () => {
  expect(trainers.length).toBeGreaterThan(0);
  expect(trainers).toContainEqual({ path: FOUR_BLOBS, experiment: 'blobs4' });
});

describe.each(trainers.map((t) => ({ ...t, label: pageLabel(t.path) })))('$experiment on $label, through the URL', ({ path, experiment }) => {
  const defaults = new Map(demoKnobs(experiment).map((k) => [k.name as string, k.default]));

  it.each(hostileLinks(experiment))('ignores $name with a notice, runs nothing and keeps the lesson settings', async ({ pairs }) => {
    const dialogs: string[] = [];
    const visit: PageVisit = await browser.openPage(path + query(pairs));
    const { page } = visit;
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    try {
      expect(visit.response?.status()).toBe(200);
      const trainer = page.locator(`demo-trainer[experiment="${experiment}"]`);
      await trainer.and(page.locator('[data-ready="true"]')).waitFor();
      await page.waitForLoadState('networkidle');

      const notice = trainer.locator('[data-notices]');
      await expect.poll(() => notice.isVisible(), { timeout: 30_000 }).toBe(true);
      const noticeText = (await notice.textContent()) ?? '';
      expect(noticeText.trim().length).toBeGreaterThan(0);
      // The notice quotes the link as text, never as markup.
      expect(await notice.evaluate((el) => el.children.length)).toBe(0);

      const shown = await shownKnobs(page, experiment);
      expect(shown.length).toBeGreaterThan(0);
      for (const knob of shown) {
        expect(await page.locator(`#${knob.id}`).isDisabled(), `${knob.id} usable`).toBe(false);
        expect(Number(knob.value), `${knob.id} shows the lesson's ${knob.name}`).toBe(defaults.get(knob.name));
      }
      await expect.poll(() => trainer.locator('[data-action="train"]').isEnabled(), { timeout: 30_000 }).toBe(true);

      const injected = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        images: document.querySelectorAll('img[src="x"]').length,
        polluted: ({} as Record<string, unknown>).polluted ?? null,
        protoX: ({} as Record<string, unknown>).x ?? null,
      }));
      expect(injected).toEqual({ pwned: null, images: 0, polluted: null, protoX: null });
      expect(dialogs, 'dialogs opened').toEqual([]);
      expect(visit.consoleErrors, 'console errors').toEqual([]);
      expect(visit.pageErrors, 'uncaught exceptions').toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('ignores parameters outside its namespace without a notice', async () => {
    const visit = await browser.openPage(path + query([['utm_source', '<b>x</b>'], ['other.learningRate', '5']]));
    try {
      const trainer = visit.page.locator(`demo-trainer[experiment="${experiment}"]`);
      await trainer.and(visit.page.locator('[data-ready="true"]')).waitFor();
      expect((await trainer.locator('[data-notices]').textContent())?.trim()).toBe('');
      expect(await trainer.locator('[data-notices]').isVisible()).toBe(false);
      for (const knob of await shownKnobs(visit.page, experiment)) expect(Number(knob.value)).toBe(defaults.get(knob.name));
      expect(visit.consoleErrors).toEqual([]);
      expect(visit.pageErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});

/** Presses Train on the four-blob trainer; resolves once the run is under way. */
async function startFourBlobs(page: Page): Promise<void> {
  const trainer = page.locator('demo-trainer[experiment="blobs4"]');
  await trainer.and(page.locator('[data-ready="true"]')).waitFor();
  await trainer.locator('[data-action="train"]:not([disabled])').click();
  await trainer.and(page.locator('[data-state="running"]')).waitFor({ timeout: RUN_TIMEOUT });
}

async function finishedRun(page: Page): Promise<{ state: string | undefined; accuracy: number; backend: string }> {
  const trainer = page.locator('demo-trainer[experiment="blobs4"]');
  await page.waitForFunction(
    () => {
      const state = document.querySelector<HTMLElement>('demo-trainer[experiment="blobs4"]')?.dataset.state;
      return state !== undefined && state !== 'running';
    },
    undefined,
    { timeout: RUN_TIMEOUT, polling: 250 },
  );
  return {
    state: await trainer.getAttribute('data-state').then((s) => s ?? undefined),
    accuracy: Number(await trainer.locator('[data-result="accuracy"]').getAttribute('data-value')),
    backend: (await trainer.locator('[data-backend]').textContent()) ?? '',
  };
}

describe('four blobs on a CPU slowed down 4x', () => {
  let visit: PageVisit;
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    visit = await browser.openPage(FOUR_BLOBS);
    page = visit.page;
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Long tasks are counted for the report only: on a shared machine their length is noise.
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
  });

  afterAll(async () => {
    await cdp?.detach().catch(() => undefined);
    expect(visit.consoleErrors, 'console errors').toEqual([]);
    expect(visit.pageErrors, 'uncaught exceptions').toEqual([]);
    await visit?.close();
  });

  it("finishes the lesson's run", async () => {
    await startFourBlobs(page);
    const run = await finishedRun(page);
    expect(run.state).toBe('completed');
    expect(run.accuracy).toBeGreaterThan(0.85);
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    console.log(
      `4x CPU throttling: lesson run ${run.state}, test accuracy ${run.accuracy}, ${run.backend.trim()}; ` +
        `main-thread long tasks since load: ${longTasks.length} (longest ${Math.round(Math.max(0, ...longTasks))} ms)`,
    );
  });

  it('toggles a <details> while a long run trains, and stops the run on request', async () => {
    // The lesson's run is short even when throttled; 50x the epochs leaves time to interact.
    const trainer = page.locator('demo-trainer[experiment="blobs4"]');
    await page.locator('#blobs4-trainer-epochs').fill('500');
    await startFourBlobs(page);
    await page.locator('#blobs4-trainer-progress-text').filter({ hasText: /Epoch [2-9]/ }).waitFor({ timeout: RUN_TIMEOUT });

    // A figure's data table: a <details> outside the trainer, visible at desktop width.
    const details = page.locator('details.static-figure__data').first();
    await details.scrollIntoViewIfNeeded();
    const wasOpen = await details.evaluate((el) => (el as HTMLDetailsElement).open);
    await details.locator('summary').click();
    await expect.poll(() => details.evaluate((el) => (el as HTMLDetailsElement).open), { timeout: 30_000 }).toBe(!wasOpen);
    // The toggle landed while the worker was still training: the page answered during the run.
    expect(await trainer.getAttribute('data-state')).toBe('running');

    await trainer.locator('[data-action="stop"]').click();
    const run = await finishedRun(page);
    expect(run.state).toBe('stopped');
    await trainer.locator('[data-action="reset"]').click();
    expect(await page.locator('#blobs4-trainer-epochs').inputValue()).toBe(String(demoKnobs('blobs4').find((k) => k.name === 'epochs')?.default));
  });
});

describe('four blobs without WebGL', () => {
  let noGl: FreshChromium;

  beforeAll(async () => {
    noGl = await launchFreshChromium(inject('chromiumPath'), {
      // --disable-webgl alone leaves WebGL to OffscreenCanvas in workers (where training runs);
      // without the software rasterizer there is no GL anywhere, the page and workers alike.
      extraArgs: ['--disable-webgl', '--disable-webgl2', '--disable-3d-apis', '--disable-software-rasterizer'],
      viewport: { width: 1280, height: 800 },
    });
  });

  afterAll(async () => {
    await noGl?.close();
  });

  it('has no WebGL in the page or in a worker, and still trains the lesson run', async () => {
    const page = await noGl.context.newPage();
    const errors = recordErrors(page);
    try {
      await page.goto(new URL(FOUR_BLOBS, baseUrl).href, { waitUntil: 'load' });
      const webgl = await page.evaluate(async () => {
        const inPage = ['webgl', 'webgl2'].some((kind) => document.createElement('canvas').getContext(kind) !== null);
        const source = `postMessage(['webgl','webgl2'].some((k) => new OffscreenCanvas(1, 1).getContext(k) !== null));`;
        const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
        const inWorker = await new Promise<boolean>((resolveAnswer) => (worker.onmessage = (e) => resolveAnswer(e.data as boolean)));
        worker.terminate();
        return { inPage, inWorker };
      });
      expect(webgl).toEqual({ inPage: false, inWorker: false });

      await startFourBlobs(page);
      const run = await finishedRun(page);
      expect(run.state).toBe('completed');
      expect(run.accuracy).toBeGreaterThan(0.85);
      expect(run.backend).toMatch(/\b(cpu|wasm)\b/);
      console.log(`without WebGL: run ${run.state}, test accuracy ${run.accuracy}, ${run.backend.trim()}`);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
