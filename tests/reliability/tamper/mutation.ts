import type { Tampering } from "./tampering";

/**
 * One kind of tampering with a closed store file. `seenBy` says what must catch it:
 * `verify` alone, or, where the chains stay consistent in themselves (cut off the end,
 * re-chained, reordered across streams), a signed checkpoint kept from before.
 */
export interface Mutation {
  readonly kind: string;
  readonly seenBy: "verify" | "checkpoint";
  /** Whether `verify --stream` of the stream it touched must see it too. */
  readonly streamSees: boolean;
  /** Changes the file; returns the stream it touched. */
  readonly apply: (t: Tampering) => string;
}
