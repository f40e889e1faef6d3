import * as t from "io-ts";
import { DocumentText } from "./text";

/**
 * "Nader te bepalen", "n.t.b.", "PM": the document says the value will be set later. An
 * explicit state, so that an empty string never stands for it and a report can say so.
 */
export const ToBeDetermined = t.intersection(
  [t.type({ state: t.literal("toBeDetermined") }), t.partial({ printed: DocumentText })],
  "ToBeDetermined",
);
export type ToBeDetermined = t.TypeOf<typeof ToBeDetermined>;

export const toBeDetermined = (printed?: string): ToBeDetermined =>
  printed === undefined ? { state: "toBeDetermined" } : { state: "toBeDetermined", printed };

export const isToBeDetermined = (u: unknown): u is ToBeDetermined =>
  typeof u === "object" && u !== null && (u as { state?: unknown }).state === "toBeDetermined";

/** A value or the explicit "to be determined". */
export const orToBeDetermined = <C extends t.Mixed>(codec: C, name: string) =>
  t.union([ToBeDetermined, codec], name);
