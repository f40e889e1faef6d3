import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { leafHash, parseTreeHead, verifyInclusion, verifyTreeHead } from "@grant-ledger/merkle-verify";
import { describe, expect, it } from "vitest";
import { generateCheckpointKeyPair, keyIdOf } from "../checkpoint/keys";
import { createInMemoryEventStore } from "../memory/inMemoryEventStore";
import { eventLeaf } from "../merkle/eventLeaf";
import { aBatch, unwrap, unwrapLeft } from "../testing/fixtures";
import { signTreeHead } from "./signTreeHead";

const keys = generateCheckpointKeyPair();
const now = () => new Date("2026-12-01T21:00:00Z");

const seeded = async () => {
  const store = createInMemoryEventStore();
  unwrap(await store.appendToStream("agreement-a", aBatch(3), "no-stream"));
  unwrap(await store.appendToStream("agreement-b", aBatch(2), "no-stream"));
  return store;
};

const signedHead = async () => {
  const store = await seeded();
  const head = unwrap(await store.merkle.treeHead());
  return {
    store,
    head,
    signed: unwrap(await signTreeHead(head, { privateKeyPem: keys.privateKeyPem, now })),
  };
};

describe("signed tree heads", () => {
  it("writes the documented note, which the browser-ready verifier accepts with the public key", async () => {
    const { head, signed } = await signedHead();
    const keyId = keyIdOf(createPublicKey(keys.publicKeyPem));
    const [body, signatureLine] = signed.note.split("\n\n");
    expect(body).toBe(
      `grant-ledger\n5\n${Buffer.from(head.rootHash).toString("base64")}\ntimestamp 2026-12-01T21:00:00.000Z\nkey-id ${keyId}`,
    );
    expect(signatureLine).toMatch(/^\u2014 grant-ledger [A-Za-z0-9+/]{91}=\n$/);
    const verdict = await verifyTreeHead(signed.note, keys.publicKeyPem, { origin: "grant-ledger" });
    const rootHash = new Uint8Array(signed.treeHead.rootHash); // the tree hands out Buffers
    expect(verdict).toEqual({ valid: true, treeHead: { ...signed.treeHead, rootHash } });
    expect(signed.treeHead).toMatchObject({ treeSize: 5n, keyId, origin: "grant-ledger" });
  });

  it("is refused when any body line is altered, by another key, or for another log", async () => {
    const { signed } = await signedHead();
    const resized = signed.note.replace(/^grant-ledger\n5\n/, "grant-ledger\n7\n");
    expect(await verifyTreeHead(resized, keys.publicKeyPem)).toMatchObject({
      valid: false,
      problem: "bad-signature",
    });
    const retimed = signed.note.replace("21:00:00.000Z", "21:00:01.000Z");
    expect(await verifyTreeHead(retimed, keys.publicKeyPem)).toMatchObject({
      valid: false,
      problem: "bad-signature",
    });
    const other = generateCheckpointKeyPair();
    expect(await verifyTreeHead(signed.note, other.publicKeyPem)).toMatchObject({
      valid: false,
      problem: "wrong-key",
    });
    expect(await verifyTreeHead(signed.note, keys.publicKeyPem, { origin: "elsewhere" })).toMatchObject({
      valid: false,
      problem: "wrong-origin",
    });
    expect(await verifyTreeHead("grant-ledger\n5\n", keys.publicKeyPem)).toMatchObject({
      problem: "malformed",
    });
    expect(await verifyTreeHead(signed.note, "not a key")).toMatchObject({ problem: "invalid-key" });
  });

  it("binds the size to the root: a proof checked against the signed head cannot claim another size", async () => {
    const { store, signed } = await signedHead();
    const event = store.records()[0]!;
    const proof = unwrap(await store.merkle.inclusionProof(0n, 5n));
    const verdict = await verifyTreeHead(signed.note, keys.publicKeyPem);
    if (!verdict.valid) throw new Error(verdict.message);
    const claim = {
      index: 0n,
      treeSize: verdict.treeHead.treeSize,
      leafHash: await leafHash(eventLeaf(event)),
      proof,
      rootHash: verdict.treeHead.rootHash,
    };
    expect(await verifyInclusion(claim)).toEqual({ valid: true });
    // Index 0 of 5 and of 7 leaves have the same proof shape; only the signature tells them apart.
    expect(await verifyInclusion({ ...claim, treeSize: 7n })).toEqual({ valid: true });
    const claimedSeven = signed.note.replace(/^grant-ledger\n5\n/, "grant-ledger\n7\n");
    expect((await verifyTreeHead(claimedSeven, keys.publicKeyPem)).valid).toBe(false);
  });

  it("refuses a key that is not Ed25519 and an origin that is not a key name", async () => {
    const { head } = await signedHead();
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 })
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString();
    expect(unwrapLeft(await signTreeHead(head, { privateKeyPem: rsa }))._tag).toBe("InvalidKey");
    expect(
      unwrapLeft(await signTreeHead(head, { privateKeyPem: keys.privateKeyPem, origin: "a b" }))._tag,
    ).toBe("InvalidKey");
    const parsed = parseTreeHead(
      unwrap(await signTreeHead(head, { privateKeyPem: keys.privateKeyPem, origin: "log.example/x" })).note,
    );
    expect(typeof parsed === "string" ? parsed : parsed.treeHead.origin).toBe("log.example/x");
  });
});
