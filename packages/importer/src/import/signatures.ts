import { readFile } from "node:fs/promises";
import { Signature, decodeProblems } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import type { UnreadableInput } from "../table/readTable";

/** `--sign <file>`: one signatory per party. */
export const SignaturesFile = t.type({ municipality: Signature, provider: Signature }, "SignaturesFile");
export type SignaturesFile = t.TypeOf<typeof SignaturesFile>;

export const loadSignatures = async (path: string): Promise<E.Either<UnreadableInput[], SignaturesFile>> => {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    return E.left([
      { file: path, message: code === "ENOENT" ? `${path}: no such signatures file` : String(error) },
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return E.left([
      {
        file: path,
        message: `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
  return E.mapLeft((errors: t.Errors) =>
    decodeProblems(errors).map((p) => ({ file: path, message: `${path}: ${p.message}` })),
  )(SignaturesFile.decode(json));
};
