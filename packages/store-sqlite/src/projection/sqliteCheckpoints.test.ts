import { join } from "node:path";
import { type Projection, createProjectionRunner } from "@grant-ledger/event-store";
import Database from "better-sqlite3";
import * as t from "io-ts";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteEventStore } from "../sqliteEventStore";
import { tempDirectory, testEvent } from "../testSupport/tempStore";

const temp = tempDirectory("checkpoints");
afterAll(temp.cleanup);

/** Counts events per stream: enough to see that nothing is applied twice or skipped. */
const perStream: Projection<Record<string, number>> = {
  name: "per-stream",
  init: () => ({}),
  apply: (state, event) => {
    state[event.streamId] = (state[event.streamId] ?? 0) + 1;
    return state;
  },
  stateCodec: t.record(t.string, t.number),
};

describe("SQLite projection checkpoints", () => {
  it("saves state and position in one row of the store file, loads and clears them", async () => {
    const file = join(temp.dir, "basic.db");
    const store = openSqliteEventStore({ file });
    const checkpoints = store.projectionCheckpoints;
    expect(await checkpoints.load("p")).toBeUndefined();
    await checkpoints.save("p", { position: 3n, state: { seen: ["a", "b"] } });
    await checkpoints.save("p", { position: 7n, state: { seen: ["a", "b", "c"] } });
    await store.close();

    const raw = new Database(file, { readonly: true });
    expect(raw.prepare("SELECT projection, position, state FROM projection_checkpoints").all()).toEqual([
      { projection: "p", position: 7, state: '{"seen":["a","b","c"]}' },
    ]);
    raw.close();

    const reopened = openSqliteEventStore({ file });
    expect(await reopened.projectionCheckpoints.load("p")).toEqual({
      position: 7n,
      state: { seen: ["a", "b", "c"] },
    });
    await reopened.projectionCheckpoints.clear("p");
    expect(await reopened.projectionCheckpoints.load("p")).toBeUndefined();
    await reopened.close();
  });

  it("lets the projection runner resume from its checkpoint after the store is reopened", async () => {
    const file = join(temp.dir, "runner.db");
    const first = openSqliteEventStore({ file });
    for (let i = 0; i < 5; i++) await first.appendToStream(`agreement-${i % 2}`, [testEvent(`a${i}`)], "any");
    const run1 = await createProjectionRunner({
      store: first,
      checkpoints: first.projectionCheckpoints,
      projection: perStream,
      saveEvery: 2,
    }).catchUp();
    expect(run1._tag === "Right" && run1.right.state).toEqual({ "agreement-0": 3, "agreement-1": 2 });
    await first.appendToStream("agreement-1", [testEvent("b1"), testEvent("b1")], "any");
    expect(await first.headPosition()).toBe(6n);
    await first.close();

    const second = openSqliteEventStore({ file });
    const run2 = await createProjectionRunner({
      store: second,
      checkpoints: second.projectionCheckpoints,
      projection: perStream,
    }).catchUp();
    expect(run2._tag === "Right" && run2.right).toMatchObject({
      state: { "agreement-0": 3, "agreement-1": 4 },
      position: 7n,
      processed: 2,
    });
    expect(await second.projectionCheckpoints.load("per-stream")).toEqual({
      position: 7n,
      state: { "agreement-0": 3, "agreement-1": 4 },
    });
    await second.close();
  });
});
