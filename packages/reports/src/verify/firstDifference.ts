import { type ReportProblem, reportProblem } from "./problem";

const json = (v: unknown): string => JSON.stringify(v);

/** The first place two JSON values differ (its path, what the report has and what a fresh computation gives); undefined when equal. */
export const firstDifference = (found: unknown, fresh: unknown, path = "$"): ReportProblem | undefined => {
  if (Array.isArray(found) && Array.isArray(fresh)) {
    for (let i = 0; i < Math.max(found.length, fresh.length); i++) {
      const at = `${path}[${i}]`;
      if (i >= found.length) return reportProblem("value-missing", { path: at, fresh: json(fresh[i]) });
      if (i >= fresh.length) return reportProblem("value-extra", { path: at, found: json(found[i]) });
      const d = firstDifference(found[i], fresh[i], at);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  const isObject = (x: unknown): x is Record<string, unknown> =>
    typeof x === "object" && x !== null && !Array.isArray(x);
  if (isObject(found) && isObject(fresh)) {
    for (const key of new Set([...Object.keys(fresh), ...Object.keys(found)])) {
      const at = `${path}.${key}`;
      if (!(key in found)) return reportProblem("value-missing", { path: at, fresh: json(fresh[key]) });
      if (!(key in fresh)) return reportProblem("value-extra", { path: at, found: json(found[key]) });
      const d = firstDifference(found[key], fresh[key], at);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  return found === fresh
    ? undefined
    : reportProblem("value-differs", { path, found: json(found), fresh: json(fresh) });
};
