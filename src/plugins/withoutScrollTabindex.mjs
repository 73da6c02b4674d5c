// Expressive Code's renderer without its "Scrollable block tabindex" script. That script gives
// a code block that scrolls sideways a tabindex, so a keyboard can scroll it; here every block
// wraps (ec.config.mjs) and none scrolls at any width (tests/e2e/code-blocks.test.ts checks it
// at 360 px), so the script has nothing to do. It still costs: a ResizeObserver on every block,
// which reads its scrollWidth, and a MutationObserver on the whole page that searches every
// node a live figure adds, thousands per redraw while a model trains.
import { createRenderer } from '@astrojs/starlight/expressive-code';

/** Marks the script in the module list (it logs this name when it fails). */
const TABINDEX_MODULE = 'tabindex-js-module';

/** @type {typeof createRenderer} */
export async function createRendererWithoutScrollTabindex(options) {
  const renderer = await createRenderer(options);
  renderer.jsModules = renderer.jsModules.filter((code) => !code.includes(TABINDEX_MODULE));
  return renderer;
}
