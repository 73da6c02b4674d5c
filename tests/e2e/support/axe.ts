import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Runs axe with its default rule set (WCAG A/AA and best practices) and returns one readable
 * line per violation, so a failing test names the rule and the elements at once.
 *
 * Legacy mode runs axe once in the page instead of per frame plus a merge in a second, blank
 * page: the same results here (the site has no iframes; checked on the lesson pages) in a
 * third to a half of the time.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 5)
      .map((node) => node.target.join(' '))
      .join(' | ');
    const more = violation.nodes.length > 5 ? ` (+${violation.nodes.length - 5} more)` : '';
    return `${violation.id} [${violation.impact ?? 'n/a'}] ${violation.help}: ${targets}${more}`;
  });
}
