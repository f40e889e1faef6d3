import { leafHash } from "../hashing/rfc6962";
import type { MerkleNodes } from "../proof/proofs";
import { appendLeaves, frontierOf } from "../tree/append";

export interface MemoryMerkleTree extends MerkleNodes {
  /** Appends leaves (their bytes, hashed here). */
  readonly append: (leaves: readonly Uint8Array[]) => void;
}

/** Perfect-subtree nodes in arrays, one per level: for the in-memory store and for tests. */
export const createMemoryMerkleTree = (leaves: readonly Uint8Array[] = []): MemoryMerkleTree => {
  const levels: Uint8Array[][] = [];
  let size = 0n;
  const read = (ids: readonly { level: number; index: bigint }[]) =>
    ids.map((id) => {
      const hash = levels[id.level]?.[Number(id.index)];
      if (hash === undefined)
        throw new RangeError(`no node ${id.level}:${id.index} in a tree of size ${size}`);
      return hash;
    });
  const append = (more: readonly Uint8Array[]) => {
    const grown = appendLeaves(size, read(frontierOf(size)), more.map(leafHash));
    for (const node of grown.nodes) {
      levels[node.level] ??= [];
      levels[node.level]![Number(node.index)] = node.hash;
    }
    size += BigInt(more.length);
  };
  append(leaves);
  return { size: () => size, read, append };
};
