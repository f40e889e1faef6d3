import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import {
  CellCodec,
  cell,
  cellKey,
  normaliseDistrict,
  normaliseResultArea,
  normaliseWorkType,
  parseCellKey,
  sameCell,
} from "./cell";
import {
  PositionCodec,
  atGranularity,
  coarser,
  granularityOf,
  isCell,
  position,
  positionKey,
} from "./position";

describe("cells", () => {
  it("normalise work type codes: SCW 1 is SCW1, I & A is I&A, psz is PSZ", () => {
    expect(normaliseWorkType("SCW 1")).toBe("SCW1");
    expect(normaliseWorkType(" scw1 ")).toBe("SCW1");
    expect(normaliseWorkType("I & A")).toBe("I&A");
    expect(normaliseWorkType("psz")).toBe("PSZ");
    expect(sameCell(cell("2", "SCW 1", "Stad"), cell("2", "SCW1", "stad"))).toBe(true);
  });

  it("normalise districts and result areas", () => {
    expect(normaliseDistrict("  velden ")).toBe("Velden");
    expect(normaliseDistrict("BOVENWIJKS")).toBe("Bovenwijks");
    expect(normaliseDistrict("de   monden")).toBe("De Monden");
    expect(normaliseResultArea("2.")).toBe("2");
    expect(normaliseResultArea("2. Jeugd")).toBe("2");
    expect(normaliseResultArea(" 6 ")).toBe("6");
    expect(normaliseResultArea("Jeugd")).toBe("Jeugd");
  });

  it("print and parse the cell notation", () => {
    expect(cellKey(cell("6", "obw", "velden"))).toBe("6/OBW/Velden");
    expect(parseCellKey("6/SCW 1/stad")).toEqual(E.right(cell("6", "SCW1", "Stad")));
    const bad = parseCellKey("6/OBW");
    expect(E.isLeft(bad) && bad.left).toContain("expected <result area>/<work type>/<district>");
    expect(E.isLeft(parseCellKey("6//Stad"))).toBe(true);
  });

  it("decode normalised and refuse blanks", () => {
    expect(CellCodec.decode({ resultArea: "2.", workType: "scw 1", district: "velden" })).toEqual(
      E.right(cell("2", "SCW1", "Velden")),
    );
    expect(E.isLeft(CellCodec.decode({ resultArea: "2", workType: " ", district: "Velden" }))).toBe(true);
    expect(E.isLeft(CellCodec.decode({ resultArea: "2", workType: "OBW" }))).toBe(true);
  });
});

describe("positions", () => {
  it("know their granularity and key", () => {
    expect(granularityOf(position("2", "OBW", "Velden"))).toBe("cell");
    expect(granularityOf(position("2", "psz"))).toBe("row");
    expect(granularityOf(position("2"))).toBe("resultArea");
    expect(positionKey(position("2", "psz"))).toBe("2/PSZ/*");
    expect(positionKey(position("2"))).toBe("2/*/*");
    expect(isCell(position("2", "OBW", "Velden"))).toBe(true);
    expect(coarser("cell", "row")).toBe("row");
    expect(coarser("resultArea", "row")).toBe("resultArea");
  });

  it("reduce to a coarser granularity", () => {
    const p = position("2", "OBW", "Velden");
    expect(positionKey(atGranularity(p, "row"))).toBe("2/OBW/*");
    expect(positionKey(atGranularity(p, "resultArea"))).toBe("2/*/*");
    expect(atGranularity(p, "cell")).toBe(p);
  });

  it("decode with normalisation and refuse a district without a work type", () => {
    expect(PositionCodec.decode({ resultArea: "2", workType: "scw 1" })).toEqual(
      E.right(position("2", "SCW1")),
    );
    const bad = PositionCodec.decode({ resultArea: "2", district: "Velden" });
    expect(E.isLeft(bad)).toBe(true);
    expect(E.isLeft(PositionCodec.decode({ resultArea: "2", workType: " " }))).toBe(true);
    expect(E.isLeft(PositionCodec.decode({ resultArea: "" }))).toBe(true);
  });
});
