import { Signature, decodeProblems } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { parseBoundedJson } from "../source/boundedJson";
import { MAX_SIGNATURES_BYTES } from "../source/limits";
import { readRegularFile } from "../source/readRegularFile";
import type { UnreadableInput } from "../table/readTable";

/** `--sign <file>`: one signatory per party. */
export const SignaturesFile = t.type({ municipality: Signature, provider: Signature }, "SignaturesFile");
export type SignaturesFile = t.TypeOf<typeof SignaturesFile>;

export const loadSignatures = async (path: string): Promise<E.Either<UnreadableInput[], SignaturesFile>> => {
  const read = await readRegularFile(path, path, MAX_SIGNATURES_BYTES, "the signatures file limit");
  if (E.isLeft(read)) {
    const { file, message, reason } = read.left;
    return E.left([
      reason === "missing" ? { file, message: `${path}: no such signatures file` } : { file, message },
    ]);
  }
  const json = parseBoundedJson(new TextDecoder().decode(read.right), path, 3);
  if (E.isLeft(json)) return E.left([json.left]);
  return E.mapLeft((errors: t.Errors) =>
    decodeProblems(errors).map((p) => ({ file: path, message: `${path}: ${p.message}` })),
  )(SignaturesFile.decode(json.right));
};
