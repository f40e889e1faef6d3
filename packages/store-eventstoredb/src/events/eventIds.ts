import { createHash } from "node:crypto";

/**
 * Namespace for grant-ledger event ids (itself a random v4 UUID, fixed forever: changing it
 * would change every derived id and defeat EventStoreDB's idempotent-write check).
 */
const NAMESPACE = Buffer.from("6c1f2d0e9b3a4c7e8f5d2a1b0c9e8d7f", "hex");

const format = (bytes: Buffer): string => {
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

/**
 * Name-based UUID (RFC 9562 version 5: SHA-1 over namespace and name) for the `index`-th
 * event a command writes. A retried command proposes the same ids, so EventStoreDB itself
 * recognises the retry even when two writers race past the adapter's command-id check.
 */
export const eventIdFor = (commandId: string, index: number): string => {
  const digest = createHash("sha1").update(NAMESPACE).update(`${commandId}\u0000${index}`, "utf8").digest();
  const bytes = digest.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return format(bytes);
};
