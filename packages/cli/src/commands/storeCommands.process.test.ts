import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { aBatch } from "@grant-ledger/event-store/testing";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureIo } from "../io/commandIo";
import { runCliProcess } from "../testing/cliProcess";
import { checkpointCli } from "./checkpoint";

/** Runs the real binary in a child process, as `pnpm grant-ledger ...` would. */
const cli = (args: readonly string[]) => runCliProcess(args);

let dir: string;
let store: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gl-cli-"));
  const file = join(dir, "ledger.db");
  store = `sqlite:${file}`;
  const sqlite = openSqliteEventStore({ file });
  await sqlite.appendToStream("agreement-a", aBatch(3), "no-stream");
  await sqlite.appendToStream("agreement-b", aBatch(2), "no-stream");
  await sqlite.close();
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("store commands as a process, on a SQLite file", () => {
  it("verifies, checkpoints, then catches an edit made behind the store's back", async () => {
    const intact = await cli(["verify", "--store", store]);
    expect(intact).toMatchObject({
      code: 0,
      out: "intact: store, 5 gebeurtenissen in 2 stromen gecontroleerd, tot en met globale positie 4\n",
    });

    // Signing runs in-process (through the same sqlite: URL) to keep the number of slow child processes down.
    expect(
      await checkpointCli(["checkpoint", "keygen", "--out-dir", join(dir, "keys")], captureIo().io),
    ).toBe(0);
    const checkpointFile = join(dir, "checkpoint.json");
    const signArgs = [
      "checkpoint",
      "--store",
      store,
      "--key",
      join(dir, "keys", "checkpoint-private.pem"),
      "--out",
      checkpointFile,
    ];
    expect(await checkpointCli(signArgs, captureIo().io)).toBe(0);

    // An edit straight in the database file, as someone with file access could make.
    const raw = openSqliteEventStore({ file: store.slice("sqlite:".length) });
    raw.database
      .prepare("UPDATE events SET data = ? WHERE global_position = 1")
      .run('{"index":1,"units":"9999"}');
    await raw.close();

    const broken = await cli(["verify", "--store", store]);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(
      "GEBROKEN: bewerkte gebeurtenis in stroom agreement-a bij revisie 1 (globale positie 1)",
    );

    const publicKey = join(dir, "keys", "checkpoint-public.pem");
    const online = await cli([
      "verify-checkpoint",
      "--checkpoint",
      checkpointFile,
      "--public-key",
      publicKey,
      "--store",
      store,
    ]);
    expect(online.code).toBe(1);
    expect(online.out).toContain("GEBROKEN: bewerkte gebeurtenis in stroom agreement-a bij revisie 1");
  });

  it("exits 2 for a usage error", async () => {
    const result = await cli(["verify", "--no-such-option"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("onbekende optie");
  });
});
