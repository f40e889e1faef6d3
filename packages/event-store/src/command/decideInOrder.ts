import type { Decider } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type { CommandWithMetadata, HandleOptions, HandlerError } from "./types";

export interface DecidedBatch<Ev, S> {
  /** The state the last command left. */
  readonly state: S;
  readonly decided: readonly Ev[];
  /** For each decided event, the index of the command that produced it. */
  readonly origins: readonly number[];
  /** The revision of each command's first event (commands that decided nothing have none). */
  readonly firsts: Map<string, bigint>;
}

/**
 * Each command of a batch decides on the state the one before it left, after the caller's
 * `beforeDecide` hook; the first refusal (the hook's or the domain's) stops the batch.
 */
export const decideInOrder = async <C extends CommandWithMetadata, Ev, S, DomainErr>(
  decider: Pick<Decider<C, Ev, S, DomainErr>, "decide" | "evolve">,
  commands: readonly C[],
  initial: S,
  base: bigint,
  beforeDecide: HandleOptions<C, S, unknown>["beforeDecide"],
): Promise<
  E.Either<
    Extract<HandlerError<DomainErr, never, unknown>, { _tag: "Refused" | "DomainError" }>,
    DecidedBatch<Ev, S>
  >
> => {
  let state = initial;
  const decided: Ev[] = [];
  const origins: number[] = [];
  const firsts = new Map<string, bigint>();
  for (const [commandIndex, command] of commands.entries()) {
    const allowed = beforeDecide === undefined ? E.right(undefined) : await beforeDecide(command, state);
    if (E.isLeft(allowed)) return E.left({ _tag: "Refused", error: allowed.left, commandIndex });
    const events = decider.decide(command, state);
    if (E.isLeft(events)) return E.left({ _tag: "DomainError", error: events.left, commandIndex });
    if (events.right.length > 0) firsts.set(command.metadata.commandId, base + BigInt(decided.length));
    for (const event of events.right) {
      state = decider.evolve(state, event);
      decided.push(event);
      origins.push(commandIndex);
    }
  }
  return E.right({ state, decided, origins, firsts });
};
