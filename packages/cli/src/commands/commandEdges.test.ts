import { agreementStreamId } from "@grant-ledger/agreements";
import { EXAMPLE_AGREEMENT_ID, proposeExample, signBy } from "@grant-ledger/core/testing";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import { beforeEach, describe, expect, it } from "vitest";
import { handleAgreementCommand } from "../agreement/agreementStore";
import type { CommandIo } from "../io/commandIo";
import { approveCli } from "./approve";
import { reallocateCli } from "./reallocate";

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io, out, err };
};

// One in-memory store shared by the commands of a test; closing it is left to the test's end.
let store = createInMemoryEventStore();
const open = async () => ({ ...store, close: async () => undefined });
const streamLength = () =>
  store.records().filter((e) => e.streamId === agreementStreamId(EXAMPLE_AGREEMENT_ID)).length;
const args = (...rest: string[]) => ["--store", "memory:", "--agreement", EXAMPLE_AGREEMENT_ID, ...rest];
const shift = ["--from", "6/OBW/Stad", "--to", "6/OBW/Velden", "--units", "10"];
const TEAM_LEAD = "sedna:provider:A. Bakker";

beforeEach(async () => {
  store = createInMemoryEventStore();
  for (const command of [proposeExample(), signBy("provider"), signBy("municipality")]) {
    const handled = await handleAgreementCommand(store, command);
    if (handled._tag !== "Recorded") throw new Error(JSON.stringify(handled));
  }
});

describe("the CLI's commands are decoded by the agreements package", () => {
  it("refuses an empty --request with the path and the value, and stores nothing (exit 2)", async () => {
    const before = streamLength();
    const c = capture();
    const code = await reallocateCli(
      args(...shift, "--actor", TEAM_LEAD, "--reason", "x", "--request", ""),
      c.io,
      open,
    );
    expect(code).toBe(2);
    expect(c.err.join("\n")).toContain('at data.requestId: expected NonEmptyString, found ""');
    expect(streamLength()).toBe(before);
  });

  it("refuses an empty request id on approve the same way", async () => {
    const c = capture();
    const code = await approveCli(
      args("--request", "", "--actor", "gm0114:municipality:J. de Vries", "--reason", "ok"),
      c.io,
      open,
    );
    expect(code).toBe(2);
    expect(c.err.join("\n")).toContain("at data.requestId");
  });

  it("refuses a --command-id already used for another command, with a clear message (exit 2)", async () => {
    const first = capture();
    expect(
      await reallocateCli(
        args(...shift, "--actor", TEAM_LEAD, "--reason", "x", "--command-id", "c-1"),
        first.io,
        open,
      ),
    ).toBe(0);
    const before = streamLength();
    const other = capture();
    const code = await reallocateCli(
      args(
        "--from",
        "6/OBW/Stad",
        "--to",
        "6/OBW/Velden",
        "--units",
        "11",
        "--actor",
        TEAM_LEAD,
        "--reason",
        "x",
        "--command-id",
        "c-1",
      ),
      other.io,
      open,
    );
    expect(code).toBe(2);
    expect(other.err.join("\n")).toContain("command id c-1 is already recorded");
    expect(other.out).toEqual([]);
    expect(streamLength()).toBe(before);
  });

  it("refuses the import's command id for an approval (the issue's repro)", async () => {
    const proposalId = store.records()[0]!.metadata.commandId;
    const c = capture();
    const code = await approveCli(
      args(
        "--request",
        "r-1",
        "--actor",
        "gm0114:municipality:J. de Vries",
        "--reason",
        "ok",
        "--command-id",
        proposalId,
      ),
      c.io,
      open,
    );
    expect(code).toBe(2);
    expect(c.err.join("\n")).toContain(`command id ${proposalId} is already recorded`);
  });
});
