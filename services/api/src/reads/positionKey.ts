import { type Position, PositionCodec, decodeProblems } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import { problem } from "../problems/problem";

/** `resultArea/workType/district` (or fewer parts, for a row or a result area) as a position. */
export const parsePositionKey = (key: string): Position => {
  const [resultArea, workType, district, ...rest] = key.split("/");
  const raw = {
    resultArea,
    ...(workType === undefined ? {} : { workType }),
    ...(district === undefined ? {} : { district }),
  };
  const decoded = rest.length > 0 ? undefined : PositionCodec.decode(raw);
  if (decoded !== undefined && E.isRight(decoded)) return decoded.right;
  const message =
    decoded === undefined
      ? "at most three parts"
      : decodeProblems(decoded.left)
          .map((p) => p.message)
          .join("; ");
  throw problem("invalid-request", `cell ${JSON.stringify(key)}: ${message}`, {
    problems: [{ path: "path cell", value: key, message }],
  });
};
