import { equalBytes } from "../bytes/bytes";
import { HASH_BYTES, nodeHash } from "../hashing/rfc6962";
import { type Size, VALID, type Verdict, invalid, sizeOf } from "./verdict";

export interface InclusionClaim {
  /** 0-based position of the leaf. */
  readonly index: Size;
  readonly treeSize: Size;
  /** RFC 6962 leaf hash: SHA-256(0x00 ‖ leaf bytes), see `leafHash`. */
  readonly leafHash: Uint8Array;
  /** Sibling hashes from the leaf up, as RFC 9162 §2.1.3.1 orders them. */
  readonly proof: readonly Uint8Array[];
  readonly rootHash: Uint8Array;
}

export const malformedHash = (hashes: readonly Uint8Array[], what: string): Verdict | undefined => {
  const i = hashes.findIndex((h) => h.length !== HASH_BYTES);
  return i < 0
    ? undefined
    : invalid("malformed", `${what} ${i} is ${hashes[i]!.length} bytes, not ${HASH_BYTES}`);
};

/**
 * RFC 9162 §2.1.3.2. `fn` walks the leaf's index up the tree and `sn` the last index; where
 * `fn` is a right child or on the right border (`fn == sn`) the sibling is on the left, and
 * levels where the border node has no sibling are skipped. Ending with `sn == 0` proves the
 * proof had exactly the hashes the sizes call for.
 */
export const verifyInclusion = async (claim: InclusionClaim): Promise<Verdict> => {
  const index = sizeOf(claim.index);
  const size = sizeOf(claim.treeSize);
  if (index === undefined || size === undefined)
    return invalid("bad-size", `index ${claim.index} or tree size ${claim.treeSize} is not a size`);
  if (index >= size) return invalid("out-of-range", `index ${index} is not in a tree of size ${size}`);
  const bad =
    malformedHash([claim.leafHash], "leaf hash") ??
    malformedHash([claim.rootHash], "root hash") ??
    malformedHash(claim.proof, "proof hash");
  if (bad !== undefined) return bad;
  let fn = index;
  let sn = size - 1n;
  let r = claim.leafHash;
  for (const p of claim.proof) {
    if (sn === 0n)
      return invalid("wrong-length", `the proof has more than the hashes a tree of size ${size} needs`);
    if ((fn & 1n) === 1n || fn === sn) {
      r = await nodeHash(p, r);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      r = await nodeHash(r, p);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  if (sn !== 0n)
    return invalid("wrong-length", `the proof lacks hashes for index ${index} in a tree of size ${size}`);
  return equalBytes(r, claim.rootHash)
    ? VALID
    : invalid("root-mismatch", `the proof for index ${index} does not lead to the root of size ${size}`);
};
