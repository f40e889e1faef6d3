import { eventLeaf, verifyChain } from "@grant-ledger/event-store";
import {
  type TreeHead,
  equalBytes,
  fromBase64,
  leafHash,
  toBase64,
  verifyConsistency,
  verifyInclusion,
  verifyTreeHead,
} from "@grant-ledger/merkle-verify";
import { type AuditBundle, eventOf } from "./bundleCodec";

export type BundleVerdict =
  | {
      readonly ok: true;
      readonly treeHead: TreeHead;
      readonly events: number;
      readonly lines: readonly string[];
    }
  | { readonly ok: false; readonly failure: string; readonly evidence: readonly string[] };

const fail = (failure: string, evidence: readonly string[] = []): BundleVerdict => ({
  ok: false,
  failure,
  evidence,
});

const hashes = (encoded: readonly string[]): Uint8Array[] | undefined => {
  const decoded = encoded.map(fromBase64);
  return decoded.every((h): h is Uint8Array => h !== undefined) ? decoded : undefined;
};

async function* inOrder<T>(items: readonly T[]) {
  yield* items;
}

const describeHead = (label: string, head: TreeHead) =>
  `${label}: size ${head.treeSize}, root ${toBase64(head.rootHash)}, signed ${head.timestamp} by key ${head.keyId}`;

/**
 * Checks an audit bundle with nothing but the public key and, optionally, the tree head the
 * auditor kept from before. In order: the bundle's tree head signature; the agreement's hash
 * chain (edited, deleted, inserted, reordered events); each event's inclusion in the tree
 * head (an event the log never held, or held elsewhere); and the consistency of the kept
 * head with the new one (events cut off the end, a rebuilt history, a forked log).
 */
export const verifyAuditBundle = async (
  bundle: AuditBundle,
  publicKey: string,
  kept?: TreeHead,
): Promise<BundleVerdict> => {
  const verdict = await verifyTreeHead(bundle.treeHead, publicKey);
  if (!verdict.valid) return fail(`the bundle's tree head: ${verdict.message}`);
  const head = verdict.treeHead;
  const wrongStream = bundle.events.find((e) => e.streamId !== bundle.streamId);
  if (wrongStream !== undefined)
    return fail(`an event of stream ${wrongStream.streamId} is in the bundle of ${bundle.streamId}`);
  const chain = await verifyChain(inOrder(bundle.events.map(eventOf)));
  if (chain._tag === "Left") return fail(`the agreement's hash chain: ${chain.left.message}`);
  for (const entry of bundle.events) {
    const event = eventOf(entry);
    const proof = hashes(entry.inclusionProof);
    const included =
      proof === undefined
        ? undefined
        : await verifyInclusion({
            index: event.globalPosition,
            treeSize: head.treeSize,
            leafHash: await leafHash(eventLeaf(event)),
            proof,
            rootHash: head.rootHash,
          });
    if (included === undefined || !included.valid)
      return fail(
        `${event.streamId} revision ${event.revision} (global position ${event.globalPosition}) is not in the tree head of size ${head.treeSize}: ${included?.message ?? "its proof is not base64 hashes"}`,
      );
  }
  const lines = [describeHead("tree head", head)];
  if (kept !== undefined) {
    const evidence = [describeHead("kept tree head", kept), describeHead("bundle tree head", head)];
    if (kept.treeSize === head.treeSize && !equalBytes(kept.rootHash, head.rootHash))
      return fail(
        "two tree heads of the same size with different roots: the log was forked or rewritten",
        evidence,
      );
    if (head.treeSize < kept.treeSize)
      return fail(
        `the bundle's tree head covers ${head.treeSize} events, fewer than the ${kept.treeSize} of the kept one: events were cut off the end`,
        evidence,
      );
    if (bundle.since === undefined || bundle.since.treeSize !== kept.treeSize)
      return fail(
        `the bundle has no consistency proof from the kept tree head (size ${kept.treeSize})`,
        evidence,
      );
    const proof = hashes(bundle.since.consistencyProof);
    const consistent =
      proof === undefined
        ? undefined
        : await verifyConsistency({
            firstSize: kept.treeSize,
            firstRoot: kept.rootHash,
            secondSize: head.treeSize,
            secondRoot: head.rootHash,
            proof,
          });
    if (consistent === undefined || !consistent.valid)
      return fail(
        `the bundle's tree head does not extend the kept one: history was rewritten (${consistent?.message ?? "the proof is not base64 hashes"})`,
        evidence,
      );
    lines.push(`consistent with the kept tree head of size ${kept.treeSize} (${kept.timestamp})`);
  }
  return { ok: true, treeHead: head, events: bundle.events.length, lines };
};
