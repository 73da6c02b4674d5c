/**
 * <regression-recipe experiment="sine">: rewrites the server-rendered description and code of a
 * regression whenever its experiment's knobs change (see RegressionRecipe.astro). The text comes
 * from src/lib/demo, the same functions the build used, so the page without a script shows the
 * experiment's own settings and the page with one shows the reader's.
 */
import { regressionRecipe } from '../../lib/demo/regressionRecipe';
import { regressionRecipeText } from '../../lib/demo/regressionRecipeText';
import { isExperimentId } from '../../lib/experiments/registry';
import { settingsConfig } from '../../lib/knobs/settingsConfig';
import { revealScripted } from './chrome/revealScripted';
import { getExperimentStore } from './experimentStore';

export class RegressionRecipeElement extends HTMLElement {
  connectedCallback(): void {
    const id = this.getAttribute('experiment');
    if (!isExperimentId(id) || this.dataset.ready) return;
    const store = getExperimentStore(id);
    revealScripted(this);
    const update = () => {
      const config = settingsConfig(id, store.settings);
      const code = regressionRecipe(config);
      this.setText('[data-recipe-text]', regressionRecipeText(config));
      this.setText('[data-recipe-code="python"]', code.python);
      this.setText('[data-recipe-code="ts"]', code.ts);
    };
    store.on('settings', update);
    store.on('reset', update);
    update();
    this.dataset.ready = 'true';
  }

  private setText(selector: string, text: string): void {
    const el = this.querySelector(selector);
    if (el && el.textContent !== text) el.textContent = text;
  }
}

if (!customElements.get('regression-recipe')) customElements.define('regression-recipe', RegressionRecipeElement);
