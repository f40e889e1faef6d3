import * as t from "io-ts";
import { boundedCache } from "../codec/boundedCache";
import { withFastPath } from "../codec/fastPath";
import { type Decimal, add, compare, isNegative, parseDecimal, subtract, toDecimalString } from "./decimal";
import { UnitKind } from "./unitKind";

// Amounts repeat across a replay; decimals are immutable, so one object per spelling is shared.
const decimals = boundedCache<Decimal>();
const fastDecimal = (u: unknown): Decimal | undefined => {
  if (typeof u !== "string") return undefined;
  const known = decimals.get(u);
  if (known !== undefined) return known;
  const d = parseDecimal(u);
  return d === undefined ? undefined : decimals.set(u, d);
};

/** A decimal carried as its canonical string (`"4986.75"`) on the wire, as `Decimal` in memory. */
export const DecimalFromString = withFastPath(
  new t.Type<Decimal, string, unknown>(
    "DecimalString",
    (u): u is Decimal =>
      typeof u === "object" &&
      u !== null &&
      typeof (u as Decimal).units === "bigint" &&
      typeof (u as Decimal).scale === "number",
    (u, c) => {
      if (typeof u !== "string") return t.failure(u, c, 'expected a decimal string such as "4986.75"');
      const d = parseDecimal(u);
      return d === undefined ? t.failure(u, c, 'expected a decimal string such as "4986.75"') : t.success(d);
    },
    toDecimalString,
  ),
  fastDecimal,
);

export const NonNegativeDecimal = t.refinement(
  DecimalFromString,
  (d) => !isNegative(d),
  "NonNegativeDecimal",
);

/** An exact amount of some unit kind: `{ kind: "hours", amount: "4986.75" }`. */
export const Quantity = t.type({ kind: UnitKind, amount: NonNegativeDecimal }, "Quantity");
export type Quantity = t.TypeOf<typeof Quantity>;

export const quantity = (kind: UnitKind, amount: Decimal): Quantity => ({ kind, amount });

export const formatQuantity = (q: Quantity): string => `${toDecimalString(q.amount)} ${q.kind}`;

const sameKind = (a: Quantity, b: Quantity): void => {
  // Programming error, not a domain error: callers check kinds before arithmetic.
  if (a.kind !== b.kind) throw new RangeError(`cannot combine ${a.kind} with ${b.kind}`);
};

export const addQuantity = (a: Quantity, b: Quantity): Quantity => {
  sameKind(a, b);
  return { kind: a.kind, amount: add(a.amount, b.amount) };
};

export const subtractQuantity = (a: Quantity, b: Quantity): Quantity => {
  sameKind(a, b);
  return { kind: a.kind, amount: subtract(a.amount, b.amount) };
};

export const compareQuantity = (a: Quantity, b: Quantity): -1 | 0 | 1 => {
  sameKind(a, b);
  return compare(a.amount, b.amount);
};
