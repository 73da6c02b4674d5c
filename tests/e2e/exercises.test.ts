/**
 * The exercises in Chromium, on the softmax page and the home page of the built site: each kind
 * graded right, wrong and unreadable (numbers worked out here, not by the site's code), the
 * worked solution offered after two tries, progress kept across a reload and cleared from the
 * home page, storage that refuses or is full, axe with exercises answered in both themes and
 * both widths, and every question and worked solution readable without JavaScript.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { resolveSitePath, type PageVisit, type SiteBrowser } from './support/browser';
import { browserForFile } from './support/browserForFile';
import { answerNumeric, choose, exercise, exercisesReady, feedback, openFresh, pageProgress } from './support/exercises';
import { expectQuiet } from './support/expectQuiet';
import { recordErrors } from './support/recordErrors';
import { withoutJavaScript } from './support/withoutJavaScript';

const PAGE = 'lesson/softmax/';
const PHONE = { width: 360, height: 740 };
// The questions' example, worked out independently: scores 2, 1, 0.1 and true class 2.
const exps = [2, 1, 0.1].map(Math.exp);
const p = exps.map((e) => e / (exps[0]! + exps[1]! + exps[2]!));

const browser = browserForFile();

/** Opens the softmax page with no progress, runs `check`, and asserts a clean console. */
async function onSoftmax(check: (page: Page, visit: PageVisit) => Promise<void>, options?: Parameters<SiteBrowser['openPage']>[1]) {
  const visit = await openFresh(browser, PAGE, options);
  try {
    await check(visit.page, visit);
    expectQuiet(visit);
  } finally {
    await visit.close();
  }
}

const exerciseCount = (page: Page) => page.locator('[data-exercise]').count();

