import { createAgreements } from "@grant-ledger/agreements";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { importAgreement } from "../src";
import { SHARED_MANIFEST, SIGNATURES } from "./support/fixtureCopy";

const clock = () => new Date("2026-11-22T07:00:00Z");

describe("import goes through the agreements package", () => {
  it("decodes the commands the documents produce: a blank importer is named with its path and value", async () => {
    const store = createInMemoryEventStore();
    const result = await importAgreement(SHARED_MANIFEST, store, { clock, recordedBy: "  " });
    const failure = E.isLeft(result) ? result.left : undefined;
    expect(failure).toMatchObject({
      _tag: "NotRecorded",
      error: { _tag: "CommandDecodeError", commandIndex: 0 },
    });
    expect(failure?._tag === "NotRecorded" && failure.message).toContain("at metadata.actor.person");
    expect(failure?._tag === "NotRecorded" && failure.message).toContain('"  "');
    expect(await store.headPosition()).toBeUndefined();
  });

  it("appends the whole agreement in one append, through the caller's agreements and their hooks", async () => {
    const store = createInMemoryEventStore();
    const appends: number[] = [];
    const counting = {
      readStream: store.readStream,
      appendToStream: (...args: Parameters<typeof store.appendToStream>) => {
        appends.push(args[1].length);
        return store.appendToStream(...args);
      },
    };
    const seen: string[] = [];
    const agreements = createAgreements({ store: counting, clock });
    const handle: typeof agreements.handle = (input, options) =>
      agreements.handle(input, {
        ...options,
        beforeDecide: (command) => {
          seen.push(command.type);
          return E.right(undefined);
        },
      });
    const result = await importAgreement(SHARED_MANIFEST, { handle }, { clock, signatures: SIGNATURES });
    expect(E.isRight(result)).toBe(true);
    expect(appends).toEqual([6]);
    expect(seen).toEqual([
      "ProposeAgreement",
      "NegotiateAgreement",
      "RecordBudget",
      "SignAgreement",
      "SignAgreement",
    ]);
    const recordedAt = E.isRight(result) ? result.right.events.map((e) => e.metadata.recordedAt) : [];
    expect(new Set(recordedAt)).toEqual(new Set(["2026-11-22T07:00:00.000Z"]));
  });
});
