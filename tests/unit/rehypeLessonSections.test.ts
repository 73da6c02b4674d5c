import type { Root, RootContent } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeLessonSections } from '../../src/plugins/rehypeLessonSections.mjs';

const el = (tagName: string, text: string, className?: string[]): RootContent => ({
  type: 'element',
  tagName,
  properties: className ? { className } : {},
  children: [{ type: 'text', value: text }],
});
const wrapped = (id: string): RootContent => ({
  type: 'element',
  tagName: 'div',
  properties: { className: ['sl-heading-wrapper', 'level-h2'] },
  children: [{ type: 'element', tagName: 'h2', properties: { id }, children: [{ type: 'text', value: id }] }],
});

async function html(children: RootContent[]): Promise<string> {
  const processor = unified().use(rehypeLessonSections).use(rehypeStringify);
  return processor.stringify((await processor.run({ type: 'root', children } as Root)) as Root);
}

describe('rehypeLessonSections', () => {
  it('opens a section at every second-level heading, and one for the introduction', async () => {
    expect(await html([el('p', 'intro'), el('h2', 'One'), el('p', 'a'), el('h3', 'sub'), el('p', 'b'), el('h2', 'Two'), el('p', 'c')])).toBe(
      '<section class="lesson-section"><p>intro</p></section>' +
        '<section class="lesson-section"><h2>One</h2><p>a</p><h3>sub</h3><p>b</p></section>' +
        '<section class="lesson-section"><h2>Two</h2><p>c</p></section>',
    );
  });

  it("knows a heading already in Starlight's anchor-link wrapper", async () => {
    expect(await html([wrapped('one'), el('p', 'a'), wrapped('two')])).toBe(
      '<section class="lesson-section"><div class="sl-heading-wrapper level-h2"><h2 id="one">one</h2></div><p>a</p></section>' +
        '<section class="lesson-section"><div class="sl-heading-wrapper level-h2"><h2 id="two">two</h2></div></section>',
    );
  });

  it('leaves a div that only looks like a wrapper, and a page without headings, in one section', async () => {
    expect(await html([el('p', 'a'), el('div', 'b', ['sl-heading-wrapper'])])).toBe('<section class="lesson-section"><p>a</p><div class="sl-heading-wrapper">b</div></section>');
  });

  it("keeps MDX's imports and the blank text before the first block at the top level", async () => {
    const esm = { type: 'mdxjsEsm', value: "import X from './x'" } as unknown as RootContent;
    const tree: Root = { type: 'root', children: [esm, { type: 'text', value: '\n' }, el('h2', 'One'), { type: 'text', value: '\n' }, el('p', 'a')] };
    await unified().use(rehypeLessonSections).run(tree);
    expect(tree.children.map((c) => c.type)).toEqual(['mdxjsEsm', 'text', 'element']);
    const [, , sectionNode] = tree.children;
    expect(sectionNode.type === 'element' && sectionNode.children.map((c) => (c.type === 'element' ? c.tagName : c.type))).toEqual(['h2', 'text', 'p']);
  });

  it('leaves an empty page empty', async () => {
    expect(await html([])).toBe('');
  });
});
