import { describeProofRangeError } from "@grant-ledger/merkle";
import {
  AUDIT_BUNDLE_FORMAT,
  type AuditBundle,
  type BundleEvent,
  type TreeHead,
  toBase64,
} from "@grant-ledger/merkle-verify";
import * as E from "fp-ts/Either";
import type { EventStore, MerkleLog, RecordedEvent } from "../port";

/** Proofs asked of the log at once: nodes shared by neighbouring events are read once. */
const PROOFS_PER_READ = 4096;
import { signStoreTreeHead } from "../treeHead/signStoreTreeHead";

export interface BuildBundleOptions {
  readonly agreementId: string;
  /** The agreement's stream (the agreements package names it). */
  readonly streamId: string;
  readonly privateKeyPem: string;
  /** The tree head the auditor kept: the bundle proves the new head consistent with it. */
  readonly since?: TreeHead;
  readonly origin?: string;
  readonly now?: () => Date;
}

const b64 = (hashes: readonly Uint8Array[]) => hashes.map(toBase64);

/**
 * Signs the store's current tree head (with its stream heads) and proves each of the
 * agreement's events included in it, and its stream head in the stream heads. The store is
 * trusted for nothing here: everything it says is checked by `verifyBundle`.
 */
export const buildAuditBundle = async (
  store: EventStore,
  log: MerkleLog,
  options: BuildBundleOptions,
): Promise<E.Either<string, AuditBundle>> => {
  const signedHead = await signStoreTreeHead(store, log, {
    privateKeyPem: options.privateKeyPem,
    ...(options.origin === undefined ? {} : { origin: options.origin }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  if (E.isLeft(signedHead)) return signedHead;
  const { signed, streamHeads } = signedHead.right;
  const { treeSize } = signed.treeHead;
  const { streamId } = options;
  const head = streamHeads.proofOf(streamId);
  if (head === undefined)
    return E.left(`agreement ${options.agreementId} has no events in the tree of ${treeSize} events`);
  const recorded: RecordedEvent[] = [];
  for await (const event of store.readStream(streamId)) {
    // Events appended after the head was taken are left for the next bundle.
    if (event.globalPosition >= treeSize) break;
    recorded.push(event);
  }
  const events: BundleEvent[] = [];
  for (let at = 0; at < recorded.length; at += PROOFS_PER_READ) {
    const batch = recorded.slice(at, at + PROOFS_PER_READ);
    const proofs = await log.inclusionProofs(
      batch.map((e) => e.globalPosition),
      treeSize,
    );
    if (E.isLeft(proofs)) return E.left(describeProofRangeError(proofs.left));
    batch.forEach((event, i) => events.push({ ...event, inclusionProof: b64(proofs.right[i]!) }));
  }
  let since: AuditBundle["since"];
  if (options.since !== undefined) {
    if (options.since.treeSize > treeSize)
      return E.left(
        `the store has ${treeSize} events, fewer than the ${options.since.treeSize} of the kept tree head`,
      );
    const proof = await log.consistencyProof(options.since.treeSize, treeSize);
    if (E.isLeft(proof)) return E.left(describeProofRangeError(proof.left));
    since = { treeSize: options.since.treeSize, consistencyProof: b64(proof.right) };
  }
  return E.right({
    format: AUDIT_BUNDLE_FORMAT,
    agreementId: options.agreementId,
    streamId,
    treeHead: signed.note,
    keyId: signed.treeHead.keyId,
    events,
    streamHead: {
      revision: head.head.revision,
      globalPosition: head.head.globalPosition,
      hash: head.head.hash,
      index: head.index,
      inclusionProof: b64(head.proof),
    },
    ...(since === undefined ? {} : { since }),
  });
};
