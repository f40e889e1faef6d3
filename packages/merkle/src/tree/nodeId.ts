/**
 * A perfect subtree: the 2^level leaves from index·2^level on. Only these are ever stored;
 * every other hash the RFC defines (the root of an arbitrary size, a proof's right-border
 * hashes) is folded from O(log n) of them.
 */
export interface NodeId {
  readonly level: number;
  readonly index: bigint;
}

export interface StoredNode extends NodeId {
  readonly hash: Uint8Array;
}

export const nodeKey = (id: NodeId): string => `${id.level}:${id.index}`;

/** Below this every tree position is an exact plain number, far cheaper to plan with than BigInt. */
export const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** splitPoint in plain numbers, for n <= 2^53 - 1. */
export const splitBelowSafe = (n: number): number => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

/** The largest power of two strictly below n (n > 1): where RFC 6962 splits a tree of n leaves. */
export const splitPoint = (n: bigint): bigint => {
  if (n > SAFE) return 1n << BigInt((n - 1n).toString(2).length - 1);
  return BigInt(splitBelowSafe(Number(n)));
};

/** perfectNodesOf in plain numbers, for end <= 2^53 - 1 (every value stays an exact integer). */
export const perfectNodesBelowSafe = (start: number, end: number): NodeId[] => {
  const out: NodeId[] = [];
  let at = start;
  while (at < end) {
    let level = 0;
    let size = 1;
    while (at % (size * 2) === 0 && at + size * 2 <= end) {
      size *= 2;
      level++;
    }
    out.push({ level, index: BigInt(at / size) });
    at += size;
  }
  return out;
};

/**
 * The perfect subtrees that make up the leaves [start, end), largest first. For a subtree of
 * the RFC's recursion (start aligned to a power of two at least end - start) its hash is
 * these folded from the right: MTH(D[start:end]) = H(p0, H(p1, … pk)).
 */
export const perfectNodesOf = (start: bigint, end: bigint): NodeId[] => {
  if (end <= SAFE) return perfectNodesBelowSafe(Number(start), Number(end));
  const out: NodeId[] = [];
  let at = start;
  while (at < end) {
    let level = 0;
    while ((at & ((1n << BigInt(level + 1)) - 1n)) === 0n && at + (1n << BigInt(level + 1)) <= end) level++;
    out.push({ level, index: at >> BigInt(level) });
    at += 1n << BigInt(level);
  }
  return out;
};
