import { describe, expect, it } from 'vitest';
import { lazyModule } from '../../src/client/demo/lazyModule';

describe('lazyModule', () => {
  it('imports once, however often it is asked, and keeps the module', async () => {
    let imports = 0;
    const m = lazyModule(async () => {
      imports += 1;
      return { answer: 42 };
    });
    expect(m.current).toBeUndefined();
    const [a, b] = await Promise.all([m.load(), m.load()]);
    expect(a).toBe(b);
    expect(m.current).toEqual({ answer: 42 });
    await m.load();
    expect(imports).toBe(1);
  });

  it('forgets a failed import, so the next request tries again', async () => {
    let attempts = 0;
    const m = lazyModule(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return { ok: true };
    });
    await expect(m.load()).rejects.toThrow('offline');
    expect(m.current).toBeUndefined();
    await expect(m.load()).resolves.toEqual({ ok: true });
    expect(attempts).toBe(2);
    expect(m.current).toEqual({ ok: true });
  });

  it('starts the import in a task of its own, after the one that asked', async () => {
    const order: string[] = [];
    const m = lazyModule(async () => {
      order.push('import');
      return {};
    });
    const loading = m.load();
    await Promise.resolve();
    order.push('asker');
    setTimeout(() => order.push('a later task'), 0);
    await loading;
    expect(order).toEqual(['asker', 'import']);
  });
});
