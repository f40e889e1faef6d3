import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type EventStore,
  type InMemoryEventStore,
  createInMemoryEventStore,
} from "@grant-ledger/event-store";
import { aBatch } from "@grant-ledger/event-store/testing";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import { afterAll, describe, expect, it, vi } from "vitest";
import { captureIo } from "../io/commandIo";
import { LANG_ENV } from "../messages/catalogue";
import { verifyCli } from "./verify";

// These tests read the English texts; the Dutch default is tested with the catalogue.
vi.stubEnv(LANG_ENV, "en");

/** Hands the same store to every command and keeps it open across them. */
const openerFor = (store: EventStore) => async () => ({ ...store, close: async () => undefined });

const seededStore = async (): Promise<InMemoryEventStore> => {
  const store = createInMemoryEventStore();
  await store.appendToStream("agreement-a", aBatch(3), "no-stream");
  await store.appendToStream("agreement-b", aBatch(2), "no-stream");
  return store;
};

describe("grant-ledger verify", () => {
  it("exits 0 for an intact store and says what it checked", async () => {
    const { io, text } = captureIo();
    expect(await verifyCli(["--store", "memory:"], io, openerFor(await seededStore()))).toBe(0);
    expect(text()).toBe("intact: store, 5 events in 2 streams checked, up to global position 4");
  });

  it("exits 1 naming the first break, for the store and for one stream", async () => {
    const records = (await seededStore()).records();
    records[3] = { ...records[3]!, data: { units: "1000000" } };
    const tampered = createInMemoryEventStore({ records });
    const all = captureIo();
    expect(await verifyCli([], all.io, openerFor(tampered))).toBe(1);
    expect(all.text()).toContain(
      "BROKEN: edited event in stream agreement-b at revision 0 (global position 3)",
    );
    expect(all.text()).toContain(`found hash:    ${records[3]!.hash}`);
    const intact = captureIo();
    expect(await verifyCli(["--stream", "agreement-a"], intact.io, openerFor(tampered))).toBe(0);
    expect(intact.text()).toContain("intact: stream agreement-a, 3 events");
    const broken = captureIo();
    expect(await verifyCli(["--stream", "agreement-b"], broken.io, openerFor(tampered))).toBe(1);
  });

  describe("on an SQLite file", () => {
    const dir = mkdtempSync(join(tmpdir(), "gl-cli-verify-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const sqliteStore = async (name: string) => {
      const file = join(dir, name);
      const store = openSqliteEventStore({ file });
      await store.appendToStream("agreement-a", aBatch(3), "no-stream");
      await store.appendToStream("agreement-b", aBatch(2), "no-stream");
      const { database } = store;
      return { file, database, close: () => store.close() };
    };

    it("names a row whose JSON does not parse as a break (exit 1), for the store and its stream", async () => {
      const { file, database, close } = await sqliteStore("broken-json.db");
      database.prepare("UPDATE events SET data = '{' || substr(data, 3) WHERE global_position = 4").run();
      await close();
      for (const scope of [[], ["--stream", "agreement-b"]]) {
        const { io, text, errors } = captureIo();
        expect(await verifyCli(["--store", `sqlite:${file}`, ...scope], io)).toBe(1);
        expect(text()).toContain(
          "BROKEN: unreadable event in stream agreement-b at revision 1 (global position 4)",
        );
        expect(text()).toContain("data is not JSON");
        expect(errors()).toBe("");
      }
    });

    it("reports a file too damaged to open as broken (exit 1)", async () => {
      const { file, close } = await sqliteStore("damaged.db");
      await close();
      const bytes = readFileSync(file);
      bytes.fill(0x5a, 0, 16); // the "SQLite format 3" header
      writeFileSync(file, bytes);
      const { io, text } = captureIo();
      expect(await verifyCli(["--store", `sqlite:${file}`], io)).toBe(1);
      expect(text()).toContain("BROKEN: the store's file is damaged");
    });
  });

  it("exits 2 when the store cannot be opened, and for unknown options", async () => {
    const { io, errors } = captureIo();
    const failing = async () => {
      throw new Error("not a grant-ledger store");
    };
    expect(await verifyCli(["--store", "sqlite:/nowhere"], io, failing)).toBe(2);
    expect(errors()).toContain("cannot open store sqlite:/nowhere: not a grant-ledger store");
    expect(await verifyCli(["--strem", "x"], captureIo().io, failing)).toBe(2);
  });

  it("prints help with the exit codes", async () => {
    const { io, text } = captureIo();
    expect(await verifyCli(["--help"], io)).toBe(0);
    expect(text()).toContain("--stream <id>");
    expect(text()).toContain("Exit codes: 0 intact, 1 the chain is broken");
    expect(text()).toContain("events cut off the end of a stream");
    expect(text()).toContain("Only a signed checkpoint taken earlier catches those");
  });
});
