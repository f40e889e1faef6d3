/**
 * Proofs from @grant-ledger/merkle verify, and one flipped bit anywhere in what a verifier is
 * given (leaf, proof hash, root, index or size) makes them fail.
 *
 * With one exception that is a property of RFC 9162 itself, not of this verifier: a root
 * hash does not encode its tree's size, so when a flipped size gives a tree with the same
 * shape along the proved path (index 0 of 33 and of 35 leaves: five perfect left siblings,
 * then one right-border hash), the very same hashes are combined in the very same order and
 * the proof verifies. The tests assert that this is the only way a flipped size passes; the
 * size is bound to the root by the signed tree head (see verifyTreeHead), which is why
 * every proof in grant-ledger is checked against one.
 */
import { consistencyProof, createMemoryMerkleTree, inclusionProof, rootAt } from "@grant-ledger/merkle";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leafHash } from "../src/hashing/rfc6962";
import { verifyConsistency } from "../src/proof/consistency";
import { verifyInclusion } from "../src/proof/inclusion";

const unwrap = <T>(e: { _tag: "Left"; left: unknown } | { _tag: "Right"; right: T }): T => {
  if (e._tag === "Left") throw new Error("expected Right");
  return e.right;
};

const flipBit = (bytes: Uint8Array, bit: number): Uint8Array => {
  const out = Uint8Array.from(bytes);
  out[bit >> 3]! ^= 1 << (bit & 7);
  return out;
};
const flipSizeBit = (size: number, bit: number): bigint => BigInt(size) ^ (1n << BigInt(bit));

/** Which side each sibling is on, leaf upwards: RFC 6962 §2.1.1 PATH as a shape. */
const inclusionShape = (m: bigint, n: bigint): string => {
  if (n <= 1n) return "";
  const k = 1n << BigInt((n - 1n).toString(2).length - 1);
  return m < k ? `${inclusionShape(m, k)}R` : `${inclusionShape(m - k, n - k)}L`;
};
/** RFC 6962 §2.1.2 SUBPROOF as a shape: "F" a subtree of the first tree, "R"/"L" a sibling. */
const consistencyShape = (m: bigint, n: bigint, whole = true): string => {
  if (m === n) return whole ? "" : "F";
  const k = 1n << BigInt((n - 1n).toString(2).length - 1);
  return m <= k ? `${consistencyShape(m, k, whole)}R` : `${consistencyShape(m - k, n - k, false)}L`;
};
const validSizes = (...sizes: bigint[]) => sizes.every((s) => s >= 0n);

const SIZE_BITS = 64;
const MAX = 260;
/** A tree of n random leaves, shared by the runs that use the same size. */
const treeOf = (n: number, seed: number) =>
  createMemoryMerkleTree(Array.from({ length: n }, (_, i) => Uint8Array.of(seed & 0xff, i & 0xff, i >> 8)));

const inclusionCase = fc
  .integer({ min: 1, max: MAX })
  .chain((n) => fc.record({ n: fc.constant(n), index: fc.nat(n - 1), seed: fc.nat(255) }));
const consistencyCase = fc
  .integer({ min: 1, max: MAX })
  .chain((n) => fc.record({ n: fc.constant(n), m: fc.integer({ min: 1, max: n }), seed: fc.nat(255) }));

