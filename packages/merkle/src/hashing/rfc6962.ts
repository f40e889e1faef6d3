import * as crypto from "node:crypto";

const LEAF_PREFIX = Buffer.of(0x00);

/** RFC 6962 §2.1: SHA-256(0x00 ‖ leaf bytes). */
export const leafHash = (leaf: Uint8Array): Uint8Array =>
  crypto.createHash("sha256").update(LEAF_PREFIX).update(leaf).digest();

/**
 * Node hashing runs about twice per appended leaf, so it hashes one reused 65-byte buffer in a
 * single call: `crypto.hash` (Node 20.12+) skips the Hash object a streaming digest allocates.
 * Reuse is safe because hashing is synchronous and the digest is a fresh buffer.
 */
const pair = Buffer.alloc(65);
pair[0] = 0x01;
type OneShot = (algorithm: string, data: Uint8Array, encoding: "buffer") => Buffer;
const oneShot = (crypto as { hash?: OneShot }).hash;

/** RFC 6962 §2.1: SHA-256(0x01 ‖ left ‖ right). */
export const nodeHash = (left: Uint8Array, right: Uint8Array): Uint8Array => {
  if (oneShot === undefined || left.length !== 32 || right.length !== 32)
    return crypto.createHash("sha256").update(pair.subarray(0, 1)).update(left).update(right).digest();
  pair.set(left, 1);
  pair.set(right, 33);
  return oneShot("sha256", pair, "buffer");
};

/** The root of the empty tree: SHA-256 of no bytes. */
export const EMPTY_ROOT: Uint8Array = crypto.createHash("sha256").digest();
