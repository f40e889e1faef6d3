/** The first place two JSON values differ, as `path: found X, fresh computation Y`; undefined when equal. */
export const firstDifference = (found: unknown, fresh: unknown, path = "$"): string | undefined => {
  if (Array.isArray(found) && Array.isArray(fresh)) {
    for (let i = 0; i < Math.max(found.length, fresh.length); i++) {
      if (i >= found.length)
        return `${path}[${i}]: missing in the report, fresh computation ${JSON.stringify(fresh[i])}`;
      if (i >= fresh.length)
        return `${path}[${i}]: ${JSON.stringify(found[i])} in the report, absent from a fresh computation`;
      const d = firstDifference(found[i], fresh[i], `${path}[${i}]`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  const isObject = (x: unknown): x is Record<string, unknown> =>
    typeof x === "object" && x !== null && !Array.isArray(x);
  if (isObject(found) && isObject(fresh)) {
    for (const key of new Set([...Object.keys(fresh), ...Object.keys(found)])) {
      if (!(key in found))
        return `${path}.${key}: missing in the report, fresh computation ${JSON.stringify(fresh[key])}`;
      if (!(key in fresh))
        return `${path}.${key}: ${JSON.stringify(found[key])} in the report, absent from a fresh computation`;
      const d = firstDifference(found[key], fresh[key], `${path}.${key}`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  return found === fresh
    ? undefined
    : `${path}: ${JSON.stringify(found)} in the report, ${JSON.stringify(fresh)} in a fresh computation`;
};
