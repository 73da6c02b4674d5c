import { expect } from 'vitest';
import type { PageVisit } from './browser';

/** Asserts that the visit logged no console error and threw no uncaught exception. */
export function expectQuiet(visit: PageVisit): void {
  expect(visit.consoleErrors, 'console errors').toEqual([]);
  expect(visit.pageErrors, 'uncaught exceptions').toEqual([]);
}
