/**
 * A bundle must show it holds the agreement's newest events: its tree head commits to every
 * stream's head, and the bundle's events must end at the agreement's. Leaving out the last
 * k events fails, whoever cut them and however the bundle's stream head is forged.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type EventStore,
  type MerkleLog,
  buildAuditBundle,
  createInMemoryEventStore,
  generateCheckpointKeyPair,
  signTreeHead,
} from "@grant-ledger/event-store";
import { aBatch } from "@grant-ledger/event-store/testing";
import { type AuditBundle, verifyBundle } from "@grant-ledger/merkle-verify";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import { afterAll, describe, expect, it } from "vitest";

const keys = generateCheckpointKeyPair();
const dir = mkdtempSync(join(tmpdir(), "gl-completeness-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Agreement a's 12 events, interleaved with two other agreements' events. */
const fill = async (store: EventStore) => {
  let revision: bigint | "no-stream" = "no-stream";
  for (let round = 0; round < 6; round++) {
    await store.appendToStream("agreement-a", aBatch(2), revision);
    revision = BigInt(round * 2 + 1);
    await store.appendToStream(`agreement-other-${round % 2}`, aBatch(1), "any");
  }
};

const stores: [string, () => Promise<EventStore & { merkle: MerkleLog }>][] = [
  ["memory", async () => createInMemoryEventStore()],
  ["SQLite", async () => openSqliteEventStore({ file: join(dir, `${Math.random()}.db`) })],
];

describe.each(stores)("completeness of an audit bundle (%s store)", (_, open) => {
  const honest = async () => {
    const store = await open();
    await fill(store);
    const built = await buildAuditBundle(store, store.merkle, {
      agreementId: "a",
      streamId: "agreement-a",
      privateKeyPem: keys.privateKeyPem,
    });
    await store.close();
    if (built._tag === "Left") throw new Error(built.left);
    return built.right;
  };

  it("passes with all of the agreement's events", async () => {
    const bundle = await honest();
    expect(await verifyBundle(bundle, keys.publicKeyPem)).toMatchObject({ ok: true, events: 12 });
  });

  it("fails when the last k events are left out, for every k", async () => {
    const bundle = await honest();
    for (let k = 1; k <= 12; k++) {
      const cut: AuditBundle = { ...bundle, events: bundle.events.slice(0, 12 - k) };
      const verdict = await verifyBundle(cut, keys.publicKeyPem);
      expect(verdict.ok).toBe(false);
      if (verdict.ok) continue;
      expect(verdict.failure).toBe(
        `the newest events are missing: the bundle ends ${
          k === 12 ? "before revision 0" : `at revision ${11 - k}`
        } of agreement-a, the tree head's stream head is revision 11 (${k} more)`,
      );
    }
  });

  it("fails when the stream head is also rewritten to match the cut", async () => {
    const bundle = await honest();
    for (let k = 1; k < 12; k++) {
      const events = bundle.events.slice(0, 12 - k);
      const last = events.at(-1)!;
      const forged: AuditBundle = {
        ...bundle,
        events,
        streamHead: {
          ...bundle.streamHead,
          revision: last.revision,
          globalPosition: last.globalPosition,
          hash: last.hash,
        },
      };
      const verdict = await verifyBundle(forged, keys.publicKeyPem);
      expect(verdict.ok ? "" : verdict.failure).toMatch(
        /^the stream head the bundle gives for agreement-a \(revision \d+\) is not the one the tree head commits to/,
      );
    }
  });

  it("cannot vouch for completeness under a tree head without stream heads", async () => {
    const store = await open();
    await fill(store);
    const built = await buildAuditBundle(store, store.merkle, {
      agreementId: "a",
      streamId: "agreement-a",
      privateKeyPem: keys.privateKeyPem,
    });
    const head = await store.merkle.treeHead();
    await store.close();
    if (built._tag === "Left" || head._tag === "Left") throw new Error("no bundle");
    // Signed as before 2026-12: size and root only.
    const old = await signTreeHead(head.right, { privateKeyPem: keys.privateKeyPem });
    if (old._tag === "Left") throw new Error("not signed");
    const verdict = await verifyBundle({ ...built.right, treeHead: old.right.note }, keys.publicKeyPem);
    expect(verdict.ok ? "" : verdict.failure).toMatch(/^the bundle's tree head commits to no stream heads/);
  });
});
