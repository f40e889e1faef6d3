import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { describe, expect, it } from "vitest";
import { MatrixEntry } from "../matrix/matrix";
import { DecimalFromString, Quantity } from "../quantity/quantity";
import { decodeProblems, decodeWith, describeDecodeErrors } from "./decodeError";

const Offer = t.type({ data: t.type({ offer: t.array(MatrixEntry) }) });

const problemsOf = <A, O>(codec: t.Type<A, O, unknown>, value: unknown) => {
  const r = decodeWith(codec)(value);
  if (E.isRight(r)) throw new Error("expected a decoding failure");
  return r.left;
};

describe("decoding errors", () => {
  it("name the path and the offending value", () => {
    const problems = problemsOf(Offer, {
      data: {
        offer: [
          { position: { resultArea: "2" }, quantity: { kind: "hours", amount: "1" } },
          { position: { resultArea: "2" }, quantity: { kind: "hours", amount: "12,5" } },
        ],
      },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe("data.offer[1].quantity.amount");
    expect(problems[0]?.found).toBe("12,5");
    expect(problems[0]?.message).toBe(
      'at data.offer[1].quantity.amount: expected a decimal string such as "4986.75", found "12,5"',
    );
  });

  it("give a refined decimal back as its decimal text, so the problem stays JSON", () => {
    const problems = problemsOf(t.type({ q: Quantity }), { q: { kind: "hours", amount: "-1" } });
    expect(problems[0]?.found).toBe("-1");
    const wrapped = problemsOf(
      t.refinement(t.type({ q: Quantity }), () => false, "Never"),
      { q: { kind: "hours", amount: "2.50" } },
    );
    expect(JSON.parse(JSON.stringify(wrapped[0]?.found))).toEqual({ q: { kind: "hours", amount: "2.5" } });
  });

  it("report missing values as nothing and every failing field", () => {
    const problems = problemsOf(t.type({ a: t.string, b: t.number }), { b: "x" });
    expect(problems.map((p) => p.message)).toEqual([
      "at a: expected string, found nothing",
      'at b: expected number, found "x"',
    ]);
  });

  it("report a problem at the root", () => {
    expect(problemsOf(DecimalFromString, 12)[0]?.path).toBe("(root)");
  });

  it("skip union and intersection branch indexes in the path", () => {
    const codec = t.type({
      x: t.intersection([t.type({ a: t.string }), t.partial({ b: t.union([t.string, t.null]) })]),
    });
    const messages = problemsOf(codec, { x: { a: "ok", b: 3 } }).map((p) => p.path);
    expect(messages.every((p) => p === "x.b")).toBe(true);
  });

  it("shorten long values and join messages", () => {
    const errors = t.string.decode({ long: "y".repeat(200) });
    expect(E.isLeft(errors)).toBe(true);
    if (E.isLeft(errors)) {
      expect(describeDecodeErrors(errors.left)).toMatch(/\.\.\.$/);
      expect(decodeProblems(errors.left)[0]?.message.length).toBeLessThan(140);
    }
  });
});
