import {
  type Quantity,
  type UnitKind,
  formatQuantity,
  isNegative,
  parseDutchQuantity,
  toDecimalString,
} from "@grant-ledger/core";
import * as E from "fp-ts/Either";

/** What one printed cell says: nothing (which tables mean as 0), a quantity, or text that is not one. */
export type Reading =
  | { readonly _tag: "Empty" }
  | {
      readonly _tag: "Value";
      readonly raw: string;
      readonly quantity: Quantity;
      readonly explicitKind: boolean;
    }
  | { readonly _tag: "Unreadable"; readonly raw: string; readonly message: string };

export const EMPTY: Reading = { _tag: "Empty" };

export const readQuantity = (raw: string, defaultKind: UnitKind): Reading => {
  if (raw.trim() === "") return EMPTY;
  return E.match(
    (e: { message: string }): Reading => ({ _tag: "Unreadable", raw, message: e.message }),
    (quantity: Quantity): Reading =>
      isNegative(quantity.amount)
        ? {
            _tag: "Unreadable",
            raw,
            message: `cannot read ${JSON.stringify(raw)} as units: units are never negative`,
          }
        : { _tag: "Value", raw, quantity, explicitKind: /[^\d\s.,-]/.test(raw) },
  )(parseDutchQuantity(raw, defaultKind));
};

export const isValue = (r: Reading | undefined): r is Extract<Reading, { _tag: "Value" }> =>
  r?._tag === "Value";

/**
 * The unit kind of a row: the one its cells name (`82 groepen`), else the default. Bare numbers
 * in a row that names a kind count that kind. Returns the conflicting kinds when cells disagree.
 */
export const rowKind = (
  readings: readonly Reading[],
  defaultKind: UnitKind,
): E.Either<readonly UnitKind[], UnitKind> => {
  const named = new Set(
    readings
      .filter(isValue)
      .filter((r) => r.explicitKind)
      .map((r) => r.quantity.kind),
  );
  if (named.size > 1) return E.left([...named]);
  return E.right([...named][0] ?? defaultKind);
};

/** Gives bare numbers the row's kind. */
export const withKind = (r: Reading, kind: UnitKind): Reading =>
  isValue(r) && !r.explicitKind ? { ...r, quantity: { kind, amount: r.quantity.amount } } : r;

/** A printed cell as finding values (see `FindingValues`): `found`/`foundKind`, `foundText`, or neither. */
export const readingValues = (r: Reading): { found?: string; foundKind?: string; foundText?: string } =>
  r._tag === "Value"
    ? { found: toDecimalString(r.quantity.amount), foundKind: r.quantity.kind }
    : r._tag === "Unreadable"
      ? { foundText: r.raw }
      : {};

export const showReading = (r: Reading): string =>
  r._tag === "Empty"
    ? "an empty cell"
    : r._tag === "Value"
      ? formatQuantity(r.quantity)
      : JSON.stringify(r.raw);
