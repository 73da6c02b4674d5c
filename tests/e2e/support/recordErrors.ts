import type { Page } from 'playwright-core';

/** What `page` logs as an error and what it throws from now on, as text, in the order they come. */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}
