import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Decimal, add, compare, equals, isNegative } from "../quantity/decimal";
import { contributionAmount, totalContributions } from "./contributions";
import { financingOf } from "./financing";

const euros = fc
  .record({ units: fc.bigInt({ min: 0n, max: 10n ** 15n }), scale: fc.integer({ min: 0, max: 4 }) })
  .map(({ units, scale }): Decimal => ({ units, scale }));

describe("financing, property", () => {
  it("adds up: contributions + shortfall = costs, and contributions + grant + deficit = costs", () => {
    fc.assert(
      fc.property(euros, euros, euros, (costs, contributions, grant) => {
        const f = financingOf(costs, contributions, grant);
        expect(equals(add(contributions, f.shortfall), costs)).toBe(true);
        expect(equals(add(add(contributions, grant), f.deficit), costs)).toBe(true);
        // A surplus is a negative deficit: exactly when contributions and grant exceed the costs.
        expect(isNegative(f.deficit)).toBe(compare(add(contributions, grant), costs) > 0);
      }),
    );
  });

  it("counts a contribution in kind as hours × rate, exactly", () => {
    fc.assert(
      fc.property(euros, euros, euros, (cash, hours, rate) => {
        const cs = [
          { partyId: "a", item: "x", form: "cash" as const, amount: cash },
          { partyId: "b", item: "y", form: "in-kind" as const, hours, rate },
        ];
        const total = totalContributions(cs);
        expect(equals(total, add(cash, contributionAmount(cs[1] as (typeof cs)[1])))).toBe(true);
        expect(typeof total.units).toBe("bigint");
      }),
    );
  });
});
