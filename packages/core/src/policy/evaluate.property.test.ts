import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Cell, cellKey, sameCell } from "../cell/cell";
import type { Matrix } from "../matrix/matrix";
import { type Decimal, ZERO, add, compare, decimal, isZero, multiply, subtract } from "../quantity/decimal";
import { GROUPS, HOURS } from "../quantity/unitKind";
import type { PolicyShift, ReallocationContext } from "./context";
import { applyShiftsForTest, emmen2007Contract, shift } from "./emmen2007.testSupport";
import { evaluate } from "./evaluate";
import { ReallocationPolicy } from "./policy";
import { noTransfers, transfersOf, withAppliedTransfer } from "./transfers";

const contract = emmen2007Contract();
const hourCells = [...contract.values()]
  .filter((e) => e.quantity.kind === HOURS)
  .map((e) => e.position as Cell);
const zeroCells = ["6/SCW/Velden", "4/JW/Stad", "2/OBW/Blokken", "7/OW/Stad"].map((k) => shift(k, k, 1).from);
const HUNDRED = decimal(100);

const cellArb = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...hourCells) },
  { weight: 1, arbitrary: fc.constantFrom(...zeroCells) },
);
const amountArb = fc.oneof(
  fc.integer({ min: 1, max: 400 }).map((n) => decimal(n)),
  fc.integer({ min: 1, max: 150_000 }).map((n) => decimal(n, 2)),
);
// Mostly plausible shifts (inside a result area, less than the cell holds), so that every rule gets to speak.
const plausibleShiftArb: fc.Arbitrary<PolicyShift> = fc
  .record({
    from: fc.constantFrom(...hourCells),
    to: fc.constantFrom(...hourCells),
    share: fc.integer({ min: 1, max: 60 }),
    sameArea: fc.boolean(),
  })
  .map(({ from, to, share, sameArea }) => {
    const target = sameArea
      ? (hourCells.find((c) => c.resultArea === from.resultArea && !sameCell(c, from)) ?? to)
      : to;
    const amount = contract.get(cellKey(from))!.quantity.amount;
    return {
      from,
      to: target,
      quantity: { kind: HOURS, amount: decimal((amount.units * BigInt(share)) / 100n + 1n) },
    };
  });
const shiftArb: fc.Arbitrary<PolicyShift> = fc.oneof(
  { weight: 3, arbitrary: plausibleShiftArb },
  {
    weight: 1,
    arbitrary: fc.record({
      from: cellArb,
      to: cellArb,
      quantity: fc.record({
        kind: fc.oneof(
          { weight: 9, arbitrary: fc.constant(HOURS) },
          { weight: 1, arbitrary: fc.constant(GROUPS) },
        ),
        amount: amountArb,
      }),
    }),
  },
);
const keysArb = fc.subarray(hourCells.map(cellKey), { maxLength: 12 });
const percentArb = fc.integer({ min: 0, max: 120 }).map(String);
const policyArb = fc
  .record({
    cumulativeThreshold: fc.constantFrom("5", "10", "12.5", "25"),
    acrossResultAreas: fc.constantFrom("allow", "needs-approval", "forbid"),
    protectedCells: keysArb,
    receiveOnlyCells: keysArb,
    decrease: fc.option(fc.integer({ min: 0, max: 100 }).map(String), { nil: undefined }),
    increase: fc.option(percentArb, { nil: undefined }),
  })
  .map(({ decrease, increase, ...rest }) => {
    const decoded = ReallocationPolicy.decode({
      version: 1,
      ...rest,
      cellLimits:
        decrease === undefined && increase === undefined
          ? []
          : [
              {
                cell: "*",
                ...(decrease === undefined ? {} : { maxDecreasePercent: decrease }),
                ...(increase === undefined ? {} : { maxIncreasePercent: increase }),
              },
            ],
    });
    if (decoded._tag === "Left") throw new Error("generated an invalid policy");
    return decoded.right;
  });

const held = (m: Matrix, c: Cell) => m.get(cellKey(c))?.quantity;

/**
 * What the forbidding rules protect, stated directly on the matrices: the oracle for
 * "forbidden exactly when applying would break something".
 */
const breaks = (
  policy: ReallocationPolicy,
  baseline: Matrix,
  before: Matrix,
  shifts: readonly PolicyShift[],
): string[] => {
  const out: string[] = [];
  if (shifts.length === 0) out.push("empty");
  const after = applyShiftsForTest(before, shifts);
  for (const s of shifts) {
    if (isZero(s.quantity.amount) || sameCell(s.from, s.to)) out.push("moves nothing");
    for (const c of [s.from, s.to]) {
      const q = held(before, c);
      if (q !== undefined && q.kind !== s.quantity.kind) out.push("kind");
    }
    const approvedTo = held(baseline, s.to);
    if (approvedTo === undefined || isZero(approvedTo.amount)) out.push("scope: new cell");
    if (policy.protectedCells.some((p) => sameCell(p, s.from) || sameCell(p, s.to))) out.push("protected");
    if (policy.receiveOnlyCells.some((p) => sameCell(p, s.from))) out.push("receive-only");
    if (policy.acrossResultAreas === "forbid" && s.from.resultArea !== s.to.resultArea) out.push("across");
  }
  // In order: each shift must find its units in the matrix left by the shifts before it.
  shifts.reduce((m, s) => {
    const next = applyShiftsForTest(m, [s]);
    if (compare(held(next, s.from)?.amount ?? ZERO, ZERO) < 0) out.push("negative");
    return next;
  }, before);
  const areaTotal = (m: Matrix, area: string, kind: string): Decimal =>
    [...m.values()]
      .filter((e) => e.position.resultArea === area && e.quantity.kind === kind)
      .reduce((acc, e) => add(acc, e.quantity.amount), ZERO);
  for (const s of shifts) {
    const area = s.from.resultArea;
    if (
      !isZero(areaTotal(baseline, area, s.quantity.kind)) &&
      isZero(areaTotal(after, area, s.quantity.kind))
    ) {
      out.push("scope: empty area");
    }
  }
  const limit = policy.cellLimits[0];
  for (const c of shifts.flatMap((s) => [s.from, s.to])) {
    const approved = held(baseline, c)?.amount ?? ZERO;
    const now = held(after, c)?.amount ?? ZERO;
    const change = subtract(now, approved);
    const beyond = (max: Decimal | undefined, amount: Decimal) =>
      max !== undefined && compare(multiply(amount, HUNDRED), multiply(max, approved)) > 0;
    if (compare(change, ZERO) < 0 && beyond(limit?.maxDecreasePercent, subtract(approved, now)))
      out.push("decrease");
    if (compare(change, ZERO) > 0 && beyond(limit?.maxIncreasePercent, change)) out.push("increase");
  }
  return out;
};

