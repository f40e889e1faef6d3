import {
  Command,
  type DecodeProblem,
  type EncodedCommand,
  decodeCommand,
  encodeCommand,
} from "@grant-ledger/core";
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
export const decodeInput = (
  input: unknown,
  commandIndex: number,
): E.Either<CommandDecodeError, { readonly command: Command; readonly encoded: EncodedCommand }> => {
  const wire = Command.is(input) ? encodeCommand(input) : undefined;
  const decoded = decodeCommand(wire ?? input);
  if (E.isLeft(decoded)) return E.left({ _tag: "CommandDecodeError", commandIndex, problems: decoded.left });
  // The encoded form (for the content digest): a decoded command's wire is already canonical.
  return E.right({ command: decoded.right, encoded: wire ?? encodeCommand(decoded.right) });
};
