/**
 * The published transparency-dev/merkle vectors (Apache-2.0; source and commit in each JSON
 * file): the tree of the 8 RFC 6962 leaf inputs at every size 0..8, and the verification
 * probes, each a real proof or a mutation of one that a verifier must reject.
 */
import {
  createMemoryMerkleTree,
  inclusionProof,
  consistencyProof as prove,
  rootAt,
} from "@grant-ledger/merkle";
import { describe, expect, it } from "vitest";
import { fromBase64, fromHex, toHex } from "../src/bytes/bytes";
import { emptyRootHash, leafHash } from "../src/hashing/rfc6962";
import { verifyConsistency } from "../src/proof/consistency";
import { verifyInclusion } from "../src/proof/inclusion";
import consistencyProbes from "./vectors/consistency-probes.json";
import inclusionProbes from "./vectors/inclusion-probes.json";
import tree from "./vectors/rfc6962-tree.json";

const b64 = (s: string | null | undefined): Uint8Array => fromBase64(s ?? "")!;
const bytes = (hex: string): Uint8Array => fromHex(hex)!;
/** The tree's answers are fp-ts Eithers; this package itself does not depend on fp-ts. */
const unwrap = <T>(e: { _tag: "Left"; left: unknown } | { _tag: "Right"; right: T }): T => {
  if (e._tag === "Left") throw new Error("expected Right");
  return e.right;
};
const roots = tree.rootHashes.map(bytes);

describe("RFC 6962 tree vectors (transparency-dev testonly/constants.go)", () => {
  it("hashes the leaves and the empty tree as published", async () => {
    expect(toHex(await emptyRootHash())).toBe(tree.rootHashes[0]);
    const hashes = await Promise.all(tree.leafInputs.map((l) => leafHash(bytes(l))));
    expect(hashes.map(toHex)).toEqual(tree.nodeHashes[0]);
  });

  it("@grant-ledger/merkle has the published root and every complete-subtree node at each size 0..8", () => {
    const log = createMemoryMerkleTree();
    for (let n = 0; n <= 8; n++) {
      if (n > 0) log.append([bytes(tree.leafInputs[n - 1]!)]);
      expect(toHex(unwrap(rootAt(log, BigInt(n))))).toBe(tree.rootHashes[n]);
    }
    tree.nodeHashes.forEach((level, l) =>
      level.forEach((hash, i) => expect(toHex(log.read([{ level: l, index: BigInt(i) }])[0]!)).toBe(hash)),
    );
  });

  it("verifies an inclusion proof of every leaf in every tree of size 1..8 against the published roots", async () => {
    const log = createMemoryMerkleTree(tree.leafInputs.map(bytes));
    const hashes = await Promise.all(tree.leafInputs.map((l) => leafHash(bytes(l))));
    for (let n = 1; n <= 8; n++) {
      for (let i = 0; i < n; i++) {
        const proof = unwrap(inclusionProof(log, BigInt(i), BigInt(n)));
        const claim = { index: i, treeSize: n, leafHash: hashes[i]!, proof, rootHash: roots[n]! };
        expect(await verifyInclusion(claim)).toEqual({ valid: true });
        // The same proof against every other size's root fails.
        for (let other = 1; other <= 8; other++)
          if (other !== n)
            expect((await verifyInclusion({ ...claim, rootHash: roots[other]! })).valid).toBe(false);
      }
    }
  });

  it("verifies a consistency proof between every pair of sizes 1 <= m <= n <= 8 against the published roots", async () => {
    const log = createMemoryMerkleTree(tree.leafInputs.map(bytes));
    for (let n = 1; n <= 8; n++) {
      for (let m = 1; m <= n; m++) {
        const proof = unwrap(prove(log, BigInt(m), BigInt(n)));
        const claim = { firstSize: m, firstRoot: roots[m]!, secondSize: n, secondRoot: roots[n]!, proof };
        expect(await verifyConsistency(claim)).toEqual({ valid: true });
        if (m < n)
          expect(
            (await verifyConsistency({ ...claim, firstRoot: roots[n]!, secondRoot: roots[m]! })).valid,
          ).toBe(false);
      }
    }
  });

  it("refuses a consistency proof from the empty tree and accepts the empty tree equal to itself only as invalid", async () => {
    const empty = await emptyRootHash();
    const verdict = await verifyConsistency({
      firstSize: 0,
      firstRoot: empty,
      secondSize: 3,
      secondRoot: roots[3]!,
      proof: [],
    });
    expect(verdict).toMatchObject({ valid: false, problem: "empty-first-tree" });
  });
});

describe("transparency-dev verification probes (testdata/inclusion, testdata/consistency)", () => {
  it.each(inclusionProbes.probes.map((p) => [p.file, p] as const))("%s", async (_file, p) => {
    const verdict = await verifyInclusion({
      index: p.leafIdx,
      treeSize: p.treeSize,
      leafHash: b64(p.leafHash),
      proof: (p.proof ?? []).map(b64),
      rootHash: b64(p.root),
    });
    expect(verdict.valid).toBe(!p.wantErr);
  });

  /**
   * The one deliberate difference: this probe's "roots" are 14-byte placeholders the Go
   * reference never length-checks for equal sizes. Ours refuses anything that is not a
   * SHA-256 hash, so it is rejected as malformed instead of accepted.
   */
  const malformedHere = "testdata/consistency/additional/sizes-are-equal-one-and-proof-is-empty.json";

  it.each(consistencyProbes.probes.map((p) => [p.file, p] as const))("%s", async (file, p) => {
    const verdict = await verifyConsistency({
      firstSize: p.size1,
      firstRoot: b64(p.root1),
      secondSize: p.size2,
      secondRoot: b64(p.root2),
      proof: (p.proof ?? []).map(b64),
    });
    if (file === malformedHere) expect(verdict).toMatchObject({ valid: false, problem: "malformed" });
    else expect(verdict.valid).toBe(!p.wantErr);
  });
});
