import { position } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { messagesFor } from "../messages/catalogue";
import { agreementCell } from "./agreementCells";
import { parsePosition } from "./position";

const nl = messagesFor("nl");
const parse = (text: string) => parsePosition("--cell", text, nl);

describe("a cell or a row on the command line", () => {
  it("reads a cell as every cell option does, normalised", () => {
    expect(parse("6/obw/stad")).toEqual(E.right(position("6", "OBW", "Stad")));
    expect(parse(" 6 / OBW / Stad ")).toEqual(E.right(position("6", "OBW", "Stad")));
  });

  it("reads a row as 2/OBW/* or 2/OBW, and a result area alone", () => {
    expect(parse("2/OBW/*")).toEqual(E.right(position("2", "OBW")));
    expect(parse("2/OBW")).toEqual(E.right(position("2", "OBW")));
    expect(parse("2")).toEqual(E.right(position("2")));
  });

  it("refuses what is neither, with the one message for a text that is not a cell", () => {
    for (const text of ["", "6//Stad", "6/OBW/", "*/OBW", "2/*/Stad", "6/OBW/Stad/x"]) {
      const parsed = parse(text);
      expect(parsed).toEqual(E.left({ kind: "usage", message: nl.failure.notACell("--cell", text) }));
    }
  });

  it("says the same as --from does for the same unreadable text", () => {
    const fromFailure = agreementCell("--cell", "6//Stad", undefined as never, nl);
    expect(parse("6//Stad")).toEqual(fromFailure);
  });
});
