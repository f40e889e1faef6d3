import type { Decider } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import {
  createCommandHandler,
  createInMemoryEventStore,
  createInMemoryProjectionCheckpoints,
  createProjectionRunner,
  storeSummaryProjection,
  verifyStore,
} from "./index";

type Add = { type: "Add"; id: string; amount: number; metadata: { commandId: string; recordedAt?: string } };
type Added = { type: "Added"; amount: number; commandId: string };
const tally: Decider<Add, Added, number, "TooMuch"> = {
  initialState: 0,
  decide: (c, total) =>
    total + c.amount > 100
      ? E.left("TooMuch")
      : E.right([{ type: "Added", amount: c.amount, commandId: c.metadata.commandId }]),
  evolve: (total, e) => total + e.amount,
};

describe("the README example", () => {
  it("runs as written", async () => {
    const store = createInMemoryEventStore();
    const handle = createCommandHandler({
      store,
      decider: tally,
      streamIdOf: (c) => `tally-${c.id}`,
      encode: (e) => ({
        type: e.type,
        schemaVersion: 1,
        data: { amount: e.amount },
        metadata: { commandId: e.commandId },
      }),
      decode: (r) =>
        E.right({ type: "Added", amount: Number(r.data.amount), commandId: r.metadata.commandId }),
    });
    const result = await handle({ type: "Add", id: "t-1", amount: 40, metadata: { commandId: "c-1" } });
    expect(result._tag === "Right" && result.right.state).toBe(40);
    expect((await verifyStore(store))._tag).toBe("Right");
    const summary = createProjectionRunner({
      store,
      checkpoints: createInMemoryProjectionCheckpoints(),
      projection: storeSummaryProjection,
    });
    const run = await summary.catchUp();
    expect(run._tag === "Right" && run.right.state).toEqual({
      events: 1,
      streams: 1,
      eventsByType: { Added: 1 },
    });
  });
});

describe("README: an auditor's session on the library", () => {
  it("takes H1, H2, proves them consistent, and names the cut store", async () => {
    const { generateCheckpointKeyPair, createTreeCheckpoint, verifyTreeCheckpoint } = await import("./index");
    const { aBatch, unwrap, unwrapLeft } = await import("./testing/fixtures");
    const { verifyConsistency } = await import("@grant-ledger/merkle-verify");
    const { privateKeyPem, publicKeyPem } = generateCheckpointKeyPair();
    const store = createInMemoryEventStore();
    await store.appendToStream("agreement-a", aBatch(3), "no-stream");
    const h1 = unwrap(await createTreeCheckpoint(store, store.merkle, { privateKeyPem }));
    await store.appendToStream("agreement-a", aBatch(2), 2n);
    const h2 = unwrap(await createTreeCheckpoint(store, store.merkle, { privateKeyPem }));
    const proof = unwrap(await store.merkle.consistencyProof(3n, 5n));
    expect(
      await verifyConsistency({
        firstSize: 3n,
        firstRoot: h1.treeHead.rootHash,
        secondSize: 5n,
        secondRoot: h2.treeHead.rootHash,
        proof,
      }),
    ).toEqual({ valid: true });
    const cut = createInMemoryEventStore({ records: store.records().slice(0, 4) });
    expect(unwrapLeft(await verifyTreeCheckpoint(h2.note, publicKeyPem, cut))).toEqual({
      _tag: "TreeTooShort",
      treeSize: 5n,
      storeSize: 4n,
    });
    expect(unwrapLeft(await cut.merkle.consistencyProof(3n, 5n))).toMatchObject({ _tag: "SizeOutOfRange" });
  });
});
