// The public surface of every published package (under packages/ and services/) as an API report
// (api/<package>[-<subpath>].api.md, <package> the name without its @grant-ledger/ scope), made by
// @microsoft/api-extractor from the built declarations (run `pnpm build` first).
// `--check` fails when a report differs from the checked-in one (CI); `--update` rewrites them.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { Extractor, ExtractorConfig } from "@microsoft/api-extractor";

const root = resolve(import.meta.dirname, "..");
const update = process.argv.includes("--update");
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt === -1 ? undefined : process.argv[onlyAt + 1];
let failed = false;

const folders = ["packages", "services"].flatMap((parent) =>
  readdirSync(join(root, parent)).map((dir) => ({ dir, folder: join(root, parent, dir) })),
);
for (const { dir, folder } of folders) {
  const pkg = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
  if (pkg.private === true || pkg.publishConfig?.exports === undefined) continue;
  const base = pkg.name.replace(/^@grant-ledger\//, "");
  // `--only core` (a folder under packages/ or services/, or the unscoped name): one package's
  // reports, after building only it.
  if (only !== undefined && dir !== only && base !== only) continue;
  for (const [subpath, entry] of Object.entries(pkg.publishConfig.exports)) {
    const name = `${base}${subpath === "." ? "" : `-${subpath.slice(2).replaceAll("/", "-")}`}`;
    const config = ExtractorConfig.prepare({
      configObject: {
        projectFolder: folder,
        mainEntryPointFilePath: join(folder, entry.types),
        compiler: {
          overrideTsconfig: { compilerOptions: { lib: ["ES2023"], types: ["node"], skipLibCheck: true } },
        },
        apiReport: {
          enabled: true,
          reportFileName: `${name}.api.md`,
          reportFolder: join(root, "api"),
          reportTempFolder: join(root, "node_modules/.cache/api-extractor"),
        },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        messages: {
          extractorMessageReporting: {
            default: { logLevel: "none" },
            "ae-missing-release-tag": { logLevel: "none" },
          },
          compilerMessageReporting: { default: { logLevel: "warning" } },
          tsdocMessageReporting: { default: { logLevel: "none" } },
        },
      },
      configObjectFullPath: join(folder, "api-extractor.json"),
      packageJsonFullPath: join(folder, "package.json"),
    });
    const result = Extractor.invoke(config, { localBuild: update, showVerboseMessages: false });
    if (!result.succeeded || (!update && result.apiReportChanged)) {
      console.error(
        `api report of ${pkg.name}${subpath === "." ? "" : subpath} differs: pnpm build && pnpm api:update`,
      );
      failed = true;
    } else console.log(`${name}.api.md ${result.apiReportChanged ? "updated" : "unchanged"}`);
  }
}
process.exitCode = failed ? 1 : 0;
