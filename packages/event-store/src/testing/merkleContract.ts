import { createMemoryMerkleTree, rootAt } from "@grant-ledger/merkle";
import { leafHash, verifyConsistency, verifyInclusion } from "@grant-ledger/merkle-verify";
import { describe, expect, it } from "vitest";
import { eventLeaf } from "../merkle/eventLeaf";
import { type EventStore, type MerkleLog, merkleLogOf } from "../port";
import {
  type StoreFactory,
  aBatch,
  collect,
  newStreamId,
  unwrap,
  unwrapLeft,
  withStoreFrom,
} from "./fixtures";

const logOf = (store: EventStore): MerkleLog => {
  const log = merkleLogOf(store);
  if (log === undefined) throw new Error("the store under test has no merkle capability");
  return log;
};

/** Appends two batches to a new stream; the tree sizes before, between and after. */
const appendTwice = async (store: EventStore) => {
  const log = logOf(store);
  const before = unwrap(await log.treeHead()).treeSize;
  const streamId = newStreamId("merkle");
  const first = unwrap(await store.appendToStream(streamId, aBatch(3), "no-stream"));
  const middle = unwrap(await log.treeHead()).treeSize;
  const second = unwrap(await store.appendToStream(streamId, aBatch(5), 2n));
  return { log, before, middle, first, second };
};

/**
 * What every adapter with the `merkle` capability must show. Like the store contract it
 * tolerates a backing store shared across tests: it proves only events it wrote, and
 * recomputes roots from everything stored.
 */
export const describeMerkleLogContract = (name: string, factory: StoreFactory): void => {
  const withStore = withStoreFrom(factory);
  describe(`MerkleLog contract: ${name}`, () => {
    it(
      "has one leaf per stored event, and the root the events' leaves make",
      withStore(async (store) => {
        const { log } = await appendTwice(store);
        const events = await collect(store.readAll());
        const head = unwrap(await log.treeHead());
        expect(head.treeSize).toBe(BigInt(events.length));
        const reference = createMemoryMerkleTree(events.map(eventLeaf));
        expect(Buffer.from(head.rootHash).toString("hex")).toBe(
          Buffer.from(unwrap(rootAt(reference, head.treeSize))).toString("hex"),
        );
        const earlier = unwrap(await log.treeHead(1n));
        expect(earlier.treeSize).toBe(1n);
        expect(Buffer.from(earlier.rootHash).equals(Buffer.from(await leafHash(eventLeaf(events[0]!))))).toBe(
          true,
        );
      }),
    );

    it(
      "proves each appended event included in the tree head, at every later size",
      withStore(async (store) => {
        const { log, second } = await appendTwice(store);
        const head = unwrap(await log.treeHead());
        for (const event of second.events) {
          for (const size of [event.globalPosition + 1n, head.treeSize]) {
            const root = unwrap(await log.treeHead(size)).rootHash;
            const proof = unwrap(await log.inclusionProof(event.globalPosition, size));
            const verdict = await verifyInclusion({
              index: event.globalPosition,
              treeSize: size,
              leafHash: await leafHash(eventLeaf(event)),
              proof,
              rootHash: root,
            });
            expect(verdict).toEqual({ valid: true });
          }
        }
      }),
    );

    it(
      "proves many events at once exactly as one by one, and refuses a position past the size",
      withStore(async (store) => {
        const { log } = await appendTwice(store);
        const head = unwrap(await log.treeHead());
        const positions = Array.from({ length: Number(head.treeSize) }, (_, i) => BigInt(i)).reverse();
        for (const size of [head.treeSize, head.treeSize - 1n]) {
          const inTree = positions.filter((p) => p < size);
          const batch = unwrap(await log.inclusionProofs(inTree, size));
          const single = await Promise.all(
            inTree.map(async (p) => unwrap(await log.inclusionProof(p, size))),
          );
          expect(batch.map((proof) => proof.map((h) => Buffer.from(h).toString("hex")))).toEqual(
            single.map((proof) => proof.map((h) => Buffer.from(h).toString("hex"))),
          );
        }
        expect(unwrapLeft(await log.inclusionProofs([0n, head.treeSize], head.treeSize))).toMatchObject({
          _tag: "IndexOutOfRange",
        });
      }),
    );

    it(
      "proves an earlier tree head consistent with a later one",
      withStore(async (store) => {
        const { log, before, middle } = await appendTwice(store);
        const last = unwrap(await log.treeHead());
        for (const [m, n] of [
          [middle, last.treeSize],
          [before + 1n, middle],
          [last.treeSize, last.treeSize],
        ] as const) {
          const verdict = await verifyConsistency({
            firstSize: m,
            firstRoot: unwrap(await log.treeHead(m)).rootHash,
            secondSize: n,
            secondRoot: unwrap(await log.treeHead(n)).rootHash,
            proof: unwrap(await log.consistencyProof(m, n)),
          });
          expect(verdict).toEqual({ valid: true });
        }
      }),
    );

    it(
      "keeps the tree whole when appends race",
      withStore(async (store) => {
        const log = logOf(store);
        await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            store.appendToStream(newStreamId("race"), aBatch(1 + (i % 3)), "any"),
          ),
        );
        const events = await collect(store.readAll());
        const head = unwrap(await log.treeHead());
        expect(head.treeSize).toBe(BigInt(events.length));
        const reference = createMemoryMerkleTree(events.map(eventLeaf));
        expect(Buffer.from(head.rootHash).equals(Buffer.from(unwrap(rootAt(reference, head.treeSize))))).toBe(
          true,
        );
      }),
    );

    it(
      "names positions and sizes it does not have",
      withStore(async (store) => {
        const { log } = await appendTwice(store);
        const size = unwrap(await log.treeHead()).treeSize;
        expect(await log.treeHead(size + 1n)).toMatchObject({
          left: { _tag: "SizeOutOfRange", treeSize: size },
        });
        expect(await log.inclusionProof(size, size)).toMatchObject({ left: { _tag: "IndexOutOfRange" } });
        expect(await log.consistencyProof(0n, size)).toMatchObject({ left: { _tag: "SizesOutOfOrder" } });
        expect(await log.consistencyProof(2n, size + 1n)).toMatchObject({ left: { _tag: "SizeOutOfRange" } });
      }),
    );
  });
};
