// An Expressive Code plugin for fewer elements in every code block, drawn the same:
// each line's tokens go through src/lib/code/leanCodeTokens.ts and each block's lines through
// src/lib/code/flattenCodeLines.ts (see those files for why the look is unchanged). The colour
// a bare character inherits is the theme's code foreground, read from Expressive Code's own
// resolved settings, so a change of theme keeps the rule right.
// Loaded from ec.config.mjs by Node itself (which strips the TypeScript types) and by Vite.
import { flattenCodeLines } from '../lib/code/flattenCodeLines.ts';
import { leanCodeTokens } from '../lib/code/leanCodeTokens.ts';

/** @typedef {import('hast').Element} Element */

/** @param {unknown} node @param {string} tag @returns {node is Element} */
const isTag = (node, tag) => /** @type {Element} */ (node)?.type === 'element' && /** @type {Element} */ (node).tagName === tag;
/** @param {Element} node @param {string} name */
const hasClass = (node, name) => Array.isArray(node.properties?.className) && node.properties.className.includes(name);

/** @param {Element} node @param {(code: Element) => void} each Calls `each` on every `pre > code` under `node`. */
function eachPreCode(node, each) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (isTag(node, 'pre') && isTag(child, 'code')) each(child);
    else eachPreCode(child, each);
  }
}

/** @returns {import('@astrojs/starlight/expressive-code').ExpressiveCodePlugin} */
export function leanCodeTokensPlugin() {
  return {
    name: 'Lean code blocks',
    // A flattened block's <code> carries the line class (see flattenCodeLines.ts): it stays a
    // block, and the frame's extra end padding for the copy button (meant for the first line,
    // written as `:nth-child(1 of .ec-line) .code`) stays on its first line only.
    baseStyles: `
      pre > code.ec-line { display: block; }
      pre > code.ec-line > .code:not(:first-child) { padding-inline-end: var(--ec-codePadInl); }`,
    hooks: {
      postprocessRenderedLine: ({ renderData, styleVariants }) => {
        const foregrounds = styleVariants.map((variant) => variant.resolvedStyleSettings.get('codeForeground') ?? '');
        for (const child of renderData.lineAst.children) {
          if (isTag(child, 'div') && hasClass(child, 'code')) leanCodeTokens(/** @type {any} */ (child), foregrounds);
        }
      },
      postprocessRenderedBlock: ({ renderData }) => {
        eachPreCode(/** @type {any} */ (renderData.blockAst), (code) => flattenCodeLines(code));
      },
    },
  };
}
