import * as E from "fp-ts/Either";
import type { DecodeProblem } from "../codec/decodeError";
import { upcastReallocationApprovedV1, upcastReallocationRequestedV1 } from "./reallocation";
import { upcastResultReportedV1 } from "./resultReported";

/**
 * Turns the `data` of an event at `fromVersion` into the data of `fromVersion + 1`.
 * Returns problems when the old data is itself malformed.
 */
export type Upcaster = (data: unknown) => E.Either<DecodeProblem[], unknown>;

const registry = new Map<string, Upcaster>();
const keyOf = (type: string, fromVersion: number) => `${type}@${fromVersion}`;

/** Registers the step from `fromVersion` to `fromVersion + 1`. Registering a step twice is a programming error. */
export const registerUpcaster = (type: string, fromVersion: number, upcaster: Upcaster): void => {
  const key = keyOf(type, fromVersion);
  if (registry.has(key)) throw new Error(`an upcaster for ${type} v${fromVersion} is already registered`);
  registry.set(key, upcaster);
};

export const upcasterFor = (type: string, fromVersion: number): Upcaster | undefined =>
  registry.get(keyOf(type, fromVersion));

/**
 * Runs the chain of upcasters from `schemaVersion` up to `targetVersion`.
 * A missing step or a version from the future is a problem, never a guess.
 */
export const upcast = (
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
    const step = upcasterFor(type, v);
    if (step === undefined) {
      return E.left([
        problem(
          "schemaVersion",
          `an upcaster from v${v}`,
          schemaVersion,
          `no upcaster registered for ${type} v${v}`,
        ),
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

registerUpcaster("ResultReported", 1, upcastResultReportedV1);
registerUpcaster("ReallocationRequested", 1, upcastReallocationRequestedV1);
registerUpcaster("ReallocationApproved", 1, upcastReallocationApprovedV1);
