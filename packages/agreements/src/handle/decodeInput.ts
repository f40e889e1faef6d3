import { Command, type DecodeProblem, decodeCommand, encodeCommand } from "@grant-ledger/core";
import * as E from "fp-ts/Either";

export interface CommandDecodeError {
  readonly _tag: "CommandDecodeError";
  readonly commandIndex: number;
  readonly problems: readonly DecodeProblem[];
}

/**
 * The first step of every command: wire JSON is decoded by the command codecs. An already
 * decoded command goes through its codec too (encoded, then decoded), so a literal built in
 * code is checked exactly as one that arrived over the wire.
 */
export const decodeInput = (input: unknown, commandIndex: number): E.Either<CommandDecodeError, Command> => {
  const wire = Command.is(input) ? encodeCommand(input) : input;
  return E.mapLeft((problems: DecodeProblem[]) => ({
    _tag: "CommandDecodeError" as const,
    commandIndex,
    problems,
  }))(decodeCommand(wire));
};