describe('numeric', () => {
  it('takes a right answer written as a percentage, marks it done and counts it', async () => {
    await onSoftmax(async (page) => {
      const total = await exerciseCount(page);
      expect(total).toBeGreaterThanOrEqual(4);
      expect(await pageProgress(page)).toMatch(new RegExp(`^0 of ${total} done`));
      await answerNumeric(page, 'softmax-p0', `${(p[0]! * 100).toFixed(1)}%`);
      expect(await feedback(page, 'softmax-p0')).toMatchObject({ verdict: 'right', text: expect.stringMatching(/^Right/) });
      expect(await page.getAttribute(exercise('softmax-p0'), 'data-done')).toBe('true');
      expect(await pageProgress(page)).toMatch(new RegExp(`^1 of ${total} done`));
      // A negative answer with the typographic minus, and a fraction.
      await answerNumeric(page, 'softmax-gradient', `\u2212${(1 - p[2]!).toFixed(3)}`);
      expect((await feedback(page, 'softmax-gradient')).verdict).toBe('right');
      await answerNumeric(page, 'softmax-loss', `${Math.round(-Math.log(p[2]!) * 1000)}/1000`);
      expect((await feedback(page, 'softmax-loss')).verdict).toBe('right');
      expect(await pageProgress(page)).toMatch(new RegExp(`^3 of ${total} done`));
    });
  });

  it('says what it cannot read without counting a try; a wrong answer gets the hint; two wrong ones offer the solution', async () => {
    await onSoftmax(async (page) => {
      const id = 'softmax-p0';
      const input = page.locator(`${exercise(id)} input`);
      await answerNumeric(page, id, 'abc');
      expect(await feedback(page, id)).toMatchObject({ verdict: 'unreadable', text: expect.stringContaining('not a number') });
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      await answerNumeric(page, id, '');
      expect((await feedback(page, id)).text).toMatch(/Type a number/);
      const hint = (await page.getAttribute(exercise(id), 'data-hint')) ?? '';
      expect(hint.length).toBeGreaterThan(10);
      await answerNumeric(page, id, p[1]!.toFixed(3));
      expect(await feedback(page, id)).toMatchObject({ verdict: 'wrong', text: expect.stringContaining(hint) });
      expect(await input.getAttribute('aria-invalid')).toBe('false');
      // The unreadable entries cost nothing: one wrong try so far, so no offer yet.
      expect(await page.locator(`${exercise(id)} [data-reveal]`).count()).toBe(0);
      await answerNumeric(page, id, p[2]!.toFixed(3));
      expect((await feedback(page, id)).verdict).toBe('wrong');
      expect(await page.getAttribute(exercise(id), 'data-done')).toBeNull();
      const reveal = page.locator(`${exercise(id)} [data-reveal]`);
      expect(await reveal.textContent()).toBe('Show the worked solution');
      await reveal.focus();
      await page.keyboard.press('Enter');
      expect(await page.locator(`${exercise(id)} details`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      expect(await pageProgress(page)).toMatch(/^0 of/);
    });
  });
});

describe('choice', () => {
  it('radio buttons: nothing picked is unreadable, a wrong pick is explained, the right one explains every option', async () => {
    await onSoftmax(async (page) => {
      const id = 'softmax-shift';
      expect(await page.locator(`${exercise(id)} input[type="radio"]`).count()).toBeGreaterThan(1);
      await page.locator(`${exercise(id)} [data-check]`).click();
      expect(await feedback(page, id)).toMatchObject({ verdict: 'unreadable', text: 'Pick an answer first.' });
      await choose(page, id, [/all grow/]);
      expect((await feedback(page, id)).verdict).toBe('wrong');
      expect(await page.locator(`${exercise(id)} .ex__note`).allTextContents()).toEqual([expect.stringMatching(/^Not right: /)]);
      // Adding the same number to every score leaves the softmax unchanged.
      await choose(page, id, [/stay exactly the same/]);
      expect((await feedback(page, id)).verdict).toBe('right');
      const notes = await page.locator(`${exercise(id)} .ex__note`).allTextContents();
      expect(notes).toHaveLength(await page.locator(`${exercise(id)} input`).count());
      expect(notes.filter((n) => n.startsWith('Right: '))).toHaveLength(1);
      expect(await page.getAttribute(exercise(id), 'data-done')).toBe('true');
    });
  });

  it('checkboxes: a missing right option is said, and all of them and nothing else is right', async () => {
    await onSoftmax(async (page) => {
      const id = 'softmax-gradient-signs';
      expect(await page.locator(`${exercise(id)} input[type="checkbox"]`).count()).toBe(3);
      // ∂L/∂z = p − one-hot(2): the two wrong classes' entries are positive.
      await choose(page, id, [/z₀/]);
      expect(await feedback(page, id)).toMatchObject({ verdict: 'wrong', text: expect.stringContaining('one right option is missing') });
      await choose(page, id, [/z₀/, /z₁/, /z₂/]);
      expect((await feedback(page, id)).text).toContain('one of your picks is wrong');
      await choose(page, id, [/z₀/, /z₁/]);
      expect((await feedback(page, id)).verdict).toBe('right');
    });
  });
});

describe('open', () => {
  it('is done once its worked answer is opened from the keyboard', async () => {
    await onSoftmax(async (page) => {
      const id = 'softmax-infinite-loss';
      await page.locator(`${exercise(id)} summary`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getAttribute(exercise(id), 'data-done')).toBe('true');
      expect(await pageProgress(page)).toMatch(/^1 of/);
    });
  });
});

describe('progress', () => {
  it('survives a reload: done exercises show as done with their answers', async () => {
    await onSoftmax(async (page) => {
      await answerNumeric(page, 'softmax-p0', p[0]!.toFixed(2));
      await choose(page, 'softmax-shift', [/stay exactly the same/]);
      await answerNumeric(page, 'softmax-loss', '7');
      await page.reload();
      await exercisesReady(page);
      expect(await page.locator(`${exercise('softmax-p0')} input`).inputValue()).toBe(p[0]!.toFixed(2));
      expect(await feedback(page, 'softmax-p0')).toMatchObject({ verdict: 'right', text: expect.stringMatching(/^Done/) });
      expect(await page.getAttribute(exercise('softmax-shift'), 'data-done')).toBe('true');
      expect(await page.locator(`${exercise('softmax-shift')} input:checked`).count()).toBe(1);
      // A wrong answer is kept too, but not as done.
      expect(await page.locator(`${exercise('softmax-loss')} input`).inputValue()).toBe('7');
      expect(await page.getAttribute(exercise('softmax-loss'), 'data-done')).toBeNull();
      expect(await pageProgress(page)).toMatch(new RegExp(`^2 of ${await exerciseCount(page)} done`));
    });
  });

  it('the home page lists each page’s progress with a link, and Clear asks before it clears everything', async () => {
    await onSoftmax(async (page) => {
      const total = await exerciseCount(page);
      await answerNumeric(page, 'softmax-p0', p[0]!.toFixed(2));
      await page.goto(resolveSitePath(browser.baseUrl, ''));
      await exercisesReady(page);
      const row = page.locator('ex-overview li[data-page="lesson/softmax"]');
      expect(await row.locator('[data-count]').textContent()).toBe(`1 of ${total} done`);
      expect(new URL((await row.locator('a').getAttribute('href'))!, page.url()).href).toBe(resolveSitePath(browser.baseUrl, PAGE));
      const button = (name: string) => page.locator(`ex-overview [data-${name}]`);
      const status = page.locator('ex-overview [role="status"]');
      await button('clear').click();
      expect(await button('confirm').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-confirm'))).toBe(true);
      expect(await status.textContent()).toMatch(/Clear them all\?/);
      await button('cancel').click();
      expect(await row.locator('[data-count]').textContent()).toBe(`1 of ${total} done`);
      await button('clear').click();
      await page.keyboard.press('Enter');
      expect(await row.locator('[data-count]').textContent()).toBe(`0 of ${total} done`);
      expect(await status.textContent()).toMatch(/cleared/);
      expect(await button('confirm').isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-clear'))).toBe(true);
      await page.goto(resolveSitePath(browser.baseUrl, PAGE));
      await exercisesReady(page);
      expect(await page.locator(`${exercise('softmax-p0')} input`).inputValue()).toBe('');
      expect(await pageProgress(page)).toMatch(/^0 of/);
    });
  });
});

/**
 * Opens `path` in a page where `init` ran first, and records what it logs and throws. Starlight's
 * own inline theme scripts read and write localStorage unguarded, so storage that refuses makes
 * them throw. The refusals below name the code that asked (its stack), so those errors are told
 * apart and left aside; any other error, and any refusal that escapes one of the site's bundled
 * modules (the exercises among them), fails the test.
 */
async function withStorage(path: string, init: () => void, check: (page: Page) => Promise<void>): Promise<void> {
  const page = await browser.context.newPage();
  const errors = recordErrors(page);
  try {
    await page.addInitScript(init);
    await page.goto(resolveSitePath(browser.baseUrl, path));
    await exercisesReady(page);
    await check(page);
    // Starlight's theme select also calls its theme provider, which a refusal stopped from being defined.
    const starlight = (e: string) => (/refused \(asked by /.test(e) && !e.includes('/_astro/')) || /StarlightThemeProvider is not defined/.test(e);
    const ours = errors.filter((e) => !starlight(e));
    expect(ours, 'errors other than Starlight’s inline theme scripts’').toEqual([]);
  } finally {
    await page.close();
  }
}

const notice = (page: Page, root: string) => page.locator(`${root} [data-notice]`);

describe('storage that refuses', () => {
  const forbid = () => {
    const caller = () => (new Error().stack ?? '').split('\n').slice(3).join(' ');
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException(`Storage refused (asked by ${caller()})`, 'SecurityError');
      },
    });
  };

  it('forbidden: the page says progress cannot be saved, and the exercises still work', async () => {
    await withStorage(PAGE, forbid, async (page) => {
      expect(await notice(page, 'ex-progress').isVisible()).toBe(true);
      expect(await notice(page, 'ex-progress').textContent()).toMatch(/cannot be saved/);
      await answerNumeric(page, 'softmax-p0', p[0]!.toFixed(2));
      expect((await feedback(page, 'softmax-p0')).verdict).toBe('right');
      await choose(page, 'softmax-shift', [/stay exactly the same/]);
      expect((await feedback(page, 'softmax-shift')).verdict).toBe('right');
      expect(await pageProgress(page)).toMatch(/^2 of/);
    });
    await withStorage('', forbid, async (page) => {
      expect(await notice(page, 'ex-overview').textContent()).toMatch(/cannot be saved/);
      await page.locator('ex-overview [data-clear]').click();
      await page.locator('ex-overview [data-confirm]').click();
      expect(await page.locator('ex-overview li [data-count]').first().textContent()).toMatch(/^0 of/);
    });
  });

  it('full: once a save fails the page says so, and grading goes on', async () => {
    const fill = () => {
      const caller = () => (new Error().stack ?? '').split('\n').slice(3).join(' ');
      Storage.prototype.setItem = function () {
        throw new DOMException(`Storage full: write refused (asked by ${caller()})`, 'QuotaExceededError');
      };
    };
    await withStorage(PAGE, fill, async (page) => {
      expect(await notice(page, 'ex-progress').isVisible()).toBe(false);
      await answerNumeric(page, 'softmax-p0', p[0]!.toFixed(2));
      expect((await feedback(page, 'softmax-p0')).verdict).toBe('right');
      expect(await notice(page, 'ex-progress').textContent()).toMatch(/full/);
      expect(await pageProgress(page)).toMatch(/^1 of/);
    });
  });

  it('corrupted: the page says the saved progress could not be read, and saves afresh', async () => {
    const corrupt = () => {
      if (!sessionStorage.getItem('corrupted')) {
        sessionStorage.setItem('corrupted', 'yes');
        localStorage.setItem('dl-course:exercises:v1', '{not json');
      }
    };
    await withStorage(PAGE, corrupt, async (page) => {
      expect(await notice(page, 'ex-progress').textContent()).toMatch(/could not be read/);
      await answerNumeric(page, 'softmax-p0', p[0]!.toFixed(2));
      expect(await notice(page, 'ex-progress').isVisible()).toBe(false);
      await page.reload();
      await exercisesReady(page);
      expect(await page.getAttribute(exercise('softmax-p0'), 'data-done')).toBe('true');
      await page.evaluate(() => localStorage.clear());
    });
  });
});

describe('accessibility with exercises answered', () => {
  it.each([
    { theme: 'light' as const, viewport: { width: 1280, height: 800 } },
    { theme: 'dark' as const, viewport: { width: 1280, height: 800 } },
    { theme: 'light' as const, viewport: PHONE },
    { theme: 'dark' as const, viewport: PHONE },
  ])('$theme theme, $viewport.width px: no axe violations and no sideways scroll', async ({ theme, viewport }) => {
    await onSoftmax(
      async (page) => {
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        await answerNumeric(page, 'softmax-p0', '0.1');
        await answerNumeric(page, 'softmax-p0', 'abc');
        await answerNumeric(page, 'softmax-p0', '0.2');
        await answerNumeric(page, 'softmax-loss', p[2]!.toFixed(2));
        await answerNumeric(page, 'softmax-gradient', (p[2]! - 1).toFixed(2));
        await choose(page, 'softmax-shift', [/all grow/]);
        await choose(page, 'softmax-gradient-signs', [/z₀/, /z₁/]);
        await page.locator(`${exercise('softmax-infinite-loss')} summary`).click();
        // A finished run: its progress bar and the marks beside the options.
        await page.locator(`${exercise('softmax-huge')} input`).first().check();
        await page.locator(`${exercise('softmax-huge')} [data-run]`).click();
        await page.waitForFunction((sel) => /diverged/.test(document.querySelector(`${sel} [role="status"]`)?.textContent ?? ''), exercise('softmax-huge'), { timeout: 150_000 });
        const violations = await axeViolations(page);
        expect(violations, violations.join('\n')).toEqual([]);
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      },
      { colorScheme: theme, viewport, waitUntil: 'networkidle' },
    );
  });
});

describe('without JavaScript', () => {
  it('every question and every worked solution is on the page, the solutions in <details>, and no dead control shows', async () => {
    await withoutJavaScript({ chromiumPath: inject('chromiumPath'), baseUrl: browser.baseUrl }, PAGE, async (page) => {
      const exercises = await page.$$eval('[data-exercise]', (els) =>
        els.map((el) => ({
          kind: el.getAttribute('data-exercise'),
          ready: el.getAttribute('data-ready'),
          question: el.querySelector('.ex__q')?.textContent?.trim() ?? '',
          summary: el.querySelector('details > summary')?.textContent?.trim() ?? '',
          solution: [...(el.querySelector('details')?.children ?? [])].filter((c) => c.tagName !== 'SUMMARY').map((c) => c.textContent ?? '').join(' ').trim(),
          // A field or a button does nothing without a script: none may show (the options may).
          shownControls: [...el.querySelectorAll<HTMLElement>('input[type="text"], button')].filter((c) => c.offsetParent !== null).length,
        })),
      );
      expect(new Set(exercises.map((e) => e.kind))).toEqual(new Set(['numeric', 'choice', 'predict', 'open']));
      for (const e of exercises) {
        expect(e.ready).toBeNull();
        expect(e.question.length, `${e.kind} question`).toBeGreaterThan(20);
        expect(e.summary.length).toBeGreaterThan(0);
        expect(e.solution.length, `${e.kind} worked solution`).toBeGreaterThan(20);
        expect(e.shownControls, `${e.kind}: controls that need a script`).toBe(0);
      }
      expect(await page.locator('ex-progress [data-count]').textContent()).toContain(`${exercises.length} exercises`);
      await page.goto(resolveSitePath(browser.baseUrl, ''));
      expect(await page.locator('ex-overview li[data-page="lesson/softmax"]').textContent()).toContain(`${exercises.length} exercises`);
      expect(await page.locator('ex-overview [data-clear]').isVisible()).toBe(false);
    });
  });
});

describe('the writing guide’s example', () => {
  it('grades the count its question describes, worked out from the numbers the question gives', async () => {
    const visit = await openFresh(browser, 'guides/writing-a-session/');
    try {
      const { page } = visit;
      const question = (await page.locator(`${exercise('guide-steps')} .ex__q`).textContent()) ?? '';
      const [points, share, batch] = (/has (\d+) points, sets a share of ([\d.]+) aside .* batches of (\d+)/.exec(question) ?? []).slice(1).map(Number);
      expect(points! * share! * batch!, question).toBeGreaterThan(0);
      const steps = Math.ceil((points! - Math.ceil(points! * share!)) / batch!);
      await answerNumeric(page, 'guide-steps', String(steps + 1));
      expect((await feedback(page, 'guide-steps')).verdict).toBe('wrong');
      await answerNumeric(page, 'guide-steps', String(steps));
      expect((await feedback(page, 'guide-steps')).verdict).toBe('right');
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
