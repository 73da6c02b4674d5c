// KaTeX writes every formula twice: visible HTML and hidden MathML for screen readers.
// Pagefind would index the MathML as a run of single letters, so search excerpts of math-heavy
// pages read as noise. Marking it `data-pagefind-ignore` keeps it for assistive tech and out of the index.
import { visit } from 'unist-util-visit';

/** @returns {(tree: import('hast').Root) => void} */
export function rehypeMathmlPagefindIgnore() {
  return (tree) => {
    visit(tree, 'element', (node) => {
      const className = node.properties?.className;
      if (Array.isArray(className) && className.includes('katex-mathml')) {
        node.properties['dataPagefindIgnore'] = '';
      }
    });
  };
}
