import { readFile, stat } from "node:fs/promises";
import { decodeProblems } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type * as t from "io-ts";
import type { Messages } from "../messages/catalogue";
import type { CliFailure } from "../runner/cliFailure";

/** Input files are documents people write (a proposal, a round, a report), never bulk data. */
export const MAX_INPUT_FILE_BYTES = 8 * 1024 * 1024;

/**
 * Reads a JSON input file and decodes it with `codec`: a missing file, a directory, a file too
 * large, text that is not JSON and JSON that does not decode are each a `bad-file` naming the
 * path (and, for decoding, every problem's path in the file and the offending value).
 */
export const readInputFile = async <A, O>(
  path: string,
  codec: t.Type<A, O, unknown>,
  m: Messages,
): Promise<E.Either<CliFailure, A>> => {
  const bad = (message: string): E.Either<CliFailure, never> => E.left({ kind: "bad-file", path, message });
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) return bad(m.failure.fileUnreadable(info.isDirectory() ? "EISDIR" : "not a file"));
    if (info.size > MAX_INPUT_FILE_BYTES) return bad(m.failure.fileTooLarge(MAX_INPUT_FILE_BYTES));
    text = await readFile(path, "utf8");
  } catch (error) {
    return bad(m.failure.fileUnreadable((error as NodeJS.ErrnoException).code ?? String(error)));
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return bad(m.failure.fileNotJson((error as Error).message));
  }
  return E.mapLeft(
    (errors: t.Errors): CliFailure => ({
      kind: "bad-file",
      path,
      message: m.failure.fileDoesNotDecode(decodeProblems(errors).map((p) => p.message)),
    }),
  )(codec.decode(json));
};
