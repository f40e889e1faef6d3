import { leafHash } from "../hashing/rfc6962";
import type { MerkleNodes } from "../proof/proofs";
import { appendLeaves, frontierOf } from "../tree/append";

export interface MemoryMerkleTree extends MerkleNodes {
  /** Appends leaves (their bytes, hashed here). */
  readonly append: (leaves: readonly Uint8Array[]) => void;
}

const HASH = 32;

/**
 * One level's hashes back to back in a buffer that doubles when full: about 64 bytes per leaf
 * for the whole tree, where a buffer per hash costs several times that (a store that computes
 * its tree from its log keeps one of these for every event it has). A slot is written once, so
 * views handed out stay valid after the buffer grows.
 */
const createLevel = () => {
  let bytes = Buffer.alloc(HASH * 64);
  let count = 0;
  return {
    count: () => count,
    at: (index: number): Uint8Array | undefined =>
      index < count ? bytes.subarray(index * HASH, (index + 1) * HASH) : undefined,
    set: (index: number, hash: Uint8Array) => {
      if (hash.length !== HASH) throw new RangeError(`a node hash has ${HASH} bytes, not ${hash.length}`);
      if (index !== count) throw new RangeError(`level grows in order: slot ${index} after ${count}`);
      if ((index + 1) * HASH > bytes.length) {
        const grown = Buffer.alloc(bytes.length * 2);
        bytes.copy(grown);
        bytes = grown;
      }
      bytes.set(hash, index * HASH);
      count++;
    },
  };
};

/** Perfect-subtree nodes in memory, one buffer per level: for the in-memory store, stores that compute their tree, and tests. */
export const createMemoryMerkleTree = (leaves: readonly Uint8Array[] = []): MemoryMerkleTree => {
  const levels: ReturnType<typeof createLevel>[] = [];
  let size = 0n;
  const read = (ids: readonly { level: number; index: bigint }[]) =>
    ids.map((id) => {
      const hash = levels[id.level]?.at(Number(id.index));
      if (hash === undefined)
        throw new RangeError(`no node ${id.level}:${id.index} in a tree of size ${size}`);
      return hash;
    });
  const append = (more: readonly Uint8Array[]) => {
    const grown = appendLeaves(size, read(frontierOf(size)), more.map(leafHash));
    for (const node of grown.nodes) {
      levels[node.level] ??= createLevel();
      levels[node.level]!.set(Number(node.index), node.hash);
    }
    size += BigInt(more.length);
  };
  append(leaves);
  return { size: () => size, read, append };
};
