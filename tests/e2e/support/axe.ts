import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Runs axe with its default rule set (WCAG A/AA and best practices) and returns one readable
 * line per violation, so a failing test names the rule and the elements at once.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 5)
      .map((node) => node.target.join(' '))
      .join(' | ');
    const more = violation.nodes.length > 5 ? ` (+${violation.nodes.length - 5} more)` : '';
    return `${violation.id} [${violation.impact ?? 'n/a'}] ${violation.help}: ${targets}${more}`;
  });
}
