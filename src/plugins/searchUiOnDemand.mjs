// Starlight loads Pagefind's search UI (about 26 KiB of gzip JavaScript, a third of a page's
// script budget) in an idle callback on every page, whether or not the reader searches. This
// Vite plugin makes Starlight's search script load it when the reader reaches for search
// instead: the pointer over or down on the search button, the button focused, or Ctrl/Cmd+K.
// A dialog already open when the UI arrives gets its search box focused, as Starlight does.
// If a Starlight update changes the line this rewrites, the build fails and says so.

const IDLE_CALL = /const\s+onIdle\s*=\s*window\.requestIdleCallback\b[^;]*;\s*onIdle\(\s*async\s*\(\)\s*=>\s*\{/;

const ON_DEMAND = `const onDemand = (load) => {
					const events = ['pointerenter', 'pointerdown', 'focus'];
					const start = () => {
						for (const name of events) openBtn.removeEventListener(name, start);
						window.removeEventListener('keydown', onKey, true);
						load().then(() => { if (dialog.open) this.querySelector('input')?.focus(); });
					};
					const onKey = (e) => { if ((e.metaKey || e.ctrlKey) && e.key === 'k') start(); };
					for (const name of events) openBtn.addEventListener(name, start);
					window.addEventListener('keydown', onKey, true);
				};
				onDemand(async () => {`;

/** @returns {import('vite').Plugin} */
export function searchUiOnDemand() {
  return {
    name: 'course:search-ui-on-demand',
    enforce: 'pre',
    transform(code, id) {
      if (!/@astrojs\/starlight\/.*components\/Search\.astro\?astro&type=script/.test(id)) return null;
      // The server build gets an empty placeholder for the client script: nothing to rewrite.
      if (!code.includes('PagefindUI')) return null;
      if (!IDLE_CALL.test(code)) {
        throw new Error(`searchUiOnDemand: Starlight's search script (${id}) no longer loads Pagefind's UI in an idle callback; update src/plugins/searchUiOnDemand.mjs.`);
      }
      return { code: code.replace(IDLE_CALL, ON_DEMAND), map: null };
    },
  };
}
