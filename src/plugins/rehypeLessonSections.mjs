// Groups a page's content into one <section class="lesson-section"> per second-level heading
// (and one for what comes before the first), so the stylesheet can let the browser skip the
// style, layout and paint of every part the reader has not scrolled to (`content-visibility:
// auto`, src/styles/custom.css). A heading counts whether it is still bare or already in
// Starlight's anchor-link wrapper. MDX's import and export statements stay at the top level,
// where MDX needs them, and so does the blank text before the first block.

/** @typedef {import('hast').Element} Element */
/** @typedef {import('hast').RootContent} RootContent */

/** @param {RootContent} node @returns {boolean} */
function startsSection(node) {
  if (node.type !== 'element') return false;
  if (node.tagName === 'h2') return true;
  const className = node.properties?.className;
  return node.tagName === 'div' && Array.isArray(className) && className.includes('sl-heading-wrapper') && node.children.some((c) => c.type === 'element' && c.tagName === 'h2');
}

/** @param {RootContent} node @returns {boolean} */
const isStatement = (node) => node.type === 'mdxjsEsm' || node.type === 'doctype';
/** @param {RootContent} node @returns {boolean} */
const isBlank = (node) => node.type === 'text' && node.value.trim() === '';

/** @returns {Element} */
const section = () => ({ type: 'element', tagName: 'section', properties: { className: ['lesson-section'] }, children: [] });

/** @returns {(tree: import('hast').Root) => void} */
export function rehypeLessonSections() {
  return (tree) => {
    /** @type {RootContent[]} */
    const children = [];
    /** @type {Element | undefined} */
    let current;
    for (const node of tree.children) {
      if (startsSection(node)) {
        current = section();
        children.push(current);
      } else if (isStatement(node) || (!current && isBlank(node))) {
        children.push(node);
        continue;
      } else if (!current) {
        current = section();
        children.push(current);
      }
      current.children.push(/** @type {import('hast').ElementContent} */ (node));
    }
    tree.children = children;
  };
}
