import { type Command, agreementDecider, decodeEvent, encodeEvent } from "@grant-ledger/core";
import { proposeExample } from "@grant-ledger/core/testing";
import { describe, expect, it } from "vitest";
import {
  agreementStreamId,
  createCommandHandler,
  createInMemoryEventStore,
  createInMemoryProjectionCheckpoints,
  createProjectionRunner,
  storeSummaryProjection,
  verifyStore,
} from "./index";

describe("the README example", () => {
  it("runs as written", async () => {
    const store = createInMemoryEventStore();
    const handle = createCommandHandler({
      store,
      decider: agreementDecider,
      streamIdOf: (command: Command) => agreementStreamId(command.data.agreementId),
      encode: encodeEvent,
      decode: decodeEvent,
    });
    const result = await handle(proposeExample());
    expect(result._tag).toBe("Right");
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
      eventsByType: { AgreementProposed: 1 },
    });
  });
});
