import { type TreeHead, toBase64, verifyTreeHead } from "@grant-ledger/merkle-verify";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { chainHash } from "../chain/chainHash";
import { createInMemoryEventStore } from "../memory/inMemoryEventStore";
import type { MerkleLog, RecordedEvent } from "../port";
import { aBatch, unwrap, unwrapLeft } from "../testing/fixtures";
import { signTreeHead } from "../treeHead/signTreeHead";
import { streamHeadsTree } from "../treeHead/streamHeads";
import { createCheckpoint } from "./checkpoint";
import { CheckpointScope, streamScope } from "./codec";
import { describeCheckpointError } from "./errors";
import { generateCheckpointKeyPair } from "./keys";
import {
  createTreeCheckpoint,
  scanTree,
  verifyTreeCheckpoint,
  verifyTreeHeadAgainstStore,
} from "./treeCheckpoint";
import { upgradeCheckpoint } from "./upgrade";

const keys = generateCheckpointKeyPair();

const seeded = async (events = 3) => {
  const store = createInMemoryEventStore();
  unwrap(await store.appendToStream("agreement-a", aBatch(events), "no-stream"));
  unwrap(await store.appendToStream("agreement-b", aBatch(2), "no-stream"));
  unwrap(await store.appendToStream("agreement-a", aBatch(1), BigInt(events - 1)));
  return store;
};

const headOf = async (note: string): Promise<TreeHead> => {
  const verdict = await verifyTreeHead(note, keys.publicKeyPem);
  if (!verdict.valid) throw new Error(verdict.message);
  return verdict.treeHead;
};

describe("tree-head checkpoints", () => {
  it("fold the root from the events for every size, as the store's tree keeps it", async () => {
    const store = createInMemoryEventStore();
    for (let i = 0; i < 600; i++)
      unwrap(await store.appendToStream(`agreement-${i % 4}`, aBatch(1 + (i % 3)), "any"));
    const total = BigInt(store.records().length);
    for (const size of [0n, 1n, 2n, 3n, 1023n, 1024n, 1025n, total].filter((s) => s <= total)) {
      const scanned = unwrap(await scanTree(store, size));
      expect(toBase64(scanned.rootHash)).toBe(toBase64(unwrap(await store.merkle.treeHead(size)).rootHash));
    }
  });

  it("sign the whole store with its stream heads and verify against it", async () => {
    const store = await seeded();
    const signed = unwrap(
      await createTreeCheckpoint(store, store.merkle, { privateKeyPem: keys.privateKeyPem }),
    );
    expect(signed.treeHead).toMatchObject({ treeSize: 6n, streamHeads: { count: 2n } });
    const head = unwrap(await verifyTreeCheckpoint(signed.note, keys.publicKeyPem, store));
    expect(head.treeSize).toBe(6n);
    // Appending afterwards changes nothing the checkpoint covered.
    unwrap(await store.appendToStream("agreement-b", aBatch(1), 1n));
    expect(E.isRight(await verifyTreeHeadAgainstStore(store, head))).toBe(true);
  });

  it("name a truncated store, a rebuilt history and wrongly signed stream heads", async () => {
    const store = await seeded();
    const note = unwrap(
      await createTreeCheckpoint(store, store.merkle, { privateKeyPem: keys.privateKeyPem }),
    ).note;
    const head = await headOf(note);
    const truncated = createInMemoryEventStore({ records: store.records().slice(0, 4) });
    expect(unwrapLeft(await verifyTreeHeadAgainstStore(truncated, head))).toEqual({
      _tag: "TreeTooShort",
      treeSize: 6n,
      storeSize: 4n,
    });
    let previousHash = "0".repeat(64);
    const forged = store.records().map((e): RecordedEvent => {
      if (e.streamId !== "agreement-b") return e;
      const fields = { ...e, type: "Forged", previousHash };
      previousHash = chainHash(fields);
      return { ...fields, hash: previousHash };
    });
    const rewritten = unwrapLeft(
      await verifyTreeHeadAgainstStore(createInMemoryEventStore({ records: forged }), head),
    );
    expect(describeCheckpointError(rewritten)).toMatch(
      /^the store's first 6 events have root .*: history was rewritten$/,
    );
    // A signer that commits to a stale head of agreement-a (hiding its newest event).
    const stale = streamHeadsTree(
      store
        .records()
        .slice(0, 5)
        .map((e) => ({
          streamId: e.streamId,
          revision: e.revision,
          globalPosition: e.globalPosition,
          hash: e.hash,
        })),
    );
    const lying = unwrap(
      await signTreeHead(
        { ...unwrap(await store.merkle.treeHead()), streamHeads: stale.commitment },
        { privateKeyPem: keys.privateKeyPem },
      ),
    );
    expect(unwrapLeft(await verifyTreeHeadAgainstStore(store, lying.treeHead))).toEqual({
      _tag: "StreamHeadsMismatch",
      treeSize: 6n,
    });
  });

  it("refuse to sign when the store's tree does not match its events", async () => {
    const store = await seeded();
    const other = await seeded(4);
    const wrongTree: MerkleLog = { ...store.merkle, treeHead: other.merkle.treeHead };
    const refused = unwrapLeft(
      await createTreeCheckpoint(store, wrongTree, { privateKeyPem: keys.privateKeyPem }),
    );
    expect(refused).toMatchObject({ _tag: "RootMismatch", against: "stored-tree" });
    expect(
      unwrapLeft(await createTreeCheckpoint(createInMemoryEventStore(), store.merkle, keys)),
    ).toMatchObject({
      _tag: "EmptyScope",
    });
  });
});

