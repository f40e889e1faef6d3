import * as E from "fp-ts/Either";
import type { EventStore } from "../port";
import type { Checkpoint, CheckpointScope, SignedCheckpoint } from "./codec";
import type { CheckpointError } from "./errors";
import { scanScope } from "./scan";
import { signCheckpoint, verifyCheckpointSignature } from "./sign";

type ReadableStore = Pick<EventStore, "readAll" | "readStream">;

export interface CreateCheckpointOptions {
  readonly scope: CheckpointScope;
  readonly privateKeyPem: string;
  readonly now?: () => Date;
}

/**
 * Reads the scope to its current end (verifying its chain on the way) and signs what it
 * found. Refuses an empty scope and a broken chain: a checkpoint must never vouch for
 * history that is already damaged.
 */
export const createCheckpoint = async (
  store: ReadableStore,
  options: CreateCheckpointOptions,
): Promise<E.Either<CheckpointError, SignedCheckpoint>> => {
  const scanned = await scanScope(store, options.scope);
  if (E.isLeft(scanned)) return scanned;
  const head = scanned.right;
  if (head === undefined) return E.left({ _tag: "EmptyScope", scope: options.scope });
  const checkpoint: Checkpoint = {
    scope: options.scope,
    position: head.position,
    hash: head.hash,
    time: (options.now ?? (() => new Date()))().toISOString(),
  };
  return signCheckpoint(checkpoint, options.privateKeyPem);
};

/** Whether the store still holds the checkpoint's position with the checkpoint's hash. */
export const verifyCheckpointAgainstStore = async (
  store: ReadableStore,
  checkpoint: Checkpoint,
): Promise<E.Either<CheckpointError, Checkpoint>> => {
  const scanned = await scanScope(store, checkpoint.scope, checkpoint.position);
  if (E.isLeft(scanned)) return scanned;
  const head = scanned.right;
  if (head === undefined || head.position !== checkpoint.position) {
    return E.left({
      _tag: "PositionMissing",
      scope: checkpoint.scope,
      position: checkpoint.position,
      ...(head === undefined ? {} : { head: head.position }),
    });
  }
  if (head.hash !== checkpoint.hash) {
    return E.left({
      _tag: "HashMismatch",
      scope: checkpoint.scope,
      position: checkpoint.position,
      expectedHash: checkpoint.hash,
      foundHash: head.hash,
    });
  }
  return E.right(checkpoint);
};

/** Signature first (offline), then, when a store is given, its contents. */
export const verifySignedCheckpoint = async (
  signed: SignedCheckpoint,
  publicKeyPem: string,
  store?: ReadableStore,
): Promise<E.Either<CheckpointError, Checkpoint>> => {
  const checked = verifyCheckpointSignature(signed, publicKeyPem);
  if (E.isLeft(checked) || store === undefined) return checked;
  return verifyCheckpointAgainstStore(store, checked.right);
};
