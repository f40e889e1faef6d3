import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The publish shape of every workspace package (docs/packaging.md), read from the package.json
// files alone: a fast guard for what `run.sh` proves slowly by packing and installing.
const root = fileURLToPath(new URL("../../", import.meta.url));

interface Manifest {
  readonly name?: string;
  readonly version?: string;
  readonly private?: boolean;
  readonly license?: string;
  readonly engines?: { readonly node?: string };
  readonly repository?: { readonly url?: string; readonly directory?: string };
  readonly files?: readonly string[];
  readonly exports?: unknown;
  readonly bin?: unknown;
  readonly publishConfig?: { readonly exports?: unknown; readonly bin?: unknown };
}

const read = (folder: string): Manifest =>
  JSON.parse(readFileSync(join(root, folder, "package.json"), "utf8"));

/** The folders pnpm-workspace.yaml names (`- "packages/*"` lines; one level of `*` is all it uses). */
const workspaceFolders = (): string[] => {
  const globs = [
    ...readFileSync(join(root, "pnpm-workspace.yaml"), "utf8").matchAll(/^\s*-\s*"?([^"\s]+)"?/gm),
  ];
  return globs.flatMap(([, glob]) => {
    if (!glob!.endsWith("/*")) return [glob!];
    const parent = glob!.slice(0, -2);
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(root, parent, d.name, "package.json")))
      .map((d) => `${parent}/${d.name}`);
  });
};

const inDist = (path: unknown): boolean => typeof path === "string" && path.startsWith("./dist/");

/** What the packed package.json's `exports` says: each entry with `types` and `import` in dist/. */
const exportProblems = (exports: unknown): string[] => {
  if (typeof exports !== "object" || exports === null) return ["publishConfig.exports is missing"];
  return Object.entries(exports).flatMap(([subpath, entry]) => {
    if (typeof entry !== "object" || entry === null)
      return [`exports "${subpath}" is a bare path, not { types, import }`];
    const { types, import: esm, ...others } = entry as Record<string, unknown>;
    return [
      ...(types === undefined ? [`exports "${subpath}" has no types`] : []),
      ...(esm === undefined ? [`exports "${subpath}" has no import`] : []),
      ...Object.entries({ types, import: esm, ...others })
        .filter(([, path]) => path !== undefined && !inDist(path))
        .map(([condition, path]) => `exports "${subpath}" ${condition} points outside dist: ${String(path)}`),
    ];
  });
};

const binProblems = (bin: unknown): string[] =>
  bin === undefined || typeof bin !== "object" || bin === null
    ? []
    : Object.entries(bin)
        .filter(([, path]) => !inDist(path))
        .map(([name, path]) => `bin ${name} points outside dist: ${String(path)}`);

const packageProblems = (folder: string, m: Manifest, version: string | undefined): string[] => [
  ...(m.version !== version ? [`version ${m.version}, the root's is ${version}`] : []),
  ...(m.private === true ? ["private (only the workspace root is)"] : []),
  ...(m.license === undefined ? ["no license"] : []),
  ...(m.engines?.node === undefined ? ["no engines.node"] : []),
  ...(m.repository?.url === undefined ? ["no repository.url"] : []),
  ...(m.repository?.directory !== folder ? [`repository.directory is not ${folder}`] : []),
  ...(m.files === undefined ? ["no files"] : m.files.includes("dist") ? [] : ["files lacks dist"]),
  ...exportProblems(m.publishConfig?.exports),
  // A bin in the workspace runs the sources; the packed one must run the build.
  ...(m.bin === undefined ? [] : m.publishConfig?.bin === undefined ? ["bin without publishConfig.bin"] : []),
  ...binProblems(m.publishConfig?.bin),
];

describe("workspace package.json files (the publish shape)", () => {
  const rootManifest = read(".");
  const folders = workspaceFolders();

  it("finds the packages and the service", () => {
    expect(folders).toContain("packages/core");
    expect(folders).toContain("services/api");
  });

  it("the root is private and the only private one", () => {
    expect(rootManifest.private).toBe(true);
    expect(rootManifest.license).toBeDefined();
    expect(rootManifest.engines?.node).toBeDefined();
  });

  it("every other package is publishable: one version, license, engines, repository, files, exports and bins in dist/ with types", () => {
    const problems = folders.flatMap((folder) =>
      packageProblems(folder, read(folder), rootManifest.version).map((p) => `${folder}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it("names each problem it finds", () => {
    const broken: Manifest = {
      version: "0.2.0",
      private: true,
      exports: { ".": "./src/index.ts" },
      bin: { tool: "./src/main.ts" },
      publishConfig: { exports: { ".": { import: "./src/index.js" }, "./x": "./dist/x.js" } },
    };
    expect(packageProblems("packages/x", broken, "0.1.0")).toEqual([
      "version 0.2.0, the root's is 0.1.0",
      "private (only the workspace root is)",
      "no license",
      "no engines.node",
      "no repository.url",
      "repository.directory is not packages/x",
      "no files",
      'exports "." has no types',
      'exports "." import points outside dist: ./src/index.js',
      'exports "./x" is a bare path, not { types, import }',
      "bin without publishConfig.bin",
    ]);
  });
});
