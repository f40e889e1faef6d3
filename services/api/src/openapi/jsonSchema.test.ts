import { IsoDate, NonEmptyString, Shift } from "@grant-ledger/core";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { describe, expect, it } from "vitest";
import { toJsonSchema } from "./jsonSchema";

const ajv = new Ajv2020({ strict: false, validateFormats: false });

describe("io-ts → JSON Schema", () => {
  it("converts the structural codecs", () => {
    expect(toJsonSchema(t.type({ a: t.string, b: t.array(t.number) }))).toEqual({
      type: "object",
      properties: { a: { type: "string" }, b: { type: "array", items: { type: "number" } } },
      required: ["a", "b"],
    });
    expect(toJsonSchema(t.partial({ a: t.literal("x") }))).toEqual({
      type: "object",
      properties: { a: { const: "x" } },
    });
    expect(toJsonSchema(t.keyof({ a: null, b: null }))).toEqual({ type: "string", enum: ["a", "b"] });
    expect(toJsonSchema(t.union([t.string, t.null]))).toEqual({
      anyOf: [{ type: "string" }, { type: "null" }],
    });
    expect(toJsonSchema(NonEmptyString)).toEqual({ type: "string", minLength: 1 });
    expect(toJsonSchema(IsoDate)).toEqual({ type: "string", format: "date" });
  });

  it("accepts everything the codec decodes (a shift)", () => {
    const validate = ajv.compile(toJsonSchema(Shift));
    const part = fc.stringMatching(/^[0-9A-Za-z]{1,6}$/);
    fc.assert(
      fc.property(part, part, part, fc.nat({ max: 100000 }), (a, w, d, n) => {
        const shift = {
          from: { resultArea: a, workType: w, district: d },
          to: { resultArea: d, workType: w, district: a },
          quantity: { kind: "hours", amount: String(n) },
        };
        if (E.isRight(Shift.decode(shift))) expect(validate(shift)).toBe(true);
      }),
    );
  });
});
