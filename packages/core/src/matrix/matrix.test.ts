import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { position } from "../cell/position";
import { parseDecimal, toDecimalString } from "../quantity/decimal";
import { GROUPS, HOURS, type UnitKind } from "../quantity/unitKind";
import {
  type Matrix,
  type MatrixEntry,
  entryAt,
  granularityOfMatrix,
  matrixEntries,
  matrixFromEntries,
  rollUp,
  rollupKey,
  setEntry,
  totalsBy,
  totalsByKind,
} from "./matrix";

const e = (
  ra: string,
  wt: string | undefined,
  d: string | undefined,
  amount: string,
  kind: UnitKind = HOURS,
): MatrixEntry => ({
  position: position(ra, wt, d),
  quantity: { kind, amount: parseDecimal(amount) ?? { units: 0n, scale: 0 } },
});

const build = (entries: MatrixEntry[]): Matrix => {
  const m = matrixFromEntries(entries);
  if (E.isLeft(m)) throw new Error(m.left);
  return m.right;
};

const text = (m: ReadonlyMap<UnitKind, { units: bigint; scale: number }> | undefined) =>
  Object.fromEntries([...(m ?? new Map()).entries()].map(([k, v]) => [k, toDecimalString(v)]));

// Result area 2 (youth) of 2007, a slice: cells in hours and the playgroup row in groups.
const youth = build([
  e("2", "OBW", "Monden", "216"),
  e("2", "OBW", "Velden", "380"),
  e("2", "SCW", "Blokken", "350"),
  e("2", "SCW", "Velden", "700"),
  e("2", "psz", undefined, "82", GROUPS),
  e("6", "OBW", "Velden", "30"),
]);

describe("matrix", () => {
  it("refuses a position given twice", () => {
    const m = matrixFromEntries([e("2", "OBW", "Velden", "1"), e("2", "obw", "velden", "2")]);
    expect(m).toEqual(E.left("position 2/OBW/Velden is given twice (1 hours and 2 hours)"));
  });

  it("totals per unit kind, never mixing hours and groups", () => {
    expect(text(totalsByKind(youth))).toEqual({ hours: "1676", groups: "82" });
    expect(text(totalsByKind(matrixEntries(youth)))).toEqual({ hours: "1676", groups: "82" });
  });

  it("totals the matrix a change returns afresh, though the totals of the one before are kept", () => {
    expect(text(totalsByKind(youth))).toEqual({ hours: "1676", groups: "82" });
    const changed = setEntry(youth, e("2", "OBW", "Monden", "300"));
    expect(text(totalsByKind(changed))).toEqual({ hours: "1760", groups: "82" });
    expect(text(totalsByKind(youth))).toEqual({ hours: "1676", groups: "82" });
  });

  it("totals per dimension, with unspecified dimensions under *", () => {
    const byDistrict = totalsBy(youth, "district");
    expect(text(byDistrict.get("Velden"))).toEqual({ hours: "1110" });
    expect(text(byDistrict.get("*"))).toEqual({ groups: "82" });
    expect(text(totalsBy(youth, "resultArea").get("2"))).toEqual({ hours: "1646", groups: "82" });
    expect(text(totalsBy(youth, "workType").get("SCW"))).toEqual({ hours: "1050" });
  });

  it("rolls cells up to rows and result areas, keeping coarser entries as they are", () => {
    const rows = rollUp(youth, "row");
    expect(
      toDecimalString(
        rows.get(rollupKey(position("2", "OBW"), HOURS))?.quantity.amount ?? { units: -1n, scale: 0 },
      ),
    ).toBe("596");
    expect(rows.get(rollupKey(position("2", "PSZ"), GROUPS))?.quantity.kind).toBe(GROUPS);
    expect(rows.size).toBe(4);
    const areas = rollUp(youth, "resultArea");
    expect(
      toDecimalString(
        areas.get(rollupKey(position("2"), HOURS))?.quantity.amount ?? { units: -1n, scale: 0 },
      ),
    ).toBe("1646");
    expect(
      toDecimalString(
        areas.get(rollupKey(position("2"), GROUPS))?.quantity.amount ?? { units: -1n, scale: 0 },
      ),
    ).toBe("82");
    expect(rollUp(youth, "cell").size).toBe(youth.size);
  });

  it("knows its finest common granularity", () => {
    expect(granularityOfMatrix(build([e("2", "OBW", "Velden", "1")]))).toBe("cell");
    expect(granularityOfMatrix(youth)).toBe("row");
    expect(
      granularityOfMatrix(build([e("2", undefined, undefined, "1"), e("2", "OBW", "Velden", "1")])),
    ).toBe("resultArea");
  });

  it("sets entries without touching the original", () => {
    const next = setEntry(youth, e("2", "OBW", "Velden", "400"));
    expect(
      toDecimalString(
        entryAt(next, position("2", "OBW", "Velden"))?.quantity.amount ?? { units: -1n, scale: 0 },
      ),
    ).toBe("400");
    expect(
      toDecimalString(
        entryAt(youth, position("2", "OBW", "Velden"))?.quantity.amount ?? { units: -1n, scale: 0 },
      ),
    ).toBe("380");
  });
});
