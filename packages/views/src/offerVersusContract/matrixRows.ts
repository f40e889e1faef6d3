import {
  type CellChange,
  type Matrix,
  type MatrixEntry,
  PositionCodec,
  positionKey,
} from "@grant-ledger/core";
import type { JsonObject } from "@grant-ledger/core";
import { quantityFrom, quantityJson } from "../rows/encoding";
import type { Row, RowWrite } from "../rows/rows";

/** A matrix kept as rows of one group, one per position (`2/OBW/Velden`, `2/OBW/*`). */
export const entryRows = (group: string, entries: readonly MatrixEntry[]): RowWrite[] =>
  entries.map((e) => ({
    group,
    key: positionKey(e.position),
    row: {
      position: PositionCodec.encode(e.position) as unknown as JsonObject,
      quantity: quantityJson(e.quantity),
    },
  }));

export const changeRows = (group: string, changes: readonly CellChange[]): RowWrite[] =>
  changes.map((c) =>
    c.to === null
      ? { group, key: positionKey(c.position), row: null }
      : entryRows(group, [{ position: c.position, quantity: c.to }])[0]!,
  );

export const matrixOfRows = (rows: readonly (readonly [string, Row])[]): Matrix => {
  const m = new Map<string, MatrixEntry>();
  for (const [key, row] of rows) {
    const position = PositionCodec.decode(row.position);
    const quantity = quantityFrom(row.quantity);
    if (position._tag === "Left" || quantity === undefined) throw new Error(`not a matrix row: ${key}`);
    m.set(key, { position: position.right, quantity });
  }
  return m;
};
