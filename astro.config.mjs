// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { rehypeLeanMathml } from './src/plugins/rehypeLeanMathml.mjs';
import { rehypeLessonSections } from './src/plugins/rehypeLessonSections.mjs';
import { searchUiOnDemand } from './src/plugins/searchUiOnDemand.mjs';
import { plotFormatOnDemand } from './src/plugins/plotFormatOnDemand.mjs';

// Instructors hosting under a sub-path set SITE and BASE (see the self-hosting guide).
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Pagefind's search UI loads when the reader reaches for search, not on every page, and
  // Plot makes no Intl number formatter when it loads (see the files).
  vite: { plugins: [searchUiOnDemand(), plotFormatOnDemand()] },
  // Astro 7's default Markdown processor ignores remark/rehype plugins: math needs unified.
  // KaTeX writes MathML only, which the browser lays out itself: no KaTeX stylesheet or fonts
  // (see README, "Math as MathML"). Each part of a page under an h2 becomes a section the
  // browser skips while it is off screen (src/plugins/rehypeLessonSections.mjs).
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { output: 'mathml' }], rehypeLeanMathml, rehypeLessonSections],
    }),
  },
  integrations: [
    starlight({
      title: 'Deep Learning, Session 1',
      description:
        'The math behind deep learning and an introduction to Keras: a course whose every model trains in your browser.',
      favicon: '/favicon.svg',
      customCss: ['./src/styles/custom.css'],
      lastUpdated: false,
      // Code blocks (Expressive Code) are configured in ec.config.mjs.
      head: [
        {
          // The first frame waits for the page's title (the main column's first element), so the
          // sidebars and the main column are all there when it is drawn. A large page is parsed
          // in slices, and a slow machine drew one before the main column existed: the contents
          // column then jumped from beside the nav to the right edge (a layout shift of 0.41).
          tag: 'link',
          attrs: { rel: 'expect', href: '#_top', blocking: 'render' },
        },
        {
          // Formulas and tables wider than a narrow column scroll inside themselves; an element
          // that scrolls must be reachable by keyboard, so those (and only those) get a tab stop.
          tag: 'script',
          content: `(() => {
  const sel = 'math[display=block], .sl-markdown-content table, [data-scrollable]';
  const mark = () => {
    for (const el of document.querySelectorAll(sel)) {
      const scrolls = el.scrollWidth > el.clientWidth + 1;
      if (scrolls && !el.hasAttribute('tabindex')) { el.setAttribute('tabindex', '0'); el.dataset.scrollStop = ''; }
      else if (!scrolls && 'scrollStop' in el.dataset) { el.removeAttribute('tabindex'); delete el.dataset.scrollStop; }
    }
  };
  document.addEventListener('DOMContentLoaded', mark);
  addEventListener('load', mark);
  addEventListener('resize', () => requestAnimationFrame(mark));
  document.fonts?.ready.then(mark);
})();`,
        },
        {
          // A section is skipped off screen (src/styles/custom.css) only once it has been laid out
          // and is out of view, so it keeps its real height and nothing in view ever blinks; a
          // resize lays them all out again.
          tag: 'script',
          content: `(() => {
  if (!('IntersectionObserver' in window)) return;
  const mark = 'lesson-section--skippable';
  let observer;
  let timer;
  const watch = () => {
    observer?.disconnect();
    observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting) continue;
        e.target.classList.add(mark);
        observer.unobserve(e.target);
      }
    }, { rootMargin: '100% 0px' });
    for (const section of document.querySelectorAll('.lesson-section')) {
      section.classList.remove(mark);
      observer.observe(section);
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch, { once: true });
  else watch();
  addEventListener('resize', () => {
    clearTimeout(timer);
    timer = setTimeout(watch, 250);
  });
})();`,
        },
      ],
      pagination: true,
      sidebar: [
        { label: 'Start here', link: '/' },
        {
          label: 'Session 1: the math and Keras',
          items: [
            { slug: 'lesson/machine-learning' },
            { slug: 'lesson/five-steps' },
            { slug: 'lesson/linear-classifiers' },
            { slug: 'lesson/softmax' },
            { slug: 'lesson/four-blobs' },
            { slug: 'lesson/inside-a-linear-classifier' },
            { slug: 'lesson/beyond-linear' },
            { slug: 'lesson/regression' },
          ],
        },
        {
          label: 'Reference',
          items: [{ slug: 'reference/notation' }, { slug: 'reference/glossary' }],
        },
        {
          label: 'For instructors',
          items: [{ slug: 'guides/self-hosting' }, { slug: 'guides/writing-a-session' }],
        },
      ],
    }),
  ],
});
