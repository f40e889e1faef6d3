import { concatBytes } from "../bytes/bytes";

/** Every hash in the tree is SHA-256: 32 bytes. */
export const HASH_BYTES = 32;

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

/**
 * WebCrypto's digest, which Node (>= 19, as `globalThis.crypto`) and every browser provide.
 * It is asynchronous, so the whole verifier is: one implementation in both places, rather
 * than a hand-written SHA-256 kept only for a synchronous API.
 */
export const sha256 = async (bytes: Uint8Array): Promise<Uint8Array> =>
  new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", bytes));

/** RFC 6962 §2.1: the hash of a leaf is SHA-256(0x00 ‖ leaf bytes). */
export const leafHash = (leaf: Uint8Array): Promise<Uint8Array> => sha256(concatBytes(LEAF_PREFIX, leaf));

/** RFC 6962 §2.1: an interior node is SHA-256(0x01 ‖ left ‖ right). */
export const nodeHash = (left: Uint8Array, right: Uint8Array): Promise<Uint8Array> =>
  sha256(concatBytes(NODE_PREFIX, left, right));

/** The root of the empty tree: SHA-256 of no bytes. */
export const emptyRootHash = (): Promise<Uint8Array> => sha256(new Uint8Array(0));
