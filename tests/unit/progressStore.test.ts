import { describe, expect, it } from 'vitest';
import { createProgressStore, PROGRESS_KEY } from '../../src/lib/exercises/progressStore';
import { progressNotice } from '../../src/lib/exercises/progressNotice';

/** A Map-backed Storage whose methods can be made to fail. */
function memoryStorage(fail: { get?: Error; set?: Error; remove?: Error } = {}) {
  const items = new Map<string, string>();
  return {
    items,
    getItem(k: string) {
      if (fail.get) throw fail.get;
      return items.get(k) ?? null;
    },
    setItem(k: string, v: string) {
      if (fail.set) throw fail.set;
      items.set(k, v);
    },
    removeItem(k: string) {
      if (fail.remove) throw fail.remove;
      items.delete(k);
    },
  };
}
const domError = (name: string) => Object.assign(new Error(name), { name });

describe('progress store', () => {
  it('uses a versioned key', () => {
    expect(PROGRESS_KEY).toBe('dl-course:exercises:v1');
  });

  it('saves records and reads them back in a new store (a reload)', () => {
    const storage = memoryStorage();
    const a = createProgressStore(() => storage);
    a.set('lesson/softmax', 'probs', { done: true, answer: '0.353' });
    a.set('lesson/softmax', 'loss', { done: false, answer: '2' });
    expect(a.problem).toBeUndefined();
    const b = createProgressStore(() => storage);
    expect(b.get('lesson/softmax', 'probs')).toEqual({ done: true, answer: '0.353' });
    expect(b.doneCount('lesson/softmax', ['probs', 'loss', 'other'])).toBe(1);
    expect(b.doneCount('lesson/regression', ['probs'])).toBe(0);
    expect(JSON.parse(storage.items.get(PROGRESS_KEY)!)).toMatchObject({ version: 1 });
  });

  it('hands out copies, so a caller cannot change saved state by accident', () => {
    const s = createProgressStore(() => memoryStorage());
    s.set('p', 'a', { done: false });
    const r = s.get('p', 'a')!;
    r.done = true;
    expect(s.get('p', 'a')!.done).toBe(false);
  });

  it('clear removes everything, saved and in memory', () => {
    const storage = memoryStorage();
    const s = createProgressStore(() => storage);
    s.set('p', 'a', { done: true });
    s.clear();
    expect(s.get('p', 'a')).toBeUndefined();
    expect(storage.items.has(PROGRESS_KEY)).toBe(false);
  });

  it('forbidden storage (getItem throws SecurityError): works in memory and says so', () => {
    const storage = memoryStorage({ get: domError('SecurityError'), set: domError('SecurityError'), remove: domError('SecurityError') });
    const s = createProgressStore(() => storage);
    expect(s.problem).toBe('unavailable');
    expect(() => s.set('p', 'a', { done: true })).not.toThrow();
    expect(s.get('p', 'a')).toEqual({ done: true });
    expect(() => s.clear()).not.toThrow();
    expect(s.get('p', 'a')).toBeUndefined();
  });

  it('reading localStorage itself throws: works in memory', () => {
    const s = createProgressStore(() => {
      throw domError('SecurityError');
    });
    expect(s.problem).toBe('unavailable');
    s.set('p', 'a', { done: true });
    expect(s.doneCount('p', ['a'])).toBe(1);
  });

  it('no storage at all: unavailable', () => {
    expect(createProgressStore(() => undefined).problem).toBe('unavailable');
    expect(createProgressStore(() => null).problem).toBe('unavailable');
  });

  it('full storage: keeps the progress in memory and reports "full"', () => {
    const storage = memoryStorage({ set: domError('QuotaExceededError') });
    const s = createProgressStore(() => storage);
    expect(s.problem).toBeUndefined();
    s.set('p', 'a', { done: true });
    expect(s.problem).toBe('full');
    expect(s.get('p', 'a')).toEqual({ done: true });
  });

  it.each(['{not json', '[]', '"text"', '{"pages": 3}', '{"pages": {"p": 5}}', 'null'])('corrupted data %j: starts empty, reports it, then saves over it', (text) => {
    const storage = memoryStorage();
    storage.items.set(PROGRESS_KEY, text);
    const s = createProgressStore(() => storage);
    expect(s.problem).toBe('corrupted');
    expect(s.doneCount('p', ['a'])).toBe(0);
    s.set('p', 'a', { done: true });
    expect(s.problem).toBeUndefined();
    expect(createProgressStore(() => storage).get('p', 'a')).toEqual({ done: true });
  });

  it('drops malformed records but keeps the good ones', () => {
    const storage = memoryStorage();
    storage.items.set(PROGRESS_KEY, JSON.stringify({ version: 1, pages: { p: { a: { done: true }, b: { done: 'yes' }, c: 4 } } }));
    const s = createProgressStore(() => storage);
    expect(s.problem).toBeUndefined();
    expect(s.doneCount('p', ['a', 'b', 'c'])).toBe(1);
  });

  it('has a notice for every problem and none without one', () => {
    expect(progressNotice(undefined)).toBe('');
    expect(progressNotice('unavailable')).toMatch(/cannot be saved/);
    expect(progressNotice('full')).toMatch(/full.*cannot be saved/);
    expect(progressNotice('corrupted')).toMatch(/could not be read/);
  });
});
