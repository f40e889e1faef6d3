import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { type Decider, fold } from "./decider";

describe("fold", () => {
  it("applies events in order from the initial state", () => {
    const list: Decider<string, string, readonly string[], never> = {
      initialState: [],
      decide: (c) => E.right([c]),
      evolve: (s, e) => [...s, e],
    };
    expect(fold(list.evolve, list.initialState, ["a", "b", "c"])).toEqual(["a", "b", "c"]);
    expect(fold(list.evolve, ["x"], [])).toEqual(["x"]);
    expect(list.initialState).toEqual([]);
  });
});
