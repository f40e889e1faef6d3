import * as t from "io-ts";
import { NonEmptyString } from "../agreement/terms";
import { PositionCodec } from "../cell/position";
import { MatrixEntry } from "../matrix/matrix";
import { Quantity } from "../quantity/quantity";

/**
 * A product within a work type: how some documents break a cell's units down ("intake",
 * "groepswerk" under one work type, with one municipality-wide column). The cell stays the
 * unit of control; a product names what part of its units is for. `row` is the (result area,
 * work type) the product belongs to, `contract` its units per cell of that row, `offer` its
 * units in the offer, known per row only (as the offer is).
 */
export const Product = t.intersection(
  [
    t.type({ row: PositionCodec, name: NonEmptyString, contract: t.array(MatrixEntry) }),
    t.partial({ offer: Quantity }),
  ],
  "Product",
);
export type Product = t.TypeOf<typeof Product>;

/** Names compare as a reader would: case and runs of spaces do not make another product. */
export const productNameKey = (name: string): string => name.trim().replace(/\s+/g, " ").toLowerCase();
