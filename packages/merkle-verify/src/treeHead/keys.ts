import { concatBytes, fromBase64, toHex, utf8 } from "../bytes/bytes";
import { sha256 } from "../hashing/rfc6962";

/** DER prefix of every Ed25519 SubjectPublicKeyInfo (RFC 8410); the 32 key bytes follow it. */
const ED25519_SPKI_PREFIX = Uint8Array.of(
  0x30,
  0x2a,
  0x30,
  0x05,
  0x06,
  0x03,
  0x2b,
  0x65,
  0x70,
  0x03,
  0x21,
  0x00,
);

export interface TreeHeadKey {
  /** The 32 bytes of the Ed25519 public key. */
  readonly raw: Uint8Array;
  /** Its SubjectPublicKeyInfo DER form (what a PEM "PUBLIC KEY" holds). */
  readonly spki: Uint8Array;
}

/** The public key from an SPKI PEM (as `checkpoint keygen` writes) or from its 32 raw bytes. */
export const readPublicKey = (key: string | Uint8Array): TreeHeadKey | string => {
  if (typeof key !== "string") {
    return key.length === 32
      ? { raw: key, spki: concatBytes(ED25519_SPKI_PREFIX, key) }
      : `an Ed25519 public key is 32 bytes, not ${key.length}`;
  }
  const match = /-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\s]+)-----END PUBLIC KEY-----/.exec(key);
  if (match === null) return "the public key is not a PEM PUBLIC KEY";
  const der = fromBase64(match[1]!.replace(/\s+/g, ""));
  const prefixOk =
    der !== undefined &&
    der.length === ED25519_SPKI_PREFIX.length + 32 &&
    ED25519_SPKI_PREFIX.every((b, i) => der[i] === b);
  if (!prefixOk) return "the public key is not an Ed25519 key";
  return { raw: der.subarray(ED25519_SPKI_PREFIX.length), spki: der };
};

/**
 * Names a public key: the first 16 hex digits of SHA-256 over its SPKI DER form, the same id
 * the store's signed checkpoints carry.
 */
export const keyIdOf = async (key: TreeHeadKey): Promise<string> =>
  toHex(await sha256(key.spki)).slice(0, 16);

/**
 * C2SP signed-note key hash: the first 4 bytes of SHA-256(key name ‖ "\n" ‖ 0x01 ‖ key),
 * 0x01 being the Ed25519 signature type. A verifier uses it to pick its signature line.
 */
export const noteKeyHash = async (name: string, key: TreeHeadKey): Promise<Uint8Array> =>
  (await sha256(concatBytes(utf8(name), Uint8Array.of(0x0a, 0x01), key.raw))).subarray(0, 4);
