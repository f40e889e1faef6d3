/**
 * Structural equality and a readable list of differences, for values made of plain objects,
 * arrays, Maps, Sets (native or persistent, from `immutable`), bigints and exact decimals:
 * what domain events and states are made of.
 */
import { isMap as isPersistentMap, isSet as isPersistentSet } from "immutable";
import { RequestIdSet } from "../agreement/requestIds";

interface Keyed {
  get(k: unknown): unknown;
  has(k: unknown): boolean;
  entries(): Iterable<[unknown, unknown]>;
}
interface Members {
  readonly size: number;
  has(k: unknown): boolean;
  [Symbol.iterator](): Iterator<unknown>;
}
/** A native or a persistent map, by content. */
const keyed = (v: unknown): Keyed | undefined =>
  v instanceof Map || isPersistentMap(v) ? (v as unknown as Keyed) : undefined;
const members = (v: unknown): Members | undefined =>
  v instanceof Set || isPersistentSet(v) || v instanceof RequestIdSet ? (v as unknown as Members) : undefined;

const isDecimal = (v: unknown): v is { units: bigint; scale: number } =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as { units?: unknown }).units === "bigint" &&
  Object.keys(v).length === 2;

const decimalText = (d: { units: bigint; scale: number }): string => {
  const negative = d.units < 0n;
  const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, "0");
  const text = d.scale === 0 ? digits : `${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`;
  return `${negative ? "-" : ""}${text}`;
};

/** A compact, deterministic rendering: bigints as `12n`, decimals as `decimal(4986.75)`, maps and sets by content. */
export const show = (v: unknown, depth = 0): string => {
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "string") return JSON.stringify(v);
  if (v === undefined) return "undefined";
  if (v === null || typeof v !== "object") return String(v);
  if (isDecimal(v)) return `decimal(${decimalText(v)})`;
  if (depth > 4) return "…";
  const m = keyed(v);
  if (m !== undefined)
    return `Map {${[...m.entries()].map(([k, x]) => `${show(k)} => ${show(x, depth + 1)}`).join(", ")}}`;
  const set = members(v);
  if (set !== undefined) return `Set {${[...set].map((x) => show(x, depth + 1)).join(", ")}}`;
  if (Array.isArray(v)) return `[${v.map((x) => show(x, depth + 1)).join(", ")}]`;
  return `{ ${Object.entries(v)
    .filter(([, x]) => x !== undefined)
    .map(([k, x]) => `${k}: ${show(x, depth + 1)}`)
    .join(", ")} }`;
};

export interface Difference {
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** Every place where `actual` differs from `expected`; empty when they are equal. Absent and `undefined` members are equal. */
export const differences = (
  expected: unknown,
  actual: unknown,
  path = "",
  out: Difference[] = [],
): Difference[] => {
  if (Object.is(expected, actual)) return out;
  const here = path === "" ? "(root)" : path;
  if (typeof expected !== "object" || typeof actual !== "object" || expected === null || actual === null) {
    out.push({ path: here, expected, actual });
    return out;
  }
  const [em, am] = [keyed(expected), keyed(actual)];
  if (em !== undefined || am !== undefined) {
    if (em === undefined || am === undefined) {
      out.push({ path: here, expected, actual });
      return out;
    }
    for (const [k, x] of em.entries()) differences(x, am.get(k), `${path}.get(${show(k)})`, out);
    for (const [k, x] of am.entries())
      if (!em.has(k)) out.push({ path: `${path}.get(${show(k)})`, expected: undefined, actual: x });
    return out;
  }
  const [es, as] = [members(expected), members(actual)];
  if (es !== undefined || as !== undefined) {
    if (es === undefined || as === undefined || es.size !== as.size || [...es].some((x) => !as.has(x))) {
      out.push({ path: here, expected, actual });
    }
    return out;
  }
  if (Array.isArray(expected) !== Array.isArray(actual)) {
    out.push({ path: here, expected, actual });
    return out;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const n = Math.max(expected.length, actual.length);
    for (let i = 0; i < n; i++) differences(expected[i], actual[i], `${path}[${i}]`, out);
    return out;
  }
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  const keys = new Set([...Object.keys(e), ...Object.keys(a)]);
  for (const k of keys) differences(e[k], a[k], path === "" ? k : `${path}.${k}`, out);
  return out;
};

export const deepEqual = (expected: unknown, actual: unknown): boolean =>
  differences(expected, actual).length === 0;

export const describeDifferences = (diffs: readonly Difference[], limit = 12): string =>
  [
    ...diffs
      .slice(0, limit)
      .map((d) => `  at ${d.path}:\n    expected ${show(d.expected)}\n    actual   ${show(d.actual)}`),
    ...(diffs.length > limit ? [`  … and ${diffs.length - limit} more`] : []),
  ].join("\n");

/** An error shaped like node's AssertionError, so every test runner reports it as a failed assertion. */
export const assertionError = (message: string, expected?: unknown, actual?: unknown): Error =>
  Object.assign(new Error(message), {
    name: "AssertionError",
    code: "ERR_ASSERTION",
    expected,
    actual,
    operator: "deepStrictEqual",
  });
