import * as E from "fp-ts/Either";
import type * as t from "io-ts";
import { type Decimal, toDecimalString } from "../quantity/decimal";

/** One decoding problem: where (a JSON path), what was expected, and the value found. */
export interface DecodeProblem {
  readonly path: string;
  readonly expected: string;
  readonly found: unknown;
  readonly message: string;
}

const BRANCHING = new Set(["UnionType", "IntersectionType", "RefinementType", "ExactType", "ReadonlyType"]);

const pathOf = (context: t.Context): string => {
  let path = "";
  for (let i = 1; i < context.length; i++) {
    const parent = context[i - 1]?.type as { _tag?: string } | undefined;
    const key = context[i]?.key ?? "";
    // Union and intersection branches use numeric keys too; they are not part of the data path.
    if (key === "" || (parent?._tag !== undefined && BRANCHING.has(parent._tag))) continue;
    path = /^\d+$/.test(key) ? `${path}[${key}]` : path === "" ? key : `${path}.${key}`;
  }
  return path;
};

const isDecimal = (v: unknown): v is Decimal =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as Decimal).units === "bigint" &&
  typeof (v as Decimal).scale === "number";

/**
 * The offending value in wire form: refinements report values after decoding, so an exact
 * decimal goes back to its decimal text and any bigint to its digits; the problem stays JSON.
 */
const asFound = (v: unknown): unknown => {
  if (isDecimal(v)) return toDecimalString(v);
  if (typeof v === "bigint") return v.toString();
  if (Array.isArray(v)) return v.map(asFound);
  if (typeof v === "object" && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asFound(x)]));
  return v;
};

const show = (v: unknown): string => {
  if (v === undefined) return "nothing";
  // Refinements report the value after decoding: show an exact decimal as the text it came from.
  if (isDecimal(v)) return toDecimalString(v);
  try {
    const s = JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x));
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
  } catch {
    return String(v);
  }
};

/**
 * Turns io-ts errors into messages naming the path and the offending value:
 * `at data.offer[3].quantity.amount: expected DecimalString, found "12,5"`.
 * Union branches that failed are collapsed to the deepest, most specific problem.
 */
export const decodeProblems = (errors: t.Errors): DecodeProblem[] => {
  const seen = new Set<string>();
  const out: DecodeProblem[] = [];
  for (const e of errors) {
    const last = e.context[e.context.length - 1];
    const path = pathOf(e.context) || "(root)";
    const expected = e.message ?? last?.type.name ?? "valid value";
    const message = `at ${path}: ${e.message ?? `expected ${last?.type.name}`}, found ${show(e.value)}`;
    if (seen.has(message)) continue;
    seen.add(message);
    out.push({ path, expected, found: asFound(e.value), message });
  }
  return out;
};

export const describeDecodeErrors = (errors: t.Errors): string =>
  decodeProblems(errors)
    .map((p) => p.message)
    .join("; ");

/** Decodes, mapping failures to readable problems. */
export const decodeWith =
  <A, O>(codec: t.Type<A, O, unknown>) =>
  (u: unknown): E.Either<DecodeProblem[], A> =>
    E.mapLeft(decodeProblems)(codec.decode(u));
