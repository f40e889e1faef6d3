import type { Json } from "../event/canonicalJson";
import type { LoggedEvent } from "../event/recordedEvent";

export const AUDIT_BUNDLE_FORMAT = "grant-ledger-audit-bundle/2";

/** An event of the bundle with its inclusion proof (base64 hashes) in the bundle's tree head. */
export interface BundleEvent extends LoggedEvent {
  readonly inclusionProof: readonly string[];
}

/**
 * The agreement's stream head as the tree head's stream-heads tree holds it, with the proof
 * that it is leaf `index` of that tree: the bundle's events must end exactly there.
 */
export interface BundleStreamHead {
  readonly revision: bigint;
  readonly globalPosition: bigint;
  readonly hash: string;
  readonly index: bigint;
  readonly inclusionProof: readonly string[];
}

/**
 * One file an auditor checks with no store (docs/audit-bundle.md): an agreement's events,
 * each with an inclusion proof in `treeHead` (a signed note, docs/tree-heads.md), the
 * stream's head in that tree head, and optionally a consistency proof from the tree head the
 * auditor kept (`since`).
 */
export interface AuditBundle {
  readonly format: typeof AUDIT_BUNDLE_FORMAT;
  readonly agreementId: string;
  readonly streamId: string;
  readonly treeHead: string;
  readonly keyId: string;
  readonly events: readonly BundleEvent[];
  readonly streamHead: BundleStreamHead;
  readonly since?: { readonly treeSize: bigint; readonly consistencyProof: readonly string[] };
}

const decimal = (n: bigint) => n.toString(10);

/** The bundle as JSON data: bigints as decimal strings, everything else as it is. */
export const encodeBundle = (bundle: AuditBundle): { readonly [key: string]: Json } => ({
  format: bundle.format,
  agreementId: bundle.agreementId,
  streamId: bundle.streamId,
  treeHead: bundle.treeHead,
  keyId: bundle.keyId,
  events: bundle.events.map((e) => ({
    streamId: e.streamId,
    revision: decimal(e.revision),
    globalPosition: decimal(e.globalPosition),
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: e.data,
    metadata: e.metadata,
    previousHash: e.previousHash,
    hash: e.hash,
    inclusionProof: [...e.inclusionProof],
  })),
  streamHead: {
    revision: decimal(bundle.streamHead.revision),
    globalPosition: decimal(bundle.streamHead.globalPosition),
    hash: bundle.streamHead.hash,
    index: decimal(bundle.streamHead.index),
    inclusionProof: [...bundle.streamHead.inclusionProof],
  },
  ...(bundle.since === undefined
    ? {}
    : {
        since: {
          treeSize: decimal(bundle.since.treeSize),
          consistencyProof: [...bundle.since.consistencyProof],
        },
      }),
});

/** The bundle file's text: its JSON, one member a line at the top level. */
export const formatBundle = (bundle: AuditBundle): string =>
  `${JSON.stringify(encodeBundle(bundle), null, 1)}\n`;
