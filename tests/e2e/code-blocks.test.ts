/**
 * The code blocks as the reader gets them, in both themes, after the build has leaned them
 * (src/plugins/leanCodeTokensPlugin.mjs): a character without a token span of its own shows
 * the theme's code foreground, a token span shows the colour it declares for the theme, the
 * copy button copies exactly the lines shown (a terminal's without its comments), and the
 * lines of a flattened block stack one under the other, the copy button's room kept on the
 * first line only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile } from './support/browserForFile';
import { pageLabel, sitePages } from '../../tools/sitePages';

const distDir = inject('distDir');
const pages = sitePages(distDir).filter((path) =>
  readFileSync(`${distDir}${path}index.html`, 'utf8').includes('class="expressive-code"'),
);
const browser = browserForFile();

it('finds pages with code blocks, lessons among them', () => {
  expect(pages.filter((path) => path.startsWith('lesson/')).length).toBeGreaterThan(3);
});

describe.each(pages.map((path) => ({ path, label: pageLabel(path) })))('code blocks of $label', ({ path }) => {
  it.each(['dark', 'light'] as const)('draw and copy as written, %s theme', async (theme) => {
    const visit = await browser.openPage(path, { colorScheme: theme });
    try {
      const report = await visit.page.evaluate((variant) => {
        // Hidden tab panels hold code blocks too: show them so their lines are laid out.
        for (const panel of document.querySelectorAll('[role=tabpanel][hidden]')) panel.removeAttribute('hidden');
        const rgb = (colour: string) => {
          const probe = document.createElement('span');
          probe.style.color = colour;
          document.body.append(probe);
          const value = getComputedStyle(probe).color;
          probe.remove();
          return value;
        };
        const problems: string[] = [];
        let bare = 0;
        let tokens = 0;
        const blocks = [...document.querySelectorAll<HTMLElement>('.expressive-code pre > code')];
        for (const code of blocks) {
          const foreground = rgb(getComputedStyle(code).getPropertyValue('--ec-codeFg').trim());
          const lines = [...code.querySelectorAll<HTMLElement>('.code')];
          const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.nodeValue!.trim()) continue;
            const parent = node.parentElement!;
            const style = parent.getAttribute('style') ?? '';
            const painted = parent.tagName === 'SPAN' && !parent.hasAttribute('class') && style.startsWith('--');
            const declared = painted ? /(?:^|;)--(\d+):([^;]+)/g : undefined;
            const own = declared ? Object.fromEntries([...style.matchAll(declared)].map((m) => [m[1], m[2]])) : {};
            const expected = painted && own[variant] ? rgb(own[variant]) : foreground;
            if (painted) tokens += 1;
            else bare += 1;
            const seen = getComputedStyle(parent).color;
            if (seen !== expected) problems.push(`"${node.nodeValue}" is ${seen}, expected ${expected}`);
          }
          // A terminal frame copies its commands without the shell comments, as Expressive Code does.
          const terminal = code.closest('figure')?.classList.contains('is-terminal');
          const shown = lines
            .map((line) => line.textContent!.replace(/\n$/, ''))
            .filter((line) => !(terminal && /^\s*#/.test(line)))
            .join('\n');
          const copied = code.closest('figure')?.querySelector<HTMLElement>('.copy button')?.dataset.code?.replace(/\u007f/g, '\n');
          if (copied !== undefined && copied !== shown) problems.push(`copies ${JSON.stringify(copied)} but shows ${JSON.stringify(shown)}`);
          if (getComputedStyle(code).display !== 'block') problems.push(`<code> is ${getComputedStyle(code).display}`);
          const boxes = lines.map((line) => line.getBoundingClientRect());
          boxes.forEach((box, i) => {
            if (i > 0 && box.top < boxes[i - 1]!.bottom - 0.5) problems.push(`line ${i + 1} overlaps the line above`);
          });
          const ends = lines.map((line) => parseFloat(getComputedStyle(line).paddingInlineEnd));
          if (ends.length > 1 && !(ends[0]! > ends[1]!)) problems.push(`first line's end padding ${ends[0]} is not above the next line's ${ends[1]}`);
          if (ends.slice(1).some((end) => end !== ends[1])) problems.push(`later lines' end paddings differ: ${ends.join(', ')}`);
        }
        return { blocks: blocks.length, bare, tokens, problems, foregroundSeen: blocks[0] ? getComputedStyle(blocks[0]).color : '' };
      }, theme === 'dark' ? '0' : '1');
      expect(report.blocks).toBeGreaterThan(0);
      expect(report.tokens).toBeGreaterThan(0);
      expect(report.bare, 'characters left to the code foreground').toBeGreaterThan(0);
      expect(report.problems).toEqual([]);
      // The two themes really differ: the dark foreground is light and the light one dark.
      const [r, g, b] = report.foregroundSeen.match(/\d+/g)!.map(Number);
      expect((r! + g! + b!) / 3 > 128).toBe(theme === 'dark');
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});

describe('code blocks on a phone', () => {
  // ec.config.mjs drops Expressive Code's script that makes scrolling blocks focusable: it is
  // right only while no block scrolls.
  it.each(pages.map((path) => ({ path, label: pageLabel(path) })))('$label: no block scrolls sideways at 360 px, so none needs a tabindex', async ({ path }) => {
    const visit = await browser.openPage(path, { viewport: { width: 360, height: 740 } });
    try {
      const scrolling = await visit.page.evaluate(() => {
        for (const panel of document.querySelectorAll('[role=tabpanel][hidden]')) panel.removeAttribute('hidden');
        return [...document.querySelectorAll<HTMLElement>('.expressive-code pre')]
          .filter((pre) => pre.scrollWidth > pre.clientWidth + 1)
          .map((pre) => `${pre.textContent!.slice(0, 40)}: ${pre.scrollWidth} > ${pre.clientWidth}`);
      });
      expect(scrolling).toEqual([]);
      const scripts = visit.responses.filter((r) => /\/ec\.[\w-]+\.js$/.test(new URL(r.url).pathname));
      // The copy buttons' script is still there, without the tabindex one.
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) {
        const code = await visit.page.evaluate((url) => fetch(url).then((r) => r.text()), script.url);
        expect(code).toContain('copy');
        expect(code).not.toContain('tabindex-js-module');
      }
    } finally {
      await visit.close();
    }
  });
});
