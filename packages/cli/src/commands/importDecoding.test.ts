import { join, resolve } from "node:path";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import { describe, expect, it } from "vitest";
import type { CommandIo } from "../io/commandIo";
import { importCli } from "./import";

const ROOT = resolve(import.meta.dirname, "../../../..");
const MANIFEST = join(ROOT, "tests/fixtures/emmen-sedna.manifest.json");

describe("grant-ledger import decodes the commands it builds", () => {
  it("refuses a blank --by with the path and the value (exit 2) and writes nothing", async () => {
    const store = createInMemoryEventStore();
    const err: string[] = [];
    const io: CommandIo = { out: () => undefined, err: (t) => err.push(t) };
    const deps = { openStore: async () => ({ ...store, close: async () => {} }) };
    expect(await importCli([MANIFEST, "--store", "memory:", "--by", " "], io, deps)).toBe(2);
    expect(err.join("")).toContain('at metadata.actor.person: expected NonEmptyString, found " "');
    expect(store.records()).toEqual([]);
  });
});
