import type { WriteFileOptions } from "node:fs";
import { writeFile } from "node:fs/promises";

/**
 * writeFile, but an error always names the file: Node leaves `path` off errors of the write
 * itself (ENOSPC, EIO), and the CLI's failure mapping names the path it is given.
 */
export const writeOutput = async (
  path: string,
  text: string,
  options: WriteFileOptions = {},
): Promise<void> => {
  try {
    await writeFile(path, text, options);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.path === undefined) Object.assign(e, { path });
    throw e;
  }
};
