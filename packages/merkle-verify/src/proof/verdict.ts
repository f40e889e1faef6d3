/**
 * - `bad-size`: a size or index is negative, fractional or beyond 2^64 - 1.
 * - `out-of-range`: the index is not below the tree size, or the first size exceeds the second.
 * - `malformed`: a hash is not 32 bytes.
 * - `wrong-length`: the proof has more or fewer hashes than the sizes call for.
 * - `empty-first-tree`: a consistency proof from size 0 proves nothing (every tree extends it).
 * - `root-mismatch`: the proof leads to a different root: the leaf, a proof hash, the root or a
 *   size is not what was committed to.
 */
export type ProofProblem =
  | "bad-size"
  | "out-of-range"
  | "malformed"
  | "wrong-length"
  | "empty-first-tree"
  | "root-mismatch";

export type Verdict =
  | { readonly valid: true }
  | { readonly valid: false; readonly problem: ProofProblem; readonly message: string };

export const VALID: Verdict = { valid: true };

export const invalid = (problem: ProofProblem, message: string): Verdict => ({
  valid: false,
  problem,
  message,
});

/** Tree sizes and indices: bigint, or a number that is a safe non-negative integer. */
export type Size = bigint | number;

const MAX_SIZE = 2n ** 64n - 1n;

/** The size as a bigint, or undefined when it cannot be one (a verifier must not guess). */
export const sizeOf = (size: Size): bigint | undefined => {
  if (typeof size === "number" && !Number.isSafeInteger(size)) return undefined;
  const value = BigInt(size);
  return value < 0n || value > MAX_SIZE ? undefined : value;
};
