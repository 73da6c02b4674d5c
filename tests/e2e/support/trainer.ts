import type { Page } from 'playwright-core';

/** Waits until the trainer behind `trainer` has a state other than running, and gives that state. */
export async function waitUntilNotRunning(page: Page, trainer: string, timeout = 150_000): Promise<string> {
  await page.waitForFunction(
    (sel) => {
      const state = document.querySelector(sel)?.getAttribute('data-state');
      return state !== null && state !== undefined && state !== 'running';
    },
    trainer,
    { timeout },
  );
  return (await page.getAttribute(trainer, 'data-state')) ?? '';
}

/** Presses the trainer's Train and waits for the run to end; gives the trainer's final state. */
export async function trainToEnd(page: Page, trainer: string, timeout?: number): Promise<string> {
  await page.click(`${trainer} button[data-action="train"]`);
  return waitUntilNotRunning(page, trainer, timeout);
}

/** What the element behind `selector` (a trainer or a predict exercise) says of its worker: the tensors it holds and whether a run is on. */
export function workerMemory(page: Page, selector: string): Promise<{ numTensors: number; running: boolean }> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLElement & { memory(): Promise<{ numTensors: number; running: boolean }> };
    return el.memory();
  }, selector);
}

/** How many tensors the worker of the element behind `selector` (a trainer or a predict exercise) holds. */
export async function heldTensors(page: Page, selector: string): Promise<number> {
  return (await workerMemory(page, selector)).numTensors;
}

/** Presses the trainer's Train and waits, two minutes at most, until the trainer's state is `state`. */
export async function trainUntil(page: Page, trainer: string, state = 'completed'): Promise<void> {
  await page.locator(`${trainer} [data-action="train"]`).click();
  await page.locator(`${trainer}[data-state="${state}"]`).waitFor({ timeout: 120_000 });
}
