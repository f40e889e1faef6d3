import { Writable } from "node:stream";
import {
  type EventStore,
  createInMemoryEventStore,
  createInMemoryProjectionCheckpoints,
} from "@grant-ledger/event-store";
import { aBatch } from "@grant-ledger/event-store/testing";
import { describe, expect, it, vi } from "vitest";
import { captureIo } from "../io/commandIo";
import { LANG_ENV } from "../messages/catalogue";
import { rebuildCli } from "./rebuild";

// These tests read the English texts; the Dutch default is tested with the catalogue.
vi.stubEnv(LANG_ENV, "en");

const openerFor = (store: EventStore) => async () => ({ ...store, close: async () => undefined });

const seededStore = async (streams: number) => {
  const store = createInMemoryEventStore();
  for (let i = 0; i < streams; i++) await store.appendToStream(`agreement-${i}`, aBatch(100), "no-stream");
  return store;
};

describe("grant-ledger rebuild", () => {
  it("rebuilds the store summary and prints plain progress lines off a terminal", async () => {
    const store = await seededStore(25);
    const { io, out, err } = captureIo();
    expect(await rebuildCli(["--store", "memory:"], io, openerFor(store))).toBe(0);
    expect(out[0]).toBe("rebuilt store-summary: 2500 events applied, next position 2500");
    expect(JSON.parse(out[1]!)).toEqual({ events: 2500, streams: 25, eventsByType: { UnitsReported: 2500 } });
    expect(err).toContain(
      "note: this store keeps no projection checkpoints; the rebuilt state is only printed",
    );
    expect(err.filter((line) => line.startsWith("store-summary:"))).toEqual([
      "store-summary: 0 of 2500 events applied",
      "store-summary: 1000 of 2500 events applied",
      "store-summary: 2000 of 2500 events applied",
      "store-summary: 2500 of 2500 events applied",
    ]);
  });

  it("draws a progress bar on a terminal", async () => {
    const store = await seededStore(3);
    let drawn = "";
    const terminal = Object.assign(
      new Writable({
        write: (chunk, _enc, next) => {
          drawn += chunk;
          next();
        },
      }),
      {
        isTTY: true,
        columns: 100,
      },
    );
    const { io, out } = captureIo();
    expect(await rebuildCli([], { ...io, isTTY: true, terminal }, openerFor(store))).toBe(0);
    expect(drawn).toContain("store-summary [");
    expect(drawn).toContain("100% | 300/300 events");
    expect(out[0]).toBe("rebuilt store-summary: 300 events applied, next position 300");
  });

  it("saves into the store's own projection checkpoints when it has them", async () => {
    const store = await seededStore(2);
    const projectionCheckpoints = createInMemoryProjectionCheckpoints();
    const { io, err } = captureIo();
    const withCheckpoints = async () => ({ ...store, projectionCheckpoints, close: async () => undefined });
    expect(await rebuildCli(["--projection", "store-summary"], io, withCheckpoints)).toBe(0);
    expect(err.some((line) => line.startsWith("note:"))).toBe(false);
    expect(await projectionCheckpoints.load("store-summary")).toMatchObject({
      position: 200n,
      state: { events: 200 },
    });
  });

  it("exits 2 for an unknown projection, naming the known ones", async () => {
    const { io, errors } = captureIo();
    expect(await rebuildCli(["--projection", "nope"], io, openerFor(createInMemoryEventStore()))).toBe(2);
    expect(errors()).toContain('unknown projection "nope": known are store-summary');
  });

  it("prints help with the exit codes", async () => {
    const { io, text } = captureIo();
    expect(await rebuildCli(["--help"], io)).toBe(0);
    expect(text()).toContain("--projection <name>");
    expect(text()).toContain("Exit codes:");
  });
});