describe("evaluate, property-based", () => {
  it("forbids exactly the proposals that would break a rule, so applied reallocations never break one", () => {
    fc.assert(
      fc.property(
        policyArb,
        fc.array(fc.array(shiftArb, { minLength: 1, maxLength: 3 }), { maxLength: 6 }),
        (policy, proposals) => {
          let context: ReallocationContext = {
            baseline: contract,
            current: contract,
            contractAtSigning: contract,
            transfersSinceBaseline: noTransfers,
          };
          proposals.forEach((shifts, i) => {
            const result = evaluate(policy, context, shifts, "2007-06-01T12:00:00Z");
            const broken = breaks(policy, contract, context.current, shifts);
            expect(result.outcome === "forbidden", `${JSON.stringify(result.verdicts)} vs ${broken}`).toBe(
              broken.length > 0,
            );
            if (result.outcome === "forbidden") return;
            context = {
              ...context,
              current: applyShiftsForTest(context.current, shifts),
              transfersSinceBaseline: withAppliedTransfer(
                context.transfersSinceBaseline,
                "2007-06-01",
                shifts,
              ),
            };
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  const REPORTED =
    /^cumulative transfers ([\d ]+(?:\.\d+)?) h = (\d+(?:\.(\d+))?)% of ([\d ]+) h, (above|within) ([\d.]+)%/;
  const readDecimal = (text: string): Decimal => {
    const [int = "0", frac = ""] = text.replace(/ /g, "").split(".");
    return decimal(BigInt(int + frac), frac.length);
  };

  it("reports the cumulative percentage as moved units over the approved total", () => {
    const validShift = fc
      .record({
        a: fc.constantFrom(...hourCells),
        b: fc.constantFrom(...hourCells),
        cents: fc.integer({ min: 1, max: 300_000 }),
      })
      .filter(({ a, b }) => !sameCell(a, b))
      .map(
        ({ a, b, cents }): PolicyShift => ({
          from: a,
          to: b,
          quantity: { kind: HOURS, amount: decimal(cents, 2) },
        }),
      );
    fc.assert(
      fc.property(
        fc.array(fc.array(validShift, { minLength: 1, maxLength: 3 }), { maxLength: 5 }),
        fc.array(validShift, { minLength: 1, maxLength: 3 }),
        fc.constantFrom("5", "10", "12.5"),
        (applied, proposed, threshold) => {
          const policy = ReallocationPolicy.decode({ version: 1, cumulativeThreshold: threshold });
          if (policy._tag === "Left") throw new Error("policy");
          const context: ReallocationContext = {
            baseline: contract,
            contractAtSigning: contract,
            // The rule counts what was moved; whether those moves were valid is other rules' business.
            current: contract,
            transfersSinceBaseline: transfersOf(
              applied.map((shifts) => ({ appliedAt: "2007-02-01", shifts })),
            ),
          };
          const verdict = evaluate(policy.right, context, proposed, "2007-06-01").verdicts.find(
            (v) => v.rule === "cumulative-threshold",
          );
          const match = REPORTED.exec(verdict?.explanation ?? "");
          expect(match, verdict?.explanation).not.toBeNull();
          const [, movedText = "", percentText = "", fraction = "", totalText = "", relation] = match!;
          const moved = [...applied.flat(), ...proposed].reduce(
            (acc, s) => add(acc, s.quantity.amount),
            ZERO,
          );
          const total = readDecimal(totalText);
          expect(readDecimal(movedText)).toEqual(moved);
          expect(total).toEqual(decimal(36146));
          // The shown percentage p with s decimals is the exact ratio rounded: |moved×100 − p×total| ≤ ½·10^-s × total.
          const shown = readDecimal(percentText);
          const error = subtract(multiply(moved, HUNDRED), multiply(shown, total));
          const halfStep = multiply(decimal(5, fraction.length + 1), total);
          expect(compare(error, halfStep) <= 0 && compare(error, multiply(decimal(-1), halfStep)) >= 0).toBe(
            true,
          );
          const above = compare(multiply(moved, HUNDRED), multiply(readDecimal(threshold), total)) > 0;
          expect(relation).toBe(above ? "above" : "within");
          expect(verdict?.outcome).toBe(above ? "needs-approval" : "pass");
        },
      ),
      { numRuns: 300 },
    );
  });
});