describe("inclusion proofs (property)", () => {
  const claimOf = async ({ n, index, seed }: { n: number; index: number; seed: number }) => {
    const tree = treeOf(n, seed);
    const leaf = Uint8Array.of(seed & 0xff, index & 0xff, index >> 8);
    return {
      index: BigInt(index),
      treeSize: BigInt(n),
      leafHash: await leafHash(leaf),
      proof: unwrap(inclusionProof(tree, BigInt(index), BigInt(n))),
      rootHash: unwrap(rootAt(tree, BigInt(n))),
    };
  };

  it("verifies for every leaf of random trees", async () => {
    await fc.assert(
      fc.asyncProperty(inclusionCase, async (c) => {
        expect(await verifyInclusion(await claimOf(c))).toEqual({ valid: true });
      }),
      { numRuns: 300 },
    );
  });

  it("fails when one bit of the leaf, a proof hash, the root, the index or the size flips", async () => {
    const target = fc.oneof(
      fc.record({ what: fc.constant("leaf" as const), bit: fc.nat(255) }),
      fc.record({ what: fc.constant("root" as const), bit: fc.nat(255) }),
      fc.record({ what: fc.constant("proof" as const), bit: fc.nat(255), at: fc.nat() }),
      fc.record({ what: fc.constant("index" as const), bit: fc.nat(SIZE_BITS - 1) }),
      fc.record({ what: fc.constant("size" as const), bit: fc.nat(SIZE_BITS - 1) }),
    );
    await fc.assert(
      fc.asyncProperty(inclusionCase, target, async (c, t) => {
        const claim = await claimOf(c);
        if (t.what === "proof" && claim.proof.length === 0) return; // a tree of one leaf has no proof hashes
        const mutated =
          t.what === "leaf"
            ? { ...claim, leafHash: flipBit(claim.leafHash, t.bit) }
            : t.what === "root"
              ? { ...claim, rootHash: flipBit(claim.rootHash, t.bit) }
              : t.what === "proof"
                ? {
                    ...claim,
                    proof: claim.proof.map((h, i) =>
                      i === t.at % claim.proof.length ? flipBit(h, t.bit) : h,
                    ),
                  }
                : t.what === "index"
                  ? { ...claim, index: flipSizeBit(c.index, t.bit) }
                  : { ...claim, treeSize: flipSizeBit(c.n, t.bit) };
        const verdict = await verifyInclusion(mutated);
        if (verdict.valid && (t.what === "index" || t.what === "size"))
          // Only an indistinguishable shape passes (see the note at the top).
          expect(inclusionShape(mutated.index, mutated.treeSize)).toBe(
            inclusionShape(claim.index, claim.treeSize),
          );
        else expect(verdict.valid).toBe(false);
      }),
      { numRuns: 800 },
    );
  });
});

describe("consistency proofs (property)", () => {
  const claimOf = ({ n, m, seed }: { n: number; m: number; seed: number }) => {
    const tree = treeOf(n, seed);
    return {
      firstSize: BigInt(m),
      firstRoot: unwrap(rootAt(tree, BigInt(m))),
      secondSize: BigInt(n),
      secondRoot: unwrap(rootAt(tree, BigInt(n))),
      proof: unwrap(consistencyProof(tree, BigInt(m), BigInt(n))),
    };
  };

  it("verifies for random sizes m <= n", async () => {
    await fc.assert(
      fc.asyncProperty(consistencyCase, async (c) => {
        expect(await verifyConsistency(claimOf(c))).toEqual({ valid: true });
      }),
      { numRuns: 300 },
    );
  });

  it("fails when one bit of a root, a proof hash or a size flips", async () => {
    const target = fc.oneof(
      fc.record({ what: fc.constant("first-root" as const), bit: fc.nat(255) }),
      fc.record({ what: fc.constant("second-root" as const), bit: fc.nat(255) }),
      fc.record({ what: fc.constant("proof" as const), bit: fc.nat(255), at: fc.nat() }),
      fc.record({ what: fc.constant("first-size" as const), bit: fc.nat(SIZE_BITS - 1) }),
      fc.record({ what: fc.constant("second-size" as const), bit: fc.nat(SIZE_BITS - 1) }),
    );
    await fc.assert(
      fc.asyncProperty(consistencyCase, target, async (c, t) => {
        const claim = claimOf(c);
        if (t.what === "proof" && claim.proof.length === 0) return; // m = n: nothing to flip
        const mutated =
          t.what === "first-root"
            ? { ...claim, firstRoot: flipBit(claim.firstRoot, t.bit) }
            : t.what === "second-root"
              ? { ...claim, secondRoot: flipBit(claim.secondRoot, t.bit) }
              : t.what === "proof"
                ? {
                    ...claim,
                    proof: claim.proof.map((h, i) =>
                      i === t.at % claim.proof.length ? flipBit(h, t.bit) : h,
                    ),
                  }
                : t.what === "first-size"
                  ? { ...claim, firstSize: flipSizeBit(c.m, t.bit) }
                  : { ...claim, secondSize: flipSizeBit(c.n, t.bit) };
        const verdict = await verifyConsistency(mutated);
        if (verdict.valid && (t.what === "first-size" || t.what === "second-size")) {
          expect(validSizes(mutated.firstSize, mutated.secondSize)).toBe(true);
          expect(consistencyShape(mutated.firstSize, mutated.secondSize)).toBe(
            consistencyShape(claim.firstSize, claim.secondSize),
          );
        } else expect(verdict.valid).toBe(false);
      }),
      { numRuns: 800 },
    );
  });
});
