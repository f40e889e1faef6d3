import fc from "fast-check";
import * as t from "io-ts";
import { describe, expect, it } from "vitest";
import { Verdict } from "../policy/verdict";
import { intersection, stringRecord } from "./encodedAsIs";

const Plain = t.intersection([t.type({ rule: t.string }), t.partial({ findings: t.array(t.string) })]);
const AsIs = intersection([t.type({ rule: t.string }), t.partial({ findings: t.array(t.string) })]);
const NumberAsText = new t.Type<number, string, unknown>(
  "NumberAsText",
  (u): u is number => typeof u === "number",
  (u, c) => (typeof u === "number" ? t.success(u) : t.failure(u, c)),
  (n) => String(n),
);

describe("codecs encoded as is", () => {
  it("encode an intersection of members that encode as is to what t.intersection gives: the value itself", () => {
    fc.assert(
      fc.property(
        fc.record({ rule: fc.string(), findings: fc.option(fc.array(fc.string()), { nil: undefined }) }),
        (v) => {
          expect(AsIs.encode(v)).toBe(Plain.encode(v));
          expect(AsIs.encode(v)).toBe(v);
        },
      ),
    );
    expect(AsIs.encode).toBe(t.identity);
    expect(t.type({ verdict: AsIs }).encode).toBe(t.identity);
    expect(t.type({ verdict: Plain }).encode).not.toBe(t.identity);
  });

  it("keep io-ts's encoding when a member changes what it encodes", () => {
    const Mixed = intersection([t.type({ n: NumberAsText }), t.partial({ note: t.string })]);
    expect(Mixed.encode).not.toBe(t.identity);
    expect(Mixed.encode({ n: 4, note: "x" })).toEqual({ n: "4", note: "x" });
  });

  it("decide exactly as the io-ts codecs they stand for, and a string record encodes as itself", () => {
    const Record = stringRecord();
    const Io = t.record(t.string, t.string);
    fc.assert(
      fc.property(fc.anything(), (u) => {
        expect(AsIs.is(u)).toBe(Plain.is(u));
        expect(AsIs.decode(u)._tag).toBe(Plain.decode(u)._tag);
        expect(Record.is(u)).toBe(Io.is(u));
        expect(Record.decode(u)._tag).toBe(Io.decode(u)._tag);
      }),
    );
    const values = { amount: "2.5", kind: "hours" };
    expect(Record.encode(values)).toBe(Io.encode(values));
    expect(Verdict.encode).toBe(t.identity);
    expect(AsIs._tag).toBe("IntersectionType");
  });
});
