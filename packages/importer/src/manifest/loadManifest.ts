import { basename, dirname, resolve } from "node:path";
import { HOURS, type UnitKind, decodeProblems, normaliseResultArea } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import { parseBoundedJson } from "../source/boundedJson";
import { MAX_MANIFEST_BYTES } from "../source/limits";
import { readRegularFile } from "../source/readRegularFile";
import type { UnreadableInput } from "../table/readTable";
import {
  Manifest,
  type ManifestAnnex,
  type ManifestBudget,
  type ManifestCostLines,
  type ManifestEffectForms,
  type ManifestExpectedResults,
  type ManifestFrame,
  type ManifestGoalTable,
  type ManifestPlanning,
  type ManifestPolicyFrame,
  type ManifestResultArea,
  type ManifestServices,
  type ManifestSummary,
  type ManifestTable,
} from "./manifest";

/** A decoded manifest with its location resolved, ready to read tables from. */
export interface LoadedManifest {
  readonly path: string;
  readonly name: string;
  readonly directory: string;
  readonly bytes: Uint8Array;
  readonly manifest: Manifest;
  readonly unit: UnitKind;
  readonly resultAreas: readonly ManifestResultArea[];
  readonly annexes: readonly ManifestAnnex[];
  readonly budgets: readonly ManifestBudget[];
  readonly costLines: readonly ManifestCostLines[];
  readonly contributions: readonly ManifestTable[];
  readonly printedTotals: readonly ManifestTable[];
  readonly expectedResults: readonly ManifestExpectedResults[];
  readonly effectForms: readonly ManifestEffectForms[];
  readonly goalTables: readonly ManifestGoalTable[];
  readonly services: readonly ManifestServices[];
  readonly frames: readonly ManifestFrame[];
  readonly summaries: readonly ManifestSummary[];
  readonly policyFrames: readonly ManifestPolicyFrame[];
  readonly plannings: readonly ManifestPlanning[];
}

const duplicates = (values: readonly string[]): string[] => {
  const seen = new Set<string>();
  return values.filter((v) => {
    if (seen.has(v)) return true;
    seen.add(v);
    return false;
  });
};

/** Reads, parses and decodes a manifest. Every problem names the path in the JSON and the value found. */
export const loadManifest = async (
  manifestPath: string,
): Promise<E.Either<UnreadableInput[], LoadedManifest>> => {
  const path = resolve(manifestPath);
  const name = basename(path);
  const read = await readRegularFile(path, manifestPath, MAX_MANIFEST_BYTES, "the manifest limit");
  if (E.isLeft(read)) {
    const { file, message, reason } = read.left;
    return E.left([
      reason === "missing" ? { file, message: `${manifestPath}: no such manifest` } : { file, message },
    ]);
  }
  const bytes = read.right;
  const json = parseBoundedJson(new TextDecoder().decode(bytes), name, 4);
  if (E.isLeft(json)) return E.left([json.left]);
  const decoded = Manifest.decode(json.right);
  if (E.isLeft(decoded)) {
    return E.left(
      decodeProblems(decoded.left).map((p) => ({ file: name, message: `${name}: ${p.message}` })),
    );
  }
  const manifest = decoded.right;
  const codes = manifest.resultAreas.map((r) => normaliseResultArea(r.code));
  const dup = duplicates(codes);
  if (dup.length > 0) {
    return E.left([
      { file: name, message: `${name}: at resultAreas: result area ${dup[0]} is listed twice` },
    ]);
  }
  return E.right({
    path,
    name,
    directory: dirname(path),
    bytes,
    manifest,
    unit: manifest.unit ?? HOURS,
    resultAreas: manifest.resultAreas,
    annexes: manifest.districtAnnexes ?? [],
    budgets: manifest.budgets ?? [],
    costLines: manifest.costLines ?? [],
    contributions: manifest.contributions ?? [],
    printedTotals: manifest.printedTotals ?? [],
    expectedResults: manifest.expectedResults ?? [],
    effectForms: manifest.effectForms ?? [],
    goalTables: manifest.goalTables ?? [],
    services: manifest.services ?? [],
    frames: manifest.frames ?? [],
    summaries: manifest.summaries ?? [],
    policyFrames: manifest.policyFrames ?? [],
    plannings: manifest.plannings ?? [],
  });
};
