import {
  Command,
  type DomainError,
  type DomainEvent,
  agreementDecider,
  decodeEvent,
  encodeEvent,
  eventCodecs,
} from "@grant-ledger/core";
import * as E from "fp-ts/Either";

/** Why the domain would not take the documents' agreement: the command and the rule. */
export interface ImportRefusal {
  readonly command: string;
  readonly error: DomainError | undefined;
  readonly message: string;
}

const refused = (command: string, message: string, error?: DomainError): E.Either<ImportRefusal, never> =>
  E.left({ command, error, message });

/**
 * Runs the import's commands through the agreement decider in memory, as `import` writes them
 * and as `reconcile` checks them: the one validation both use. A command the codec refuses, a
 * domain error, or an event that would not be read back is a refusal, never an exception.
 */
export const decideImport = (commands: readonly Command[]): E.Either<ImportRefusal, DomainEvent[]> => {
  let state = agreementDecider.initialState;
  const events: DomainEvent[] = [];
  for (const command of commands) {
    // Built by the importer from decoded input, but checked as any edge would check it.
    const valid: unknown = command;
    if (!Command.is(valid)) return refused(command.type, `${command.type} is not a valid command`);
    const decided = agreementDecider.decide(command, state);
    if (E.isLeft(decided)) {
      return refused(command.type, `${command.type} refused: ${decided.left.message}`, decided.left);
    }
    for (const e of decided.right) {
      // What is appended must decode again; checked before encoding, which would throw.
      if (!eventCodecs[e.type].is(e) || E.isLeft(decodeEvent(encodeEvent(e)))) {
        return refused(command.type, `${command.type} would record a ${e.type} that cannot be read back`);
      }
      state = agreementDecider.evolve(state, e);
      events.push(e);
    }
  }
  return E.right(events);
};
