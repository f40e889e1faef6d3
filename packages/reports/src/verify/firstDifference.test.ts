import { describe, expect, it } from "vitest";
import { firstDifference as difference } from "./firstDifference";
import { describeReportProblem } from "./problem";

const firstDifference = (found: unknown, fresh: unknown) => {
  const d = difference(found, fresh);
  return d === undefined ? undefined : describeReportProblem(d);
};

describe("firstDifference", () => {
  it("is undefined for equal JSON, whatever the member order", () => {
    expect(firstDifference({ a: [1, { b: "2" }], c: null }, { c: null, a: [1, { b: "2" }] })).toBeUndefined();
  });

  it("names the first path that differs and both values", () => {
    expect(firstDifference({ a: [{ x: "1" }, { x: "2" }] }, { a: [{ x: "1" }, { x: "3" }] })).toBe(
      '$.a[1].x: "2" in the report, "3" in a fresh computation',
    );
    expect(firstDifference({ a: ["1"] }, { a: ["1", "2"] })).toBe(
      '$.a[1]: missing in the report, fresh computation "2"',
    );
    expect(firstDifference({ a: "1", extra: true }, { a: "1" })).toBe(
      "$.extra: true in the report, absent from a fresh computation",
    );
    expect(firstDifference({ a: "40" }, { a: 40 })).toBe(
      '$.a: "40" in the report, 40 in a fresh computation',
    );
  });

  it("is data: a code and the values, worded in Dutch as well", () => {
    const d = difference({ a: "40" }, { a: "41" });
    expect(d).toEqual({ code: "value-differs", values: { path: "$.a", found: '"40"', fresh: '"41"' } });
    expect(d && describeReportProblem(d, "nl")).toBe(
      '$.a: "40" in het rapport, "41" in een nieuwe berekening',
    );
  });
});
