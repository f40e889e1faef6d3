import fc from "fast-check";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { leafHash } from "../hashing/rfc6962";
import { createMemoryMerkleTree } from "../memory/memoryTree";
import { type NodeId, perfectNodesOf, splitPoint } from "../tree/nodeId";
import { type ProofPlan, planInclusion, planInclusions } from "./plan";
import { inclusionProof } from "./proofs";

const leafBytes = (n: number) => Array.from({ length: n }, (_, i) => Buffer.from(`leaf ${i}`));
const hex = (hashes: readonly Uint8Array[]) => hashes.map((h) => Buffer.from(h).toString("hex"));

/** The definitions in BigInt throughout, as they were before the plain-number fast path. */
const referenceSplit = (n: bigint): bigint => 1n << BigInt((n - 1n).toString(2).length - 1);
const referencePerfectNodes = (start: bigint, end: bigint): NodeId[] => {
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

describe("inclusion proofs planned as one batch", () => {
  it("equal the proofs planned one at a time, for any indices in any order, repeated or not", () => {
    const tree = createMemoryMerkleTree(leafBytes(300));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 300 })
          .chain((n) =>
            fc.tuple(fc.constant(n), fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 40 })),
          ),
        ([n, indices]) => {
          const plan = planInclusions(
            indices.map((i) => BigInt(i)),
            BigInt(n),
          );
          if (E.isLeft(plan)) throw new Error(plan.left._tag);
          const batch = plan.right.assemble(tree.read(plan.right.nodes));
          expect(batch.map(hex)).toEqual(
            indices.map((i) => {
              const single = inclusionProof(tree, BigInt(i), BigInt(n));
              if (E.isLeft(single)) throw new Error(single.left._tag);
              return hex(single.right);
            }),
          );
          // Reading each distinct node once: never more than the single plans together.
          const singles = indices.reduce((sum, i) => {
            const p = planInclusion(BigInt(i), BigInt(n));
            return sum + (E.isRight(p) ? p.right.nodes.length : 0);
          }, 0);
          expect(plan.right.nodes.length).toBeLessThanOrEqual(singles);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("equal the single proofs in trees of any size, beyond 2^53 too, over stand-in node hashes", () => {
    // A stand-in hash per node id: no store holds 2^53 leaves, and planning needs none.
    const read = (ids: readonly NodeId[]) =>
      ids.map((id) => leafHash(Buffer.from(`${id.level}:${id.index}`)));
    const proofsOf = <T>(plan: E.Either<unknown, ProofPlan<T>>): T => {
      if (E.isLeft(plan)) throw new Error("refused");
      return plan.right.assemble(read(plan.right.nodes));
    };
    fc.assert(
      fc.property(
        fc.oneof(fc.bigInt({ min: 1n, max: 1n << 62n }), fc.bigInt({ min: 1n, max: 1n << 20n })),
        fc.array(fc.bigInt({ min: 0n, max: 1n << 62n }), { minLength: 1, maxLength: 8 }),
        (size, offsets) => {
          const indices = offsets.map((o) => (o % 2n === 0n ? size - 1n - (o % size) : o % size));
          expect(proofsOf(planInclusions(indices, size)).map(hex)).toEqual(
            indices.map((i) => hex(proofsOf(planInclusion(i, size)))),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses the batch at the first index outside the tree", () => {
    expect(planInclusions([1n, 5n, 9n], 5n)).toEqual(
      E.left({ _tag: "IndexOutOfRange", index: 5n, treeSize: 5n }),
    );
    expect(planInclusions([-1n], 5n)).toEqual(E.left({ _tag: "IndexOutOfRange", index: -1n, treeSize: 5n }));
  });
});

describe("planning in plain numbers below 2^53", () => {
  const sizes = fc.oneof(
    fc.bigInt({ min: 2n, max: 1n << 20n }),
    fc.bigInt({ min: 2n, max: 1n << 62n }),
    fc.integer({ min: 1, max: 61 }).map((b) => (1n << BigInt(b)) + 1n),
    fc.integer({ min: 1, max: 61 }).map((b) => 1n << BigInt(b)),
    fc.constantFrom(BigInt(Number.MAX_SAFE_INTEGER), BigInt(Number.MAX_SAFE_INTEGER) + 1n, 1n << 53n),
  );

  it("splits where the BigInt definition does", () => {
    fc.assert(
      fc.property(sizes, (n) => {
        expect(splitPoint(n)).toBe(referenceSplit(n));
      }),
      { numRuns: 2000 },
    );
  });

  it("names the perfect subtrees the BigInt definition does", () => {
    fc.assert(
      fc.property(sizes, fc.bigInt({ min: 0n, max: 1n << 62n }), (end, offset) => {
        const start = end - (offset % (end + 1n));
        expect(perfectNodesOf(start, end)).toEqual(referencePerfectNodes(start, end));
      }),
      { numRuns: 2000 },
    );
  });
});
