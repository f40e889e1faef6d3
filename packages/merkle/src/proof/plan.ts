import * as E from "fp-ts/Either";
import { EMPTY_ROOT, nodeHash } from "../hashing/rfc6962";
import { type NodeId, nodeKey, perfectNodesOf, splitPoint } from "../tree/nodeId";

/** A subtree of the RFC 6962 recursion: the leaves [start, end). */
interface Subtree {
  readonly start: bigint;
  readonly end: bigint;
}

/**
 * What a proof needs: the perfect-subtree nodes to read, and how to build the answer from
 * their hashes (in `nodes` order). Split so that a synchronous store (SQLite) and an
 * asynchronous one (a remote log) read the same O(log n) nodes the same way.
 */
export interface ProofPlan<T> {
  readonly nodes: readonly NodeId[];
  readonly assemble: (hashes: readonly Uint8Array[]) => T;
}

export type ProofRangeError =
  | { readonly _tag: "IndexOutOfRange"; readonly index: bigint; readonly treeSize: bigint }
  | { readonly _tag: "SizeOutOfRange"; readonly size: bigint; readonly treeSize: bigint }
  | { readonly _tag: "SizesOutOfOrder"; readonly first: bigint; readonly second: bigint };

export const describeProofRangeError = (error: ProofRangeError): string => {
  switch (error._tag) {
    case "IndexOutOfRange":
      return `position ${error.index} is not in a tree of size ${error.treeSize}`;
    case "SizeOutOfRange":
      return `the log has ${error.treeSize} entries, so there is no tree of size ${error.size}`;
    case "SizesOutOfOrder":
      return `a consistency proof needs 0 < first <= second, not ${error.first} and ${error.second}`;
  }
};

const subtreeKey = (s: Subtree): string => `${s.start}:${s.end}`;

/**
 * Hashes of the subtrees (in their order), each distinct subtree folded once from its perfect
 * nodes and every node read once: in a batch of proofs near the end of the log the same
 * right-border subtrees come back in every proof.
 */
const planSubtrees = (subtrees: readonly Subtree[]): ProofPlan<Uint8Array[]> => {
  const distinct = new Map<string, { readonly at: number; readonly ids: readonly NodeId[] }>();
  const slots = subtrees.map((s) => {
    const key = subtreeKey(s);
    let entry = distinct.get(key);
    if (entry === undefined) {
      entry = { at: distinct.size, ids: perfectNodesOf(s.start, s.end) };
      distinct.set(key, entry);
    }
    return entry.at;
  });
  const parts = [...distinct.values()].map((entry) => entry.ids);
  const unique = new Map<string, NodeId>();
  for (const ids of parts) for (const id of ids) unique.set(nodeKey(id), id);
  const nodes = [...unique.values()];
  return {
    nodes,
    assemble: (hashes) => {
      const byKey = new Map(nodes.map((id, i) => [nodeKey(id), hashes[i]!]));
      const folded = parts.map(
        (ids) =>
          ids.reduceRight<Uint8Array | undefined>((right, id) => {
            const hash = byKey.get(nodeKey(id))!;
            return right === undefined ? hash : nodeHash(hash, right);
          }, undefined)!,
      );
      return slots.map((at) => folded[at]!);
    },
  };
};

/** RFC 6962 §2.1: MTH(D[0:size]). */
export const planRoot = (size: bigint): ProofPlan<Uint8Array> => {
  if (size === 0n) return { nodes: [], assemble: () => EMPTY_ROOT };
  const plan = planSubtrees([{ start: 0n, end: size }]);
  return { nodes: plan.nodes, assemble: (hashes) => plan.assemble(hashes)[0]! };
};

/** RFC 6962 §2.1.1 PATH(m, D[start:end]), the sibling nearest the leaf first. */
const inclusionPath = (m: bigint, start: bigint, end: bigint): Subtree[] => {
  const path: Subtree[] = [];
  let lo = start;
  let hi = end;
  while (hi - lo > 1n) {
    const k = lo + splitPoint(hi - lo);
    if (m < k) {
      path.push({ start: k, end: hi });
      hi = k;
    } else {
      path.push({ start: lo, end: k });
      lo = k;
    }
  }
  return path.reverse();
};

export const planInclusion = (
  index: bigint,
  treeSize: bigint,
): E.Either<ProofRangeError, ProofPlan<Uint8Array[]>> =>
  index < 0n || index >= treeSize
    ? E.left({ _tag: "IndexOutOfRange", index, treeSize })
    : E.right(planSubtrees(inclusionPath(index, 0n, treeSize)));

/**
 * Inclusion proofs of many indices in one tree, as one plan: every node read and every
 * subtree folded once for the whole batch. Each proof equals `planInclusion`'s.
 */
export const planInclusions = (
  indices: readonly bigint[],
  treeSize: bigint,
): E.Either<ProofRangeError, ProofPlan<Uint8Array[][]>> => {
  const paths: Subtree[][] = [];
  for (const index of indices) {
    if (index < 0n || index >= treeSize) return E.left({ _tag: "IndexOutOfRange", index, treeSize });
    paths.push(inclusionPath(index, 0n, treeSize));
  }
  const plan = planSubtrees(paths.flat());
  return E.right({
    nodes: plan.nodes,
    assemble: (hashes) => {
      const all = plan.assemble(hashes);
      let at = 0;
      return paths.map((path) => all.slice(at, (at += path.length)));
    },
  });
};

/** RFC 6962 §2.1.2 SUBPROOF(m, D[0:n], true), the innermost hash first. */
const consistencyPath = (m: bigint, n: bigint): Subtree[] => {
  const path: Subtree[] = [];
  let lo = 0n;
  let hi = n;
  let whole = true; // b in the RFC: the subtree so far is the whole first tree's left edge
  while (m !== hi) {
    const k = lo + splitPoint(hi - lo);
    if (m <= k) {
      path.push({ start: k, end: hi });
      hi = k;
    } else {
      path.push({ start: lo, end: k });
      lo = k;
      whole = false;
    }
  }
  if (!whole) path.push({ start: lo, end: hi });
  return path.reverse();
};

export const planConsistency = (
  first: bigint,
  second: bigint,
): E.Either<ProofRangeError, ProofPlan<Uint8Array[]>> => {
  if (first <= 0n || first > second) return E.left({ _tag: "SizesOutOfOrder", first, second });
  return E.right(planSubtrees(first === second ? [] : consistencyPath(first, second)));
};
