import { createPublicKey, sign, verify } from "node:crypto";
import { decodeProblems } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import { canonicalJson } from "../chain/canonicalJson";
import { MAX_CHECKPOINT_FILE_CHARS, MAX_CHECKPOINT_NESTING, checkJsonBounds } from "./boundedJson";
import { CHECKPOINT_FORMAT, Checkpoint, SignedCheckpoint } from "./codec";
import type { CheckpointError } from "./errors";
import { keyIdOf, loadPrivateKey, loadPublicKey } from "./keys";

/** The signed bytes: the RFC 8785 canonical JSON of the encoded checkpoint. */
const signedBytes = (checkpoint: Checkpoint): Buffer =>
  Buffer.from(canonicalJson(Checkpoint.encode(checkpoint)), "utf8");

export const signCheckpoint = (
  checkpoint: Checkpoint,
  privateKeyPem: string,
): E.Either<CheckpointError, SignedCheckpoint> =>
  pipe(
    loadPrivateKey(privateKeyPem),
    E.map((privateKey) => ({
      format: CHECKPOINT_FORMAT,
      checkpoint,
      algorithm: "Ed25519" as const,
      keyId: keyIdOf(createPublicKey(privateKey)),
      signature: sign(null, signedBytes(checkpoint), privateKey).toString("base64"),
    })),
  );

/**
 * Checks the signature offline: needs only the checkpoint and the public key. Returns the
 * checkpoint it attests.
 */
export const verifyCheckpointSignature = (
  signed: SignedCheckpoint,
  publicKeyPem: string,
): E.Either<CheckpointError, Checkpoint> =>
  pipe(
    loadPublicKey(publicKeyPem),
    E.chain((publicKey) => {
      const keyId = keyIdOf(publicKey);
      if (keyId !== signed.keyId)
        return E.left({ _tag: "WrongKey", expectedKeyId: keyId, foundKeyId: signed.keyId });
      const ok = verify(
        null,
        signedBytes(signed.checkpoint),
        publicKey,
        Buffer.from(signed.signature, "base64"),
      );
      return ok ? E.right(signed.checkpoint) : E.left({ _tag: "BadSignature" } as const);
    }),
  );

export const formatCheckpointFile = (signed: SignedCheckpoint): string =>
  `${JSON.stringify(SignedCheckpoint.encode(signed), null, 2)}\n`;

export const parseCheckpointFile = (text: string): E.Either<CheckpointError, SignedCheckpoint> => {
  const tooBig = checkJsonBounds(text, MAX_CHECKPOINT_FILE_CHARS, MAX_CHECKPOINT_NESTING);
  if (tooBig !== undefined) return E.left({ _tag: "InvalidCheckpointFile", problems: [tooBig] });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return E.left({ _tag: "InvalidCheckpointFile", problems: [`not JSON: ${(error as Error).message}`] });
  }
  return pipe(
    SignedCheckpoint.decode(json),
    E.mapLeft((errors) => ({
      _tag: "InvalidCheckpointFile",
      problems: decodeProblems(errors).map((p) => p.message),
    })),
  );
};
