import { equalBytes, utf8 } from "../bytes/bytes";
import { keyIdOf, noteKeyHash, readPublicKey } from "./keys";
import { type TreeHead, parseTreeHead } from "./note";

/**
 * - `malformed`: not a tree head in the documented text form.
 * - `invalid-key`: the given key is not an Ed25519 public key.
 * - `wrong-key`: no signature line is by the given key (or the body names another key id).
 * - `wrong-origin`: the tree head is for another log than the one expected.
 * - `bad-signature`: the signature by the key does not match the body: it was altered.
 */
export type TreeHeadProblem = "malformed" | "invalid-key" | "wrong-key" | "wrong-origin" | "bad-signature";

export type TreeHeadVerdict =
  | { readonly valid: true; readonly treeHead: TreeHead }
  | { readonly valid: false; readonly problem: TreeHeadProblem; readonly message: string };

const fail = (problem: TreeHeadProblem, message: string): TreeHeadVerdict => ({
  valid: false,
  problem,
  message,
});

export interface VerifyTreeHeadOptions {
  /** When given, a tree head of any other log is refused. */
  readonly origin?: string;
}

/**
 * Checks a signed tree head against the auditor's copy of the public key (SPKI PEM or the
 * 32 raw bytes) and returns what it attests. Only the signature line whose name is the
 * origin and whose key hash is this key's counts; other lines (witnesses) are ignored.
 */
export const verifyTreeHead = async (
  note: string,
  publicKey: string | Uint8Array,
  options: VerifyTreeHeadOptions = {},
): Promise<TreeHeadVerdict> => {
  const parsed = parseTreeHead(note);
  if (typeof parsed === "string") return fail("malformed", parsed);
  const { treeHead } = parsed;
  if (options.origin !== undefined && treeHead.origin !== options.origin)
    return fail("wrong-origin", `the tree head is for ${treeHead.origin}, not ${options.origin}`);
  const key = readPublicKey(publicKey);
  if (typeof key === "string") return fail("invalid-key", key);
  const keyId = await keyIdOf(key);
  if (treeHead.keyId !== keyId)
    return fail(
      "wrong-key",
      `the tree head was signed by key ${treeHead.keyId}, not by the given key ${keyId}`,
    );
  const keyHash = await noteKeyHash(treeHead.origin, key);
  const line = parsed.signatures.find((s) => s.name === treeHead.origin && equalBytes(s.keyHash, keyHash));
  if (line === undefined)
    return fail("wrong-key", `no signature line by key ${keyId} for ${treeHead.origin}`);
  const verifier = await globalThis.crypto.subtle.importKey("raw", key.raw, { name: "Ed25519" }, false, [
    "verify",
  ]);
  const ok = await globalThis.crypto.subtle.verify(
    { name: "Ed25519" },
    verifier,
    line.signature,
    utf8(parsed.body),
  );
  return ok
    ? { valid: true, treeHead }
    : fail("bad-signature", "the signature does not match the tree head: it was altered after signing");
};
