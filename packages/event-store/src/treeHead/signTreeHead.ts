import { createPublicKey, sign } from "node:crypto";
import {
  type StreamHeadsCommitment,
  type TreeHead,
  formatSignedNote,
  keyIdOf,
  noteKeyHash,
  readPublicKey,
  treeHeadBody,
} from "@grant-ledger/merkle-verify";
import * as E from "fp-ts/Either";
import type { CheckpointError } from "../checkpoint/errors";
import { loadPrivateKey } from "../checkpoint/keys";
import type { UnsignedTreeHead } from "../port";

/** Default log name: the signed-note key name and first line of every tree head. */
export const DEFAULT_ORIGIN = "grant-ledger";

export interface SignTreeHeadOptions {
  /** The checkpoint signing key (Ed25519 PKCS#8 PEM, as `checkpoint keygen` writes). */
  readonly privateKeyPem: string;
  readonly origin?: string;
  readonly now?: () => Date;
}

export interface SignedTreeHead {
  readonly treeHead: TreeHead;
  /** The signed note text, see docs/tree-heads.md. */
  readonly note: string;
}

/**
 * Signs `{ treeSize, rootHash, timestamp, keyId, streamHeads? }` as a C2SP-style signed note: Ed25519 over
 * the note body, with the note key hash of the origin and the public key. The body format,
 * the key hash and the key id come from @grant-ledger/merkle-verify, so what is signed here
 * is by construction what an auditor's verifier reads.
 */
export const signTreeHead = async (
  head: UnsignedTreeHead & { readonly streamHeads?: StreamHeadsCommitment },
  options: SignTreeHeadOptions,
): Promise<E.Either<CheckpointError, SignedTreeHead>> => {
  const privateKey = loadPrivateKey(options.privateKeyPem);
  if (E.isLeft(privateKey)) return privateKey;
  const origin = options.origin ?? DEFAULT_ORIGIN;
  if (!/^[^\s+]+$/.test(origin))
    return E.left({
      _tag: "InvalidKey",
      message: `the origin ${JSON.stringify(origin)} has whitespace or "+"`,
    });
  const publicPem = createPublicKey(privateKey.right).export({ type: "spki", format: "pem" }).toString();
  const key = readPublicKey(publicPem);
  if (typeof key === "string") return E.left({ _tag: "InvalidKey", message: key });
  const treeHead: TreeHead = {
    origin,
    treeSize: head.treeSize,
    rootHash: head.rootHash,
    timestamp: (options.now ?? (() => new Date()))().toISOString(),
    keyId: await keyIdOf(key),
    ...(head.streamHeads === undefined ? {} : { streamHeads: head.streamHeads }),
  };
  const body = treeHeadBody(treeHead);
  const signature = sign(null, Buffer.from(body, "utf8"), privateKey.right);
  const note = formatSignedNote(body, { name: origin, keyHash: await noteKeyHash(origin, key), signature });
  return E.right({ treeHead, note });
};
