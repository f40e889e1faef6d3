import { basename, dirname, resolve } from "node:path";
import { HOURS, type UnitKind, decodeProblems, normaliseResultArea } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import { exceedsDepth } from "../source/jsonDepth";
import { MAX_JSON_DEPTH, MAX_MANIFEST_BYTES } from "../source/limits";
import { readRegularFile } from "../source/readRegularFile";
import type { UnreadableInput } from "../table/readTable";
import { Manifest, type ManifestAnnex, type ManifestBudget, type ManifestResultArea } from "./manifest";

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
}

const duplicates = (values: readonly string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);

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
  const text = new TextDecoder().decode(bytes);
  const tooDeep = exceedsDepth(text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    return E.left([
      {
        file: name,
        message: `${name}: nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects (at character ${tooDeep + 1}); a manifest needs 4`,
      },
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return E.left([
      {
        file: name,
        message: `${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
  const decoded = Manifest.decode(json);
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
  });
};
