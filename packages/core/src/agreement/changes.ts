import * as t from "io-ts";
import { CellCodec } from "../cell/cell";
import { PositionCodec } from "../cell/position";
import { Quantity } from "../quantity/quantity";
import { ExpectedResult } from "./terms";

/**
 * A change to one position of a matrix: `from` is what the matrix held (null: nothing),
 * `to` what it holds afterwards (null: the position is removed). Stating `from` keeps the
 * history exact: a change is refused when `from` is stale.
 */
export const CellChange = t.type(
  {
    position: PositionCodec,
    from: t.union([Quantity, t.null]),
    to: t.union([Quantity, t.null]),
    reason: t.string,
  },
  "CellChange",
);
export type CellChange = t.TypeOf<typeof CellChange>;

export const ExpectedResultChange = t.type(
  {
    change: t.keyof({ added: null, changed: null, removed: null }),
    expectedResult: ExpectedResult,
    reason: t.string,
  },
  "ExpectedResultChange",
);
export type ExpectedResultChange = t.TypeOf<typeof ExpectedResultChange>;

/** Moving a quantity from one cell to another. */
export const Shift = t.type({ from: CellCodec, to: CellCodec, quantity: Quantity }, "Shift");
export type Shift = t.TypeOf<typeof Shift>;

/** The value of a touched cell before and after an approved reallocation. */
export const CellEffect = t.type({ cell: CellCodec, before: Quantity, after: Quantity }, "CellEffect");
export type CellEffect = t.TypeOf<typeof CellEffect>;
