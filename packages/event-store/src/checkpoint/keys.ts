import {
  type KeyObject,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
} from "node:crypto";
import * as E from "fp-ts/Either";
import type { CheckpointError } from "./errors";

export interface CheckpointKeyPair {
  readonly publicKeyPem: string;
  readonly privateKeyPem: string;
}

export const generateCheckpointKeyPair = (): CheckpointKeyPair => {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  return {
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
};

/** Names a public key: the first 16 hex digits of SHA-256 over its DER (SPKI) form. */
export const keyIdOf = (publicKey: KeyObject): string =>
  createHash("sha256")
    .update(publicKey.export({ type: "spki", format: "der" }))
    .digest("hex")
    .slice(0, 16);

const loadKey = (
  pem: string,
  kind: "private" | "public",
  create: (pem: string) => KeyObject,
): E.Either<CheckpointError, KeyObject> => {
  try {
    const key = create(pem);
    return key.asymmetricKeyType === "ed25519"
      ? E.right(key)
      : E.left({ _tag: "InvalidKey", message: `the ${kind} key is ${key.asymmetricKeyType}, not Ed25519` });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return E.left({ _tag: "InvalidKey", message: `the ${kind} key is not a PEM key: ${reason}` });
  }
};

export const loadPrivateKey = (pem: string): E.Either<CheckpointError, KeyObject> =>
  loadKey(pem, "private", createPrivateKey);

/** Accepts a public key PEM, or a private key PEM from which the public key is derived. */
export const loadPublicKey = (pem: string): E.Either<CheckpointError, KeyObject> =>
  loadKey(pem, "public", createPublicKey);
