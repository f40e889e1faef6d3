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
