import { describe, expect, it } from 'vitest';
import { yieldToEventLoop } from '../../src/lib/model/yieldToEventLoop';

describe('yieldToEventLoop', () => {
  it('lets a macrotask queued before it run first (a microtask would not)', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('queued'));
    await yieldToEventLoop();
    order.push('after yield');
    await Promise.resolve();
    expect(order).toEqual(['queued', 'after yield']);
  });
});
