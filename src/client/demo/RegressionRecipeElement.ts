/**
 * <regression-recipe experiment="sine">: rewrites the server-rendered description and code of a
 * regression whenever its experiment's knobs change (see RegressionRecipe.astro). The text comes
 * from src/lib/demo, the same functions the build used, so the page without a script shows the
 * experiment's own settings and the page with one shows the reader's. Those functions load with
 * the first change (or at once when the URL carries settings): until then the build's text is
 * the right one, and a page that is only read never fetches them.
 */
import { isExperimentId } from '../../lib/experiments/registry';
import { revealScripted } from './chrome/revealScripted';
import { getExperimentStore } from './experimentStore';
import { lazyModule } from './lazyModule';

const writer = lazyModule(() => import('./regressionRecipeWriter'));

export class RegressionRecipeElement extends HTMLElement {
  connectedCallback(): void {
    const id = this.getAttribute('experiment');
    if (!isExperimentId(id) || this.dataset.ready) return;
    const store = getExperimentStore(id);
    revealScripted(this);
    const update = () => void writer.load().then(({ writeRecipe }) => writeRecipe(this, id, store.settings), () => undefined);
    store.on('settings', update);
    store.on('reset', update);
    if ([...new URLSearchParams(location.search).keys()].some((k) => k.startsWith(`${id}.`))) update();
    this.dataset.ready = 'true';
  }
}

if (!customElements.get('regression-recipe')) customElements.define('regression-recipe', RegressionRecipeElement);
