import { type Options, defineConfig } from "tsup";

/**
 * One build for every library package (docs/packaging.md says why tsup): ESM only, one bundle
 * per public entry, declarations and source maps. Dependencies and peers stay external (tsup's
 * default), so packages import each other through their published entries.
 */
export const packageBuild = (entry: Record<string, string>, extra: Partial<Options> = {}) =>
  defineConfig({
    entry,
    format: ["esm"],
    target: "node20",
    platform: "node",
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: false,
    outDir: "dist",
    tsconfig: "../../tsconfig.build.json",
    ...extra,
  });
