import type { Element, ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { leanCodeTokens } from '../../src/lib/code/leanCodeTokens';

// night-owl's code foregrounds, dark (--0) then light (--1).
const FG = ['#D6DEEB', '#403F53'];
const text = (value: string): ElementContent => ({ type: 'text', value });
const span = (style: string, ...children: (ElementContent | string)[]): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { style },
  children: children.map((c) => (typeof c === 'string' ? text(c) : c)),
});
const el = (tagName: string, className: string[], ...children: (ElementContent | string)[]): Element => ({
  type: 'element',
  tagName,
  properties: { className },
  children: children.map((c) => (typeof c === 'string' ? text(c) : c)),
});
const line = (...children: (ElementContent | string)[]) => el('div', ['code'], ...children);

/** What the stylesheet makes of each character: the nearest custom property, else the foreground. */
function drawn(node: ElementContent, inherited = new Map(FG.map((c, n) => [`--${n}`, c.toLowerCase()]))): string[] {
  if (node.type === 'text') {
    const props = [...inherited].sort().map(([k, v]) => `${k}:${v}`).join(';');
    return [...node.value].map((ch) => `${ch}|${props}`);
  }
  if (node.type !== 'element') return [];
  const styles = new Map(inherited);
  const style = node.properties?.style;
  const painted = node.tagName === 'span' && !node.properties?.className && typeof style === 'string' && style.startsWith('--');
  if (painted) for (const decl of style.split(';')) { const [k, v] = decl.split(':'); styles.set(k!, v!.toLowerCase()); }
  return node.children.flatMap((child) => drawn(child as ElementContent, styles));
}
/** The same, with a space's colour ignored (a space has no ink), unless it is underlined or has a background. */
const visible = (node: Element) =>
  drawn(node).map((c) => (/^\s\|/.test(c) && !/--\d+(td|bg):/.test(c) ? c.replace(/--\d+:[^;]*;?/g, '') : c));
const elements = (node: ElementContent): number =>
  node.type === 'element' ? 1 + node.children.reduce((n, c) => n + elements(c as ElementContent), 0) : 0;
const html = (node: ElementContent): string =>
  node.type === 'text'
    ? node.value
    : node.type === 'element'
      ? `<${node.tagName}${node.properties?.style ? ` style="${node.properties.style}"` : ''}${node.properties?.className ? ` class="${(node.properties.className as string[]).join(' ')}"` : ''}>${node.children.map((c) => html(c as ElementContent)).join('')}</${node.tagName}>`
      : '';

function lean(code: Element) {
  const before = { drawn: visible(code), text: drawn(code).map((c) => c[0]).join(''), elements: elements(code) };
  leanCodeTokens(code, FG);
  return before;
}

describe('leanCodeTokens', () => {
  it('turns tokens in the foreground colour of every theme into bare text', () => {
    const code = line(span('--0:#D6DEEB;--1:#403F53', 'X, y '), span('--0:#C792EA;--1:#8844AE', '='));
    const before = lean(code);
    expect(html(code)).toBe('<div class="code">X, y <span style="--0:#C792EA;--1:#8844AE">=</span></div>');
    expect(visible(code)).toEqual(before.drawn);
  });

  it('keeps a token that differs from the foreground in one theme only', () => {
    const code = line(span('--0:#D7DBE0;--1:#403F53', 'n_samples'));
    lean(code);
    expect(html(code)).toBe('<div class="code"><span style="--0:#D7DBE0;--1:#403F53">n_samples</span></div>');
  });

  it('gives a space the colour of its neighbours and joins them into one span', () => {
    const code = line(
      span('--0:#82AAFF;--1:#3B61B0', 'X'),
      span('--0:#D9F5DD;--1:#111111', ','),
      span('--0:#82AAFF;--1:#3B61B0', ' '),
      span('--0:#82AAFF;--1:#3B61B0', 'y'),
    );
    const before = lean(code);
    expect(html(code)).toBe(
      '<div class="code"><span style="--0:#82AAFF;--1:#3B61B0">X</span><span style="--0:#D9F5DD;--1:#111111">, </span><span style="--0:#82AAFF;--1:#3B61B0">y</span></div>',
    );
    expect(visible(code)).toEqual(before.drawn);
    expect(elements(code)).toBe(before.elements - 1);
  });

  it('flattens nested token spans to what each character resolves to', () => {
    // Expressive Code nests when the two themes split a token differently.
    const code = line(span('--1:#403F53', span('--0:#D6DEEB', '('), span('--0:#D7DBE0', 'n_samples')));
    const before = lean(code);
    expect(html(code)).toBe('<div class="code">(<span style="--0:#D7DBE0;--1:#403F53">n_samples</span></div>');
    expect(visible(code)).toEqual(before.drawn);
  });

  it('keeps what a space would show: an underline, a background, a different font style', () => {
    const code = line(
      span('--0:#C792EA;--1:#8844AE', 'a'),
      span('--0:#82AAFF;--1:#3B61B0;--0td:underline;--1td:underline', ' '),
      span('--0:#C792EA;--1:#8844AE', 'b'),
      span('--0:#82AAFF;--1:#3B61B0;--0fs:italic;--1fs:italic', ' '),
      span('--0:#C792EA;--1:#8844AE', 'c'),
    );
    const before = lean(code);
    expect(elements(code)).toBe(before.elements);
    expect(visible(code)).toEqual(before.drawn);
  });

  it('keeps the indent span and text markers, leaning only their inside, never merging across them', () => {
    const code = line(
      el('span', ['indent'], span('--0:#82AAFF;--1:#3B61B0', '    ')),
      span('--0:#C792EA;--1:#8844AE', 'return'),
      el('mark', [], span('--0:#C792EA;--1:#8844AE', ' x')),
    );
    const before = lean(code);
    expect(html(code)).toBe(
      '<div class="code"><span class="indent">    </span><span style="--0:#C792EA;--1:#8844AE">return</span><mark class=""><span style="--0:#C792EA;--1:#8844AE"> x</span></mark></div>',
    );
    expect(visible(code)).toEqual(before.drawn);
  });

  it('leaves an element whole when its children depend on custom properties it is not painted by', () => {
    const odd = el('span', ['token'], span('--0:#D6DEEB;--1:#403F53', 'kept'));
    odd.properties.style = '--0:#FF0000';
    const code = line(odd);
    const before = html(code);
    lean(code);
    expect(html(code)).toBe(before);
  });

  it('never changes the text, and halves the spans of a typical line', () => {
    const code = line(
      span('--0:#D6DEEB;--1:#403F53', 'X_train, X_test '),
      span('--0:#C792EA;--1:#8844AE', '='),
      span('--0:#D6DEEB;--1:#403F53', ' '),
      span('--0:#B2CCD6;--1:#096E72', 'train_test_split'),
      span('--0:#D6DEEB;--1:#403F53', '('),
      span('--0:#82AAFF;--1:#3B61B0', 'X'),
      span('--0:#D9F5DD;--1:#111111', ','),
      span('--0:#82AAFF;--1:#3B61B0', ' '),
      span('--0:#82AAFF;--1:#3B61B0', 'y'),
      span('--0:#D6DEEB;--1:#403F53', ')'),
    );
    const before = lean(code);
    expect(drawn(code).map((c) => c[0]).join('')).toBe(before.text);
    expect(visible(code)).toEqual(before.drawn);
    expect(elements(code) - 1).toBeLessThanOrEqual((before.elements - 1) / 2);
  });
});
