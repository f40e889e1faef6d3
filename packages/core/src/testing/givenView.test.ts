import { describe, expect, it } from "vitest";
import { givenView } from "./givenView";

const count = { initialState: 0, evolve: (n: number, e: { by: number }) => n + e.by };

describe("givenView", () => {
  it("folds the given events, then the new ones, and compares the state", () => {
    expect(
      givenView(count, [{ by: 2 }])
        .when({ by: 3 })
        .thenState(5),
    ).toBe(5);
  });
  it("fails with the differences when the state is not the expected one", () => {
    expect(() =>
      givenView(count, [{ by: 2 }])
        .when({ by: 3 })
        .thenState(6),
    ).toThrow(/differs/);
  });
  it("fails when a check on the state returns false", () => {
    expect(() =>
      givenView(count)
        .when({ by: 1 })
        .thenState((n) => n > 1),
    ).toThrow(/check/);
  });
  it("compares what a query on the state returns", () => {
    const double = (n: number) => n * 2;
    expect(
      givenView(count, [{ by: 2 }])
        .when({ by: 1 })
        .thenQuery(double, 6),
    ).toBe(6);
    expect(() => givenView(count).when({ by: 1 }).thenQuery(double, 3)).toThrow(/query.*differs/);
  });
});
