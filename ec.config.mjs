// Expressive Code (Starlight's code blocks) reads its options from this file as well as from
// astro.config.mjs, and only this file may hold plugins: the <Code> component refuses options
// that do not survive JSON, and a plugin is functions.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { leanCodeTokensPlugin } from './src/plugins/leanCodeTokensPlugin.mjs';
import { createRendererWithoutScrollTabindex } from './src/plugins/withoutScrollTabindex.mjs';

export default defineEcConfig({
  // Code wraps instead of scrolling sideways: on a phone a scrolled code block is a region
  // a keyboard cannot reach, and several of them on one page share one name.
  defaultProps: { wrap: true },
  // Each token span that changes nothing on screen goes (see src/lib/code/leanCodeTokens.ts).
  plugins: [leanCodeTokensPlugin()],
  // No block scrolls, so no block needs the script that makes scrolling ones focusable.
  customCreateRenderer: createRendererWithoutScrollTabindex,
});
