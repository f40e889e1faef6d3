import * as E from "fp-ts/Either";
import { EMPTY_ROOT, nodeHash } from "../hashing/rfc6962";
import {
  type NodeId,
  SAFE,
  nodeKey,
  perfectNodesBelowSafe,
  perfectNodesOf,
  splitBelowSafe,
  splitPoint,
} from "../tree/nodeId";

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
 * Hashes of subtrees from their perfect nodes: `parts` holds each distinct subtree's nodes,
 * `slots` which distinct subtree each answer is. Every node is read once and every distinct
 * subtree folded once: in a batch of proofs near the end of the log the same right-border
 * subtrees come back in every proof.
 */
const planFolds = (
  parts: readonly (readonly NodeId[])[],
  slots: readonly number[],
): ProofPlan<Uint8Array[]> => {
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

/** Hashes of the subtrees, in their order. */
const planSubtrees = (subtrees: readonly Subtree[]): ProofPlan<Uint8Array[]> => {
  const distinct = new Map<string, number>();
  const parts: NodeId[][] = [];
  const slots = subtrees.map((s) => {
    const key = subtreeKey(s);
    let at = distinct.get(key);
    if (at === undefined) {
      at = parts.push(perfectNodesOf(s.start, s.end)) - 1;
      distinct.set(key, at);
    }
    return at;
  });
  return planFolds(parts, slots);
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
  for (const index of indices)
    if (index < 0n || index >= treeSize) return E.left({ _tag: "IndexOutOfRange", index, treeSize });
  const lengths: number[] = [];
  let plan: ProofPlan<Uint8Array[]>;
  if (treeSize <= SAFE) {
    const { parts, slots } = inclusionFoldsBelowSafe(
      indices.map((i) => Number(i)),
      Number(treeSize),
      lengths,
    );
    plan = planFolds(parts, slots);
  } else {
    const paths = indices.map((index) => inclusionPath(index, 0n, treeSize));
    for (const path of paths) lengths.push(path.length);
    plan = planSubtrees(paths.flat());
  }
  return E.right({
    nodes: plan.nodes,
    assemble: (hashes) => {
      const all = plan.assemble(hashes);
      let at = 0;
      return lengths.map((length) => {
        at += length;
        return all.slice(at - length, at);
      });
    },
  });
};

/**
 * inclusionPath and planSubtrees' dedup for a batch, in plain numbers (tree size below 2^53):
 * planning 10,000 proofs in BigInt cost more than reading and hashing them.
 */
const inclusionFoldsBelowSafe = (indices: readonly number[], treeSize: number, lengths: number[]) => {
  const distinct = new Map<string, number>();
  const parts: NodeId[][] = [];
  const slots: number[] = [];
  const slotOf = (start: number, end: number): number => {
    const key = `${start}:${end}`;
    let at = distinct.get(key);
    if (at === undefined) {
      at = parts.push(perfectNodesBelowSafe(start, end)) - 1;
      distinct.set(key, at);
    }
    return at;
  };
  for (const m of indices) {
    const path: number[] = [];
    let lo = 0;
    let hi = treeSize;
    while (hi - lo > 1) {
      const k = lo + splitBelowSafe(hi - lo);
      if (m < k) {
        path.push(slotOf(k, hi));
        hi = k;
      } else {
        path.push(slotOf(lo, k));
        lo = k;
      }
    }
    for (let i = path.length - 1; i >= 0; i--) slots.push(path[i]!);
    lengths.push(path.length);
  }
  return { parts, slots };
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
