import * as fc from "fast-check";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CellChange, CellEffect, Shift } from "../agreement/changes";
import { ExpectedResult, Signature } from "../agreement/terms";
import { CellCodec } from "../cell/cell";
import { PositionCodec } from "../cell/position";
import { MatrixEntry } from "../matrix/matrix";
import { Verdict } from "../policy/verdict";
import { Actor, EventMetadata } from "../provenance/metadata";
import { DecimalFromString, Quantity } from "../quantity/quantity";
import { decodeProblems } from "./decodeError";
import {
  type InterfaceDecoders,
  decodeWithoutFastPaths,
  fastDecoderOf,
  useInterfaceDecoders,
  withFastPath,
  withoutFastPath,
} from "./fastPath";

// Near-valid leaves: blanks, spacing the normalisation removes, case, signs, impossible dates, wrong types.
const nearValid = fc.oneof(
  fc.constantFrom<unknown>(
    "",
    " ",
    " 6 ",
    "6",
    "2. Jeugd",
    "SCW 1",
    "scw1",
    "velden",
    "BOVENWIJKS",
    "Stad",
    "-5",
    "5.",
    "05",
    "0",
    "-0",
    "12.50",
    "1e3",
    "4986.75",
    "hours",
    "Hours",
    "uren",
    "2007-02-29",
    "2008-02-29",
    "2007-13-01",
    "2007-05-08T10:00:00Z",
    "2007-05-08T24:00:00Z",
    "2007-05-08T10:00:00.Z",
    "conservation",
    "pass",
    "needs-approval",
    "municipality",
    null,
    undefined,
    0,
    -1,
    1.5,
    true,
    [],
    {},
  ),
  fc.string({ maxLength: 6 }),
  fc.integer(),
);

const actor = fc.record({
  organisationId: nearValid,
  role: fc.constantFrom<unknown>("municipality", "provider", "auditor", "boss", 1),
  person: nearValid,
});

/** An object with the given members, perhaps one missing, perhaps with extra members. */
const objectOf = (members: Record<string, fc.Arbitrary<unknown>>) =>
  fc
    .tuple(
      fc.record(members),
      fc.option(fc.constantFrom(...Object.keys(members)), { nil: undefined, freq: 3 }),
      fc.option(fc.dictionary(fc.constantFrom("extra", "note"), nearValid), { nil: undefined, freq: 3 }),
    )
    .map(([o, missing, extra]) => {
      const out: Record<string, unknown> = { ...extra, ...o };
      if (missing !== undefined) delete out[missing];
      return out;
    });

// Mostly plausible codes, so that whole objects are often valid and one bad member decides.
const code = fc.oneof(
  { arbitrary: fc.constantFrom("6", "2. Jeugd", "OBW", "scw 1", "Stad", "velden", " ", ""), weight: 3 },
  { arbitrary: nearValid, weight: 1 },
);

const cellLike = objectOf({ resultArea: code, workType: code, district: code });
const quantityLike = fc.oneof(
  objectOf({
    kind: fc.constantFrom<unknown>("hours", "hours", "groups", "Hours", "", 3),
    amount: fc.oneof(fc.constantFrom("4986.75", "12", "0.5"), nearValid),
  }),
  nearValid,
);
const inputs = fc.oneof(
  cellLike,
  quantityLike,
  nearValid,
  fc.array(cellLike, { maxLength: 3 }),
  objectOf({ cell: cellLike, before: quantityLike, after: quantityLike }),
  objectOf({ from: cellLike, to: cellLike, quantity: quantityLike }),
  objectOf({ position: cellLike, from: quantityLike, to: quantityLike, reason: nearValid }),
  objectOf({ position: cellLike, quantity: quantityLike }),
  objectOf({ rule: nearValid, outcome: nearValid, explanation: nearValid }),
  objectOf({
    rule: fc.constantFrom<unknown>("conservation", "scope", "nope"),
    outcome: fc.constantFrom<unknown>("pass", "forbidden", 3),
    explanation: nearValid,
    findings: fc.oneof(
      fc.array(
        objectOf({ code: nearValid, values: fc.oneof(fc.dictionary(fc.string(), nearValid), nearValid) }),
        {
          maxLength: 2,
        },
      ),
      nearValid,
    ),
  }),
  objectOf({ person: nearValid, role: nearValid, date: nearValid, mandate: nearValid }),
  objectOf({
    id: nearValid,
    activity: nearValid,
    positions: fc.array(cellLike, { maxLength: 2 }),
    deadline: nearValid,
    targetReach: nearValid,
  }),
  objectOf({
    actor,
    occurredAt: nearValid,
    recordedAt: nearValid,
    commandId: nearValid,
    correlationId: nearValid,
    causationId: nearValid,
    reason: nearValid,
    annotations: nearValid,
  }),
);

