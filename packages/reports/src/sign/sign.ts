import { createHash, createPublicKey, sign, verify } from "node:crypto";
import type { JsonObject } from "@grant-ledger/core";
import { canonicalJson, keyIdOf, loadPrivateKey, loadPublicKey } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { type ReportProblem, reportProblem } from "../verify/problem";

export type ReportFormat = "json" | "csv" | "html";

/** What a signed report carries: an Ed25519 signature over the SHA-256 of what it signs. */
export interface ReportSignature {
  readonly algorithm: "Ed25519";
  /** The checkpoint key's id: first 16 hex digits of SHA-256 over its SPKI DER form. */
  readonly keyId: string;
  readonly sha256: string;
  /** base64 */
  readonly signature: string;
}

// CSV and HTML carry the signature as a last line; the bytes before it are what is signed.
// CSV's is a record of its own (`#grant-ledger-signature;Ed25519;<key id>;<sha256>;<base64>`).
const CSV_TRAILER = "#grant-ledger-signature";
const HTML_TRAILER = "<!-- grant-ledger-signature ";

const sha256 = (bytes: string): string => createHash("sha256").update(bytes, "utf8").digest("hex");

/**
 * The signed part of a report and the signature it carries. JSON: the RFC 8785 canonical form
 * of the document without its `signature` member (whitespace does not matter); CSV and HTML:
 * every byte before the trailer line.
 */
export const signedPart = (
  text: string,
  format: ReportFormat,
): { readonly signed: string; readonly signature: unknown } => {
  if (format === "json") {
    const { signature, ...document } = JSON.parse(text) as JsonObject;
    return { signed: canonicalJson(document), signature };
  }
  const marker = format === "csv" ? `\r\n${CSV_TRAILER}` : `\n${HTML_TRAILER}`;
  const at = text.lastIndexOf(marker);
  if (at < 0) return { signed: text, signature: undefined };
  const cut = at + (format === "csv" ? 2 : 1);
  const trailer = text.slice(cut + (format === "csv" ? CSV_TRAILER.length : HTML_TRAILER.length));
  if (format === "csv") {
    const [, algorithm, keyId, digest, signature] = trailer.trim().split(/[;,]/);
    return { signed: text.slice(0, cut), signature: { algorithm, keyId, sha256: digest, signature } };
  }
  const json = trailer.replace(/\s*-->\s*$/, "");
  try {
    return { signed: text.slice(0, cut), signature: JSON.parse(json) };
  } catch {
    return { signed: text.slice(0, cut), signature: null };
  }
};

/** Signs a rendered report with an Ed25519 private key (PEM, as `checkpoint keygen` writes it). */
export const signReport = (
  text: string,
  format: ReportFormat,
  privateKeyPem: string,
): E.Either<string, string> => {
  const key = loadPrivateKey(privateKeyPem);
  if (E.isLeft(key)) return E.left(key.left._tag === "InvalidKey" ? key.left.message : key.left._tag);
  const { signed } = signedPart(text, format);
  const digest = sha256(signed);
  const signature: ReportSignature = {
    algorithm: "Ed25519",
    keyId: keyIdOf(createPublicKey(key.right)),
    sha256: digest,
    signature: sign(null, Buffer.from(digest, "hex"), key.right).toString("base64"),
  };
  if (format === "json") {
    const document = JSON.parse(text) as JsonObject;
    return E.right(`${JSON.stringify({ ...document, signature }, null, 2)}\n`);
  }
  if (format === "csv") {
    // The report's own delimiter: the first record's, right after the title.
    const d = /^\uFEFF?[^\r\n;,]*([;,])/.exec(text)?.[1] ?? ";";
    const fields = [CSV_TRAILER, signature.algorithm, signature.keyId, signature.sha256, signature.signature];
    return E.right(`${text}${fields.join(d)}\r\n`);
  }
  return E.right(`${text}${HTML_TRAILER}${JSON.stringify(signature)} -->\n`);
};

/** Checks a report's signature with the public key; the first problem as text, or nothing. */
export const checkSignature = (
  text: string,
  format: ReportFormat,
  publicKeyPem: string,
): ReportProblem | undefined => {
  const key = loadPublicKey(publicKeyPem);
  if (E.isLeft(key))
    return reportProblem("key-invalid", key.left._tag === "InvalidKey" ? { detail: key.left.message } : {});
  const { signed, signature } = signedPart(text, format);
  if (signature === undefined) return reportProblem("no-signature");
  const s = signature as Partial<ReportSignature> | null;
  if (
    s === null ||
    s.algorithm !== "Ed25519" ||
    typeof s.signature !== "string" ||
    typeof s.sha256 !== "string"
  )
    return reportProblem("signature-unreadable");
  const keyId = keyIdOf(key.right);
  if (s.keyId !== keyId) return reportProblem("wrong-key", { signedWith: String(s.keyId), expected: keyId });
  const digest = sha256(signed);
  if (digest !== s.sha256) return reportProblem("digest-differs", { digest, signed: s.sha256 });
  return verify(null, Buffer.from(digest, "hex"), key.right, Buffer.from(s.signature, "base64"))
    ? undefined
    : reportProblem("signature-mismatch");
};
