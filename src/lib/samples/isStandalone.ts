import type { Sample } from './extractSamples';

/** A sample whose fence meta holds the word `standalone`: an aside checked on its own. */
export function isStandalone(sample: Pick<Sample, 'meta'>): boolean {
  return /(^|\s)standalone(\s|$)/.test(sample.meta);
}