const codecs: Record<string, t.Any> = {
  CellCodec,
  PositionCodec,
  DecimalFromString,
  Quantity,
  Actor,
  EventMetadata,
  Verdict,
  Shift,
  CellEffect,
  CellChange,
  MatrixEntry,
  Signature,
  ExpectedResult,
};

/** The fast path returns nothing or exactly what the codec returns; the codec without fast paths agrees. */
const agrees = (codec: t.Any, u: unknown): void => {
  const reference = decodeWithoutFastPaths(codec, u);
  const plain = E.mapLeft(decodeProblems);
  expect(plain(withoutFastPath(codec).decode(u))).toStrictEqual(plain(reference));
  const fast = fastDecoderOf(codec)(u);
  if (E.isRight(reference)) expect(fast).toStrictEqual(reference.right);
  else expect(fast).toBeUndefined();
  // The wrapped codec itself reports what the plain one reports.
  const wrapped = codec.decode(u);
  if (E.isLeft(reference)) {
    expect(E.isLeft(wrapped)).toBe(true);
    if (E.isLeft(wrapped)) expect(decodeProblems(wrapped.left)).toStrictEqual(decodeProblems(reference.left));
  } else expect(wrapped).toStrictEqual(reference);
};

for (const kind of ["generated", "closures"] as const) {
  describe(`fast decoding with ${kind} interface decoders`, () => {
    let before: InterfaceDecoders;
    beforeAll(() => {
      before = useInterfaceDecoders(kind);
    });
    afterAll(() => {
      useInterfaceDecoders(before);
    });
    for (const [name, codec] of Object.entries(codecs)) {
      it(`${name}: the fast path returns nothing or exactly what the codec returns`, () => {
        fc.assert(
          fc.property(inputs, (u) => agrees(codec, u)),
          { numRuns: 300 },
        );
      });
    }

    it("derives decoders for intersections, partials, arrays and nullable unions like io-ts decodes them", () => {
      const Shape = t.intersection([
        t.type({ a: t.union([Quantity, t.null]), b: t.array(t.number), c: t.literal("x") }),
        t.partial({ d: t.boolean, e: t.keyof({ p: null, q: null }), f: t.UnknownRecord }),
      ]);
      const shape = objectOf({
        a: quantityLike,
        b: fc.oneof(fc.array(fc.integer(), { maxLength: 3 }), nearValid),
        c: fc.constantFrom<unknown>("x", "y"),
        d: fc.oneof(fc.boolean(), nearValid),
        e: fc.constantFrom<unknown>("p", "q", "r", undefined),
        f: nearValid,
      });
      fc.assert(fc.property(fc.oneof(shape, fc.jsonValue()), (u) => agrees(Shape, u)));
    });
  });
}

describe("fast decoding", () => {
  it("shares one normalised cell per spelling, and never a cell that failed", () => {
    const a = CellCodec.decode({ resultArea: "6", workType: "scw 1", district: "velden" });
    const b = CellCodec.decode({ resultArea: "6", workType: "scw 1", district: "velden" });
    expect(a).toStrictEqual(E.right({ resultArea: "6", workType: "SCW1", district: "Velden" }));
    expect(E.isRight(a) && E.isRight(b) && a.right === b.right).toBe(true);
    const blank = CellCodec.decode({ resultArea: "6", workType: " ", district: "velden" });
    expect(E.isLeft(blank) && decodeProblems(blank.left)[0]?.path).toBe("workType");
  });

  it("falls back to the codec when the fast path declines, so errors keep their path and value", () => {
    const Even = withFastPath(
      t.refinement(t.number, (n) => n % 2 === 0, "Even"),
      (u) => (u === 2 ? 2 : undefined),
    );
    const Pair = t.type({ left: Even, right: Even });
    expect(Pair.decode({ left: 2, right: 4 })).toStrictEqual(E.right({ left: 2, right: 4 }));
    const odd = Pair.decode({ left: 2, right: 3 });
    expect(E.isLeft(odd) && decodeProblems(odd.left).map((p) => p.message)).toStrictEqual([
      "at right: expected Even, found 3",
    ]);
  });
});
