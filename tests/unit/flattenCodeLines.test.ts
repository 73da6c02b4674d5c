import type { Element, ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { flattenCodeLines } from '../../src/lib/code/flattenCodeLines';

const div = (className: string[], children: ElementContent[], style?: string): Element => ({
  type: 'element',
  tagName: 'div',
  properties: style ? { className, style } : { className },
  children,
});
const line = (value: string, style?: string) => div(['ec-line'], [div(['code'], [{ type: 'text', value }])], style);
const code = (...lines: Element[]): Element => ({ type: 'element', tagName: 'code', properties: {}, children: lines });
const texts = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map((c) => texts(c as ElementContent)).join('|') : '';

describe('flattenCodeLines', () => {
  it('moves each line up into <code>, which takes the line class, keeping each line its indent', () => {
    const block = code(line('def f():'), line('    return 1', '--ecIndent:4ch'));
    expect(flattenCodeLines(block)).toBe(true);
    expect(block.properties.className).toEqual(['ec-line']);
    expect(block.children).toHaveLength(2);
    for (const child of block.children) expect((child as Element).properties.className).toEqual(['code']);
    expect((block.children[1] as Element).properties.style).toBe('--ecIndent:4ch');
    expect((block.children[0] as Element).properties.style).toBeUndefined();
    expect(texts(block)).toBe('def f():|    return 1');
  });

  it('leaves a block alone when one line has a gutter, a marker class or other attributes', () => {
    const gutter = div(['ec-line'], [div(['gutter'], []), div(['code'], [{ type: 'text', value: 'b' }])]);
    const marked = div(['ec-line', 'mark'], [div(['code'], [{ type: 'text', value: 'c' }])]);
    for (const odd of [gutter, marked]) {
      const block = code(line('a'), odd);
      const before = structuredClone(block);
      expect(flattenCodeLines(block)).toBe(false);
      expect(block).toEqual(before);
    }
  });

  it('leaves an empty or already classed <code> alone', () => {
    expect(flattenCodeLines(code())).toBe(false);
    const classed = code(line('a'));
    classed.properties.className = ['ec-line'];
    expect(flattenCodeLines(classed)).toBe(false);
  });
});
