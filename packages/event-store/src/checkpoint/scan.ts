import { createHash } from "node:crypto";
import * as E from "fp-ts/Either";
import { verifyStore } from "../chain/verify";
import type { EventStore, RecordedEvent } from "../port";
import { GENESIS_HASH } from "../port";
import { type CheckpointScope, streamOfScope } from "./codec";
import type { CheckpointError } from "./errors";

/**
 * One step of the store digest: a running SHA-256 over every event's global position and
 * chain hash, in global order. Event hashes already commit to stream, revision and content,
 * so the digest changes when any event up to the position is edited, removed or added, even
 * if the forger rebuilt every stream's chain.
 */
export const storeDigestStep = (previous: string, event: RecordedEvent): string =>
  createHash("sha256")
    .update(`${previous}\n${event.globalPosition.toString(10)}\n${event.hash}`)
    .digest("hex");

export interface ScopeHead {
  /** Global position (`all`) or stream revision (`stream:<id>`) of the last event scanned. */
  readonly position: bigint;
  readonly hash: string;
}

/**
 * Reads a scope once, verifying it on the way as `verifyStore` does, and returns its head: for `all`
 * the store digest, for a stream its last event's hash. Stops after `last` when given.
 * Undefined when the scope holds no events (up to `last`).
 */
export const scanScope = async (
  store: Pick<EventStore, "readAll" | "readStream">,
  scope: CheckpointScope,
  last?: bigint,
): Promise<E.Either<CheckpointError, ScopeHead | undefined>> => {
  const streamId = streamOfScope(scope);
  let head: ScopeHead | undefined;
  const verified = await verifyStore(store, {
    ...(streamId === undefined ? {} : { streamId }),
    ...(last === undefined ? {} : { until: last }),
    onEvent:
      streamId === undefined
        ? (e) => {
            head = { position: e.globalPosition, hash: storeDigestStep(head?.hash ?? GENESIS_HASH, e) };
          }
        : (e) => {
            head = { position: e.revision, hash: e.hash };
          },
  });
  if (E.isLeft(verified)) return E.left({ _tag: "ChainBroken", chainBreak: verified.left });
  return E.right(head);
};
