import { generateKeyPairSync } from "node:crypto";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { chainHash } from "../chain/chainHash";
import { createInMemoryEventStore } from "../memory/inMemoryEventStore";
import type { RecordedEvent } from "../port";
import { aBatch, unwrap, unwrapLeft } from "../testing/fixtures";
import { createCheckpoint, verifyCheckpointAgainstStore, verifySignedCheckpoint } from "./checkpoint";
import { CheckpointScope, streamScope } from "./codec";
import { describeCheckpointError } from "./errors";
import { generateCheckpointKeyPair } from "./keys";
import { formatCheckpointFile, parseCheckpointFile, verifyCheckpointSignature } from "./sign";

const keys = generateCheckpointKeyPair();
const now = () => new Date("2026-03-01T12:00:00Z");
const all = unwrap(CheckpointScope.decode("all"));

const seeded = async () => {
  const store = createInMemoryEventStore();
  unwrap(await store.appendToStream("agreement-a", aBatch(3), "no-stream"));
  unwrap(await store.appendToStream("agreement-b", aBatch(2), "no-stream"));
  return store;
};

const rebuilt = (records: RecordedEvent[]) => createInMemoryEventStore({ records });

/** Re-chains a stream after an edit, as a forger with write access would. */
const forgeStream = (records: RecordedEvent[], streamId: string): RecordedEvent[] => {
  let previousHash = "0".repeat(64);
  return records.map((e) => {
    if (e.streamId !== streamId) return e;
    const fields = { ...e, previousHash };
    const hash = chainHash(fields);
    previousHash = hash;
    return { ...fields, hash };
  });
};

