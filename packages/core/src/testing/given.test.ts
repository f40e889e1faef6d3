import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import type { Decider } from "../decider/decider";
import { decimal } from "../quantity/decimal";
import { deepEqual, differences, show } from "./diff";
import { given } from "./given";

// A decider unrelated to agreements: the helper works for any decider.
type CounterCommand = { type: "add"; by: number };
type CounterEvent = { type: "added"; by: number };
type CounterError = { _tag: "TooMuch"; message: string };
const counter: Decider<
  CounterCommand,
  CounterEvent,
  { total: number; seen: ReadonlySet<number> },
  CounterError
> = {
  initialState: { total: 0, seen: new Set() },
  decide: (c, s) =>
    s.total + c.by > 10
      ? E.left({ _tag: "TooMuch", message: `${s.total} + ${c.by} exceeds 10` })
      : E.right([{ type: "added", by: c.by }]),
  evolve: (s, e) => ({ total: s.total + e.by, seen: new Set([...s.seen, e.by]) }),
};

const thrown = (f: () => unknown): Error => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a failure");
};

describe("given/when/then", () => {
  it("passes when the events and state match", () => {
    given(counter, [{ type: "added", by: 4 }])
      .when({ type: "add", by: 3 })
      .then([{ type: "added", by: 3 }])
      .thenState({ total: 7, seen: new Set([4, 3]) });
    expect(given(counter, []).when({ type: "add", by: 11 }).thenFails("TooMuch").message).toBe(
      "0 + 11 exceeds 10",
    );
    given(counter, [])
      .when({ type: "add", by: 11 })
      .thenFails((e) => e.message.includes("exceeds"));
  });

  it("fails with a readable list of differences", () => {
    const error = thrown(() =>
      given(counter, [])
        .when({ type: "add", by: 3 })
        .then([{ type: "added", by: 4 }]),
    );
    expect(error.name).toBe("AssertionError");
    expect(error.message).toBe(
      "the events differ from what was expected:\n  at [0].by:\n    expected 4\n    actual   3",
    );
    const missing = thrown(() => given(counter, []).when({ type: "add", by: 3 }).then([]));
    expect(missing.message).toContain("at [0]:\n    expected undefined");
  });

  it("fails when a refusal was expected but the command was accepted, and the other way round", () => {
    expect(
      thrown(() => given(counter, []).when({ type: "add", by: 1 }).thenFails("TooMuch")).message,
    ).toContain("expected the command to be refused with TooMuch, but it was accepted");
    expect(thrown(() => given(counter, []).when({ type: "add", by: 20 }).then([])).message).toBe(
      "expected the command to be accepted, but it was refused with TooMuch: 0 + 20 exceeds 10",
    );
    expect(
      thrown(() => given(counter, []).when({ type: "add", by: 20 }).thenFails("Other")).message,
    ).toContain("refused with TooMuch");
    expect(
      thrown(() =>
        given(counter, [])
          .when({ type: "add", by: 20 })
          .thenFails(() => false),
      ).message,
    ).toContain("passing the check");
  });

  it("fails when the state differs or a check returns false", () => {
    expect(
      thrown(() => given(counter, []).when({ type: "add", by: 2 }).thenState({ total: 3 })).message,
    ).toContain("at total:");
    expect(
      thrown(() =>
        given(counter, [])
          .when({ type: "add", by: 2 })
          .thenState({ seen: new Set([5]) }),
      ).message,
    ).toContain("at seen:");
    expect(
      thrown(() =>
        given(counter, [])
          .when({ type: "add", by: 2 })
          .thenState(() => false),
      ).message,
    ).toContain("does not pass");
    expect(
      thrown(() =>
        given(counter, [])
          .when({ type: "add", by: 2 })
          .thenEvents(() => false),
      ).message,
    ).toContain("do not pass");
  });

  it("is harmless to await", async () => {
    // Returning an outcome from an async test makes the runner await it.
    const awaited: unknown = given(counter, []).when({ type: "add", by: 1 });
    await awaited;
    const outcome = given(counter, []).when({ type: "add", by: 1 });
    expect(outcome.result).toEqual(E.right([{ type: "added", by: 1 }]));
    expect(outcome.stateBefore.total).toBe(0);
  });
});

describe("differences", () => {
  it("compares maps, sets, bigints and decimals by content", () => {
    expect(deepEqual(new Map([["a", { x: 1n }]]), new Map([["a", { x: 1n }]]))).toBe(true);
    expect(differences(new Map([["a", 1]]), new Map([["b", 1]])).map((d) => d.path)).toEqual([
      '.get("a")',
      '.get("b")',
    ]);
    expect(deepEqual(new Set([1, 2]), new Set([2, 1]))).toBe(true);
    expect(deepEqual({ a: undefined }, {})).toBe(true);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
    expect(deepEqual(decimal(125, 1), decimal(1250, 2))).toBe(true);
    expect(show({ amount: decimal(125, 1), cents: 7755n, kinds: new Set(["hours"]) })).toBe(
      '{ amount: decimal(12.5), cents: 7755n, kinds: Set {"hours"} }',
    );
  });
});
