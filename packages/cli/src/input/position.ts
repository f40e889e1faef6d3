import { type Position, parseCellKey, position } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type { Messages } from "../messages/catalogue";
import type { CliFailure } from "../runner/cliFailure";

/**
 * A cell or a row typed on the command line: `6/OBW/Stad` (a cell, read by the same rule as
 * every other cell option, core's `parseCellKey`), or `2/OBW/*` and `2/OBW` (a row, as the
 * 2007 offer is known). Only a position the agreement names shows anything; that is checked
 * by the command against its data.
 */
export const parsePosition = (option: string, text: string, m: Messages): E.Either<CliFailure, Position> => {
  const notACell = E.left<CliFailure>({ kind: "usage", message: m.failure.notACell(option, text) });
  const parts = text.split("/").map((p) => p.trim());
  const [ra, wt, d] = parts;
  const given = (p: string | undefined): p is string => p !== undefined && p !== "" && p !== "*";
  if (parts.length === 3 && d !== "*" && given(ra) && given(wt)) {
    const cell = parseCellKey(parts.join("/"));
    return E.isLeft(cell) ? notACell : E.right(cell.right);
  }
  if (parts.length > 3 || !given(ra) || (parts.length > 1 && !given(wt))) return notACell;
  return E.right(position(ra, given(wt) ? wt : undefined, undefined));
};
