import { describe, expect, it } from 'vitest';
import { lessonRun } from '../../src/lib/siteRuns/lessonRun';
import { variantRun } from '../../src/lib/siteRuns/variantRun';

describe('variantRun', () => {
  it('trains the experiment with the changes, once per variant', async () => {
    const same = await variantRun('circles', {});
    expect(same.test).toEqual((await lessonRun('circles')).test);
    const few = variantRun('circles', { model: { hidden: 2 } });
    expect(variantRun('circles', { model: { hidden: 2 } })).toBe(few);
    const r = await few;
    expect(r.status).toBe('completed');
    expect(r.test!.accuracy).not.toBe(same.test!.accuracy);
  });
});
