// The public surface of every published package (under packages/ and services/) as an API report
// (api/<package>[-<subpath>].api.md, <package> the name without its @grant-ledger/ scope), made by
// @microsoft/api-extractor from the built declarations (run `pnpm build` first).
// `--check` fails when a report differs from the checked-in one (CI); `--update` rewrites them.
// Both sides are compared after sorting the members of every run of string literals in a union:
// TypeScript prints such a union in the order it happened to create the literal types, which is
// not stable between builds (`"forbid" | "allow"` in one, `"allow" | "forbid"` in the next).
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Extractor, ExtractorConfig } from "@microsoft/api-extractor";

const root = resolve(import.meta.dirname, "..");
const update = process.argv.includes("--update");
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt === -1 ? undefined : process.argv[onlyAt + 1];
const tempFolder = join(root, "node_modules/.cache/api-extractor");
let failed = false;

const literal = /"[^"\n]*"/g;
const literalRun = /"[^"\n]*"(?:\s*\|\s*"[^"\n]*")+/g;
const normalised = (report) =>
  report.replaceAll("\r\n", "\n").replace(literalRun, (run) => {
    const members = run.match(literal).sort();
    // A union broken over lines keeps its line breaks: only the members' order changes.
    const separators = run.split(literal).slice(1, -1);
    return members.reduce((text, member, i) => text + (i === 0 ? "" : separators[i - 1]) + member, "");
  });

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
        newlineKind: "lf",
        mainEntryPointFilePath: join(folder, entry.types),
        compiler: {
          overrideTsconfig: { compilerOptions: { lib: ["ES2023"], types: ["node"], skipLibCheck: true } },
        },
        apiReport: {
          enabled: true,
          reportFileName: `${name}.api.md`,
          reportFolder: join(root, "api"),
          reportTempFolder: tempFolder,
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
    const result = Extractor.invoke(config, {
      localBuild: false,
      showVerboseMessages: false,
      // The extractor's own comparison does not sort unions; ours below decides.
      messageCallback: (message) => {
        if (message.messageId === "console-api-report-not-copied") message.handled = true;
      },
    });
    const made = normalised(readFileSync(join(tempFolder, `${name}.api.md`), "utf8"));
    const reportFile = join(root, "api", `${name}.api.md`);
    const changed = !existsSync(reportFile) || normalised(readFileSync(reportFile, "utf8")) !== made;
    if (result.errorCount > 0 || (!update && changed)) {
      console.error(
        `api report of ${pkg.name}${subpath === "." ? "" : subpath} differs: pnpm build && pnpm api:update`,
      );
      failed = true;
    } else {
      if (update && (changed || readFileSync(reportFile, "utf8") !== made)) writeFileSync(reportFile, made);
      console.log(`${name}.api.md ${changed ? "updated" : "unchanged"}`);
    }
  }
}
process.exitCode = failed ? 1 : 0;
