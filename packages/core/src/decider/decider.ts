import type { Either } from "fp-ts/Either";

/**
 * The decider pattern: everything an aggregate does, as three pure values.
 * `decide` never throws for a business reason: refusals are `Left` values.
 */
export interface Decider<Command, Event, State, Error> {
  readonly initialState: State;
  readonly decide: (command: Command, state: State) => Either<Error, readonly Event[]>;
  readonly evolve: (state: State, event: Event) => State;
}

/** Folds events into state with a decider's `evolve`. */
export const fold = <Event, State>(
  evolve: (state: State, event: Event) => State,
  initialState: State,
  events: Iterable<Event>,
): State => {
  let state = initialState;
  for (const e of events) state = evolve(state, e);
  return state;
};
