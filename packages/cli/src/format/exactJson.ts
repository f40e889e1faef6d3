import {
  type Decimal,
  type Matrix,
  type UnitKind,
  matrixEntries,
  positionKey,
  toDecimalString,
} from "@grant-ledger/core";

/** `{ "hours": "36146", "groups": "82" }`: exact decimal strings, never floats, for --json. */
export const totalsJson = (byKind: ReadonlyMap<UnitKind, Decimal>): Record<string, string> =>
  Object.fromEntries([...byKind].map(([kind, d]) => [kind, toDecimalString(d)]));

/** A matrix as `{ "6/OBW/Stad": { kind, amount } }`. */
export const matrixJson = (m: Matrix): Record<string, { kind: string; amount: string }> =>
  Object.fromEntries(
    matrixEntries(m).map((e) => [
      positionKey(e.position),
      { kind: e.quantity.kind, amount: toDecimalString(e.quantity.amount) },
    ]),
  );
