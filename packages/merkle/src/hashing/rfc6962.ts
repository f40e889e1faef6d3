import { createHash } from "node:crypto";

const LEAF_PREFIX = Buffer.of(0x00);
const NODE_PREFIX = Buffer.of(0x01);

/** RFC 6962 §2.1: SHA-256(0x00 ‖ leaf bytes). */
export const leafHash = (leaf: Uint8Array): Uint8Array =>
  createHash("sha256").update(LEAF_PREFIX).update(leaf).digest();

/** RFC 6962 §2.1: SHA-256(0x01 ‖ left ‖ right). */
export const nodeHash = (left: Uint8Array, right: Uint8Array): Uint8Array =>
  createHash("sha256").update(NODE_PREFIX).update(left).update(right).digest();

/** The root of the empty tree: SHA-256 of no bytes. */
export const EMPTY_ROOT: Uint8Array = createHash("sha256").digest();
