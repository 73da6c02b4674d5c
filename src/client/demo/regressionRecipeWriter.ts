/** The recipe's text and code for a demo's settings, written into its element (RegressionRecipeElement). */
import { regressionRecipe } from '../../lib/demo/regressionRecipe';
import { regressionRecipeText } from '../../lib/demo/regressionRecipeText';
import type { ExperimentId } from '../../lib/experiments/ExperimentConfig';
import type { DemoSettings } from '../../lib/knobs/demoKnobs';
import { settingsConfig } from '../../lib/knobs/settingsConfig';

export function writeRecipe(root: HTMLElement, id: ExperimentId, settings: DemoSettings): void {
  const config = settingsConfig(id, settings);
  const code = regressionRecipe(config);
  setText(root, '[data-recipe-text]', regressionRecipeText(config));
  setText(root, '[data-recipe-code="python"]', code.python);
  setText(root, '[data-recipe-code="ts"]', code.ts);
}

function setText(root: HTMLElement, selector: string, text: string): void {
  const el = root.querySelector(selector);
  if (el && el.textContent !== text) el.textContent = text;
}
