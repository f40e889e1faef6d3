import type { ChainBreak, CheckpointError } from "@grant-ledger/event-store";
import { describeCheckpointError } from "@grant-ledger/event-store";
import type { ProofRangeError } from "@grant-ledger/merkle";
import { describeProofRangeError } from "@grant-ledger/merkle";

/** What the audit commands (verify, checkpoints, tree heads, proofs, bundles) print, in English. */
const quoted = (s: string) => JSON.stringify(s);
const plural = (n: number | bigint, one: string, many: string) => `${n} ${n === 1 || n === 1n ? one : many}`;

/** The files an audit command reads, by what they are to it. */
export type AuditFile = "private-key" | "public-key" | "checkpoint" | "tree-head" | "bundle";

/** A signed tree head as the audit commands describe it. */
export interface SignedTreeHeadFacts {
  readonly treeSize: bigint;
  readonly root: string;
  readonly streamHeads: bigint | undefined;
  readonly timestamp: string;
  readonly keyId: string;
}

export const auditEn = {
  fileName: {
    "private-key": "private key",
    "public-key": "public key",
    checkpoint: "checkpoint",
    "tree-head": "tree head",
    bundle: "bundle",
  } as Readonly<Record<AuditFile, string>>,
  cannotRead: (file: string, path: string, code: string) => `cannot read ${file} ${path}: ${code}`,
  invalid: (what: string) => `INVALID: ${what}`,
  storageBroken: (findings: number) =>
    `BROKEN: the store's file is damaged (${plural(findings, "finding", "findings")} of its consistency check)`,
  eventBroken: (b: Extract<ChainBreak, { streamId: string }>) =>
    `BROKEN: ${b.problem} event in stream ${b.streamId} at revision ${b.revision} (global position ${b.globalPosition})`,
  expectedHash: (hash: string) => `  expected hash: ${hash}`,
  foundHash: (hash: string) => `  found hash:    ${hash}`,
  noStream: (stream: string) => `no stream ${quoted(stream)} in the store (check --stream)`,
  intact: (stream: string | undefined, events: number, streams: number, upTo: bigint | undefined) =>
    `intact: ${stream === undefined ? "store" : `stream ${stream}`}, ${plural(events, "event", "events")} in ${plural(streams, "stream", "streams")} checked${
      upTo === undefined ? "" : `, up to global position ${upTo}`
    }`,
  noMerkleTree: "this store keeps no Merkle tree; use a sqlite:, memory: or esdb: store",
  notWholeNumber: (option: string, text: string) =>
    `${option} must be a whole number >= 0, not ${quoted(text)}`,
  proofRange: (e: ProofRangeError) => describeProofRangeError(e),
  checkpointError: (e: CheckpointError) => describeCheckpointError(e),
  checkpointStreamRetired:
    "checkpoint --stream is retired: a checkpoint is a tree head of the whole log, which commits to every stream's head (`grant-ledger audit-bundle --agreement <id>` proves one agreement's events complete)",
  checkpointNeedsKey:
    "checkpoint needs --key <private.pem> (create one with `grant-ledger checkpoint keygen --out-dir <dir>`)",
  keysExist: (dir: string) => `refusing to overwrite keys in ${dir} (use --force to replace them)`,
  keysWritten: (privatePath: string, publicPath: string) =>
    `wrote ${privatePath} (keep it secret) and ${publicPath} (give it to auditors)`,
  treeRoot: (treeSize: bigint, root: string) => `tree size ${treeSize}, root ${root}`,
  signedTreeHead: (h: SignedTreeHeadFacts) =>
    `tree size ${h.treeSize}, root ${h.root}, ${
      h.streamHeads === undefined ? "no stream heads" : `${h.streamHeads} stream heads`
    }, signed ${h.timestamp} by key ${h.keyId}`,
  unsignedTreeHead: (description: string) => `${description} (unsigned: pass --key <private.pem> to sign)`,
  wrote: (file: string, what: string) => `wrote ${file}: ${what}`,
  legacyStillHeld: (scope: string, position: bigint) =>
    `the store still holds ${scope} position ${position} as the old checkpoint signed it`,
  legacySignatureValid: (scope: string, position: bigint, hash: string, time: string, keyId: string) =>
    `signature valid: ${scope} at position ${position}, hash ${hash}, signed ${time} by key ${keyId}`,
  legacyForm:
    "  a checkpoint of the old form (grant-ledger-checkpoint/1): `grant-ledger upgrade-checkpoint` turns it into a tree head",
  legacyStoreMatches: (scope: string, position: bigint) =>
    `store matches: it still holds ${scope} position ${position} with that hash`,
  signatureValid: (description: string) => `signature valid: ${description}`,
  storeMatches: (treeSize: bigint, withStreamHeads: boolean) =>
    `store matches: its first ${treeSize} events fold to that root${withStreamHeads ? " and those stream heads" : ""}`,
  needsPublicKey: (file: string) =>
    `checking against ${file} needs --public-key <pem> (the signer's public key)`,
  keptTreeHeadInvalid: (file: string, why: string) => `tree head ${file}: ${why}`,
  cutOff: (storeSize: bigint, covered: bigint, kept: string) =>
    `the store holds ${storeSize} events, fewer than the ${covered} ${kept} covers: events were cut off the end`,
  theTreeHead: "the tree head",
  aKeptTreeHead: "a kept tree head",
  proveNeedsPosition: "prove needs --position <n> (the event's global position)",
  sizeDiffers: (option: string, size: bigint, other: string, otherSize: bigint) =>
    `${option} ${size} differs from the size ${otherSize} of ${other}: give one of them`,
  leafWithoutEvent: (position: bigint) =>
    `the tree has leaf ${position} but the store has no event at that global position`,
  eventAt: (stream: string, revision: bigint, position: bigint) =>
    `${stream} revision ${revision} (global position ${position})`,
  notLeaf: (what: string, position: bigint, kept: boolean, treeSize: bigint, why: string) =>
    `${what} is not leaf ${position} of the ${kept ? "kept" : "store's"} tree of size ${treeSize}: ${why}`,
  storeTree: (treeSize: bigint, root: string) => `the store's tree of size ${treeSize}, root ${root}`,
  signedTree: (treeSize: bigint, timestamp: string, keyId: string) =>
    `the tree head of size ${treeSize} signed ${timestamp} by key ${keyId}`,
  included: (what: string, position: bigint, against: string) =>
    `included: ${what} is leaf ${position} of ${against}`,
  consistencyNeedsFrom: "prove-consistency needs --from <size> or --since <tree head file>",
  noTreeOfSize: (storeSize: bigint, size: bigint) =>
    `the store holds ${storeSize} events: no tree of size ${size}`,
  forked: (size: bigint) => `two different trees of size ${size}: the log was rewritten (or forked)`,
  keptIn: (file: string) => `the tree head kept in ${file}`,
  treeHeadIn: (file: string) => `the tree head in ${file}`,
  theStore: "the store",
  consistent: (first: bigint, firstNote: string, second: bigint, secondNote: string) =>
    `consistent: the tree of ${first} events${firstNote === "" ? "" : ` (${firstNote})`} is a prefix of the tree of ${second} events${
      secondNote === "" ? "" : ` (${secondNote})`
    }`,
  bundleNeeds: "audit-bundle needs --agreement <id>, --key <private.pem> and --out <file>",
  bundleWritten: (file: string, events: number, agreement: string, sinceSize: bigint | undefined) =>
    `wrote ${file}: ${events} events of agreement ${agreement}, each with an inclusion proof${
      sinceSize === undefined ? "" : `, and a consistency proof from the tree head of size ${sinceSize}`
    }`,
  verifyBundleNeedsKey: "verify-bundle needs --key <public.pem> (the signer's public key)",
  notABundle: (file: string, why: string) => `${file} is not an audit bundle: ${why}`,
  bundleValid: (events: number, agreement: string) =>
    `valid: ${events} events of agreement ${agreement}, each in the tree head, none left out`,
};

export type AuditMessages = typeof auditEn;
