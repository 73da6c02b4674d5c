/** `load` wrapped so each key's promise is made once per build and shared by every caller. */
export function memoized<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  return (key) => {
    let p = cache.get(key);
    if (!p) {
      p = load(key);
      cache.set(key, p);
    }
    return p;
  };
}
