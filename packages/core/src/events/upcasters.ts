import * as E from "fp-ts/Either";
import type { DecodeProblem } from "../codec/decodeError";

/**
 * Turns the `data` of an event at `fromVersion` into the data of `fromVersion + 1`.
 * Returns problems when the old data is itself malformed.
 */
export type Upcaster = (data: unknown) => E.Either<DecodeProblem[], unknown>;

/** One step of an event type's history: its `data` at `fromVersion` becomes that of `fromVersion + 1`. */
export interface UpcastStep {
  readonly type: string;
  readonly fromVersion: number;
  readonly upcast: Upcaster;
}

/** The steps a decoder may run, by event type and version; built from a list with `upcasterTable`. */
export type UpcasterTable = ReadonlyMap<string, Upcaster>;

const keyOf = (type: string, fromVersion: number) => `${type}@${fromVersion}`;

/**
 * The table a decoder is given. Two steps from the same version of one type is a programming
 * error in the list, reported when the table is built.
 */
export const upcasterTable = (steps: readonly UpcastStep[]): UpcasterTable => {
  const table = new Map<string, Upcaster>();
  for (const { type, fromVersion, upcast } of steps) {
    const key = keyOf(type, fromVersion);
    if (table.has(key)) throw new Error(`two upcasters for ${type} v${fromVersion}`);
    table.set(key, upcast);
  }
  return table;
};

/**
 * Runs the chain of upcasters from `schemaVersion` up to `targetVersion`.
 * A missing step or a version from the future is a problem, never a guess.
 */
export const upcast = (
  table: UpcasterTable,
  type: string,
  schemaVersion: number,
  data: unknown,
  targetVersion: number,
): E.Either<DecodeProblem[], unknown> => {
  if (schemaVersion > targetVersion) {
    return E.left([
      problem(
        "schemaVersion",
        `at most ${targetVersion}`,
        schemaVersion,
        `${type} v${schemaVersion} is newer than this library (v${targetVersion})`,
      ),
    ]);
  }
  let current: E.Either<DecodeProblem[], unknown> = E.right(data);
  for (let v = schemaVersion; v < targetVersion && E.isRight(current); v++) {
    const step = table.get(keyOf(type, v));
    if (step === undefined) {
      return E.left([
        problem("schemaVersion", `an upcaster from v${v}`, schemaVersion, `no upcaster for ${type} v${v}`),
      ]);
    }
    current = E.mapLeft((ps: DecodeProblem[]) => ps.map((p) => inData(p, `${type} v${v}`)))(
      step(current.right),
    );
  }
  return current;
};

// Upcasters see `data` only: report their problems at the event's path, naming the version read.
const inData = (p: DecodeProblem, version: string): DecodeProblem => {
  const path = p.path === "(root)" ? "data" : `data.${p.path}`;
  return { ...p, path, message: `${version}: ${p.message.replace(/^at [^:]*:/, `at ${path}:`)}` };
};

const problem = (path: string, expected: string, found: unknown, message: string): DecodeProblem => ({
  path,
  expected,
  found,
  message: `at ${path}: ${message}`,
});
