import { configure } from "safe-stable-stringify";
import type { JsonValue } from "../port";

/**
 * `strict`: NaN, Infinity, bigint, functions and cycles throw instead of being written as
 * something JSON can carry; `deterministic`: object keys in UTF-16 code-unit order.
 */
const serialise = configure({ deterministic: true, strict: true });

/**
 * RFC 8785 (JSON Canonicalization Scheme) for JSON values: keys sorted by UTF-16 code
 * units, no whitespace, strings escaped and numbers written as ECMAScript does
 * (`JSON.stringify`). For such values this is exactly what `canonicalize` produces (a
 * property test holds it to that), at about half its cost: it runs for every appended event.
 */
export const canonicalJson = (value: JsonValue): string => {
  const json = serialise(value);
  if (json === undefined) throw new TypeError(`${String(value)} has no canonical JSON form`);
  return json;
};
