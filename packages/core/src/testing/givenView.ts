import { assertionError, describeDifferences, differences } from "./diff";

/** A read model as a pure fold: what a view starts from and how one event changes it. */
export interface ViewFold<S, Ev> {
  readonly initialState: S;
  readonly evolve: (state: S, event: Ev) => S;
}

/**
 * given/when/then for views, independent of the test framework:
 *
 *   givenView(register, [proposed]).when(signed).then(expectedState);
 *   givenView(register, [proposed]).when(signed).thenState((s) => s.size === 1);
 *   givenView(history, [proposed]).when(signed).thenQuery((s) => historyOf(s, "2/OBW/Velden"), expectedRows);
 *
 * `thenQuery` is for views whose state is kept for lookups (rows keyed for a store) and read
 * through a query: it compares what the query returns instead of the whole state.
 */
export const givenView = <S, Ev>(view: ViewFold<S, Ev>, events: readonly NoInfer<Ev>[] = []) => {
  const state = events.reduce(view.evolve, view.initialState);
  return {
    state,
    when(...more: readonly NoInfer<Ev>[]) {
      const after = more.reduce(view.evolve, state);
      return {
        stateBefore: state,
        state: after,
        /** Asserts the whole state after the events (deep equality), or a check on it. */
        thenState(expected: S | ((s: S) => boolean | undefined)): S {
          if (typeof expected === "function") {
            if ((expected as (s: S) => boolean | undefined)(after) === false)
              throw assertionError("the view after the events does not pass the check");
            return after;
          }
          const diffs = differences(expected, after);
          if (diffs.length > 0)
            throw assertionError(
              `the view after the events differs:\n${describeDifferences(diffs)}`,
              expected,
              after,
            );
          return after;
        },
        /** Asserts what a query on the state after the events returns (deep equality). */
        thenQuery<R>(query: (s: S) => R, expected: R): R {
          const actual = query(after);
          const diffs = differences(expected, actual);
          if (diffs.length > 0)
            throw assertionError(
              `the query on the view after the events differs:\n${describeDifferences(diffs)}`,
              expected,
              actual,
            );
          return actual;
        },
      };
    },
  };
};
