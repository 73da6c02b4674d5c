/**
 * The server renders a demo for a reader without JavaScript: controls that only work with a
 * script carry `data-js-only hidden`, and the sentences that explain what the script would do
 * carry `data-no-js`. Once the demo's script runs, it swaps them: the controls show and the
 * explanations go.
 */
export function revealScripted(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-js-only], [data-no-js]')) el.hidden = !el.hasAttribute('data-js-only');
}
