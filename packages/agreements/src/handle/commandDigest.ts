import { createHash } from "node:crypto";
import { type Command, type EncodedCommand, encodeCommand } from "@grant-ledger/core";
import { canonicalJson } from "@grant-ledger/event-store";

/**
 * SHA-256 over the canonical JSON of what a command asks for and who asks: its type, data and
 * metadata without the two times (`occurredAt`, `recordedAt`). A retry sent later is the
 * same act, so its times may differ; anything else that differs makes it another command,
 * which may not borrow the first one's id.
 */
export const commandDigest = (command: Command): string => digestOfEncoded(encodeCommand(command));

/** The same digest from the command's encoded form, when it is at hand. */
export const digestOfEncoded = ({ type, data, metadata }: EncodedCommand): string => {
  const { occurredAt: _occurred, recordedAt: _recorded, ...what } = metadata;
  return createHash("sha256")
    .update(canonicalJson({ type, data, metadata: what }))
    .digest("hex");
};
