import { equalBytes, fromBase64, toBase64 } from "../bytes/bytes";
import { eventLeafBytes } from "../event/recordedEvent";
import { streamHeadLeafBytes } from "../event/streamHead";
import { leafHash } from "../hashing/rfc6962";
import { verifyConsistency } from "../proof/consistency";
import { verifyInclusion } from "../proof/inclusion";
import type { TreeHead } from "../treeHead/note";
import { verifyTreeHead } from "../treeHead/verifyTreeHead";
import type { AuditBundle } from "./bundle";
import { parseBundle } from "./decodeBundle";
import { streamChainBreak } from "./streamChain";

export type BundleVerdict =
  | {
      readonly ok: true;
      readonly treeHead: TreeHead;
      readonly agreementId: string;
      readonly streamId: string;
      readonly events: number;
      /** What was established, a line each (for a report). */
      readonly lines: readonly string[];
    }
  | {
      readonly ok: false;
      /** The first check that failed. */
      readonly failure: string;
      /** For a forked or cut-off log: both tree heads, described and as signed notes. */
      readonly evidence: readonly string[];
    };

export interface VerifyBundleOptions {
  /** The signed note of a tree head the auditor kept from before (last period's). */
  readonly since?: string;
}

const fail = (failure: string, evidence: readonly string[] = []): BundleVerdict => ({
  ok: false,
  failure,
  evidence,
});

const hashes = (encoded: readonly string[]): Uint8Array[] | undefined => {
  const decoded = encoded.map(fromBase64);
  return decoded.every((h): h is Uint8Array => h !== undefined) ? decoded : undefined;
};

const describeHead = (label: string, head: TreeHead) =>
  `${label}: size ${head.treeSize}, root ${toBase64(head.rootHash)}, signed ${head.timestamp} by key ${head.keyId}`;

const eventsIncluded = async (bundle: AuditBundle, head: TreeHead): Promise<string | undefined> => {
  for (const event of bundle.events) {
    const proof = hashes(event.inclusionProof);
    const leaf = eventLeafBytes(event);
    const verdict =
      proof === undefined || leaf === undefined
        ? undefined
        : await verifyInclusion({
            index: event.globalPosition,
            treeSize: head.treeSize,
            leafHash: await leafHash(leaf),
            proof,
            rootHash: head.rootHash,
          });
    if (verdict === undefined || !verdict.valid)
      return `${event.streamId} revision ${event.revision} (global position ${event.globalPosition}) is not in the tree head of size ${head.treeSize}: ${verdict?.message ?? "its proof is not base64 hashes"}`;
  }
  return undefined;
};

/**
 * Completeness: the tree head commits to every stream's head (docs/tree-heads.md); the
 * bundle's entry for its stream must be in that commitment and its events must end there.
 */
const streamHeadProblem = async (bundle: AuditBundle, head: TreeHead): Promise<string | undefined> => {
  const { streamHeads } = head;
  if (streamHeads === undefined)
    return "the bundle's tree head commits to no stream heads (it was signed before 2026-12): it cannot show that the bundle holds the agreement's newest events";
  const entry = bundle.streamHead;
  const proof = hashes(entry.inclusionProof);
  const verdict =
    proof === undefined
      ? undefined
      : await verifyInclusion({
          index: entry.index,
          treeSize: streamHeads.count,
          leafHash: await leafHash(streamHeadLeafBytes({ ...entry, streamId: bundle.streamId })),
          proof,
          rootHash: streamHeads.rootHash,
        });
  if (verdict === undefined || !verdict.valid)
    return `the stream head the bundle gives for ${bundle.streamId} (revision ${entry.revision}) is not the one the tree head commits to: ${verdict?.message ?? "its proof is not base64 hashes"}`;
  const last = bundle.events.at(-1);
  const held = last === undefined ? 0n : last.revision + 1n;
  if (held <= entry.revision)
    return `the newest events are missing: the bundle ends ${
      last === undefined ? "before revision 0" : `at revision ${last.revision}`
    } of ${bundle.streamId}, the tree head's stream head is revision ${entry.revision} (${entry.revision + 1n - held} more)`;
  if (last === undefined || last.revision !== entry.revision || last.hash !== entry.hash)
    return `the bundle holds ${bundle.streamId} past the stream head the tree head commits to (revision ${entry.revision}): the signer committed to a wrong stream head`;
  if (last.globalPosition !== entry.globalPosition)
    return `${bundle.streamId} revision ${last.revision} is at global position ${last.globalPosition}, the tree head's stream head says ${entry.globalPosition}`;
  return undefined;
};

