/**
 * A cache for values decoded over and over (cells, positions, decimals) that cannot grow
 * without bound on odd input: past `limit` entries it starts afresh. Only for immutable values.
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
