/** A value JSON can carry, as `JSON.parse` returns it. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/**
 * RFC 8785 (JSON Canonicalization Scheme) of a parsed JSON value: object keys sorted by UTF-16
 * code units (what `Array.prototype.sort` compares), no whitespace, strings and numbers
 * written as ECMAScript's `JSON.stringify` writes them, which is what RFC 8785 §3.2.2 asks.
 * Undefined for what JSON cannot carry (NaN, Infinity, anything not plain data): a verifier
 * must not guess a form that was never hashed.
 */
export const canonicalJson = (value: unknown): string | undefined => {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Number.isFinite(value) ? JSON.stringify(value) : undefined;
  if (Array.isArray(value)) {
    const items = value.map(canonicalJson);
    return items.every((i) => i !== undefined) ? `[${items.join(",")}]` : undefined;
  }
  if (typeof value !== "object") return undefined;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  const members: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const member = canonicalJson((value as Record<string, unknown>)[key]);
    if (member === undefined) return undefined;
    members.push(`${JSON.stringify(key)}:${member}`);
  }
  return `{${members.join(",")}}`;
};
