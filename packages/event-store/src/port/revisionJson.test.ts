import * as fc from "fast-check";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { decodeRevision, encodeRevision } from "./revisionJson";

describe("the JSON form of revisions and positions", () => {
  it("is a decimal string that survives JSON beyond 2^53", () => {
    const big = 2n ** 64n + 1n;
    const json = JSON.stringify({ revision: encodeRevision(big) });
    expect(json).toBe('{"revision":"18446744073709551617"}');
    expect(decodeRevision(JSON.parse(json).revision)).toEqual(E.right(big));
  });

  it("round-trips every non-negative bigint", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 80n }), (n) => {
        expect(decodeRevision(encodeRevision(n))).toEqual(E.right(n));
      }),
    );
  });

  it.each([12, "012", "-1", "1e3", "", " 1", "1.0", null])("refuses %j", (json) => {
    expect(E.isLeft(decodeRevision(json))).toBe(true);
  });
});
