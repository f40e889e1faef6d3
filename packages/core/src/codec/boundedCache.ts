/**
 * Caches for values decoded over and over (cells, positions, decimals) that cannot grow
 * without bound on odd input: past `limit` entries they start afresh. Only for immutable values.
 */
export const boundedCache = <V>(limit = 4096) => {
  let entries = new Map<string, V>();
  return {
    get: (key: string): V | undefined => entries.get(key),
    set: (key: string, value: V): V => {
      if (entries.size >= limit) entries = new Map();
      entries.set(key, value);
      return value;
    },
  };
};

type Level<V> = Map<string | undefined, Map<string | undefined, Map<string | undefined, V>>>;

/**
 * Keyed by three strings (or absent ones) without building a joined key: the strings come
 * straight from JSON.parse and looking them up as they are is what makes the cache pay.
 */
export const boundedCache3 = <V>(limit = 4096) => {
  let entries: Level<V> = new Map();
  let size = 0;
  return {
    get: (a: string | undefined, b: string | undefined, c: string | undefined): V | undefined =>
      entries.get(a)?.get(b)?.get(c),
    set: (a: string | undefined, b: string | undefined, c: string | undefined, value: V): V => {
      if (size >= limit) {
        entries = new Map();
        size = 0;
      }
      let second = entries.get(a);
      if (second === undefined) {
        second = new Map();
        entries.set(a, second);
      }
      let third = second.get(b);
      if (third === undefined) {
        third = new Map();
        second.set(b, third);
      }
      if (!third.has(c)) size++;
      third.set(c, value);
      return value;
    },
  };
};
