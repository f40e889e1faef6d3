import type { ExpectedRevision, StreamRevision } from "../port";

/** Whether a stream at `actual` satisfies an append's expected revision. */
export const expectationMet = (expected: ExpectedRevision, actual: StreamRevision): boolean => {
  switch (expected) {
    case "any":
      return true;
    case "no-stream":
      return actual === "no-stream";
    case "exists":
      return actual !== "no-stream";
    default:
      return actual === expected;
  }
};
