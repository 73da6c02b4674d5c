import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Runs axe with its default rule set (WCAG A/AA and best practices) and returns one readable
 * line per violation, so a failing test names the rule and the elements at once.
 *
 * Legacy mode runs axe once in the page instead of per frame plus a merge in a second, blank
 * page: the same results here (the site has no iframes; checked on the lesson pages) in a
 * third to a half of the time.
 *
 * The lesson's sections are laid out for the check, as a reader who has scrolled the whole page
 * sees them: axe scrolls each element into view and reads what is drawn there at once, before a
 * section skipped while off screen (content-visibility, src/styles/custom.css) has taken its
 * real height, so it could read the colours of whatever that jump left under the point.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const shown = await page.addStyleTag({ content: '.lesson-section { content-visibility: visible !important; }' });
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  await shown.evaluate((style) => (style as HTMLStyleElement).remove());
  return results.violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 5)
      .map((node) => node.target.join(' '))
      .join(' | ');
    const more = violation.nodes.length > 5 ? ` (+${violation.nodes.length - 5} more)` : '';
    return `${violation.id} [${violation.impact ?? 'n/a'}] ${violation.help}: ${targets}${more}`;
  });
}
