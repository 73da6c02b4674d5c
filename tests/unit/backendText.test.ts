import { describe, expect, it } from 'vitest';
import { backendText } from '../../src/lib/demo/backendText';

describe('backendText', () => {
  it('names the backend and the worker', () => {
    expect(backendText('cpu', 'worker')).toBe('TF.js cpu backend, in a Web Worker');
  });

  it("says when the run is on the page's thread", () => {
    expect(backendText('cpu', 'main-thread')).toBe("TF.js cpu backend, on the page's own thread (no worker could start)");
  });

  it('falls back to cpu while the backend is not known yet', () => {
    expect(backendText(undefined, undefined)).toBe('TF.js cpu backend, in a Web Worker');
  });
});
