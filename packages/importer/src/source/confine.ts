import { realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import * as E from "fp-ts/Either";
import type { UnreadableInput } from "../table/readTable";

const lies = (root: string, path: string): boolean => {
  const r = relative(root, path);
  return r === "" || (!r.startsWith("..") && !isAbsolute(r));
};

/**
 * Resolves a table path of a manifest (relative to `directory`) to the real file it names and
 * checks that it lies under `root`, both with symbolic links resolved: `../../etc/passwd`, an
 * absolute path or a link pointing out of the folder is refused, never read.
 */
export const confinedPath = async (
  directory: string,
  file: string,
  root: string,
): Promise<E.Either<UnreadableInput, string>> => {
  const refuse = (message: string) => E.left({ file, message: `${file}: ${message}` });
  const wanted = resolve(directory, file);
  let real: string;
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return refuse(`the folder tables must lie under (${root}) does not exist`);
  }
  try {
    real = await realpath(wanted);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return refuse(
      code === "ENOENT" ? `no such file (${wanted})` : `cannot resolve ${wanted} (${code ?? String(error)})`,
    );
  }
  if (!lies(realRoot, real))
    return refuse(
      `${wanted} lies outside ${realRoot}; tables are read only from under the manifest's folder (--tables-under <dir> allows another)`,
    );
  return E.right(real);
};
