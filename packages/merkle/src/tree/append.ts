import { nodeHash } from "../hashing/rfc6962";
import { type NodeId, SAFE, type StoredNode } from "./nodeId";

/**
 * The perfect subtrees covering a tree of `size` leaves: one per set bit, largest first. The
 * subtree of bit L starts where the higher bits end, so its index is size >> L with bit 0
 * cleared. Same nodes as `perfectNodesOf(0n, size)`, without its search: this runs on every append.
 */
export const frontierOf = (size: bigint): NodeId[] => {
  const out: NodeId[] = [];
  if (size <= SAFE) {
    // Plain numbers: Math.floor(n / 2^L) is exact below 2^53, and far cheaper than BigInt shifts.
    const n = Number(size);
    for (let level = Math.floor(Math.log2(n || 1)) + 1; level >= 0; level--) {
      const above = Math.floor(n / 2 ** level);
      if (above % 2 === 1) out.push({ level, index: BigInt(above - 1) });
    }
    return out;
  }
  for (let level = size.toString(2).length - 1; level >= 0; level--) {
    const above = size >> BigInt(level);
    if ((above & 1n) === 1n) out.push({ level, index: above - 1n });
  }
  return out;
};

export interface AppendedLeaves {
  /** Every perfect-subtree node the new leaves complete, leaves included: what to store. */
  readonly nodes: readonly StoredNode[];
  /** The frontier of the grown tree (see `frontierOf`), to carry into the next append. */
  readonly frontier: readonly StoredNode[];
}

const checkFrontier = (size: bigint, frontier: readonly Uint8Array[]): NodeId[] => {
  const ids = frontierOf(size);
  if (ids.length !== frontier.length)
    throw new RangeError(`a tree of size ${size} has ${ids.length} frontier nodes, not ${frontier.length}`);
  return ids;
};

/**
 * Grows a tree of `size` leaves, given its frontier hashes (`frontierOf(size)` order), by
 * the given leaf hashes. Like a binary increment: a new leaf at an odd index completes a
 * pair with its left neighbour, which may complete a pair one level up, and so on; the left
 * neighbours are always frontier nodes, so no other node is read.
 */
export const appendLeaves = (
  size: bigint,
  frontier: readonly Uint8Array[],
  leafHashes: readonly Uint8Array[],
): AppendedLeaves =>
  size + BigInt(leafHashes.length) <= SAFE
    ? appendBelowSafe(size, frontier, leafHashes)
    : appendAnySize(size, frontier, leafHashes);

/**
 * appendLeaves in plain numbers, for trees that stay below 2^53 leaves (every real ledger).
 * The frontier is a stack, largest subtree first: the node a new pair folds with is always on
 * top, so growing is pushes and pops, no map.
 */
const appendBelowSafe = (
  size: bigint,
  frontier: readonly Uint8Array[],
  leafHashes: readonly Uint8Array[],
): AppendedLeaves => {
  checkFrontier(size, frontier);
  const hashes = frontier.slice();
  const nodes: StoredNode[] = [];
  let next = Number(size);
  for (const leaf of leafHashes) {
    let hash = leaf;
    let index = next;
    let level = 0;
    nodes.push({ level, index: BigInt(index), hash });
    while (index % 2 === 1) {
      hash = nodeHash(hashes.pop()!, hash);
      index = (index - 1) / 2;
      level++;
      nodes.push({ level, index: BigInt(index), hash });
    }
    hashes.push(hash);
    next++;
  }
  const grown = frontierOf(BigInt(next)).map((id, i) => ({
    level: id.level,
    index: id.index,
    hash: hashes[i]!,
  }));
  return { nodes, frontier: grown };
};

/** appendLeaves in BigInt, for any size; exported so a test can hold both paths equal. */
export const appendAnySize = (
  size: bigint,
  frontier: readonly Uint8Array[],
  leafHashes: readonly Uint8Array[],
): AppendedLeaves => {
  const ids = checkFrontier(size, frontier);
  // Frontier by level: a tree of size n has a node at level L exactly when bit L of n is set.
  const byLevel = new Map<number, Uint8Array>(ids.map((id, i) => [id.level, frontier[i]!]));
  const nodes: StoredNode[] = [];
  let next = size;
  for (const leaf of leafHashes) {
    let hash = leaf;
    let index = next;
    let level = 0;
    nodes.push({ level, index, hash });
    while ((index & 1n) === 1n) {
      const left = byLevel.get(level)!;
      byLevel.delete(level);
      hash = nodeHash(left, hash);
      index >>= 1n;
      level++;
      nodes.push({ level, index, hash });
    }
    byLevel.set(level, hash);
    next++;
  }
  const grown = frontierOf(next).map((id) => ({
    level: id.level,
    index: id.index,
    hash: byLevel.get(id.level)!,
  }));
  return { nodes, frontier: grown };
};
