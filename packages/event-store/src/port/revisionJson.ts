import type * as E from "fp-ts/Either";
import * as t from "io-ts";

const CANONICAL_DECIMAL = /^(0|[1-9]\d*)$/;

/**
 * The JSON form of a stream revision or a global position: JSON has no bigint, and a number
 * loses precision past 2^53, so both travel as a canonical decimal string ("0", "42", never
 * "042", "-1" or "1e3"). One codec for every boundary that writes them (wire, files, reports).
 */
export const RevisionFromString = new t.Type<bigint, string, unknown>(
  "RevisionFromString",
  (u): u is bigint => typeof u === "bigint" && u >= 0n,
  (u, c) => (typeof u === "string" && CANONICAL_DECIMAL.test(u) ? t.success(BigInt(u)) : t.failure(u, c)),
  (revision) => revision.toString(10),
);

/** A revision or global position as JSON: `encodeRevision(12n) === "12"`. */
export const encodeRevision = (revision: bigint): string => RevisionFromString.encode(revision);

/** Reads the JSON form back; anything but a canonical non-negative decimal string is refused. */
export const decodeRevision = (json: unknown): E.Either<t.Errors, bigint> => RevisionFromString.decode(json);