describe("upgrading a grant-ledger-checkpoint/1", () => {
  it("signs a tree head over exactly the events the old checkpoint covered", async () => {
    const store = await seeded();
    const all = unwrap(
      await createCheckpoint(store, {
        scope: unwrap(CheckpointScope.decode("all")),
        privateKeyPem: keys.privateKeyPem,
      }),
    );
    const ofStream = unwrap(
      await createCheckpoint(store, { scope: streamScope("agreement-b"), privateKeyPem: keys.privateKeyPem }),
    );
    unwrap(await store.appendToStream("agreement-b", aBatch(2), 1n));
    const options = { privateKeyPem: keys.privateKeyPem };
    const fromAll = unwrap(await upgradeCheckpoint(store, store.merkle, all, keys.publicKeyPem, options));
    expect(fromAll.treeHead.treeSize).toBe(6n);
    expect(fromAll.treeHead.rootHash).toEqual(unwrap(await store.merkle.treeHead(6n)).rootHash);
    // agreement-b revision 1 is at global position 4.
    const fromStream = unwrap(
      await upgradeCheckpoint(store, store.merkle, ofStream, keys.publicKeyPem, options),
    );
    expect(fromStream.treeHead.treeSize).toBe(5n);
    expect(E.isRight(await verifyTreeCheckpoint(fromStream.note, keys.publicKeyPem, store))).toBe(true);
  });

  it("refuses when the store no longer holds what the old checkpoint signed", async () => {
    const store = await seeded();
    const all = unwrap(
      await createCheckpoint(store, {
        scope: unwrap(CheckpointScope.decode("all")),
        privateKeyPem: keys.privateKeyPem,
      }),
    );
    const edited = store.records().map((e, i) => (i === 2 ? { ...e, data: { units: "1000" } } : e));
    const refused = unwrapLeft(
      await upgradeCheckpoint(
        createInMemoryEventStore({ records: edited }),
        store.merkle,
        all,
        keys.publicKeyPem,
        {
          privateKeyPem: keys.privateKeyPem,
        },
      ),
    );
    expect(refused._tag).toBe("ChainBroken");
  });
});
