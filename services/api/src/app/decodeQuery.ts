import { decodeProblems } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type * as t from "io-ts";
import { problem } from "../problems/problem";

/**
 * A request's query decoded by its codec, or 400 naming each parameter (`query limit`) and its
 * value. `allowed`: the parameters the route reads; any other is a mistake, not ignored.
 */
export const decodeQuery = <A>(
  codec: t.Type<A, unknown, unknown>,
  query: Record<string, unknown>,
  allowed: readonly string[],
  why: string,
): A => {
  const unread = Object.keys(query).filter((name) => !allowed.includes(name));
  const decoded = codec.decode(query);
  const problems = [
    ...unread.map((name) => ({
      path: `query ${name}`,
      value: query[name] ?? null,
      message: `not a parameter ${why} reads (${allowed.join(", ")})`,
    })),
    ...(E.isLeft(decoded)
      ? decodeProblems(decoded.left).map((p) => ({
          path: `query ${p.path}`,
          value: p.found ?? null,
          message: p.message,
        }))
      : []),
  ];
  if (problems.length > 0 || E.isLeft(decoded))
    throw problem("invalid-request", problems.map((p) => `${p.path}: ${p.message}`).join("; "), {
      problems,
    });
  return decoded.right;
};
