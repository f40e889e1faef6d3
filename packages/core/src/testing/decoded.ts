import * as E from "fp-ts/Either";
import type * as t from "io-ts";
import { decodeProblems } from "../codec/decodeError";

/** A value of a codec from its JSON form, for tests and examples: throws with the problems if it does not decode. */
export const decoded = <A, O>(codec: t.Type<A, O, unknown>, json: unknown): A => {
  const r = codec.decode(json);
  if (E.isLeft(r))
    throw new Error(
      `${codec.name}: ${decodeProblems(r.left)
        .map((p) => p.message)
        .join("; ")}`,
    );
  return r.right;
};
