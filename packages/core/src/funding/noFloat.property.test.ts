import * as fc from "fast-check";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { agreementDecider } from "../agreement/decider";
import type { DomainEvent } from "../events/catalogue";
import { decodeEvent, encodeEvent } from "../events/serialisation";
import { toDecimalString } from "../quantity/decimal";
import {
  approveBudgetReallocation,
  dec,
  exampleSignedEvents,
  moneyShift,
  recordBudget,
  reportCosts,
  requestBudgetReallocation,
  run,
} from "../testing";
import { armoede2022 } from "./examples.testSupport";

const lines = ["armoede/BMW", "armoede/SHV", "armoede/PHS", "armoede/GS"];

/** Every number in a JSON value, with the key it sits under. */
const numbersIn = (value: unknown, key = "(root)"): [string, number][] =>
  typeof value === "number"
    ? [[key, value]]
    : Array.isArray(value)
      ? value.flatMap((v) => numbersIn(v, key))
      : value !== null && typeof value === "object"
        ? Object.entries(value).flatMap(([k, v]) => numbersIn(v, k))
        : [];

// The only numbers an event carries are versions: amounts, hours, tariffs and rates are strings.
const VERSIONS = new Set(["schemaVersion", "policyVersion", "version"]);

describe("no float ever touches an amount, property", () => {
  it("money events carry every amount, hour and tariff as an exact decimal string, and read back equal", () => {
    const step = fc.record({
      from: fc.constantFrom(...lines),
      to: fc.constantFrom(...lines),
      units: fc.bigInt({ min: 1n, max: 10n ** 8n }),
      scale: fc.integer({ min: 0, max: 4 }),
      inHours: fc.boolean(),
      realised: fc.bigInt({ min: 0n, max: 10n ** 9n }),
    });
    const base = run([recordBudget([armoede2022()])], exampleSignedEvents()).events;
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), (steps) => {
        let state = run([], base).state;
        const events: DomainEvent[] = [];
        const apply = (r: ReturnType<typeof agreementDecider.decide>) => {
          if (E.isLeft(r)) return;
          events.push(...r.right);
          state = r.right.reduce(agreementDecider.evolve, state);
        };
        steps.forEach((s, i) => {
          const amount = toDecimalString({ units: s.units, scale: s.scale });
          apply(
            agreementDecider.decide(
              requestBudgetReallocation(`n${i}`, [
                moneyShift(s.from, s.to, s.inHours ? { hours: amount } : { amount }),
              ]),
              state,
            ),
          );
          apply(agreementDecider.decide(approveBudgetReallocation(`n${i}`), state));
          const [group = "", line = ""] = s.from.split("/");
          apply(
            agreementDecider.decide(
              reportCosts(`2007-H${(i % 2) + 1}`, [
                { line: { group, line }, amount: dec(toDecimalString({ units: s.realised, scale: 2 })) },
              ]),
              state,
            ),
          );
        });
        for (const event of events) {
          seen.add(event.type);
          const encoded = encodeEvent(event);
          for (const [key, n] of numbersIn(encoded.data)) {
            expect(VERSIONS.has(key), `${event.type}: a number under "${key}"`).toBe(true);
            expect(Number.isInteger(n)).toBe(true);
          }
          expect(decodeEvent(JSON.parse(JSON.stringify(encoded)))).toEqual(E.right(event));
        }
      }),
      { numRuns: 60 },
    );
    // The histories did move money in every way, and report costs.
    expect([...seen].sort()).toEqual(
      expect.arrayContaining([
        "BudgetReallocationApplied",
        "BudgetReallocationApproved",
        "BudgetReallocationRequested",
        "CostsRealised",
      ]),
    );
  });

  it("refuses an amount written as a JSON number: 5000.5 is a float before it is anything else", () => {
    const [applied] = run(
      [requestBudgetReallocation("f1", [moneyShift("armoede/BMW", "armoede/GS", { amount: "5000.5" })])],
      run([recordBudget([armoede2022()])], exampleSignedEvents()).events,
    ).events.slice(-1);
    if (applied === undefined) throw new Error("no event");
    const encoded = encodeEvent(applied) as unknown as { data: { costing: { amount: unknown }[] } };
    const tampered = {
      ...encoded,
      data: { ...encoded.data, costing: [{ ...encoded.data.costing[0], amount: 5000.5 }] },
    };
    expect(E.isLeft(decodeEvent(tampered))).toBe(true);
  });
});
