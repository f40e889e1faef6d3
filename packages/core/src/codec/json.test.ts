import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainJson } from "./json";

const viaText = (u: unknown) => JSON.parse(JSON.stringify(u)) as unknown;

describe("plainJson", () => {
  it("equals the JSON text round trip on arbitrary values without bigints", () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: false, withDate: true, withNullPrototype: true, withBoxedValues: false }),
        (u) => {
          fc.pre(JSON.stringify(u) !== undefined);
          expect(plainJson(u)).toStrictEqual(viaText(u));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("drops absent members, turns undefined items into null and honours toJSON", () => {
    const u = { a: undefined, b: [1, undefined, Number.NaN], c: new Date(0), d: { toJSON: () => "x" } };
    expect(plainJson(u)).toStrictEqual(viaText(u));
    expect(plainJson(u)).toStrictEqual({ b: [1, null, null], c: "1970-01-01T00:00:00.000Z", d: "x" });
  });

  it("keeps a member named __proto__ as an own member, as JSON.parse does", () => {
    const u = JSON.parse('{"__proto__":{"x":1},"a":2}') as unknown;
    expect(Object.keys(plainJson(u) as object)).toEqual(["__proto__", "a"]);
    expect(JSON.stringify(plainJson(u))).toBe('{"__proto__":{"x":1},"a":2}');
  });

  it("refuses a bigint as JSON.stringify does", () => {
    expect(() => plainJson({ n: 1n })).toThrow(TypeError);
  });
});