describe("checkpoints", () => {
  it("signs the whole store and verifies offline and against the store", async () => {
    const store = await seeded();
    const signed = unwrap(
      await createCheckpoint(store, { scope: all, privateKeyPem: keys.privateKeyPem, now }),
    );
    expect(signed.checkpoint).toMatchObject({ scope: "all", position: 4n, time: "2026-03-01T12:00:00.000Z" });
    expect(signed.checkpoint.hash).toMatch(/^[0-9a-f]{64}$/);
    const file = formatCheckpointFile(signed);
    const parsed = unwrap(parseCheckpointFile(file));
    expect(parsed).toEqual(signed);
    expect(unwrap(verifyCheckpointSignature(parsed, keys.publicKeyPem))).toEqual(signed.checkpoint);
    // Appending more keeps an older checkpoint valid.
    unwrap(await store.appendToStream("agreement-a", aBatch(1), 2n));
    expect(E.isRight(await verifySignedCheckpoint(parsed, keys.publicKeyPem, store))).toBe(true);
  });

  it("signs one stream at its last revision and hash", async () => {
    const store = await seeded();
    const scope = streamScope("agreement-a");
    const signed = unwrap(await createCheckpoint(store, { scope, privateKeyPem: keys.privateKeyPem, now }));
    const last = store.records().filter((e) => e.streamId === "agreement-a")[2]!;
    expect(signed.checkpoint).toMatchObject({ scope: "stream:agreement-a", position: 2n, hash: last.hash });
    expect(E.isRight(await verifyCheckpointAgainstStore(store, signed.checkpoint))).toBe(true);
  });

  it("rejects a checkpoint altered after signing", async () => {
    const signed = unwrap(
      await createCheckpoint(await seeded(), { scope: all, privateKeyPem: keys.privateKeyPem, now }),
    );
    const altered = { ...signed, checkpoint: { ...signed.checkpoint, position: 3n } };
    expect(unwrapLeft(verifyCheckpointSignature(altered, keys.publicKeyPem))).toEqual({
      _tag: "BadSignature",
    });
  });

  it("names a checkpoint signed by another key", async () => {
    const signed = unwrap(
      await createCheckpoint(await seeded(), { scope: all, privateKeyPem: keys.privateKeyPem, now }),
    );
    const other = generateCheckpointKeyPair();
    const error = unwrapLeft(verifyCheckpointSignature(signed, other.publicKeyPem));
    expect(error._tag).toBe("WrongKey");
    expect(describeCheckpointError(error)).toContain(signed.keyId);
    const forged = {
      ...signed,
      keyId: unwrap(
        await createCheckpoint(await seeded(), { scope: all, privateKeyPem: other.privateKeyPem, now }),
      ).keyId,
    };
    expect(unwrapLeft(verifyCheckpointSignature(forged, other.publicKeyPem))).toEqual({
      _tag: "BadSignature",
    });
  });

  it("detects history rewritten with a valid chain", async () => {
    const store = await seeded();
    const signed = unwrap(
      await createCheckpoint(store, { scope: all, privateKeyPem: keys.privateKeyPem, now }),
    );
    const records = store
      .records()
      .map((e) => (e.streamId === "agreement-a" && e.revision === 1n ? { ...e, data: { forged: true } } : e));
    const forged = rebuilt(forgeStream(records, "agreement-a"));
    const error = unwrapLeft(await verifyCheckpointAgainstStore(forged, signed.checkpoint));
    expect(error).toMatchObject({
      _tag: "HashMismatch",
      scope: "all",
      position: 4n,
      expectedHash: signed.checkpoint.hash,
    });
    const streamSigned = unwrap(
      await createCheckpoint(store, {
        scope: streamScope("agreement-a"),
        privateKeyPem: keys.privateKeyPem,
        now,
      }),
    );
    expect(unwrapLeft(await verifyCheckpointAgainstStore(forged, streamSigned.checkpoint))._tag).toBe(
      "HashMismatch",
    );
  });

  it("detects a truncated store and a broken chain", async () => {
    const store = await seeded();
    const signed = unwrap(
      await createCheckpoint(store, { scope: all, privateKeyPem: keys.privateKeyPem, now }),
    );
    const truncated = rebuilt(store.records().slice(0, 4));
    const missing = unwrapLeft(await verifyCheckpointAgainstStore(truncated, signed.checkpoint));
    expect(missing).toEqual({ _tag: "PositionMissing", scope: "all", position: 4n, head: 3n });
    expect(describeCheckpointError(missing)).toContain("ends at 3");
    const edited = store.records().map((e, i) => (i === 1 ? { ...e, type: "Forged" } : e));
    const broken = unwrapLeft(await verifyCheckpointAgainstStore(rebuilt(edited), signed.checkpoint));
    expect(broken).toMatchObject({ _tag: "ChainBroken", chainBreak: { problem: "edited", revision: 1n } });
  });

  it("refuses to checkpoint an empty scope or a broken chain", async () => {
    const empty = createInMemoryEventStore();
    expect(
      unwrapLeft(await createCheckpoint(empty, { scope: all, privateKeyPem: keys.privateKeyPem })),
    ).toEqual({
      _tag: "EmptyScope",
      scope: "all",
    });
    const edited = (await seeded()).records().map((e, i) => (i === 0 ? { ...e, data: { x: 1 } } : e));
    const result = await createCheckpoint(rebuilt(edited), { scope: all, privateKeyPem: keys.privateKeyPem });
    expect(unwrapLeft(result)._tag).toBe("ChainBroken");
  });

  it("rejects keys that are not Ed25519 PEM and files that are not checkpoints", async () => {
    const store = await seeded();
    const bad = unwrapLeft(await createCheckpoint(store, { scope: all, privateKeyPem: "not a key" }));
    expect(bad._tag).toBe("InvalidKey");
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({
      type: "pkcs8",
      format: "pem",
    });
    const wrongKind = unwrapLeft(
      await createCheckpoint(store, { scope: all, privateKeyPem: rsa.toString() }),
    );
    expect(describeCheckpointError(wrongKind)).toBe("the private key is rsa, not Ed25519");
    const invalid = unwrapLeft(
      parseCheckpointFile(
        '{"format":"grant-ledger-checkpoint/1","checkpoint":{"scope":"some","position":"x"}}',
      ),
    );
    expect(invalid._tag).toBe("InvalidCheckpointFile");
    expect(describeCheckpointError(invalid)).toMatch(/checkpoint\.scope.*"some"/);
    expect(unwrapLeft(parseCheckpointFile("{oops"))._tag).toBe("InvalidCheckpointFile");
  });
});
