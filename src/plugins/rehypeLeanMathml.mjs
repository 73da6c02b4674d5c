// The hast counterpart of src/lib/mathml/leanMathml.ts, for the `$...$` and `$$...$$` math of
// the MDX pages: rehype-katex (output 'mathml') leaves each formula as
// `span.katex > math > semantics > (mrow, annotation)`. The span, <semantics>, the TeX
// annotation and a lone top-level <mrow> change neither the rendering nor what a screen reader
// says; they cost four elements a formula, and the annotation's TeX would reach the search
// index as text. Each formula becomes its bare <math> element.
import { visit, SKIP } from 'unist-util-visit';

/** @typedef {import('hast').Element} Element */

/** @param {import('hast').Node | undefined} node @param {string} tag @returns {node is Element} */
const isTag = (node, tag) => node?.type === 'element' && /** @type {Element} */ (node).tagName === tag;

/** @param {Element} math */
function trim(math) {
  const [semantics] = math.children;
  if (math.children.length !== 1 || !isTag(semantics, 'semantics')) return;
  const kept = semantics.children.filter((child) => !isTag(child, 'annotation'));
  math.children = kept.length === 1 && isTag(kept[0], 'mrow') ? kept[0].children : kept;
}

/** @returns {(tree: import('hast').Root) => void} */
export function rehypeLeanMathml() {
  return (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      const className = node.properties?.className;
      if (!(Array.isArray(className) && className.includes('katex'))) return;
      const [math] = node.children;
      if (node.children.length !== 1 || !isTag(math, 'math') || !parent || index === undefined) return;
      trim(math);
      parent.children[index] = math;
      return SKIP;
    });
  };
}
