import { type Position, PositionCodec, decodeProblems } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import { problem } from "../problems/problem";

/** `resultArea/workType/district` (or fewer parts, for a row or a result area) as a position. */
export const positionOfKey = (key: string): E.Either<string, Position> => {
  const [resultArea, workType, district, ...rest] = key.split("/");
  if (rest.length > 0) return E.left("at most three parts");
  const decoded = PositionCodec.decode({
    resultArea,
    ...(workType === undefined ? {} : { workType }),
    ...(district === undefined ? {} : { district }),
  });
  return E.isRight(decoded)
    ? E.right(decoded.right)
    : E.left(
        decodeProblems(decoded.left)
          .map((p) => p.message)
          .join("; "),
      );
};

/** The `{cell}` path parameter as a position, or 400 naming it. */
export const parsePositionKey = (key: string): Position => {
  const position = positionOfKey(key);
  if (E.isRight(position)) return position.right;
  throw problem("invalid-request", `cell ${JSON.stringify(key)}: ${position.left}`, {
    problems: [{ path: "path cell", value: key, message: position.left }],
  });
};
