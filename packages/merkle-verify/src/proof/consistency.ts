import { equalBytes } from "../bytes/bytes";
import { nodeHash } from "../hashing/rfc6962";
import { malformedHash } from "./inclusion";
import { type Size, VALID, type Verdict, invalid, sizeOf } from "./verdict";

export interface ConsistencyClaim {
  readonly firstSize: Size;
  readonly firstRoot: Uint8Array;
  readonly secondSize: Size;
  readonly secondRoot: Uint8Array;
  /** RFC 9162 §2.1.4.1 order. */
  readonly proof: readonly Uint8Array[];
}

const isPowerOfTwo = (n: bigint): boolean => n > 0n && (n & (n - 1n)) === 0n;

/**
 * RFC 9162 §2.1.4.2: rebuilds both roots from the proof at once, `fr` from the hashes that
 * lie inside the first tree and `sr` from all of them, so the second tree is shown to
 * contain the first unchanged.
 */
export const verifyConsistency = async (claim: ConsistencyClaim): Promise<Verdict> => {
  const first = sizeOf(claim.firstSize);
  const second = sizeOf(claim.secondSize);
  if (first === undefined || second === undefined)
    return invalid("bad-size", `size ${claim.firstSize} or ${claim.secondSize} is not a size`);
  if (first > second) return invalid("out-of-range", `the first size ${first} exceeds the second ${second}`);
  const bad =
    malformedHash([claim.firstRoot], "first root") ??
    malformedHash([claim.secondRoot], "second root") ??
    malformedHash(claim.proof, "proof hash");
  if (bad !== undefined) return bad;
  if (first === 0n)
    return invalid("empty-first-tree", "a consistency proof from the empty tree proves nothing");
  if (first === second) {
    if (claim.proof.length > 0) return invalid("wrong-length", "equal sizes take an empty proof");
    return equalBytes(claim.firstRoot, claim.secondRoot)
      ? VALID
      : invalid("root-mismatch", `two different roots for the same size ${first}`);
  }
  if (claim.proof.length === 0) return invalid("wrong-length", `sizes ${first} and ${second} need a proof`);
  const path = isPowerOfTwo(first) ? [claim.firstRoot, ...claim.proof] : [...claim.proof];
  let fn = first - 1n;
  let sn = second - 1n;
  while ((fn & 1n) === 1n) {
    fn >>= 1n;
    sn >>= 1n;
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0n)
      return invalid("wrong-length", `the proof has more hashes than sizes ${first}, ${second} need`);
    if ((fn & 1n) === 1n || fn === sn) {
      fr = await nodeHash(c, fr);
      sr = await nodeHash(c, sr);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      sr = await nodeHash(sr, c);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  if (sn !== 0n) return invalid("wrong-length", `the proof lacks hashes for sizes ${first}, ${second}`);
  if (!equalBytes(fr, claim.firstRoot))
    return invalid("root-mismatch", `the proof does not lead to the first root (size ${first})`);
  if (!equalBytes(sr, claim.secondRoot))
    return invalid("root-mismatch", `the proof does not lead to the second root (size ${second})`);
  return VALID;
};
