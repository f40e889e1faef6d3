import * as E from "fp-ts/Either";
import type { EventStore, MerkleLog } from "../port";
import type { SignedTreeHead } from "../treeHead/signTreeHead";
import { verifySignedCheckpoint } from "./checkpoint";
import { type SignedCheckpoint, streamOfScope } from "./codec";
import type { CheckpointError } from "./errors";
import { type TreeCheckpointOptions, createTreeCheckpoint } from "./treeCheckpoint";

type ReadableStore = Pick<EventStore, "readAll" | "readStream">;

/**
 * The upgrade path from a `grant-ledger-checkpoint/1` file (a linear store digest, or one
 * stream's hash): it is verified, signature and contents, against the store as before, and
 * only then a tree head is signed over exactly the events it covered (all of them up to its
 * position, or up to the stream event it named). The old file keeps being readable; the
 * tree head carries its trust forward in the form proofs can be checked against.
 */
export const upgradeCheckpoint = async (
  store: ReadableStore,
  log: MerkleLog,
  legacy: SignedCheckpoint,
  publicKeyPem: string,
  options: Omit<TreeCheckpointOptions, "size">,
): Promise<E.Either<CheckpointError, SignedTreeHead>> => {
  const held = await verifySignedCheckpoint(legacy, publicKeyPem, store);
  if (E.isLeft(held)) return held;
  const { scope, position } = held.right;
  const streamId = streamOfScope(scope);
  let lastPosition = position;
  if (streamId !== undefined) {
    // verifySignedCheckpoint found the revision, so the stream holds it.
    for await (const event of store.readStream(streamId, { from: position, maxCount: 1 }))
      lastPosition = event.globalPosition;
  }
  return createTreeCheckpoint(store, log, { ...options, size: lastPosition + 1n });
};
