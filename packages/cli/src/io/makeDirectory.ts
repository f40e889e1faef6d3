import { mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * Creates `path` and its missing parents one level at a time. Node's `mkdir({ recursive: true })`
 * loops for ever where the kernel answers ENOENT for a parent that exists (e.g. `/proc/kg`);
 * one plain mkdir per level fails at once with the path that could not be made.
 */
export const makeDirectory = async (path: string): Promise<void> => {
  const missing: string[] = [];
  let at = path;
  while (!(await exists(at))) {
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const dir of missing) await mkdir(dir);
};

const exists = async (path: string): Promise<boolean> => {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
};
