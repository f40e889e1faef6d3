import * as E from "fp-ts/Either";
import { type Decider, fold } from "../decider/decider";
import { assertionError, describeDifferences, differences, show } from "./diff";

export interface Outcome<C, Ev, S, Err> {
  /** The state the command was decided against. */
  readonly stateBefore: S;
  /** What `decide` returned. */
  readonly result: E.Either<Err, readonly Ev[]>;
  /** Asserts the command was accepted with exactly these events (deep equality). */
  then(expected: readonly Ev[]): Outcome<C, Ev, S, Err>;
  /** Asserts the command was accepted and the events satisfy a check (return false or throw to fail). */
  thenEvents(check: (events: readonly Ev[]) => boolean | undefined): Outcome<C, Ev, S, Err>;
  /** Asserts the command was refused with this `_tag`, or an error satisfying the predicate. */
  thenFails(expected: string | ((error: Err) => boolean)): Err;
  /**
   * Asserts the state after folding the emitted events: a partial state (each given member is
   * compared deeply), or a check on the whole state.
   */
  thenState(expected: Partial<S> | ((state: S) => boolean | undefined)): S;
}

const fail = (message: string, expected?: unknown, actual?: unknown): never => {
  throw assertionError(message, expected, actual);
};

const tagOf = (e: unknown): string =>
  typeof e === "object" && e !== null && "_tag" in e ? String((e as { _tag: unknown })._tag) : show(e);

const messageOf = (e: unknown): string =>
  typeof e === "object" && e !== null && "message" in e
    ? `: ${String((e as { message: unknown }).message)}`
    : "";

/**
 * given/when/then for any decider, independent of the test framework: failures throw an
 * AssertionError-like error with a readable list of differences.
 *
 *   given(agreementDecider, signedEvents).when(request).then([expectedEvent]);
 *   given(agreementDecider, signedEvents).when(request).thenFails("InsufficientUnits");
 */
export const given = <C, Ev, S, Err>(
  decider: Decider<C, Ev, S, Err>,
  events: readonly NoInfer<Ev>[] = [],
) => {
  const state = fold(decider.evolve, decider.initialState, events);
  return {
    state,
    when(command: C): Outcome<C, Ev, S, Err> {
      const result = decider.decide(command, state);
      const accepted = (): readonly Ev[] =>
        E.isRight(result)
          ? result.right
          : fail(
              `expected the command to be accepted, but it was refused with ${tagOf(result.left)}${messageOf(result.left)}`,
            );
      const outcome: Outcome<C, Ev, S, Err> = {
        stateBefore: state,
        result,
        // biome-ignore lint/suspicious/noThenProperty: given/when/then is the documented vocabulary; awaiting is handled below.
        then(expected) {
          // Awaiting an outcome (or returning it from an async test) calls then(resolve, reject): resolve, assert nothing.
          if (typeof expected === "function") {
            (expected as (v: undefined) => void)(undefined);
            return outcome;
          }
          const actual = accepted();
          const diffs = differences(expected, actual);
          if (diffs.length > 0)
            fail(
              `the events differ from what was expected:\n${describeDifferences(diffs)}`,
              expected,
              actual,
            );
          return outcome;
        },
        thenEvents(check) {
          if (check(accepted()) === false) fail(`the events do not pass the check: ${show(accepted())}`);
          return outcome;
        },
        thenFails(expected) {
          if (E.isRight(result)) {
            return fail(
              `expected the command to be refused${typeof expected === "string" ? ` with ${expected}` : ""}, but it was accepted with ${show(result.right)}`,
            );
          }
          const error = result.left;
          if (typeof expected === "string" ? tagOf(error) !== expected : !expected(error)) {
            fail(
              `expected the command to be refused ${typeof expected === "string" ? `with ${expected}` : "with an error passing the check"}, but it was refused with ${tagOf(error)}${messageOf(error)}`,
              expected,
              error,
            );
          }
          return error;
        },
        thenState(expected) {
          const after = fold(decider.evolve, state, accepted());
          if (typeof expected === "function") {
            if (expected(after) === false) fail("the state after the command does not pass the check");
            return after;
          }
          const diffs = differences(expected, pick(after, Object.keys(expected)));
          if (diffs.length > 0)
            fail(`the state after the command differs:\n${describeDifferences(diffs)}`, expected, after);
          return after;
        },
      };
      return outcome;
    },
  };
};

const pick = <S>(state: S, keys: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(keys.map((k) => [k, (state as Record<string, unknown>)[k]]));
