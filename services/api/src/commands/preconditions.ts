import type { StreamRevision } from "@grant-ledger/event-store";

/** The ETag of an agreement: its stream revision, quoted (a strong validator). */
export const etagOf = (revision: StreamRevision): string =>
  revision === "no-stream" ? '"none"' : `"${revision.toString(10)}"`;

export type IfMatch =
  | { readonly kind: "missing" }
  | { readonly kind: "revision"; readonly revision: bigint }
  /** Well formed but can never match the current ETag (weak, `*`, or not one of ours). */
  | { readonly kind: "never" };

/**
 * `If-Match` as the revision the command may be decided on. A list matches if any member is
 * the current ETag; ours are strong, so a weak tag never matches (RFC 9110 §13.1.1).
 */
export const ifMatchOf = (header: string | undefined): IfMatch => {
  if (header === undefined || header.trim() === "") return { kind: "missing" };
  const tags = header.split(",").map((t) => t.trim());
  const ours = tags.map((t) => /^"(0|[1-9][0-9]{0,18})"$/.exec(t)?.[1]).filter((r) => r !== undefined);
  // A list is read by its first tag of ours: one agreement has one current revision.
  return ours[0] === undefined ? { kind: "never" } : { kind: "revision", revision: BigInt(ours[0]) };
};
