import fc from "fast-check";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { EMPTY_ROOT, leafHash, nodeHash } from "../hashing/rfc6962";
import { createMemoryMerkleTree } from "../memory/memoryTree";
import { splitPoint } from "../tree/nodeId";
import { consistencyProof, inclusionProof, rootAt } from "./proofs";

/** RFC 6962 §2.1 written as the recursion it states, over all leaf hashes: the reference. */
const mth = (leaves: readonly Uint8Array[]): Uint8Array => {
  if (leaves.length === 0) return EMPTY_ROOT;
  if (leaves.length === 1) return leaves[0]!;
  const k = Number(splitPoint(BigInt(leaves.length)));
  return nodeHash(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
};
const path = (m: number, leaves: readonly Uint8Array[]): Uint8Array[] => {
  if (leaves.length <= 1) return [];
  const k = Number(splitPoint(BigInt(leaves.length)));
  return m < k
    ? [...path(m, leaves.slice(0, k)), mth(leaves.slice(k))]
    : [...path(m - k, leaves.slice(k)), mth(leaves.slice(0, k))];
};
const subproof = (m: number, leaves: readonly Uint8Array[], whole: boolean): Uint8Array[] => {
  const n = leaves.length;
  if (m === n) return whole ? [] : [mth(leaves)];
  const k = Number(splitPoint(BigInt(n)));
  return m <= k
    ? [...subproof(m, leaves.slice(0, k), whole), mth(leaves.slice(k))]
    : [...subproof(m - k, leaves.slice(k), false), mth(leaves.slice(0, k))];
};

const leafBytes = (n: number) => Array.from({ length: n }, (_, i) => Buffer.from(`leaf ${i}`));
const hex = (hashes: readonly Uint8Array[]) => hashes.map((h) => Buffer.from(h).toString("hex"));
const unwrap = <T>(e: E.Either<unknown, T>): T => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left, (_, v) => (typeof v === "bigint" ? `${v}` : v)));
  return e.right;
};

describe("perfect-subtree tree", () => {
  it("gives the reference root, inclusion and consistency proof for every size up to 70, grown leaf by leaf", () => {
    const bytes = leafBytes(70);
    const hashes = bytes.map(leafHash);
    const tree = createMemoryMerkleTree();
    for (let n = 1; n <= 70; n++) {
      tree.append([bytes[n - 1]!]);
      expect(hex([unwrap(rootAt(tree, BigInt(n)))])).toEqual(hex([mth(hashes.slice(0, n))]));
    }
    for (let n = 0; n <= 70; n++) {
      const leaves = hashes.slice(0, n);
      for (let i = 0; i < n; i++)
        expect(hex(unwrap(inclusionProof(tree, BigInt(i), BigInt(n))))).toEqual(hex(path(i, leaves)));
      for (let m = 1; m <= n; m++)
        expect(hex(unwrap(consistencyProof(tree, BigInt(m), BigInt(n))))).toEqual(
          hex(subproof(m, leaves, true)),
        );
    }
  });

  it("grows the same in batches of any size as leaf by leaf", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 12 }), (batches) => {
        const total = batches.reduce((a, b) => a + b, 0);
        const bytes = leafBytes(total);
        const tree = createMemoryMerkleTree();
        let at = 0;
        for (const b of batches) {
          tree.append(bytes.slice(at, at + b));
          at += b;
        }
        expect(tree.size()).toBe(BigInt(total));
        expect(hex([unwrap(rootAt(tree, BigInt(total)))])).toEqual(hex([mth(bytes.map(leafHash))]));
      }),
      { numRuns: 200 },
    );
  });

  it("reads O(log n) nodes per proof", () => {
    const tree = createMemoryMerkleTree(leafBytes(1000));
    let reads = 0;
    const counting = {
      size: tree.size,
      read: (ids: Parameters<typeof tree.read>[0]) => {
        reads += ids.length;
        return tree.read(ids);
      },
    };
    unwrap(inclusionProof(counting, 999n, 1000n));
    expect(reads).toBeLessThanOrEqual(2 * 10);
    reads = 0;
    unwrap(consistencyProof(counting, 377n, 999n));
    expect(reads).toBeLessThanOrEqual(2 * 10);
  });

  it("refuses positions and sizes the tree does not have", () => {
    const tree = createMemoryMerkleTree(leafBytes(5));
    expect(inclusionProof(tree, 5n, 5n)).toEqual(
      E.left({ _tag: "IndexOutOfRange", index: 5n, treeSize: 5n }),
    );
    expect(inclusionProof(tree, 0n, 6n)).toEqual(E.left({ _tag: "SizeOutOfRange", size: 6n, treeSize: 5n }));
    expect(consistencyProof(tree, 0n, 3n)).toEqual(
      E.left({ _tag: "SizesOutOfOrder", first: 0n, second: 3n }),
    );
    expect(consistencyProof(tree, 4n, 3n)).toEqual(
      E.left({ _tag: "SizesOutOfOrder", first: 4n, second: 3n }),
    );
    expect(hex([unwrap(rootAt(tree, 0n))])).toEqual(hex([EMPTY_ROOT]));
  });
});
