import * as fc from "fast-check";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { describe, expect, it } from "vitest";
import type { BudgetShift } from "../funding/budgetShift";
import { ShiftCosting, hoursOnLine } from "../funding/shiftCosting";
import { type Decimal, decimal, multiply } from "../quantity/decimal";
import { costingFromV1Text, v1Text } from "./budgetReallocationV1";
import { decodeEvent, encodeEvent } from "./serialisation";

const metadata = {
  actor: { organisationId: "sedna", role: "provider", person: "A. Bakker" },
  occurredAt: "2022-03-01T09:00:00Z",
  recordedAt: "2022-03-01T09:00:01Z",
  commandId: "c-1",
  correlationId: "c-1",
  causationId: "c-1",
  reason: "meer huurschulden",
};
const cell = (line: string) => ({ resultArea: "armoede", workType: line, district: "Budget" });
const euros = (amount: string) => ({ kind: "euros", amount });

// As v1 recorded it: the core's English text, one per shift.
const appliedV1 = (
  costing: unknown,
  shifts: unknown[] = [{ from: "armoede/BMW", to: "armoede/GS", amount: "775.5", hours: "10" }],
) => ({
  type: "BudgetReallocationApplied",
  schemaVersion: 1,
  data: {
    requestId: "m1",
    shifts,
    effects: [
      { cell: cell("BMW"), before: euros("386722.4625"), after: euros("385946.9625") },
      { cell: cell("GS"), before: euros("63605.375"), after: euros("64380.875") },
    ],
    costing,
    reason: "meer huurschulden",
    verdicts: [],
    policyVersion: 1,
  },
  metadata,
});

const costingOf = (raw: unknown) =>
  E.isRight(raw as E.Either<unknown, { data: { costing: ShiftCosting[] } }>)
    ? t.array(ShiftCosting).encode((raw as E.Right<{ data: { costing: ShiftCosting[] } }>).right.data.costing)
    : raw;

describe("BudgetReallocation* v1: costing text read as data (v2)", () => {
  it("reads an hours shift with the hours on the receiving line, and writes it back as v2", () => {
    const read = decodeEvent(
      appliedV1([
        "10 h × € 77.55 = € 775.5 from armoede/BMW to armoede/GS; armoede/GS at € 62.25 an hour: ≈ 12.46 h",
      ]),
    );
    expect(costingOf(read)).toEqual([
      {
        code: "hours-at-tariff",
        hours: "10",
        tariff: "77.55",
        from: "armoede/BMW",
        to: "armoede/GS",
        amount: "775.5",
        linked: [{ line: "armoede/GS", tariff: "62.25", hours: "12.46", exact: false }],
      },
    ]);
    if (E.isRight(read)) expect(encodeEvent(read.right).schemaVersion).toBe(2);
  });

  it("reads a euro shift with grouped digits and the hours on both lines, exact or not", () => {
    const read = decodeEvent({
      ...appliedV1([], []),
      type: "BudgetReallocationRequested",
      data: {
        requestId: "m2",
        shifts: [{ from: "armoede/BMW", to: "armoede/GS", amount: "93060" }],
        costing: [
          "€ 93 060 from armoede/BMW to armoede/GS; armoede/BMW at € 77.55 an hour: 1 200 h; armoede/GS at € 62.25 an hour: ≈ 1 494.94 h",
        ],
        reason: "x",
        verdicts: [],
        policyVersion: 1,
      },
    });
    expect(costingOf(read)).toEqual([
      {
        code: "euros",
        from: "armoede/BMW",
        to: "armoede/GS",
        amount: "93060",
        linked: [
          { line: "armoede/BMW", tariff: "77.55", hours: "1200", exact: true },
          { line: "armoede/GS", tariff: "62.25", hours: "1494.94", exact: false },
        ],
      },
    ]);
  });

  it("keeps a text it cannot read back exactly as a legacy costing, and the rest of the event as recorded", () => {
    const texts = [
      "€ 775.50 from armoede/BMW to armoede/GS", // not how v1 printed 775.5, and not the hours asked for
      "handmatig: 10 uur", // not v1's shape at all
      "€ 1 from armoede/X to armoede/Y", // no shift of its own (a second text for one shift)
    ];
    const read = decodeEvent(appliedV1(texts));
    expect(costingOf(read)).toEqual(texts.map((text) => ({ code: "legacy", text })));
    expect(
      E.isRight(read) && read.right.type === "BudgetReallocationApplied" && read.right.data.effects,
    ).toHaveLength(2);
    // Another tariff in the text than the euros moved: legacy too, never reinterpreted.
    const tampered = decodeEvent(appliedV1(["10 h × € 70 = € 775.5 from armoede/BMW to armoede/GS"]));
    expect(costingOf(tampered)).toEqual([
      { code: "legacy", text: "10 h × € 70 = € 775.5 from armoede/BMW to armoede/GS" },
    ]);
  });

  it("reports malformed v1 data with its v1 path", () => {
    const read = decodeEvent(appliedV1([42]));
    expect(E.isLeft(read) && read.left[0]?.message).toMatch(
      /^BudgetReallocationApplied v1: at data\.costing\[0\]: expected string/,
    );
  });

  it("reads back every costing v1 could have written (property)", () => {
    const amount = fc
      .bigInt({ min: 1n, max: 10n ** 9n })
      .chain((units) => fc.integer({ min: 0, max: 4 }).map((scale) => decimal(units, scale)));
    const tariff = fc.bigInt({ min: 1n, max: 20000n }).map((u) => decimal(u, 2));
    const ref = fc.constantFrom(
      { group: "armoede", line: "BMW" },
      { group: "armoede", line: "GS" },
      { group: "empowerment-van-bewoners", line: "L1" },
    );
    fc.assert(
      fc.property(
        amount,
        tariff,
        tariff,
        ref,
        ref,
        fc.boolean(),
        fc.boolean(),
        (a, t1, t2, from, to, byHours, linkTo) => {
          const moved: Decimal = byHours ? multiply(a, t1) : a;
          const linked = [
            ...(byHours ? [] : [hoursOnLine(moved, from, t1)]),
            ...(linkTo ? [hoursOnLine(moved, to, t2)] : []),
          ];
          const c: Exclude<ShiftCosting, { code: "legacy" }> = byHours
            ? { code: "hours-at-tariff", hours: a, tariff: t1, from, to, amount: moved, linked }
            : { code: "euros", from, to, amount: moved, linked };
          const shift: BudgetShift = byHours
            ? { from, to, amount: moved, hours: a }
            : { from, to, amount: moved };
          expect(costingFromV1Text(v1Text(c), shift)).toEqual(c);
        },
      ),
      { numRuns: 300 },
    );
  });
});
