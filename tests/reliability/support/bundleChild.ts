import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
/** Resolved as the store resolves it: the native module stays where its binary is. */
const betterSqlite3 = createRequire(join(root, "packages", "store-sqlite", "package.json")).resolve(
  "better-sqlite3",
);

/**
 * Bundles a child process's TypeScript entry (and the workspace packages it imports) into one
 * ES module at `outfile`, for probes that start a process many times: under tsx every start
 * spends about 2 s transforming and resolving the workspace (more on a busy machine); the
 * bundle starts in a fraction of that. The code is the same, only transformed once.
 * better-sqlite3 is left out (it loads its native binary relative to itself) and imported
 * from its installed place.
 */
export const bundleChild = async (entry: string, outfile: string): Promise<string> => {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "error",
    plugins: [
      {
        name: "installed-better-sqlite3",
        setup: (b) => {
          b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: betterSqlite3, external: true }));
        },
      },
    ],
  });
  return outfile;
};
