import katex from 'katex';
import rehypeKatex from 'rehype-katex';
import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { leanMathml, unwrapOuterRow } from '../../src/lib/mathml/leanMathml';
import { rehypeLeanMathml } from '../../src/plugins/rehypeLeanMathml.mjs';

const mathml = (tex: string, displayMode = false) => katex.renderToString(tex, { output: 'mathml', displayMode });
const elementCount = (html: string) => (html.match(/<[a-z][^>]*>/g) ?? []).length;

describe('leanMathml', () => {
  it('keeps only the <math> element and the formula inside it', () => {
    expect(leanMathml(mathml('x_1 + b'))).toBe(
      '<math xmlns="http://www.w3.org/1998/Math/MathML"><msub><mi>x</mi><mn>1</mn></msub><mo>+</mo><mi>b</mi></math>',
    );
  });

  it('saves four elements a formula and drops the TeX source', () => {
    const tex = '\\frac{e^{z_k}}{\\sum_j e^{z_j}}';
    const lean = leanMathml(mathml(tex, true));
    expect(elementCount(mathml(tex, true)) - elementCount(lean)).toBe(4);
    expect(lean).toContain('display="block"');
    expect(lean).not.toContain('annotation');
    expect(lean).not.toContain('\\frac');
  });

  it('keeps a top-level row that is not the whole formula', () => {
    expect(unwrapOuterRow('<mrow><mi>a</mi></mrow><mrow><mi>b</mi></mrow>')).toBe('<mrow><mi>a</mi></mrow><mrow><mi>b</mi></mrow>');
    expect(unwrapOuterRow('<mrow><mrow><mi>a</mi></mrow><mi>b</mi></mrow>')).toBe('<mrow><mi>a</mi></mrow><mi>b</mi>');
    expect(unwrapOuterRow('<mtable><mtr><mtd><mi>a</mi></mtd></mtr></mtable>')).toBe('<mtable><mtr><mtd><mi>a</mi></mtd></mtr></mtable>');
  });

  it('leaves other markup and KaTeX error messages alone', () => {
    const error = katex.renderToString('\\frac{', { output: 'mathml', throwOnError: false });
    expect(leanMathml(`<p>a</p>${error}`)).toBe(`<p>a</p>${error}`);
  });
});

describe('rehypeLeanMathml', () => {
  it('gives the MDX pages the same markup as leanMathml', async () => {
    const tex = 'p_j = \\frac{e^{z_j}}{\\sum_{k=1}^{K} e^{z_k}}';
    // What remark-math hands to rehype for `The softmax $...$ of z.`
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            { type: 'text', value: 'The softmax ' },
            { type: 'element', tagName: 'code', properties: { className: ['language-math', 'math-inline'] }, children: [{ type: 'text', value: tex }] },
            { type: 'text', value: ' of z.' },
          ],
        },
      ],
    };
    const processor = unified().use(rehypeKatex, { output: 'mathml' }).use(rehypeLeanMathml).use(rehypeStringify);
    const html = processor.stringify((await processor.run(tree)) as Root);
    expect(html).toBe(`<p>The softmax ${leanMathml(mathml(tex))} of z.</p>`);
  });
});