/** The kept tree head against the bundle's: a fork, a cut-off log, a rewritten history. */
const keptHeadProblem = async (
  bundle: AuditBundle,
  head: TreeHead,
  headNote: string,
  kept: TreeHead,
  keptNote: string,
): Promise<BundleVerdict | undefined> => {
  const evidence = [
    describeHead("kept tree head", kept),
    describeHead("bundle tree head", head),
    "the kept tree head, as signed:",
    ...keptNote.trimEnd().split("\n"),
    "the bundle's tree head, as signed:",
    ...headNote.trimEnd().split("\n"),
  ];
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
  return undefined;
};

/**
 * Checks an audit bundle (its file text, or decoded) with nothing but the signer's public
 * key and, optionally, a tree head the auditor kept. In order: the format; the tree head's
 * signature; that every event is of the bundle's stream; the stream's hash chain from
 * revision 0 (edited, deleted, inserted, reordered events); each event's inclusion in the
 * tree head (an event the log never held, or held elsewhere); that the events end at the
 * stream head the tree head commits to (newest events left out); and, with `since`, the
 * kept head against the bundle's (a fork, events cut off the end, a rebuilt history).
 */
export const verifyBundle = async (
  bundle: AuditBundle | string,
  publicKey: string | Uint8Array,
  options: VerifyBundleOptions = {},
): Promise<BundleVerdict> => {
  let decoded: AuditBundle;
  if (typeof bundle === "string") {
    const parsed = parseBundle(bundle);
    if (!parsed.ok) return fail(`not an audit bundle: ${parsed.problem}`);
    decoded = parsed.value;
  } else decoded = bundle;
  const verdict = await verifyTreeHead(decoded.treeHead, publicKey);
  if (!verdict.valid) return fail(`the bundle's tree head: ${verdict.message}`);
  const head = verdict.treeHead;
  const stranger = decoded.events.find((e) => e.streamId !== decoded.streamId);
  if (stranger !== undefined)
    return fail(`an event of stream ${stranger.streamId} is in the bundle of ${decoded.streamId}`);
  const chain = await streamChainBreak(decoded.events);
  if (chain !== undefined) return fail(`the agreement's hash chain: ${chain}`);
  const missing = await eventsIncluded(decoded, head);
  if (missing !== undefined) return fail(missing);
  const incomplete = await streamHeadProblem(decoded, head);
  if (incomplete !== undefined) return fail(incomplete);
  const lines = [
    describeHead("tree head", head),
    `complete: ${decoded.streamId} ends at revision ${decoded.streamHead.revision}, the stream head the tree head commits to`,
  ];
  if (options.since !== undefined) {
    const kept = await verifyTreeHead(options.since, publicKey);
    if (!kept.valid) return fail(`the kept tree head: ${kept.message}`);
    const problem = await keptHeadProblem(decoded, head, decoded.treeHead, kept.treeHead, options.since);
    if (problem !== undefined) return problem;
    lines.push(
      `consistent with the kept tree head of size ${kept.treeHead.treeSize} (${kept.treeHead.timestamp})`,
    );
  }
  return {
    ok: true,
    treeHead: head,
    agreementId: decoded.agreementId,
    streamId: decoded.streamId,
    events: decoded.events.length,
    lines,
  };
};
